import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking events: the event and its setup, the people registered for it, the meeting requests between them. A participant's sent requests are counted on their row so that the quota holds
 * under concurrency (one conditional UPDATE, like a mentor's capacity).
 */
export class Events1764002400000 implements MigrationInterface {
  name = 'Events1764002400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incubator_id uuid NOT NULL REFERENCES incubators (id),
        created_by uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'scheduled', 'ended')),
        title_en text NOT NULL,
        title_zh text NOT NULL,
        description text NOT NULL DEFAULT '',
        venue text,
        online boolean NOT NULL DEFAULT false,
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        rounds int NOT NULL CHECK (rounds BETWEEN 1 AND 48),
        round_minutes int NOT NULL CHECK (round_minutes BETWEEN 5 AND 120),
        break_minutes int NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 120),
        table_names text[] NOT NULL CHECK (cardinality(table_names) BETWEEN 1 AND 500),
        table_links text[] NOT NULL DEFAULT '{}',
        registration_opens_at timestamptz NOT NULL,
        registration_closes_at timestamptz NOT NULL CHECK (registration_closes_at > registration_opens_at),
        request_rules jsonb NOT NULL,
        request_quota int NOT NULL CHECK (request_quota BETWEEN 1 AND 100),
        approval_required boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX events_starts_idx ON events (starts_at)`);
    await q.query(`CREATE INDEX events_incubator_idx ON events (incubator_id)`);
    await q.query(`
      CREATE TABLE event_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('founder', 'mentor', 'investor', 'corporate')),
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
        organisation text NOT NULL DEFAULT '',
        offer text NOT NULL DEFAULT '',
        looking_for text NOT NULL DEFAULT '',
        sectors text[] NOT NULL DEFAULT '{}',
        stages text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        unavailable_rounds int[] NOT NULL DEFAULT '{}',
        requests_sent int NOT NULL DEFAULT 0 CHECK (requests_sent >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, user_id)
      )`);
    await q.query(
      `CREATE INDEX event_participants_user_idx ON event_participants (user_id)`,
    );
    await q.query(`
      CREATE TABLE event_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        from_participant_id uuid NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
        to_participant_id uuid NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
        priority int NOT NULL CHECK (priority BETWEEN 1 AND 3),
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        CHECK (from_participant_id <> to_participant_id)
      )`);
    // One live request per pair, whichever side asked: a second one (either way) is a duplicate.
    await q.query(`
      CREATE UNIQUE INDEX event_requests_pair_idx ON event_requests
        (event_id, least(from_participant_id, to_participant_id), greatest(from_participant_id, to_participant_id))
        WHERE status IN ('pending', 'accepted')`);
    await q.query(
      `CREATE INDEX event_requests_to_idx ON event_requests (to_participant_id)`,
    );
    await q.query(
      `CREATE INDEX event_requests_from_idx ON event_requests (from_participant_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_requests`);
    await q.query(`DROP TABLE event_participants`);
    await q.query(`DROP TABLE events`);
  }
}
