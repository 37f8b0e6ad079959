import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BookingParty, BookingView, Locale } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';
import type { Queryable } from '../../common/events/domain-events';
import { col, sqlRow, sqlRows } from '../../database/sql';
import { ConversationsService } from '../chat';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import { BOOKING_COLUMNS, BookingRow, bookingRow } from './booking-rows';

/** What the calendar, mail and reminder code needs of a session: its view plus how to reach both people. */
export type BookingSnapshot = Omit<BookingView, 'myNote' | 'myFeedback'> & {
  founderLocale: Locale;
  mentorLocale: Locale;
  founderEmail: string;
  mentorEmail: string;
};

const noteRow = z.object({ booking_id: col.id, note: col.text });
const feedbackRow = z.object({
  booking_id: col.id,
  rating: col.int,
  comment: col.text,
});

/** Runs reads together on the pool, one after another on a transaction's single connection. */
async function together<A, B, C>(
  runner: Queryable | undefined,
  a: () => Promise<A>,
  b: () => Promise<B>,
  c: () => Promise<C>,
): Promise<[A, B, C]> {
  if (!runner) {
    return Promise.all([a(), b(), c()]);
  }
  return [await a(), await b(), await c()];
}

/** Puts names, zones, the startup and the conversation to booking rows, in one batched read per owner. */
@Injectable()
export class BookingViews {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly profiles: ProfilesService,
    private readonly conversations: ConversationsService,
  ) {}

  async snapshots(
    rows: BookingRow[],
    runner?: Queryable,
  ): Promise<BookingSnapshot[]> {
    if (rows.length === 0) {
      return [];
    }
    const [cards, startups, conversations] = await together(
      runner,
      () =>
        this.users.cards(
          rows.flatMap((r) => [r.mentor_user_id, r.founder_user_id]),
          runner,
        ),
      () =>
        this.profiles.startupCards(
          rows.flatMap((r) => (r.startup_id ? [r.startup_id] : [])),
          runner,
        ),
      () =>
        this.conversations.conversationIdsForMentorships(
          rows.flatMap((r) => (r.mentorship_id ? [r.mentorship_id] : [])),
          runner,
        ),
    );
    return rows.map((r) => {
      const mentor = cards.get(r.mentor_user_id);
      const founder = cards.get(r.founder_user_id);
      const startup = r.startup_id ? startups.get(r.startup_id) : undefined;
      const party = (userId: string, card: typeof mentor): BookingParty => ({
        userId,
        displayName: card?.displayName ?? '',
        timeZone: card?.timeZone ?? 'UTC',
      });
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        start: r.starts_at.toISOString(),
        end: r.ends_at.toISOString(),
        lengthMinutes: r.length_minutes,
        topic: r.topic,
        mentorshipId: r.mentorship_id,
        officeHoursId: r.office_hours_id,
        conversationId:
          (r.mentorship_id && conversations.get(r.mentorship_id)) || null,
        mentor: { ...party(r.mentor_user_id, mentor), mentorId: r.mentor_id },
        founder: party(r.founder_user_id, founder),
        startup: startup
          ? { id: startup.id, nameEn: startup.nameEn, nameZh: startup.nameZh }
          : null,
        meetingLink: r.meeting_link,
        meetingPlace: r.meeting_place,
        sequence: r.sequence,
        cancelledBy: r.cancelled_by,
        cancelReason: r.cancel_reason,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
        founderLocale: founder?.locale ?? 'en',
        mentorLocale: mentor?.locale ?? 'en',
        founderEmail: founder?.email ?? '',
        mentorEmail: mentor?.email ?? '',
      };
    });
  }

  /** The caller's views: the snapshot without contact details, with their own note and feedback. */
  async views(
    viewerId: string,
    rows: BookingRow[],
    runner?: Queryable,
  ): Promise<BookingView[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map((r) => r.id);
    const db = runner ?? this.db;
    const [snapshots, notes, feedback] = await together(
      runner,
      () => this.snapshots(rows, runner),
      () =>
        sqlRows(
          db,
          noteRow,
          'SELECT booking_id, note FROM booking_notes WHERE booking_id = ANY($1::uuid[]) AND user_id = $2',
          [ids, viewerId],
        ),
      () =>
        sqlRows(
          db,
          feedbackRow,
          'SELECT booking_id, rating, comment FROM booking_feedback WHERE booking_id = ANY($1::uuid[]) AND author_id = $2',
          [ids, viewerId],
        ),
    );
    const noteOf = new Map(notes.map((n) => [n.booking_id, n.note]));
    const feedbackOf = new Map(
      feedback.map((f) => [
        f.booking_id,
        { rating: f.rating, comment: f.comment },
      ]),
    );
    return snapshots.map(
      ({
        founderLocale: _fl,
        mentorLocale: _ml,
        founderEmail: _fe,
        mentorEmail: _me,
        ...view
      }) => ({
        ...view,
        myNote: noteOf.get(view.id) ?? '',
        myFeedback: feedbackOf.get(view.id) ?? null,
      }),
    );
  }

  async row(
    id: string,
    runner: Queryable = this.db,
    options: { lock?: boolean } = {},
  ): Promise<BookingRow> {
    const row = await sqlRow(
      runner,
      bookingRow,
      `SELECT ${BOOKING_COLUMNS} FROM bookings b WHERE b.id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) {
      throw new AppError('booking.not_found');
    }
    return row;
  }
}
