import { MigrationInterface, QueryRunner } from 'typeorm';

/** Group conversations: who started them, and the cohort run a cohort's conversation belongs to (one per run). */
export class GroupConversations1764000700000 implements MigrationInterface {
  name = 'GroupConversations1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conversations ADD COLUMN created_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE conversations ADD COLUMN cohort_run_id uuid UNIQUE REFERENCES cohort_runs (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE conversations ADD CONSTRAINT conversations_group_title CHECK (kind <> 'group' OR length(title) BETWEEN 1 AND 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conversations DROP CONSTRAINT conversations_group_title`);
    await q.query(`ALTER TABLE conversations DROP COLUMN cohort_run_id`);
    await q.query(`ALTER TABLE conversations DROP COLUMN created_by`);
  }
}
