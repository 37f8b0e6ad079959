import { MigrationInterface, QueryRunner } from 'typeorm';

/** Programme settings (matching weights) edited by managers. */
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE programme_settings`);
  }
}
