import type { MentorshipRequestView, MentorshipView } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const satisfies readonly MentorshipRequestView['status'][];
const MENTORSHIP_STATUSES = ['active', 'completed', 'ended'] as const satisfies readonly MentorshipView['status'][];

export const requestRow = z.object({
  id: col.id,
  status: z.enum(REQUEST_STATUSES),
  message: col.text,
  decline_reason: col.nullableText,
  cohort_run_id: col.nullableText,
  founder_confirmed_at: col.nullableDate,
  created_at: col.date,
  expires_at: col.date,
  decided_at: col.nullableDate,
  startup_id: col.id,
  mentor_id: col.id,
  founder_id: col.id,
});
export type RequestRow = z.output<typeof requestRow>;
export const REQUEST_COLUMNS =
  'r.id, r.status, r.message, r.decline_reason, r.cohort_run_id, r.founder_confirmed_at, r.created_at, r.expires_at, r.decided_at, r.startup_id, r.mentor_id, r.founder_id';

export const mentorshipRow = z.object({
  id: col.id,
  status: z.enum(MENTORSHIP_STATUSES),
  started_at: col.date,
  ended_at: col.nullableDate,
  end_reason: col.nullableText,
  startup_id: col.id,
  mentor_id: col.id,
  request_id: col.nullableText,
});
export type MentorshipRow = z.output<typeof mentorshipRow>;
export const MENTORSHIP_COLUMNS = 'm.id, m.status, m.started_at, m.ended_at, m.end_reason, m.startup_id, m.mentor_id, m.request_id';
