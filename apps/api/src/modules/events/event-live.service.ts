import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EventLiveSignal,
  EventLiveView,
  LiveSeat,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { UsersService } from '../users';
import {
  allows,
  EventRow,
  PARTICIPANT_COLUMNS,
  participantRow,
  ParticipantRow,
} from './event-rows';
import { EventsService } from './events.service';

const liveRow = z.object({
  current_round: col.int.nullable(),
  round_started_at: col.nullableDate,
});
const checkInRow = z.object({ id: col.id, checked_in_at: col.nullableDate });
const tableRow = z.object({
  request_id: col.id,
  table_index: col.int,
  repaired: col.bool,
  from_participant_id: col.id,
  to_participant_id: col.id,
  no_shows: z.array(col.id),
});
type TableRow = z.output<typeof tableRow>;

const MINUTE = 60_000;

/**
 * The event day, run from the organisers' console: a round starts on the server's clock and everyone's screen counts
 * it down from there; people check in; a meeting whose partner did not come is marked, and when two meetings of the
 * round each lost a partner whom the rules let meet, the two who came are put together at once. Every change reaches
 * the participants' and organisers' sockets on every instance (`event:live`).
 */
@Injectable()
export class EventLiveService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
    private readonly access: AccessService,
    private readonly setup: EventsService,
    private readonly users: UsersService,
  ) {}

  async startRound(
    user: AuthUser,
    eventId: string,
    round: number,
  ): Promise<EventLiveView> {
    await this.access.require(user, 'event.manage', eventId);
    await this.db.transaction(async (tx) => {
      const event = this.scheduled(await this.setup.row(eventId, tx, true));
      if (round >= event.rounds) {
        throw badField(
          'round',
          `round must be a round number from 0 to ${event.rounds - 1}`,
        );
      }
      await sqlExec(
        tx,
        `UPDATE events SET current_round = $2, round_started_at = now() WHERE id = $1`,
        [eventId, round],
      );
      await this.announce(tx, event, user, 'round');
    });
    return this.state(user, eventId);
  }

  /** Checks a participant in: organisers check anyone in, participants themselves. */
  async checkIn(
    user: AuthUser,
    eventId: string,
    participantId?: string,
  ): Promise<EventLiveView> {
    if (participantId) {
      await this.access.require(user, 'event.manage', eventId);
    }
    await this.db.transaction(async (tx) => {
      const who = await sqlRow(
        tx,
        idRow,
        `SELECT id FROM event_participants WHERE event_id = $1 AND status = 'approved' AND ${participantId ? 'id = $2' : 'user_id = $2'}`,
        [eventId, participantId ?? user.id],
      );
      if (!who) {
        throw new AppError(
          participantId
            ? 'event.participant_not_found'
            : 'event.not_registered',
        );
      }
      const event = this.scheduled(await this.setup.row(eventId, tx));
      const row = await sqlRow(
        tx,
        checkInRow,
        `UPDATE event_participants SET checked_in_at = coalesce(checked_in_at, now())
          WHERE event_id = $1 AND status = 'approved' AND ${participantId ? 'id = $2' : 'user_id = $2'} RETURNING id, checked_in_at`,
        [eventId, participantId ?? user.id],
      );
      if (!row) {
        throw new AppError(
          participantId
            ? 'event.participant_not_found'
            : 'event.not_registered',
        );
      }
      await this.announce(tx, event, user, 'check_in');
    });
    return this.state(user, eventId);
  }

  /**
   * Marks that one person of a meeting of the current round did not come. If another meeting of the round lost a
   * partner too, and the two who came may meet under the event's rules and have no request between them yet, they
   * are put together at the lower of their two tables (a request accepted on the spot, priority "nice to have").
   */
  async noShow(
    user: AuthUser,
    eventId: string,
    requestId: string,
    participantId: string,
  ): Promise<EventLiveView> {
    await this.access.require(user, 'event.manage', eventId);
    await this.db.transaction(async (tx) => {
      const event = this.scheduled(await this.setup.row(eventId, tx, true));
      const live = await sqlRow(
        tx,
        liveRow,
        `SELECT current_round, round_started_at FROM events WHERE id = $1`,
        [eventId],
      );
      if (live?.current_round === null || live?.current_round === undefined) {
        throw new AppError('event.not_live');
      }
      const tables = await this.tables(tx, eventId, live.current_round);
      const meeting = tables.find((t) => t.request_id === requestId);
      if (!meeting) {
        throw new AppError(
          'event.meeting_clash',
          { reason: 'it is not a meeting of the current round' },
          [
            {
              field: 'requestId',
              messages: [
                'That meeting clashes: it is not a meeting of the current round',
              ],
              code: 'event.meeting_clash',
            },
          ],
        );
      }
      if (
        participantId !== meeting.from_participant_id &&
        participantId !== meeting.to_participant_id
      ) {
        throw badField(
          'participantId',
          'participantId must be one of the two people of the meeting',
        );
      }
      if (!meeting.no_shows.includes(participantId)) {
        meeting.no_shows.push(participantId);
        await sqlExec(
          tx,
          `UPDATE event_requests SET no_shows = $2 WHERE id = $1`,
          [requestId, meeting.no_shows],
        );
      }
      const repaired = await this.repair(
        tx,
        event,
        live.current_round,
        meeting,
        tables,
      );
      await this.announce(tx, event, user, repaired ? 'repaired' : 'no_show');
    });
    return this.state(user, eventId);
  }

  /** The console's view: for organisers and for approved participants. */
  async state(user: AuthUser, eventId: string): Promise<EventLiveView> {
    const event = await this.setup.row(eventId);
    if (!(await this.access.has(user, 'event.manage', eventId))) {
      const me = await sqlRow(
        this.db,
        idRow,
        `SELECT id FROM event_participants WHERE event_id = $1 AND user_id = $2 AND status = 'approved'`,
        [eventId, user.id],
      );
      if (!me) {
        throw new AppError(
          event.status === 'draft' ? 'event.not_found' : 'event.not_registered',
        );
      }
    }
    const live = await sqlRow(
      this.db,
      liveRow,
      `SELECT current_round, round_started_at FROM events WHERE id = $1`,
      [eventId],
    );
    const people = await sqlRows(
      this.db,
      participantRow.extend({ checked_in_at: col.nullableDate }),
      `SELECT ${PARTICIPANT_COLUMNS}, p.checked_in_at FROM event_participants p WHERE p.event_id = $1 AND p.status = 'approved'`,
      [eventId],
    );
    const current = live?.current_round ?? null;
    const tables =
      current === null ? [] : await this.tables(this.db, eventId, current);
    const cards = await this.users.cards(people.map((p) => p.user_id));
    const byId = new Map(people.map((p) => [p.id, p]));
    const seat = (id: string, t: TableRow): LiveSeat | null => {
      const p = byId.get(id);
      return p
        ? {
            participantId: id,
            displayName: cards.get(p.user_id)?.displayName ?? '',
            organisation: p.organisation,
            checkedIn: p.checked_in_at !== null,
            noShow: t.no_shows.includes(id),
          }
        : null;
    };
    const started = live?.round_started_at ?? null;
    return {
      eventId,
      serverTime: new Date().toISOString(),
      currentRound: current,
      roundStartedAt: started?.toISOString() ?? null,
      roundEndsAt: started
        ? new Date(
            started.getTime() + event.round_minutes * MINUTE,
          ).toISOString()
        : null,
      checkedIn: people.filter((p) => p.checked_in_at !== null).length,
      participants: people.length,
      tables:
        current === null
          ? []
          : event.table_names.map((tableName, table) => {
              const t = tables.find((x) => x.table_index === table);
              return {
                table,
                tableName,
                requestId: t?.request_id ?? null,
                a: t ? seat(t.from_participant_id, t) : null,
                b: t ? seat(t.to_participant_id, t) : null,
                repaired: t?.repaired ?? false,
              };
            }),
    };
  }

  private scheduled(event: EventRow): EventRow {
    if (event.status !== 'scheduled') {
      throw new AppError('event.not_live');
    }
    return event;
  }

  private tables(
    runner: Queryable,
    eventId: string,
    round: number,
  ): Promise<TableRow[]> {
    return sqlRows(
      runner,
      tableRow,
      `SELECT m.request_id, m.table_index, m.repaired, r.from_participant_id, r.to_participant_id, r.no_shows
         FROM event_meetings m JOIN event_requests r ON r.id = m.request_id
        WHERE m.event_id = $1 AND m.round = $2 ORDER BY m.table_index`,
      [eventId, round],
    );
  }

  private async repair(
    tx: Queryable,
    event: EventRow,
    round: number,
    meeting: TableRow,
    tables: TableRow[],
  ): Promise<boolean> {
    const cameTo = (t: TableRow): string | undefined => {
      const present = [t.from_participant_id, t.to_participant_id].filter(
        (id) => !t.no_shows.includes(id),
      );
      return present.length === 1 ? present[0] : undefined;
    };
    const mine = cameTo(meeting);
    if (!mine) {
      return false;
    }
    const candidates = tables.filter(
      (t) => t.request_id !== meeting.request_id && cameTo(t),
    );
    if (candidates.length === 0) {
      return false;
    }
    const people = new Map(
      (
        await sqlRows(
          tx,
          participantRow,
          `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = ANY($1::uuid[])`,
          [[mine, ...candidates.map((t) => cameTo(t) as string)]],
        )
      ).map((p) => [p.id, p]),
    );
    const me = people.get(mine) as ParticipantRow;
    for (const other of candidates) {
      const them = people.get(cameTo(other) as string);
      if (!them) {
        continue;
      }
      const [from, to] = allows(event.request_rules, me.kind, them.kind)
        ? [me, them]
        : allows(event.request_rules, them.kind, me.kind)
          ? [them, me]
          : [];
      if (!from || !to) {
        continue;
      }
      const created = await sqlRow(
        tx,
        idRow,
        `INSERT INTO event_requests (event_id, from_participant_id, to_participant_id, priority, message, status, decided_at)
         VALUES ($1, $2, $3, 1, 'Met on the event day when both partners were missing', 'accepted', now())
         ON CONFLICT DO NOTHING RETURNING id`,
        [event.id, from.id, to.id],
      );
      if (!created) {
        continue;
      }
      await sqlExec(
        tx,
        `DELETE FROM event_meetings WHERE request_id = ANY($1::uuid[])`,
        [[meeting.request_id, other.request_id]],
      );
      await sqlExec(
        tx,
        `INSERT INTO event_meetings (event_id, request_id, round, table_index, locked, repaired) VALUES ($1, $2, $3, $4, true, true)`,
        [
          event.id,
          created.id,
          round,
          Math.min(meeting.table_index, other.table_index),
        ],
      );
      return true;
    }
    return false;
  }

  private async announce(
    tx: Queryable,
    event: EventRow,
    user: AuthUser,
    change: EventLiveSignal['change'],
  ): Promise<void> {
    const live = await sqlRow(
      tx,
      liveRow,
      `SELECT current_round, round_started_at FROM events WHERE id = $1`,
      [event.id],
    );
    const started = live?.round_started_at ?? null;
    const people = await sqlRows(
      tx,
      z.object({ user_id: col.id }),
      `SELECT user_id FROM event_participants WHERE event_id = $1 AND status = 'approved'`,
      [event.id],
    );
    const signal: EventLiveSignal = {
      eventId: event.id,
      change,
      round: live?.current_round ?? null,
      roundStartedAt: started?.toISOString() ?? null,
      roundEndsAt: started
        ? new Date(
            started.getTime() + event.round_minutes * MINUTE,
          ).toISOString()
        : null,
      serverTime: new Date().toISOString(),
    };
    await this.domainEvents.publish(tx, 'event.live_changed', {
      signal,
      userIds: [
        ...new Set([
          ...people.map((p) => p.user_id),
          event.created_by,
          user.id,
        ]),
      ],
    });
  }
}
