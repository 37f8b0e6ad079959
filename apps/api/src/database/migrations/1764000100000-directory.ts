import { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1764000100000 implements MigrationInterface {
  name = 'Directory1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE parks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        torch_no int UNIQUE,
        name_en text NOT NULL,
        name_zh text,
        city text NOT NULL,
        province text,
        country char(2) NOT NULL,
        region text NOT NULL CHECK (region IN ('eastern', 'central', 'western', 'northeastern', 'international')),
        website text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX parks_name_key ON parks (lower(name_en))`);
    await q.query(`
      CREATE TABLE incubators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_en text NOT NULL,
        name_zh text NOT NULL,
        park_id uuid NOT NULL REFERENCES parks (id),
        kind text NOT NULL,
        city text NOT NULL,
        country char(2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX incubators_name_key ON incubators (lower(name_en))`);
    await q.query(`CREATE INDEX incubators_park_idx ON incubators (park_id)`);
    await q.query(`
      CREATE TABLE incubator_managers (
        incubator_id uuid NOT NULL REFERENCES incubators (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (incubator_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE startups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_en text NOT NULL,
        name_zh text NOT NULL,
        incubator_id uuid NOT NULL REFERENCES incubators (id),
        sectors text[] NOT NULL CHECK (cardinality(sectors) >= 1),
        stage text NOT NULL,
        founded_year int NOT NULL CHECK (founded_year BETWEEN 1950 AND 2100),
        team_size int NOT NULL CHECK (team_size >= 1),
        languages text[] NOT NULL CHECK (cardinality(languages) >= 1),
        time_zone text NOT NULL,
        market_direction text NOT NULL CHECK (market_direction IN ('china-to-europe', 'europe-to-china', 'domestic')),
        target_markets text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        pitch_en text NOT NULL DEFAULT '',
        pitch_zh text NOT NULL DEFAULT '',
        high_tech_enterprise boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX startups_name_key ON startups (lower(name_en))`);
    await q.query(`CREATE INDEX startups_incubator_idx ON startups (incubator_id)`);
    await q.query(`
      CREATE TABLE startup_founders (
        startup_id uuid NOT NULL REFERENCES startups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (startup_id, user_id)
      )`);
    await q.query(`CREATE INDEX startup_founders_user_idx ON startup_founders (user_id)`);
    await q.query(`
      CREATE TABLE mentor_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
        category text NOT NULL,
        headline_en text NOT NULL DEFAULT '',
        headline_zh text NOT NULL DEFAULT '',
        bio_en text NOT NULL DEFAULT '',
        bio_zh text NOT NULL DEFAULT '',
        sectors text[] NOT NULL DEFAULT '{}',
        stages text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL CHECK (cardinality(languages) >= 1),
        time_zone text NOT NULL,
        country char(2) NOT NULL,
        city text NOT NULL,
        capacity int NOT NULL CHECK (capacity BETWEEN 0 AND 50),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused')),
        paused_until date,
        conflicts text[] NOT NULL DEFAULT '{}',
        vetting text NOT NULL DEFAULT 'pending' CHECK (vetting IN ('pending', 'approved', 'rejected')),
        vetting_reason text,
        vetted_by uuid REFERENCES users (id),
        vetted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (vetting <> 'rejected' OR vetting_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX mentor_profiles_vetting_idx ON mentor_profiles (vetting, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['mentor_profiles', 'startup_founders', 'startups', 'incubator_managers', 'incubators', 'parks']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
