import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EventMeetingView,
  EventRequestView,
  EventScheduleView,
  PlaceMeetingInput,
} from '@torchbridge/contracts';
import {
  EventInputError,
  scheduleEvent,
  type EventLock,
} from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { UsersService } from '../users';
import { agendaCalendar, tablePlanCsv } from './event-exports';
import { EventParticipationService } from './event-participation.service';
import {
  EventRow,
  PARTICIPANT_COLUMNS,
  participantRow,
  ParticipantRow,
  REQUEST_COLUMNS,
  requestRow,
  RequestRow,
  roundsOf,
} from './event-rows';
import { EventsService } from './events.service';

const meetingRow = z.object({
  request_id: col.id,
  round: col.int,
  table_index: col.int,
  locked: col.bool,
});
type MeetingRow = z.output<typeof meetingRow>;
const scoreRow = z.object({
  schedule_upper_bound: col.int.nullable(),
  schedule_solve_ms: z.number().nullable(),
  schedule_published_at: col.nullableDate,
});

const clash = (reason: string, field: 'round' | 'table' = 'round'): AppError =>
  new AppError('event.meeting_clash', { reason }, [
    {
      field,
      messages: [`That meeting clashes: ${reason}`],
      code: 'event.meeting_clash',
    },
  ]);

/**
 * An event's meeting schedule: the scheduler of `libs/domain` places the accepted requests around the meetings the
 * organisers locked, organisers place or move a meeting by hand (checked for clashes), then publish it; each
 * participant then reads their own agenda.
 */
