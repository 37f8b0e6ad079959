import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session booking: working hours on the account, a mentor's availability, office hours with seats, bookings guarded
 * by exclusion constraints (no two blocking sessions of one mentor or one founder overlap, whatever the race),
 * private notes, feedback, reminder bookkeeping and calendar feed tokens.
 */
export class Booking1764000900000 implements MigrationInterface {
  name = 'Booking1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      ALTER TABLE users
        ADD COLUMN working_start_minute int NOT NULL DEFAULT 540,
        ADD COLUMN working_end_minute int NOT NULL DEFAULT 1080,
        ADD COLUMN working_weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
        ADD CONSTRAINT users_working_hours CHECK (
          working_start_minute BETWEEN 0 AND 1439 AND working_end_minute BETWEEN 1 AND 1440 AND working_start_minute < working_end_minute),
        ADD CONSTRAINT users_working_weekdays CHECK (
          cardinality(working_weekdays) BETWEEN 1 AND 7 AND working_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])`);

    await q.query(`
      CREATE TABLE mentor_availability (
        mentor_id uuid PRIMARY KEY REFERENCES mentor_profiles (id) ON DELETE CASCADE,
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        rules jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rules) = 'array'),
        overrides jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(overrides) = 'array'),
        blackouts jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(blackouts) = 'array'),
        session_lengths int[] NOT NULL CHECK (cardinality(session_lengths) BETWEEN 1 AND 3 AND session_lengths <@ '{30,45,60}'::int[]),
        buffer_before_minutes int NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 240),
        buffer_after_minutes int NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 240),
        minimum_notice_minutes int NOT NULL DEFAULT 0 CHECK (minimum_notice_minutes BETWEEN 0 AND 43200),
        horizon_days int NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 365),
        max_per_day int CHECK (max_per_day BETWEEN 1 AND 50),
        max_per_week int CHECK (max_per_week BETWEEN 1 AND 50),
        meeting_link text CHECK (meeting_link ~ '^https://' AND length(meeting_link) <= 8192),
        meeting_place text CHECK (length(meeting_place) BETWEEN 1 AND 500),
        auto_confirm boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE office_hours (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mentor_id uuid NOT NULL REFERENCES mentor_profiles (id) ON DELETE CASCADE,
        mentor_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        block tstzrange NOT NULL,
        seats int NOT NULL CHECK (seats BETWEEN 1 AND 500),
        seats_taken int NOT NULL DEFAULT 0,
        meeting_link text,
        meeting_place text,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CHECK (seats_taken BETWEEN 0 AND seats),
        CHECK (block @> tstzrange(starts_at, ends_at, '[)')),
        CONSTRAINT office_hours_no_overlap EXCLUDE USING gist (mentor_user_id WITH =, block WITH &&) WHERE (cancelled_at IS NULL)
      )`);
    await q.query(
      `CREATE INDEX office_hours_mentor_idx ON office_hours (mentor_id, starts_at) WHERE cancelled_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('mentorship', 'office_hours')),
        status text NOT NULL CHECK (status IN ('requested', 'confirmed', 'cancelled', 'completed', 'no_show')),
        mentorship_id uuid REFERENCES mentorships (id) ON DELETE CASCADE,
        office_hours_id uuid REFERENCES office_hours (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES mentor_profiles (id) ON DELETE CASCADE,
        mentor_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        founder_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        startup_id uuid REFERENCES startups (id) ON DELETE SET NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        slot tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        block tstzrange NOT NULL,
        length_minutes int NOT NULL CHECK (length_minutes BETWEEN 5 AND 480),
        topic text NOT NULL DEFAULT '' CHECK (length(topic) <= 200),
        meeting_link text,
        meeting_place text,
        sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL,
        cancel_reason text CHECK (length(cancel_reason) <= 1000),
        booked_time_zone text NOT NULL CHECK (length(booked_time_zone) BETWEEN 1 AND 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CHECK (ends_at - starts_at = make_interval(mins => length_minutes)),
        CHECK (block @> tstzrange(starts_at, ends_at, '[)')),
        CHECK ((kind = 'mentorship') = (mentorship_id IS NOT NULL)),
        CHECK ((kind = 'office_hours') = (office_hours_id IS NOT NULL)),
        CHECK (mentor_user_id <> founder_user_id),
        CONSTRAINT bookings_mentor_no_overlap EXCLUDE USING gist (mentor_user_id WITH =, block WITH &&)
          WHERE (status IN ('requested', 'confirmed') AND kind = 'mentorship'),
        CONSTRAINT bookings_founder_no_overlap EXCLUDE USING gist (founder_user_id WITH =, slot WITH &&)
          WHERE (status IN ('requested', 'confirmed'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX bookings_one_seat ON bookings (office_hours_id, founder_user_id) WHERE status IN ('requested', 'confirmed')`,
    );
    await q.query(
      `CREATE INDEX bookings_mentor_idx ON bookings (mentor_user_id, starts_at) WHERE status IN ('requested', 'confirmed')`,
    );
    await q.query(
      `CREATE INDEX bookings_founder_idx ON bookings (founder_user_id, starts_at) WHERE status IN ('requested', 'confirmed')`,
    );
    // Lists of one's own sessions in any status (upcoming and past).
    await q.query(
      `CREATE INDEX bookings_mentor_all_idx ON bookings (mentor_user_id, starts_at DESC)`,
    );
    await q.query(
      `CREATE INDEX bookings_founder_all_idx ON bookings (founder_user_id, starts_at DESC)`,
    );
    await q.query(
      `CREATE INDEX bookings_mentorship_idx ON bookings (mentorship_id) WHERE mentorship_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX bookings_office_hours_idx ON bookings (office_hours_id) WHERE office_hours_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE booking_notes (
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        note text NOT NULL CHECK (length(note) <= 5000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (booking_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE booking_feedback (
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (booking_id, author_id)
      )`);
    await q.query(`
      CREATE TABLE booking_reminders (
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        before text NOT NULL CHECK (before IN ('24h', '1h')),
        due_at timestamptz NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        sent_at timestamptz,
        PRIMARY KEY (booking_id, before, due_at, user_id)
      )`);
    await q.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_feeds',
      'booking_reminders',
      'booking_feedback',
      'booking_notes',
      'bookings',
      'office_hours',
      'mentor_availability',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_working_weekdays,
        DROP CONSTRAINT users_working_hours,
        DROP COLUMN working_weekdays,
        DROP COLUMN working_end_minute,
        DROP COLUMN working_start_minute`);
    // btree_gist stays: another schema object may use it, and creating it again is a no-op.
  }
}
