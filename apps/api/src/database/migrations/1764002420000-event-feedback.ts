import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After an event: each side of a meeting says whether to follow up, and founder and mentor may both choose to continue
 * as a mentorship; the request that choice makes is remembered on the meeting request, so it is made once.
 */
export class EventFeedback1764002420000 implements MigrationInterface {
  name = 'EventFeedback1764002420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_meeting_feedback (
        request_id uuid NOT NULL REFERENCES event_requests (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        follow_up boolean NOT NULL,
        continue_as_mentorship boolean NOT NULL DEFAULT false,
        comment text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, user_id)
      )`);
    await q.query(
      `ALTER TABLE event_requests ADD COLUMN mentorship_request_id uuid REFERENCES mentorship_requests (id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE event_requests DROP COLUMN mentorship_request_id`,
    );
    await q.query(`DROP TABLE event_meeting_feedback`);
  }
}
