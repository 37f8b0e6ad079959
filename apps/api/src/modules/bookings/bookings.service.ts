import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BookingEvent,
  type BookingStatus,
  type BookingView,
  LATE_CHANGE_HOURS,
} from '@torchbridge/contracts';
import { blockOf, type BusyRange, checkSlot } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { MentorshipsService } from '../mentorships';
import { UsersService, type UserCard } from '../users';
import { guarded, refused, slotTaken } from './booking-errors';
import {
  AvailabilityRow,
  BLOCKING,
  BOOKING_COLUMNS,
  BookingRow,
  bookingRow,
} from './booking-rows';
import { BookingSnapshot, BookingViews } from './booking-views';
import {
  AvailabilityService,
  offeredLength,
  rulesOf,
} from './availability.service';
import { loadBookingInputs, loadBusyTimes, rangeTaken } from './busy-times';
import type {
  BookingFeedbackDto,
  BookingNoteDto,
  CancelBookingDto,
  CreateBookingDto,
  RescheduleBookingDto,
} from './dto/booking.dto';
import { instantOf } from './dto/instant.validator';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LIST_LIMIT = 200;
// Turns a booking waits for the mentor's lock to come free before it queues for it.
const LOCK_ATTEMPTS = 3;
const CHANGEABLE: readonly BookingStatus[] = ['requested', 'confirmed'];

const startOf = (value: string, field = 'start'): Date => {
  const at = instantOf(value);
  if (!at) {
    throw badField(
      field,
      `${field} must be an ISO 8601 instant with a zone offset`,
    );
  }
  return at;
};

