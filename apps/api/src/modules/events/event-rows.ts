import {
  EVENT_PARTICIPANT_KINDS,
  EVENT_STATUSES,
  type EventParticipantView,
  type EventRoundView,
  type RequestRule,
} from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

const kind = z.enum(EVENT_PARTICIPANT_KINDS);

export const EVENT_COLUMNS = `e.id, e.incubator_id, e.created_by, e.status, e.title_en, e.title_zh, e.description, e.venue, e.online, e.time_zone,
  e.starts_at, e.rounds, e.round_minutes, e.break_minutes, e.table_names, e.table_links, e.registration_opens_at,
  e.registration_closes_at, e.request_rules, e.request_quota, e.approval_required, e.created_at,
  (SELECT count(*) FROM event_participants ep WHERE ep.event_id = e.id AND ep.status = 'approved') AS participant_count`;

export const eventRow = z.object({
  id: col.id,
  incubator_id: col.id,
  created_by: col.id,
  status: z.enum(EVENT_STATUSES),
  title_en: col.text,
  title_zh: col.text,
  description: col.text,
  venue: col.nullableText,
  online: col.bool,
  time_zone: col.text,
  starts_at: col.date,
  rounds: col.int,
  round_minutes: col.int,
  break_minutes: col.int,
  table_names: col.texts,
  table_links: col.texts,
  registration_opens_at: col.date,
  registration_closes_at: col.date,
  request_rules: z.array(z.tuple([kind, kind])),
  request_quota: col.int,
  approval_required: col.bool,
  created_at: col.date,
  participant_count: col.bigint,
});
export type EventRow = z.output<typeof eventRow>;

export const PARTICIPANT_COLUMNS = `p.id, p.event_id, p.user_id, p.kind, p.status, p.organisation, p.offer, p.looking_for, p.sectors, p.stages,
  p.languages, p.unavailable_rounds, p.requests_sent`;

export const participantRow = z.object({
  id: col.id,
  event_id: col.id,
  user_id: col.id,
  kind,
  status: z.enum(['pending', 'approved', 'declined']),
  organisation: col.text,
  offer: col.text,
  looking_for: col.text,
  sectors: col.texts,
  stages: col.texts,
  languages: col.texts,
  unavailable_rounds: z.array(col.int),
  requests_sent: col.int,
});
export type ParticipantRow = z.output<typeof participantRow>;

export const REQUEST_COLUMNS = `r.id, r.event_id, r.from_participant_id, r.to_participant_id, r.priority, r.message, r.status, r.created_at, r.decided_at`;

export const requestRow = z.object({
  id: col.id,
  event_id: col.id,
  from_participant_id: col.id,
  to_participant_id: col.id,
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  message: col.text,
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
  created_at: col.date,
  decided_at: col.nullableDate,
});
export type RequestRow = z.output<typeof requestRow>;

const MINUTE = 60_000;

/** Start and end of every round: rounds follow one another with the break between them. */
export function roundsOf(
  e: Pick<EventRow, 'starts_at' | 'rounds' | 'round_minutes' | 'break_minutes'>,
): EventRoundView[] {
  const step = (e.round_minutes + e.break_minutes) * MINUTE;
  return Array.from({ length: e.rounds }, (_, index) => {
    const start = e.starts_at.getTime() + index * step;
    return {
      index,
      start: new Date(start).toISOString(),
      end: new Date(start + e.round_minutes * MINUTE).toISOString(),
    };
  });
}

/** Registration and requests are open: the event is open and now lies inside its window. */
export const isOpenForRequests = (
  e: Pick<
    EventRow,
    'status' | 'registration_opens_at' | 'registration_closes_at'
  >,
  now = Date.now(),
): boolean =>
  e.status === 'open' &&
  e.registration_opens_at.getTime() <= now &&
  now < e.registration_closes_at.getTime();

export const allows = (
  rules: RequestRule[],
  from: string,
  to: string,
): boolean => rules.some(([a, b]) => a === from && b === to);

export function participantView(
  p: ParticipantRow,
  quota: number,
  card: { displayName: string; timeZone: string } | undefined,
): EventParticipantView {
  return {
    id: p.id,
    eventId: p.event_id,
    userId: p.user_id,
    displayName: card?.displayName ?? '',
    timeZone: card?.timeZone ?? 'UTC',
    kind: p.kind,
    status: p.status,
    organisation: p.organisation,
    offer: p.offer,
    lookingFor: p.looking_for,
    sectors: p.sectors,
    stages: p.stages,
    languages: p.languages,
    unavailableRounds: p.unavailable_rounds,
    requestsSent: p.requests_sent,
    requestsLeft: Math.max(0, quota - p.requests_sent),
  };
}
