import type { AvailabilityInput, MentorDetail } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, registerUser } from './http';
import type { TestApp } from './test-app';
import { MENTOR_PROFILE, OPEN_HOURS } from './world';

export { hoursAhead, OPEN_HOURS as OPEN_ALL_DAY } from './world';

export interface Someone {
  id: string;
  token: string;
}

export interface BookingMentor extends Someone {
  mentorId: string;
}

export interface BookingFounder extends Someone {
  startupId: string;
  mentorshipId: string;
}

const HOUR = 3_600_000;

/** `hours` from now, to the millisecond. */
export const fromNow = (hours: number): Date =>
  new Date(Date.now() + hours * HOUR);

async function ok<T>(
  reply: Promise<{ status: number; body: T }>,
  what: string,
): Promise<T> {
  const r = await reply;
  if (r.status >= 300) {
    throw new Error(`${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
  return r.body;
}

/** Builds people and relationships for booking tests on real rows: one incubator, mentors with availability, founders in mentorships. */
export class BookingFixtures {
  private incubator?: Promise<string>;
  private n = 0;

  constructor(private readonly t: TestApp) {}

  private get db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async mentor(
    availability: Partial<AvailabilityInput> | null = {},
    timeZone = 'Europe/Berlin',
  ): Promise<BookingMentor> {
    const r = await registerUser(this.t.url, { role: 'mentor', timeZone });
    const profile = await ok(
      call<MentorDetail>(this.t.url, 'put', '/api/me/mentor-profile', {
        token: r.accessToken,
        body: MENTOR_PROFILE,
      }),
      'mentor profile',
    );
    await this.db.query(
      `UPDATE mentor_profiles SET vetting = 'approved' WHERE id = $1`,
      [profile.id],
    );
    if (availability) {
      await ok(
        call(this.t.url, 'put', '/api/me/availability', {
          token: r.accessToken,
          body: { ...OPEN_HOURS, ...availability },
        }),
        'availability',
      );
    }
    return { id: r.user.id, token: r.accessToken, mentorId: profile.id };
  }

  /** A founder with a startup of their own, in an active mentorship with the mentor (more mentors: `also`). */
  async founder(
    mentorId: string,
    timeZone = 'Asia/Shanghai',
  ): Promise<BookingFounder> {
    const r = await registerUser(this.t.url, { role: 'founder', timeZone });
    const startupId = await this.startupOf(r.user.id);
    const mentorshipId = await this.mentorship(startupId, mentorId);
    return { id: r.user.id, token: r.accessToken, startupId, mentorshipId };
  }

  /** Another active mentorship of the founder's startup. */
  async mentorship(startupId: string, mentorId: string): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO mentorships (startup_id, mentor_id) VALUES ($1, $2) RETURNING id`,
      [startupId, mentorId],
    );
    return rows[0]?.id ?? '';
  }

  private async startupOf(userId: string): Promise<string> {
    this.incubator ??= (async () => {
      const park: { id: string }[] = await this.db.query(
        `INSERT INTO parks (name_en, city, country, region) VALUES ('Nanshan Park', 'Shenzhen', 'CN', 'eastern') RETURNING id`,
      );
      const incubator: { id: string }[] = await this.db.query(
        `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Nanshan Incubator', '南山孵化器', $1, 'private', 'Shenzhen', 'CN') RETURNING id`,
        [park[0]?.id],
      );
      return incubator[0]?.id ?? '';
    })();
    const startup: { id: string }[] = await this.db.query(
      `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
       VALUES ($1, $1, $2, '{smart-manufacturing}', 'prototype', 2024, 3, '{zh,en}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Lenses.', '镜头。') RETURNING id`,
      [
        `Shenzhen Optics ${++this.n} ${Date.now().toString(36)}`,
        await this.incubator,
      ],
    );
    const id = startup[0]?.id ?? '';
    await this.db.query(
      `INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)`,
      [id, userId],
    );
    return id;
  }

  /** Moves a session to another start, keeping its length and buffers (tests of what happens once it started or ended, or close to it). */
  async moveTo(bookingId: string, start: Date): Promise<void> {
    await this.db.query(
      `UPDATE bookings SET starts_at = $2, ends_at = $2::timestamptz + (ends_at - starts_at),
              block = tstzrange($2::timestamptz - (starts_at - lower(block)), $2::timestamptz + (upper(block) - starts_at), '[)')
        WHERE id = $1`,
      [bookingId, start],
    );
  }

  async count(
    table:
      | 'bookings'
      | 'office_hours'
      | 'mentor_availability'
      | 'booking_feedback',
    where = 'true',
    params: unknown[] = [],
  ): Promise<number> {
    const rows: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM ${table} WHERE ${where}`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  }
}