/** Sessions between a founder and a mentor: booking, the lifecycle after it, and readers for other code. */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly views: BookingViews,
    private readonly availability: AvailabilityService,
    private readonly mentorships: MentorshipsService,
    private readonly users: UsersService,
  ) {}

  /** The session as invites, mail and reminders need it; `booking.not_found` when it does not exist. */
  async snapshot(
    bookingId: string,
    runner: Queryable = this.db,
  ): Promise<BookingSnapshot> {
    const [snapshot] = await this.views.snapshots(
      [await this.views.row(bookingId, runner)],
      runner === this.db ? undefined : runner,
    );
    if (!snapshot) {
      throw new Error('A booking row gave no snapshot');
    }
    return snapshot;
  }

  /** The event payload of a session, with both names. */
  async eventOf(
    runner: Queryable,
    row: BookingRow,
    actorId: string | null,
    known?: Map<string, UserCard>,
  ): Promise<BookingEvent> {
    const cards =
      known ??
      (await this.users.cards(
        [row.mentor_user_id, row.founder_user_id],
        runner,
      ));
    return {
      bookingId: row.id,
      mentorshipId: row.mentorship_id,
      officeHoursId: row.office_hours_id,
      mentorUserId: row.mentor_user_id,
      mentorName: cards.get(row.mentor_user_id)?.displayName ?? '',
      founderUserId: row.founder_user_id,
      founderName: cards.get(row.founder_user_id)?.displayName ?? '',
      start: row.starts_at.toISOString(),
      end: row.ends_at.toISOString(),
      actorId,
    };
  }

  /**
   * Books a session inside an active mentorship. Under the mentor's lock the start is checked against fresh rows
   * (hours, notice, horizon, buffers, caps, the founder's own sessions); the exclusion constraints are the last word.
   * A request that finds the lock held waits for its holder to finish without queueing for it, then looks at the
   * exact range once more: in a race for one start, everyone but the winner answers 409 together instead of taking
   * the lock one after another.
   */
  async create(user: AuthUser, dto: CreateBookingDto): Promise<BookingView> {
    const start = startOf(dto.start);
    const [, mentorship] = await Promise.all([
      this.access.require(user, 'booking.create', dto.mentorshipId),
      this.mentorships.row(this.db, dto.mentorshipId),
    ]);
    if (mentorship.status !== 'active') {
      throw new AppError('booking.needs_active_mentorship');
    }
    const inputs = await loadBookingInputs(this.db, {
      mentorId: mentorship.mentor_id,
      bookerId: user.id,
      start,
      lengthMinutes: dto.lengthMinutes,
    });
    if (!inputs) {
      throw new AppError('mentorship.not_found');
    }
    const unlocked = inputs.availability;
    if (!unlocked) {
      throw new AppError('availability.not_set');
    }
    const mentor = { userId: inputs.mentorUserId };
    const request = {
      mentorUserId: mentor.userId,
      bookerId: user.id,
      start,
      length: offeredLength(unlocked, dto.lengthMinutes, 'lengthMinutes'),
    };
    // A first look without the lock: the mentor's rules, then the exact range, read with the availability.
    this.checkRules(unlocked, request);
    if (inputs.taken) {
      throw slotTaken();
    }
    const id = await guarded(async () => {
      for (let attempt = 1; ; attempt += 1) {
        // After a few turns without the lock, queue for it like everyone else so no one waits forever.
        const queue = attempt > LOCK_ATTEMPTS;
        const booked = await this.db.transaction(async (tx) => {
          const availability = queue
            ? await this.availability.lock(tx, mentorship.mentor_id)
            : await this.availability.tryLock(tx, mentorship.mentor_id);
          if (!availability) {
            return undefined;
          }
          const length = offeredLength(
            availability,
            dto.lengthMinutes,
            'lengthMinutes',
          );
          if (queue) {
            await this.refuseTaken(tx, availability, { ...request, length });
          }
          const { end, block } = await this.check(tx, availability, {
            ...request,
            length,
          });
          return this.insertBooking(tx, {
            user,
            mentorship,
            mentorUserId: mentor.userId,
            availability,
            start,
            end,
            block,
            length,
            topic: dto.topic ?? '',
          });
        });
        if (booked) {
          return booked;
        }
        await this.availability.awaitUnlocked(mentorship.mentor_id);
        await this.refuseTaken(this.db, unlocked, request);
      }
    });
    return this.one(user, id);
  }

  /** The caller's sessions as founder or mentor: upcoming (still to happen, soonest first) or past (latest first). */
  async list(
    user: AuthUser,
    scope: 'upcoming' | 'past' = 'upcoming',
  ): Promise<BookingView[]> {
    const rows = await sqlRows(
      this.db,
      bookingRow,
      scope === 'upcoming'
        ? `SELECT ${BOOKING_COLUMNS} FROM bookings b
            WHERE (b.founder_user_id = $1 OR b.mentor_user_id = $1) AND b.status IN ${BLOCKING} AND b.ends_at > now()
            ORDER BY b.starts_at LIMIT ${LIST_LIMIT}`
        : `SELECT ${BOOKING_COLUMNS} FROM bookings b
            WHERE (b.founder_user_id = $1 OR b.mentor_user_id = $1) AND (b.status NOT IN ${BLOCKING} OR b.ends_at <= now())
            ORDER BY b.starts_at DESC LIMIT ${LIST_LIMIT}`,
      [user.id],
    );
    return this.views.views(user.id, rows);
  }

  async get(user: AuthUser, id: string): Promise<BookingView> {
    await this.access.require(user, 'booking.read', id);
    return this.one(user, id);
  }

  /** The mentor accepts a requested session. */
  async confirm(user: AuthUser, id: string): Promise<BookingView> {
    await this.access.require(user, 'booking.decide', id);
    await this.db.transaction(async (tx) => {
      const row = await this.views.row(id, tx, { lock: true });
      if (row.status !== 'requested' || row.starts_at.getTime() <= Date.now()) {
        throw new AppError('booking.not_confirmable');
      }
      const updated = await this.update(tx, id, `status = 'confirmed'`);
      await this.events.publish(
        tx,
        'booking.confirmed',
        await this.eventOf(tx, updated, user.id),
      );
    });
    return this.one(user, id);
  }

  /**
   * Moves a session to a new start (and length) with the same checks as booking, itself excepted. A founder's move
   * of a mentorship session waits for the mentor again unless the mentor confirms automatically.
   */
  async reschedule(
    user: AuthUser,
    id: string,
    dto: RescheduleBookingDto,
  ): Promise<BookingView> {
    const start = startOf(dto.start);
    await this.access.require(user, 'booking.change', id);
    const current = await this.views.row(id);
    await guarded(() =>
      this.db.transaction(async (tx) => {
        // The mentor's lock first, as booking takes it, then the row.
        const availability = await this.availability.lock(
          tx,
          current.mentor_id,
        );
        const row = await this.views.row(id, tx, { lock: true });
        this.requireChangeable(row, dto.reason);
        if (row.kind === 'office_hours') {
          throw new AppError(
            'booking.not_changeable',
            { status: row.status },
            undefined,
            'An office-hours seat keeps the time of its office hours; cancel it instead',
          );
        }
        const length =
          dto.lengthMinutes === undefined
            ? row.length_minutes
            : offeredLength(availability, dto.lengthMinutes, 'lengthMinutes');
        const { end, block } = await this.check(tx, availability, {
          mentorUserId: row.mentor_user_id,
          bookerId: row.founder_user_id,
          start,
          length,
          exceptBookingId: id,
        });
        const byFounder = user.id === row.founder_user_id;
        const status: BookingStatus = byFounder
          ? availability.auto_confirm
            ? 'confirmed'
            : 'requested'
          : row.status;
        const updated = await this.update(
          tx,
          id,
          `starts_at = $2, ends_at = $3, block = tstzrange($4, $5, '[)'), length_minutes = $6, status = $7, sequence = sequence + 1`,
          [start, end, block.start, block.end, length, status],
        );
        await this.events.publish(tx, 'booking.rescheduled', {
          ...(await this.eventOf(tx, updated, user.id)),
          previousStart: row.starts_at.toISOString(),
          reason: dto.reason ?? '',
        });
      }),
    );
    return this.one(user, id);
  }

  /** Either party calls a session off; an office-hours seat goes back to the pool. */
  async cancel(
    user: AuthUser,
    id: string,
    dto: CancelBookingDto,
  ): Promise<BookingView> {
    await this.access.require(user, 'booking.change', id);
    await this.db.transaction(async (tx) => {
      const row = await this.views.row(id, tx, { lock: true });
      this.requireChangeable(row, dto.reason);
      const updated = await this.update(
        tx,
        id,
        `status = 'cancelled', cancelled_by = $2, cancel_reason = $3, sequence = sequence + 1`,
        [user.id, dto.reason ?? null],
      );
      if (row.office_hours_id) {
        await sqlExec(
          tx,
          'UPDATE office_hours SET seats_taken = seats_taken - 1 WHERE id = $1 AND seats_taken > 0',
          [row.office_hours_id],
        );
      }
      await this.events.publish(tx, 'booking.cancelled', {
        ...(await this.eventOf(tx, updated, user.id)),
        reason: dto.reason ?? '',
      });
    });
    return this.one(user, id);
  }

  /** The mentor records that the founder did not come, once the session has started. */
  async noShow(user: AuthUser, id: string): Promise<BookingView> {
    await this.access.require(user, 'booking.decide', id);
    await this.db.transaction(async (tx) => {
      const row = await this.views.row(id, tx, { lock: true });
      if (row.status !== 'confirmed') {
        throw new AppError('booking.not_changeable', { status: row.status });
      }
      if (row.starts_at.getTime() > Date.now()) {
        throw new AppError('booking.not_started');
      }
      const updated = await this.update(tx, id, `status = 'no_show'`);
      await this.events.publish(
        tx,
        'booking.no_show',
        await this.eventOf(tx, updated, user.id),
      );
    });
    return this.one(user, id);
  }

  /** Either party marks a confirmed session held, once it has ended. */
  async complete(user: AuthUser, id: string): Promise<BookingView> {
    await this.access.require(user, 'booking.change', id);
    await this.db.transaction(async (tx) => {
      const row = await this.views.row(id, tx, { lock: true });
      if (row.status !== 'confirmed') {
        throw new AppError('booking.not_changeable', { status: row.status });
      }
      if (row.ends_at.getTime() > Date.now()) {
        throw new AppError(
          'booking.not_started',
          {},
          undefined,
          'A session is marked held once it has ended',
        );
      }
      const updated = await this.update(tx, id, `status = 'completed'`);
      await this.events.publish(
        tx,
        'booking.completed',
        await this.eventOf(tx, updated, user.id),
      );
    });
    return this.one(user, id);
  }

  /** The caller's private note on a session; the other party never sees it. */
  async note(
    user: AuthUser,
    id: string,
    dto: BookingNoteDto,
  ): Promise<BookingView> {
    await this.access.require(user, 'booking.read', id);
    await sqlExec(
      this.db,
      `INSERT INTO booking_notes (booking_id, user_id, note) VALUES ($1, $2, $3)
       ON CONFLICT (booking_id, user_id) DO UPDATE SET note = EXCLUDED.note, updated_at = now()`,
      [id, user.id, dto.note],
    );
    return this.one(user, id);
  }

  /** Feedback on a session that took place (completed, or confirmed and over), once per party. */
  async feedback(
    user: AuthUser,
    id: string,
    dto: BookingFeedbackDto,
  ): Promise<BookingView> {
    await this.access.require(user, 'booking.change', id);
    await this.db.transaction(async (tx) => {
      const row = await this.views.row(id, tx);
      const held =
        row.status === 'completed' ||
        (row.status === 'confirmed' && row.ends_at.getTime() <= Date.now());
      if (!held) {
        throw new AppError('booking.not_held');
      }
      const inserted = await sqlRows(
        tx,
        z.object({ rating: col.int }),
        `INSERT INTO booking_feedback (booking_id, author_id, rating, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (booking_id, author_id) DO NOTHING RETURNING rating`,
        [id, user.id, dto.rating, dto.comment],
      );
      if (inserted.length === 0) {
        throw new AppError('booking.feedback_duplicate');
      }
      await this.events.publish(tx, 'booking.feedback_given', {
        ...(await this.eventOf(tx, row, user.id)),
        rating: dto.rating,
      });
    });
    return this.one(user, id);
  }

  /** Refuses a start the mentor's rules or anyone's sessions rule out; the session's end and buffered block otherwise. */
  private async check(
    runner: Queryable,
    availability: AvailabilityRow,
    input: {
      mentorUserId: string;
      bookerId: string;
      start: Date;
      length: number;
      exceptBookingId?: string;
    },
  ): Promise<{ end: Date; block: BusyRange }> {
    const end = new Date(input.start.getTime() + input.length * MINUTE);
    const rules = rulesOf(availability);
    const busy = await loadBusyTimes(runner, {
      ...input,
      from: input.start,
      to: end,
    });
    const refusal = checkSlot(
      {
        rules,
        lengthMinutes: input.length,
        from: input.start,
        to: end,
        now: new Date(),
        ...busy,
      },
      input.start,
    );
    if (refusal) {
      throw refused(refusal);
    }
    return { end, block: blockOf(input.start, end, rules) };
  }

  /** The mentor's rules alone (notice, horizon, hours, blackouts), which need no other rows. */
  private checkRules(
    availability: AvailabilityRow,
    input: { start: Date; length: number },
  ): void {
    const end = new Date(input.start.getTime() + input.length * MINUTE);
    const refusal = checkSlot(
      {
        rules: rulesOf(availability),
        lengthMinutes: input.length,
        from: input.start,
        to: end,
        now: new Date(),
        mentorBlocks: [],
        mentorSessionStarts: [],
        bookerBusy: [],
      },
      input.start,
    );
    if (refusal) {
      throw refused(refusal);
    }
  }

  /** 409 `booking.slot_taken` when a blocking session overlaps the exact range. */
  private async refuseTaken(
    runner: Queryable,
    availability: AvailabilityRow,
    input: {
      mentorUserId: string;
      bookerId: string;
      start: Date;
      length: number;
    },
  ): Promise<void> {
    const end = new Date(input.start.getTime() + input.length * MINUTE);
    const block = blockOf(input.start, end, rulesOf(availability));
    if (await rangeTaken(runner, { ...input, end, block })) {
      throw slotTaken();
    }
  }

  /** The checked session's row and its events, in the caller's transaction; its id. */
  private async insertBooking(
    tx: Queryable,
    input: {
      user: AuthUser;
      mentorship: { id: string; mentor_id: string; startup_id: string | null };
      mentorUserId: string;
      availability: AvailabilityRow;
      start: Date;
      end: Date;
      block: BusyRange;
      length: number;
      topic: string;
    },
  ): Promise<string> {
    const { user, mentorship, availability } = input;
    const cards = await this.users.cards([user.id, input.mentorUserId], tx);
    const row = await sqlRow(
      tx,
      bookingRow,
      `INSERT INTO bookings AS b (kind, status, mentorship_id, mentor_id, mentor_user_id, founder_user_id, startup_id, starts_at, ends_at, block,
              length_minutes, topic, meeting_link, meeting_place, booked_time_zone)
       VALUES ('mentorship', $1, $2, $3, $4, $5, $6, $7, $8, tstzrange($9, $10, '[)'), $11, $12, $13, $14, $15)
       RETURNING ${BOOKING_COLUMNS}`,
      [
        availability.auto_confirm ? 'confirmed' : 'requested',
        mentorship.id,
        mentorship.mentor_id,
        input.mentorUserId,
        user.id,
        mentorship.startup_id,
        input.start,
        input.end,
        input.block.start,
        input.block.end,
        input.length,
        input.topic,
        availability.meeting_link,
        availability.meeting_place,
        cards.get(user.id)?.timeZone ?? 'UTC',
      ],
    );
    if (!row) {
      throw new Error('The new booking was not returned');
    }
    const event = await this.eventOf(tx, row, user.id, cards);
    await this.events.publish(tx, 'booking.requested', event);
    if (row.status === 'confirmed') {
      await this.events.publish(tx, 'booking.confirmed', event);
    }
    return row.id;
  }

  private async one(user: AuthUser, id: string): Promise<BookingView> {
    const [view] = await this.views.views(user.id, [await this.views.row(id)]);
    if (!view) {
      throw new AppError('booking.not_found');
    }
    return view;
  }

  /** Blocking, not yet started, and a reason when the start is close. */
  private requireChangeable(row: BookingRow, reason: string | undefined): void {
    if (!CHANGEABLE.includes(row.status)) {
      throw new AppError('booking.not_changeable', { status: row.status });
    }
    const untilStart = row.starts_at.getTime() - Date.now();
    if (untilStart <= 0) {
      throw new AppError(
        'booking.not_changeable',
        { status: 'started' },
        undefined,
        'A session that has started cannot be changed',
      );
    }
    if (untilStart < LATE_CHANGE_HOURS * HOUR && !reason) {
      throw new AppError(
        'booking.reason_required',
        { hours: LATE_CHANGE_HOURS },
        [
          {
            field: 'reason',
            messages: [
              `reason is needed to change a session less than ${LATE_CHANGE_HOURS} hours before it starts`,
            ],
            code: 'booking.reason_required',
          },
        ],
      );
    }
  }

  private async update(
    tx: Queryable,
    id: string,
    set: string,
    params: unknown[] = [],
  ): Promise<BookingRow> {
    const row = await sqlRow(
      tx,
      bookingRow,
      `UPDATE bookings b SET ${set}, updated_at = now() WHERE b.id = $1 RETURNING ${BOOKING_COLUMNS}`,
      [id, ...params],
    );
    if (!row) {
      throw new AppError('booking.not_found');
    }
    return row;
  }
}
