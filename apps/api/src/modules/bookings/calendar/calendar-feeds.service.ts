import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeedView } from '@torchbridge/contracts';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../../common/errors/app-error';
import type { AuthUser } from '../../../common/http/auth-user';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { col, sqlExec, sqlRow, sqlRows } from '../../../database/sql';
import { AccessService } from '../../access';
import { UsersService } from '../../users';
import { BOOKING_COLUMNS, bookingRow } from '../booking-rows';
import { BookingViews } from '../booking-views';
import { feedFor, inviteFor } from './invite';

/** A feed shows sessions that ended at most this long ago, and everything after. */
const FEED_PAST_DAYS = 30;
/** More sessions than anyone holds in a window; a bound so one feed can never be an unbounded read. */
const FEED_LIMIT = 2000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const feedRow = z.object({ token_hash: col.text, created_at: col.date });

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

/**
 * Private calendar subscriptions and invite downloads. A feed's token is derived from the server's secret, the
 * owner and the feed's creation instant, so the owner can be shown their URL again while the database keeps only
 * the token's SHA-256; rotating moves the creation instant, and the old URL stops working.
 */
@Injectable()
export class CalendarFeedsService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly views: BookingViews,
    private readonly users: UsersService,
    private readonly access: AccessService,
  ) {
    // A key of its own, so a feed token never doubles as anything signed with the JWT secret.
    this.key = createHmac('sha256', config.JWT_SECRET)
      .update('torchbridge calendar feed tokens')
      .digest();
  }

  private token(userId: string, createdAt: Date): string {
    return createHmac('sha256', this.key)
      .update(`${userId}:${createdAt.toISOString()}`)
      .digest('base64url');
  }

  private url(origin: string, token: string): string {
    return `${(this.config.PUBLIC_URL ?? origin).replace(/\/+$/, '')}/api/calendar/feed/${token}.ics`;
  }

  /** The caller's feed, created on first use. `origin` is the address the request came to, used without PUBLIC_URL. */
  async feed(user: AuthUser, origin: string): Promise<CalendarFeedView> {
    let row = await sqlRow(
      this.db,
      feedRow,
      'SELECT token_hash, created_at FROM calendar_feeds WHERE user_id = $1',
      [user.id],
    );
    if (!row) {
      const createdAt = new Date();
      await sqlExec(
        this.db,
        'INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING',
        [user.id, sha256(this.token(user.id, createdAt)), createdAt],
      );
      // A second request racing this one may have created it first: both answer with the row that stands.
      row = await sqlRow(
        this.db,
        feedRow,
        'SELECT token_hash, created_at FROM calendar_feeds WHERE user_id = $1',
        [user.id],
      );
      if (!row) {
        throw new Error('The calendar feed row vanished after it was written');
      }
    }
    const token = this.token(user.id, row.created_at);
    if (sha256(token) !== row.token_hash) {
      // The server's secret changed since the feed was made: the old URL can no longer be shown, so this one replaces it.
      await sqlExec(
        this.db,
        'UPDATE calendar_feeds SET token_hash = $2 WHERE user_id = $1',
        [user.id, sha256(token)],
      );
    }
    return {
      url: this.url(origin, token),
      createdAt: row.created_at.toISOString(),
    };
  }

  /** A new URL for the caller's feed; the old one answers 404 from now on. */
  async rotate(user: AuthUser, origin: string): Promise<CalendarFeedView> {
    const row = await this.db.transaction(async (tx) => {
      const current = await sqlRow(
        tx,
        feedRow,
        'SELECT token_hash, created_at FROM calendar_feeds WHERE user_id = $1 FOR UPDATE',
        [user.id],
      );
      // Strictly later than the old instant, so even two rotations within a millisecond give different tokens.
      const createdAt = new Date(
        Math.max(Date.now(), (current?.created_at.getTime() ?? 0) + 1),
      );
      await sqlExec(
        tx,
        `INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
        [user.id, sha256(this.token(user.id, createdAt)), createdAt],
      );
      return { created_at: createdAt };
    });
    return {
      url: this.url(origin, this.token(user.id, row.created_at)),
      createdAt: row.created_at.toISOString(),
    };
  }

  /** The feed behind a token: the owner's sessions from 30 days ago on, cancelled ones as cancelled. */
  async ics(token: string): Promise<string> {
    const owner = TOKEN.test(token)
      ? await sqlRow(
          this.db,
          z.object({ user_id: col.id }),
          'SELECT user_id FROM calendar_feeds WHERE token_hash = $1',
          [sha256(token)],
        )
      : undefined;
    if (!owner) {
      throw new AppError('calendar.feed_not_found');
    }
    const rows = await sqlRows(
      this.db,
      bookingRow,
      `SELECT ${BOOKING_COLUMNS} FROM bookings b
        WHERE (b.mentor_user_id = $1 OR b.founder_user_id = $1) AND b.ends_at >= now() - make_interval(days => $2)
        ORDER BY b.starts_at, b.id LIMIT ${FEED_LIMIT}`,
      [owner.user_id, FEED_PAST_DAYS],
    );
    const [snapshots, cards] = await Promise.all([
      this.views.snapshots(rows),
      this.users.cards([owner.user_id]),
    ]);
    return feedFor(
      snapshots,
      {
        userId: owner.user_id,
        locale: cards.get(owner.user_id)?.locale ?? 'en',
      },
      { pageUrl: (id) => this.pageUrl(id) },
    );
  }

  /** A session's invite for one of its two people to download: a cancel for a cancelled session. */
  async invite(user: AuthUser, bookingId: string): Promise<string> {
    await this.access.require(user, 'booking.read', bookingId);
    const [booking] = await this.views.snapshots([
      await this.views.row(bookingId),
    ]);
    if (!booking) {
      throw new AppError('booking.not_found');
    }
    const locale =
      user.id === booking.mentor.userId
        ? booking.mentorLocale
        : booking.founderLocale;
    return inviteFor(
      booking,
      booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      { userId: user.id, locale },
      { pageUrl: (id) => this.pageUrl(id) },
    );
  }

  /** The session's page in the web app; only with PUBLIC_URL, the one address known to reach the app. */
  pageUrl(bookingId: string): string | undefined {
    return this.config.PUBLIC_URL
      ? `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/sessions/${bookingId}`
      : undefined;
  }
}
