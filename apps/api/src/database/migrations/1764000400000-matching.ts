import { MigrationInterface, QueryRunner } from 'typeorm';

/** Programme settings (matching weights) and managers' cohort matching runs. */
export class Matching1764000400000 implements MigrationInterface {
  name = 'Matching1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE cohort_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_by uuid NOT NULL REFERENCES users (id),
        mode text NOT NULL CHECK (mode IN ('optimal', 'stable')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
        startup_ids uuid[] NOT NULL,
        mentor_ids uuid[] NOT NULL,
        pins jsonb NOT NULL DEFAULT '[]',
        forbids jsonb NOT NULL DEFAULT '[]',
        allow_repeat boolean NOT NULL DEFAULT false,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    // Requests a cohort run proposes wait for the founder to confirm before the mentor can accept.
    await q.query(`ALTER TABLE mentorship_requests ADD COLUMN cohort_run_id uuid REFERENCES cohort_runs (id)`);
    await q.query(`ALTER TABLE mentorship_requests ADD COLUMN founder_confirmed_at timestamptz DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mentorship_requests DROP COLUMN founder_confirmed_at, DROP COLUMN cohort_run_id`);
    await q.query(`DROP TABLE cohort_runs`);
    await q.query(`DROP TABLE programme_settings`);
  }
}
