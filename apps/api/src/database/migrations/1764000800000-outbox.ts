import { MigrationInterface, QueryRunner } from 'typeorm';

/** Domain events are written to an outbox in the transaction that made the change, then dispatched after commit. */
export class Outbox1764000800000 implements MigrationInterface {
  name = 'Outbox1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        dispatched_at timestamptz,
        failed_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (available_at, id) WHERE dispatched_at IS NULL AND failed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_events_dispatched_idx ON outbox_events (dispatched_at) WHERE dispatched_at IS NOT NULL`);
    // A notification is written once per event and recipient, however often the event is delivered.
    await q.query(`ALTER TABLE notifications ADD COLUMN event_id bigint`);
    await q.query(`CREATE UNIQUE INDEX notifications_event_once ON notifications (event_id, user_id, kind) WHERE event_id IS NOT NULL`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_unread_idx`);
    await q.query(`DROP INDEX notifications_event_once`);
    await q.query(`ALTER TABLE notifications DROP COLUMN event_id`);
    await q.query(`DROP TABLE outbox_events`);
  }
}
