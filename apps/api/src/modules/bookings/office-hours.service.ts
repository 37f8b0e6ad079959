import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BookingView, OfficeHoursView } from '@torchbridge/contracts';
import { blockOf } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import { guarded, refused } from './booking-errors';
import {
  BLOCKING,
  BOOKING_COLUMNS,
  bookingRow,
  OFFICE_HOURS_COLUMNS,
  OfficeHoursRow,
  officeHoursRow,
} from './booking-rows';
import { BookingViews } from './booking-views';
import { AvailabilityService, rulesOf } from './availability.service';
import { BookingsService } from './bookings.service';
import { loadBusyTimes } from './busy-times';
import type {
  CancelOfficeHoursDto,
  CreateOfficeHoursDto,
} from './dto/office-hours.dto';
import { instantOf } from './dto/instant.validator';

const MINUTE = 60_000;
const LIST_LIMIT = 200;

const seatRow = z.object({ office_hours_id: col.id, id: col.id });

/** Group slots a mentor opens with a number of seats; founders take a seat each, first come first served. */
@Injectable()
export class OfficeHoursService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly availability: AvailabilityService,
    private readonly bookings: BookingsService,
    private readonly views: BookingViews,
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
  ) {}

  /**
   * Opens office hours. They may lie outside the weekly rules (a special session), but never over the mentor's own
   * blocking sessions or other office hours: checked under the mentor's lock, and guarded by an exclusion constraint.
   */
  async create(
    user: AuthUser,
    dto: CreateOfficeHoursDto,
  ): Promise<OfficeHoursView> {
    const start = instantOf(dto.start);
    const mentorId = await this.profiles.mentorIdOf(user.id);
    if (!mentorId) {
      throw new AppError('mentor.profile_missing');
    }
    if (!start || start.getTime() <= Date.now()) {
      throw refused({ code: 'booking.in_past', params: {} });
    }
    const end = new Date(start.getTime() + dto.lengthMinutes * MINUTE);
    const id = await guarded(() =>
      this.db.transaction(async (tx) => {
        const availability = await this.availability.lock(tx, mentorId);
        const block = blockOf(start, end, rulesOf(availability));
        const busy = await loadBusyTimes(tx, {
          mentorUserId: user.id,
          bookerId: user.id,
          from: start,
          to: end,
        });
        const clash = busy.mentorBlocks.some(
          (b) =>
            b.start.getTime() < block.end.getTime() &&
            b.end.getTime() > block.start.getTime(),
        );
        if (clash) {
          throw refused({ code: 'booking.slot_taken', params: {} });
        }
        const row = await sqlRow(
          tx,
          officeHoursRow,
          `INSERT INTO office_hours AS o (mentor_id, mentor_user_id, title, starts_at, ends_at, block, seats, meeting_link, meeting_place)
           VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), $8, $9, $10) RETURNING ${OFFICE_HOURS_COLUMNS}`,
          [
            mentorId,
            user.id,
            dto.title,
            start,
            end,
            block.start,
            block.end,
            dto.seats,
            availability.meeting_link,
            availability.meeting_place,
          ],
        );
        if (!row) {
          throw new Error('The new office hours were not returned');
        }
        await this.events.publish(tx, 'office_hours.created', {
          officeHoursId: row.id,
          mentorId,
          actorId: user.id,
        });
        return row.id;
      }),
    );
    return this.one(user, id);
  }

  /** Office hours still to come (one mentor's, or everyone's), soonest first; cancelled ones are left out. */
  async list(user: AuthUser, mentorId?: string): Promise<OfficeHoursView[]> {
    const rows = await sqlRows(
      this.db,
      officeHoursRow,
      `SELECT ${OFFICE_HOURS_COLUMNS} FROM office_hours o
        WHERE o.cancelled_at IS NULL AND o.ends_at > now() AND ($1::uuid IS NULL OR o.mentor_id = $1)
        ORDER BY o.starts_at LIMIT ${LIST_LIMIT}`,
      [mentorId ?? null],
    );
    return this.toViews(user, rows);
  }

  /**
   * Takes one seat: the counter moves only while a seat is free (one statement, so concurrent takers queue on the
   * row and re-check), and the seat's booking is written in the same transaction or not at all.
   */
  async takeSeat(user: AuthUser, id: string): Promise<BookingView> {
    const [startupId, cards] = await Promise.all([
      this.profiles.startupIdsOf(user.id),
      this.users.cards([user.id]),
    ]);
    if (startupId.length === 0) {
      throw new AppError('startup.profile_missing');
    }
    const hours = await this.row(id);
    if (hours.cancelled_at) {
      throw new AppError('office_hours.cancelled');
    }
    if (hours.starts_at.getTime() <= Date.now()) {
      throw refused({ code: 'booking.in_past', params: {} });
    }
    const bookingId = await guarded(
      () =>
        this.db.transaction(async (tx) => {
          const held = await sqlRow(
            tx,
            seatRow,
            `SELECT b.office_hours_id, b.id FROM bookings b WHERE b.office_hours_id = $1 AND b.founder_user_id = $2 AND b.status IN ${BLOCKING}`,
            [id, user.id],
          );
          if (held) {
            throw new AppError('office_hours.already_booked');
          }
          const seat = await sqlRow(
            tx,
            officeHoursRow,
            `UPDATE office_hours o SET seats_taken = seats_taken + 1
              WHERE o.id = $1 AND o.seats_taken < o.seats AND o.cancelled_at IS NULL RETURNING ${OFFICE_HOURS_COLUMNS}`,
            [id],
          );
          if (!seat) {
            throw new AppError(
              (await this.row(id, tx)).cancelled_at
                ? 'office_hours.cancelled'
                : 'office_hours.full',
            );
          }
          const row = await sqlRow(
            tx,
            bookingRow,
            `INSERT INTO bookings AS b (kind, status, office_hours_id, mentor_id, mentor_user_id, founder_user_id, startup_id, starts_at, ends_at, block,
                    length_minutes, topic, meeting_link, meeting_place, booked_time_zone)
             VALUES ('office_hours', 'confirmed', $1, $2, $3, $4, $5, $6, $7, tstzrange($6, $7, '[)'), $8, $9, $10, $11, $12)
             RETURNING ${BOOKING_COLUMNS}`,
            [
              seat.id,
              seat.mentor_id,
              seat.mentor_user_id,
              user.id,
              startupId[0],
              seat.starts_at,
              seat.ends_at,
              Math.round(
                (seat.ends_at.getTime() - seat.starts_at.getTime()) / MINUTE,
              ),
              seat.title,
              seat.meeting_link,
              seat.meeting_place,
              cards.get(user.id)?.timeZone ?? 'UTC',
            ],
          );
          if (!row) {
            throw new Error('The seat booking was not returned');
          }
          await this.events.publish(
            tx,
            'booking.confirmed',
            await this.bookings.eventOf(tx, row, user.id),
          );
          return row.id;
        }),
      () => new AppError('office_hours.already_booked'),
    );
    const [view] = await this.views.views(user.id, [
      await this.views.row(bookingId),
    ]);
    if (!view) {
      throw new AppError('booking.not_found');
    }
    return view;
  }

  /** The mentor calls the office hours off: every seat is cancelled, and each founder told. */
  async cancel(
    user: AuthUser,
    id: string,
    dto: CancelOfficeHoursDto,
  ): Promise<OfficeHoursView> {
    await this.access.require(user, 'office_hours.manage', id);
    await this.db.transaction(async (tx) => {
      const cancelled = await sqlRow(
        tx,
        officeHoursRow,
        `UPDATE office_hours o SET cancelled_at = now(), seats_taken = 0
          WHERE o.id = $1 AND o.cancelled_at IS NULL AND o.starts_at > now() RETURNING ${OFFICE_HOURS_COLUMNS}`,
        [id],
      );
      if (!cancelled) {
        const row = await this.row(id, tx);
        throw row.cancelled_at
          ? new AppError('office_hours.cancelled')
          : new AppError(
              'booking.not_changeable',
              { status: 'started' },
              undefined,
              'Office hours that have started cannot be cancelled',
            );
      }
      const seats = await sqlRows(
        tx,
        bookingRow,
        `UPDATE bookings b SET status = 'cancelled', cancelled_by = $2, cancel_reason = $3, sequence = sequence + 1, updated_at = now()
          WHERE b.office_hours_id = $1 AND b.status IN ${BLOCKING} RETURNING ${BOOKING_COLUMNS}`,
        [id, user.id, dto.reason ?? null],
      );
      for (const seat of seats) {
        await this.events.publish(tx, 'booking.cancelled', {
          ...(await this.bookings.eventOf(tx, seat, user.id)),
          reason: dto.reason ?? '',
        });
      }
      await this.events.publish(tx, 'office_hours.cancelled', {
        officeHoursId: id,
        mentorId: cancelled.mentor_id,
        actorId: user.id,
      });
    });
    return this.one(user, id);
  }

  private async row(
    id: string,
    runner: Queryable = this.db,
  ): Promise<OfficeHoursRow> {
    const row = await sqlRow(
      runner,
      officeHoursRow,
      `SELECT ${OFFICE_HOURS_COLUMNS} FROM office_hours o WHERE o.id = $1`,
      [id],
    );
    if (!row) {
      throw new AppError('office_hours.not_found');
    }
    return row;
  }

  private async one(user: AuthUser, id: string): Promise<OfficeHoursView> {
    const [view] = await this.toViews(user, [await this.row(id)]);
    if (!view) {
      throw new AppError('office_hours.not_found');
    }
    return view;
  }

  private async toViews(
    user: AuthUser,
    rows: OfficeHoursRow[],
  ): Promise<OfficeHoursView[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map((r) => r.id);
    const [cards, seats] = await Promise.all([
      this.users.cards(rows.map((r) => r.mentor_user_id)),
      sqlRows(
        this.db,
        seatRow,
        `SELECT b.office_hours_id, b.id FROM bookings b WHERE b.office_hours_id = ANY($1::uuid[]) AND b.founder_user_id = $2 AND b.status IN ${BLOCKING}`,
        [ids, user.id],
      ),
    ]);
    const mine = new Map(seats.map((s) => [s.office_hours_id, s.id]));
    return rows.map((r) => {
      const card = cards.get(r.mentor_user_id);
      return {
        id: r.id,
        mentor: {
          userId: r.mentor_user_id,
          displayName: card?.displayName ?? '',
          timeZone: card?.timeZone ?? 'UTC',
          mentorId: r.mentor_id,
        },
        title: r.title,
        start: r.starts_at.toISOString(),
        end: r.ends_at.toISOString(),
        seats: r.seats,
        seatsTaken: r.seats_taken,
        myBookingId: mine.get(r.id) ?? null,
        meetingLink: r.meeting_link,
        meetingPlace: r.meeting_place,
        cancelled: r.cancelled_at !== null,
      };
    });
  }
}
