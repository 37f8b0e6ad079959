import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event day: which round is under way and since when (server time), who has checked in, who did not come to a
 * meeting (kept on the request, so it outlives the meeting), and which meetings were made on the spot when two
 * meetings each lost a partner.
 */
export class EventLive1764002430000 implements MigrationInterface {
  name = 'EventLive1764002430000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events ADD COLUMN current_round int, ADD COLUMN round_started_at timestamptz`);
    await q.query(`ALTER TABLE event_participants ADD COLUMN checked_in_at timestamptz`);
    await q.query(`ALTER TABLE event_requests ADD COLUMN no_shows uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE event_meetings ADD COLUMN repaired boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_meetings DROP COLUMN repaired`);
    await q.query(`ALTER TABLE event_requests DROP COLUMN no_shows`);
    await q.query(`ALTER TABLE event_participants DROP COLUMN checked_in_at`);
    await q.query(`ALTER TABLE events DROP COLUMN round_started_at, DROP COLUMN current_round`);
  }
}
