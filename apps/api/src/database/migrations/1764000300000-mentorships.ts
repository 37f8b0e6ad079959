import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests, mentorships with capacity, their conversations, and in-app notifications. */
export class Mentorships1764000300000 implements MigrationInterface {
  name = 'Mentorships1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentorship_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        startup_id uuid NOT NULL REFERENCES startups (id) ON DELETE CASCADE,
        founder_id uuid NOT NULL REFERENCES users (id),
        mentor_id uuid NOT NULL REFERENCES mentor_profiles (id) ON DELETE CASCADE,
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
        decline_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        decided_at timestamptz,
        CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX mentorship_requests_one_pending ON mentorship_requests (startup_id, mentor_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX mentorship_requests_mentor_idx ON mentorship_requests (mentor_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX mentorship_requests_startup_idx ON mentorship_requests (startup_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX mentorship_requests_expiry_idx ON mentorship_requests (expires_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE mentorships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        startup_id uuid NOT NULL REFERENCES startups (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES mentor_profiles (id) ON DELETE CASCADE,
        request_id uuid UNIQUE REFERENCES mentorship_requests (id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'ended')),
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX mentorships_one_active_pair ON mentorships (startup_id, mentor_id) WHERE status = 'active'`);
    await q.query(`CREATE INDEX mentorships_mentor_idx ON mentorships (mentor_id, status)`);
    await q.query(`CREATE INDEX mentorships_startup_idx ON mentorships (startup_id, status)`);

    await q.query(`
      CREATE TABLE mentorship_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mentorship_id uuid NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
        code text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        proposed_by uuid NOT NULL REFERENCES users (id),
        agreed_at timestamptz,
        achieved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (achieved_at IS NULL OR agreed_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX mentorship_milestones_idx ON mentorship_milestones (mentorship_id, created_at)`);
    await q.query(`
      CREATE TABLE mentorship_feedback (
        mentorship_id uuid NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id),
        rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mentorship_id, author_id)
      )`);
    await q.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('mentorship', 'group')),
        mentorship_id uuid UNIQUE REFERENCES mentorships (id) ON DELETE CASCADE,
        title text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE conversation_members (
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await q.query(`CREATE INDEX conversation_members_user_idx ON conversation_members (user_id)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'conversation_members', 'conversations', 'mentorship_feedback', 'mentorship_milestones', 'mentorships', 'mentorship_requests']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