@Injectable()
export class EventScheduleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
    private readonly access: AccessService,
    private readonly setup: EventsService,
    private readonly participation: EventParticipationService,
    private readonly users: UsersService,
  ) {}

  /** Runs the scheduler: locked meetings stay, every other meeting is placed afresh; the result is a draft. */
  async run(user: AuthUser, eventId: string): Promise<EventScheduleView> {
    await this.access.require(user, 'event.manage', eventId);
    await this.db.transaction(async (tx) => {
      const event = await this.setup.row(eventId, tx, true);
      const { participants, requests, meetings } = await this.load(tx, eventId);
      const index = new Map(participants.map((p, i) => [p.id, i]));
      const requestIndex = new Map(requests.map((r, i) => [r.id, i]));
      const locked: EventLock[] = meetings
        .filter((m) => m.locked && requestIndex.has(m.request_id))
        .map((m) => ({
          request: requestIndex.get(m.request_id) as number,
          round: m.round,
          table: m.table_index,
        }));
      let schedule;
      try {
        schedule = scheduleEvent({
          rounds: event.rounds,
          tables: event.table_names.length,
          participants: participants.map((p) => ({
            id: p.id,
            unavailableRounds: p.unavailable_rounds.filter(
              (r) => r < event.rounds,
            ),
          })),
          requests: requests.map(
            (r) =>
              [
                index.get(r.from_participant_id) as number,
                index.get(r.to_participant_id) as number,
                r.priority,
              ] as const,
          ),
          locked,
        });
      } catch (error) {
        if (error instanceof EventInputError) {
          throw clash(error.detail);
        }
        throw error;
      }
      await sqlExec(
        tx,
        `DELETE FROM event_meetings WHERE event_id = $1 AND NOT locked`,
        [eventId],
      );
      const free = schedule.meetings.filter(
        (m) => !locked.some((l) => l.request === m.request),
      );
      if (free.length > 0) {
        await sqlExec(
          tx,
          `INSERT INTO event_meetings (event_id, request_id, round, table_index)
           SELECT $1, r, rd, tb FROM unnest($2::uuid[], $3::int[], $4::int[]) AS m (r, rd, tb)`,
          [
            eventId,
            free.map((m) => requests[m.request]?.id),
            free.map((m) => m.round),
            free.map((m) => m.table),
          ],
        );
      }
      await sqlExec(
        tx,
        `UPDATE events SET schedule_upper_bound = $2, schedule_solve_ms = $3 WHERE id = $1`,
        [eventId, schedule.upperBound, schedule.stats.solveMs],
      );
    });
    return this.view(user, eventId);
  }

  /** Places an accepted request's meeting in a round at a table by hand, if both people are free then and the table is. */
  async place(
    user: AuthUser,
    eventId: string,
    requestId: string,
    input: PlaceMeetingInput,
  ): Promise<EventScheduleView> {
    await this.access.require(user, 'event.manage', eventId);
    await this.db.transaction(async (tx) => {
      const event = await this.setup.row(eventId, tx, true);
      if (input.round >= event.rounds) {
        throw clash(`the event has rounds 0 to ${event.rounds - 1}`);
      }
      if (input.table >= event.table_names.length) {
        throw clash(
          `the event has tables 0 to ${event.table_names.length - 1}`,
          'table',
        );
      }
      const request = await sqlRow(
        tx,
        requestRow,
        `SELECT ${REQUEST_COLUMNS} FROM event_requests r WHERE r.id = $1 AND r.event_id = $2`,
        [requestId, eventId],
      );
      if (!request) {
        throw new AppError('event.request_not_found');
      }
      if (request.status !== 'accepted') {
        throw new AppError('event.request_not_accepted');
      }
      const people = await sqlRows(
        tx,
        participantRow,
        `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = ANY($1::uuid[])`,
        [[request.from_participant_id, request.to_participant_id]],
      );
      if (people.some((p) => p.unavailable_rounds.includes(input.round))) {
        throw clash(`someone in it cannot attend round ${input.round}`);
      }
      const busy = await sqlRow(
        tx,
        z.object({ n: col.bigint }),
        `SELECT count(*) AS n FROM event_meetings m JOIN event_requests r ON r.id = m.request_id
          WHERE m.event_id = $1 AND m.round = $2 AND m.request_id <> $3
            AND (r.from_participant_id IN ($4, $5) OR r.to_participant_id IN ($4, $5))`,
        [
          eventId,
          input.round,
          requestId,
          request.from_participant_id,
          request.to_participant_id,
        ],
      );
      if ((busy?.n ?? 0) > 0) {
        throw clash(`someone in it already meets in round ${input.round}`);
      }
      const taken = await sqlRow(
        tx,
        meetingRow,
        `SELECT request_id, round, table_index, locked FROM event_meetings WHERE event_id = $1 AND round = $2 AND table_index = $3 AND request_id <> $4`,
        [eventId, input.round, input.table, requestId],
      );
      if (taken) {
        throw clash(
          `table ${input.table} is taken in round ${input.round}`,
          'table',
        );
      }
      await sqlExec(
        tx,
        `INSERT INTO event_meetings (event_id, request_id, round, table_index, locked) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (request_id) DO UPDATE SET round = EXCLUDED.round, table_index = EXCLUDED.table_index, locked = EXCLUDED.locked`,
        [eventId, requestId, input.round, input.table, input.locked],
      );
    });
    return this.view(user, eventId);
  }

  /** Takes a meeting out of the schedule (it becomes unscheduled until placed or scheduled again). */
  async remove(
    user: AuthUser,
    eventId: string,
    requestId: string,
  ): Promise<EventScheduleView> {
    await this.access.require(user, 'event.manage', eventId);
    await sqlExec(
      this.db,
      `DELETE FROM event_meetings WHERE event_id = $1 AND request_id = $2`,
      [eventId, requestId],
    );
    return this.view(user, eventId);
  }

  /** Publishes the schedule: the event is scheduled and everyone with a meeting is told. */
  async publish(user: AuthUser, eventId: string): Promise<EventScheduleView> {
    await this.access.require(user, 'event.manage', eventId);
    await this.db.transaction(async (tx) => {
      const event = await this.setup.row(eventId, tx, true);
      await sqlExec(
        tx,
        `UPDATE events SET status = 'scheduled', schedule_published_at = now(), updated_at = now() WHERE id = $1`,
        [eventId],
      );
      const people = await sqlRows(
        tx,
        z.object({ user_id: col.id }),
        `SELECT DISTINCT p.user_id FROM event_participants p WHERE p.event_id = $1 AND p.status = 'approved'`,
        [eventId],
      );
      await this.domainEvents.publish(tx, 'event.schedule_published', {
        eventId,
        titleEn: event.title_en,
        titleZh: event.title_zh,
        userIds: people.map((p) => p.user_id),
        actorId: user.id,
      });
    });
    return this.view(user, eventId);
  }

  /** The organisers' view: every meeting, the accepted requests left out, the score and the proven bound. */
  async view(user: AuthUser, eventId: string): Promise<EventScheduleView> {
    await this.access.require(user, 'event.manage', eventId);
    const event = await this.setup.row(eventId);
    const { participants, requests, meetings } = await this.load(
      this.db,
      eventId,
    );
    const score = await sqlRow(
      this.db,
      scoreRow,
      `SELECT schedule_upper_bound, schedule_solve_ms, schedule_published_at FROM events WHERE id = $1`,
      [eventId],
    );
    const placed = new Set(meetings.map((m) => m.request_id));
    const views = await this.meetingViews(
      event,
      meetings,
      requests,
      participants,
    );
    return {
      eventId,
      published: Boolean(score?.schedule_published_at),
      meetings: views,
      unscheduled: (await this.participation.requestViews(
        requests.filter((r) => !placed.has(r.id)),
      )) as EventRequestView[],
      objective: views.reduce((sum, m) => sum + m.priority, 0),
      upperBound: score?.schedule_upper_bound ?? null,
      solveMs: score?.schedule_solve_ms ?? null,
    };
  }

  /** The caller's agenda as an iCalendar file, in their language. */
  async agendaIcs(user: AuthUser, eventId: string): Promise<string> {
    const meetings = await this.agenda(user, eventId);
    const card = (await this.users.cards([user.id])).get(user.id);
    return agendaCalendar(await this.setup.row(eventId), meetings, {
      userId: user.id,
      locale: card?.locale ?? 'en',
    });
  }

  /** The table plan for the organisers, as CSV. */
  async tablePlan(user: AuthUser, eventId: string): Promise<string> {
    const view = await this.view(user, eventId);
    return tablePlanCsv(await this.setup.row(eventId), view.meetings);
  }

  /** The caller's own meetings once the schedule is published, in round order. */
  async agenda(user: AuthUser, eventId: string): Promise<EventMeetingView[]> {
    const event = await this.setup.row(eventId);
    const score = await sqlRow(
      this.db,
      scoreRow,
      `SELECT schedule_upper_bound, schedule_solve_ms, schedule_published_at FROM events WHERE id = $1`,
      [eventId],
    );
    const me = await sqlRow(
      this.db,
      participantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.event_id = $1 AND p.user_id = $2`,
      [eventId, user.id],
    );
    if (!me) {
      throw new AppError(
        event.status === 'draft' ? 'event.not_found' : 'event.not_registered',
      );
    }
    if (!score?.schedule_published_at) {
      throw new AppError('event.not_scheduled');
    }
    const { participants, requests, meetings } = await this.load(
      this.db,
      eventId,
    );
    const mine = new Set(
      requests
        .filter(
          (r) =>
            r.from_participant_id === me.id || r.to_participant_id === me.id,
        )
        .map((r) => r.id),
    );
    return this.meetingViews(
      event,
      meetings.filter((m) => mine.has(m.request_id)),
      requests,
      participants,
    );
  }

  private async load(
    runner: Queryable,
    eventId: string,
  ): Promise<{
    participants: ParticipantRow[];
    requests: RequestRow[];
    meetings: MeetingRow[];
  }> {
    const [participants, requests, meetings] = await Promise.all([
      sqlRows(
        runner,
        participantRow,
        `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.event_id = $1 AND p.status = 'approved' ORDER BY p.created_at, p.id`,
        [eventId],
      ),
      sqlRows(
        runner,
        requestRow,
        `SELECT ${REQUEST_COLUMNS} FROM event_requests r
          JOIN event_participants a ON a.id = r.from_participant_id AND a.status = 'approved'
          JOIN event_participants b ON b.id = r.to_participant_id AND b.status = 'approved'
         WHERE r.event_id = $1 AND r.status = 'accepted' ORDER BY r.created_at, r.id`,
        [eventId],
      ),
      sqlRows(
        runner,
        meetingRow,
        `SELECT request_id, round, table_index, locked FROM event_meetings WHERE event_id = $1 ORDER BY round, table_index`,
        [eventId],
      ),
    ]);
    return { participants, requests, meetings };
  }

  private async meetingViews(
    event: EventRow,
    meetings: MeetingRow[],
    requests: RequestRow[],
    participants: ParticipantRow[],
  ): Promise<EventMeetingView[]> {
    const rounds = roundsOf(event);
    const byRequest = new Map(requests.map((r) => [r.id, r]));
    const byParticipant = new Map(participants.map((p) => [p.id, p]));
    const cards = await this.users.cards(participants.map((p) => p.user_id));
    const side = (id: string) => {
      const p = byParticipant.get(id);
      const card = p ? cards.get(p.user_id) : undefined;
      return {
        participantId: id,
        userId: p?.user_id ?? '',
        displayName: card?.displayName ?? '',
        organisation: p?.organisation ?? '',
        timeZone: card?.timeZone ?? 'UTC',
      };
    };
    return meetings.flatMap((m) => {
      const r = byRequest.get(m.request_id);
      const round = rounds[m.round];
      if (!r || !round) {
        return [];
      }
      return [
        {
          requestId: m.request_id,
          round: m.round,
          table: m.table_index,
          tableName:
            event.table_names[m.table_index] ?? String(m.table_index + 1),
          tableLink: event.online
            ? (event.table_links[m.table_index] ?? null)
            : null,
          start: round.start,
          end: round.end,
          priority: r.priority,
          locked: m.locked,
          a: side(r.from_participant_id),
          b: side(r.to_participant_id),
        },
      ];
    });
  }
}
