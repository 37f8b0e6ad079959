import { MigrationInterface, QueryRunner } from 'typeorm';

/** Messages with a per-conversation sequence, idempotent sends, and read state per member. */
export class Chat1764000500000 implements MigrationInterface {
  name = 'Chat1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conversations ADD COLUMN last_seq bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE conversation_members ADD COLUMN read_seq bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        sender_id uuid NOT NULL REFERENCES users (id),
        client_message_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (conversation_id, seq),
        UNIQUE (sender_id, client_message_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE messages`);
    await q.query(`ALTER TABLE conversation_members DROP COLUMN read_seq`);
    await q.query(`ALTER TABLE conversations DROP COLUMN last_seq`);
  }
}
