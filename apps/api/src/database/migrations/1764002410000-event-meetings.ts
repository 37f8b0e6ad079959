import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's schedule: one meeting per accepted request at most, in a round at a table. A table holds one meeting
 * per round (unique), and the event keeps the score of its last scheduler run and when the schedule was published.
 */
export class EventMeetings1764002410000 implements MigrationInterface {
  name = 'EventMeetings1764002410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_meetings (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        request_id uuid PRIMARY KEY REFERENCES event_requests (id) ON DELETE CASCADE,
        round int NOT NULL CHECK (round >= 0),
        table_index int NOT NULL CHECK (table_index >= 0),
        locked boolean NOT NULL DEFAULT false,
        UNIQUE (event_id, round, table_index)
      )`);
    await q.query(`
      ALTER TABLE events
        ADD COLUMN schedule_upper_bound int,
        ADD COLUMN schedule_solve_ms double precision,
        ADD COLUMN schedule_published_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE events DROP COLUMN schedule_upper_bound, DROP COLUMN schedule_solve_ms, DROP COLUMN schedule_published_at`,
    );
    await q.query(`DROP TABLE event_meetings`);
  }
}
