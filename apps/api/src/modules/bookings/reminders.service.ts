import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DomainEvents } from '../../common/events/domain-events';
import { col, sqlRows } from '../../database/sql';
import { UsersService } from '../users';
import { BOOKING_COLUMNS, bookingRow } from './booking-rows';
import { BookingsService } from './bookings.service';

const dueRow = z.object({
  booking_id: col.id,
  before: z.enum(['24h', '1h']),
  user_id: col.id,
});

/**
 * Reminders 24 hours and 1 hour before a confirmed session, to each person it concerns. The database decides what
 * is due and records each one before it is announced, under a key (session, which reminder, due time, person), so
 * two instances sweeping at once, a retried sweep or a restart send each reminder once. A moved session has a new
 * due time, so it is reminded again for its new start; a cancelled one is not confirmed, so it is not reminded.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly bookings: BookingsService,
    private readonly users: UsersService,
  ) {}

  /** Records and announces every reminder due at `now`; answers how many went out. */
  async sweep(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async (tx) => {
      // Due: the session is confirmed and still ahead, the due time has come, and the start was already set by
      // then (a session booked or moved inside the window gets no late reminder). A 24-hour reminder that comes so
      // late that the 1-hour one is due too is skipped. Office hours remind each founder holding a seat, not the
      // host once per seat.
      const due = await sqlRows(
        tx,
        dueRow,
        `INSERT INTO booking_reminders (booking_id, before, due_at, user_id, sent_at)
         SELECT b.id, r.before, b.starts_at - r.span, p.user_id, $1
           FROM bookings b
           CROSS JOIN (VALUES ('24h', interval '24 hours'), ('1h', interval '1 hour')) AS r (before, span)
           CROSS JOIN LATERAL (VALUES (b.founder_user_id), (CASE WHEN b.kind = 'mentorship' THEN b.mentor_user_id END)) AS p (user_id)
          WHERE b.status = 'confirmed'
            AND b.starts_at > $1
            AND b.starts_at <= $1::timestamptz + interval '24 hours'
            AND b.starts_at - r.span <= $1
            AND b.starts_at - r.span >= b.start_set_at
            AND NOT (r.before = '24h' AND b.starts_at - interval '1 hour' <= $1)
            AND p.user_id IS NOT NULL
         ON CONFLICT DO NOTHING
         RETURNING booking_id, before, user_id`,
        [now],
      );
      if (due.length === 0) {
        return 0;
      }
      const rows = await sqlRows(
        tx,
        bookingRow,
        `SELECT ${BOOKING_COLUMNS} FROM bookings b WHERE b.id = ANY($1::uuid[])`,
        [[...new Set(due.map((d) => d.booking_id))]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const cards = await this.users.cards(
        rows.flatMap((r) => [r.mentor_user_id, r.founder_user_id]),
        tx,
      );
      for (const reminder of due) {
        const row = byId.get(reminder.booking_id);
        if (row) {
          const event = await this.bookings.eventOf(tx, row, null, cards);
          await this.events.publish(tx, 'booking.reminder', {
            ...event,
            before: reminder.before,
            userId: reminder.user_id,
          });
        }
      }
      return due.length;
    });
  }
}
