import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sequenced send of 1764000600000, as it stood before messages had a kind. */
const SEND_BATCH_V1 = `
  CREATE FUNCTION chat_send_batch(p_conversations uuid[], p_senders uuid[], p_client_ids uuid[], p_bodies text[])
  RETURNS TABLE (ord bigint, status text, id uuid, conversation_id uuid, seq bigint, body text, created_at timestamptz, members uuid[])
  LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan
  SET enable_seqscan = off
  AS $fn$
  #variable_conflict use_column
  BEGIN
    PERFORM 1 FROM conversations c
      JOIN (SELECT DISTINCT x.id FROM unnest(p_conversations) AS x (id)) AS wanted ON wanted.id = c.id
     ORDER BY c.id FOR NO KEY UPDATE OF c;
    RETURN QUERY
    WITH input AS (
      SELECT t.conversation_id, t.sender_id, t.client_message_id, t.body, t.ord
        FROM unnest(p_conversations, p_senders, p_client_ids, p_bodies) WITH ORDINALITY
             AS t (conversation_id, sender_id, client_message_id, body, ord)
    ), dup AS (
      SELECT i.ord, m.id, m.conversation_id, m.seq, m.body, m.created_at
        FROM input i JOIN messages m ON m.sender_id = i.sender_id AND m.client_message_id = i.client_message_id
    ), allowed AS (
      SELECT i.* FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM dup d WHERE d.ord = i.ord)
         AND EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = i.conversation_id AND cm.user_id = i.sender_id)
    ), counted AS (
      SELECT a.conversation_id, count(*) AS n FROM allowed a GROUP BY a.conversation_id
    ), bumped AS (
      UPDATE conversations c SET last_seq = c.last_seq + counted.n
        FROM counted WHERE c.id = counted.conversation_id
      RETURNING c.id, c.last_seq - counted.n AS base
    ), ins AS (
      INSERT INTO messages (conversation_id, seq, sender_id, client_message_id, body)
      SELECT a.conversation_id, b.base + row_number() OVER (PARTITION BY a.conversation_id ORDER BY a.ord),
             a.sender_id, a.client_message_id, a.body
        FROM allowed a JOIN bumped b ON b.id = a.conversation_id
      RETURNING messages.id, messages.conversation_id, messages.seq, messages.sender_id, messages.client_message_id, messages.created_at
    )
    SELECT i.ord,
           CASE WHEN ins.id IS NOT NULL THEN 'new' WHEN d.id IS NOT NULL THEN 'duplicate' ELSE 'forbidden' END,
           coalesce(ins.id, d.id), coalesce(ins.conversation_id, d.conversation_id), coalesce(ins.seq, d.seq),
           coalesce(d.body, i.body), coalesce(ins.created_at, d.created_at),
           (SELECT array_agg(cm.user_id) FROM conversation_members cm WHERE cm.conversation_id = i.conversation_id)
      FROM input i
      LEFT JOIN ins ON ins.sender_id = i.sender_id AND ins.client_message_id = i.client_message_id
      LEFT JOIN dup d ON d.ord = i.ord
     ORDER BY i.ord;
  END
  $fn$`;

/**
 * Mail and the booking note in chat. `mail_outbox` is the dev outbox: without SMTP every mail the product sends is
 * stored here and shown to the account it was sent to. `mail_deliveries` remembers which keyed mails went out, so an event
 * delivered twice mails once. Messages get a kind (`text` typed by a member, `booking` written by the product) and
 * the facts a booking note carries, and `chat_send_batch` takes both, so booking notes are numbered by the same
 * sequenced send as everything else. Text sends pass no kinds at all (null arrays), keeping the hot path's input
 * as it was.
 */
export class MailAndChatNotes1764000950000 implements MigrationInterface {
  name = 'MailAndChatNotes1764000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320),
        to_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 998),
        text text NOT NULL,
        html text,
        attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
        idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Each recipient reads their own mail, newest first.
    await q.query(
      `CREATE INDEX mail_outbox_recipient_idx ON mail_outbox (to_user_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE mail_deliveries (
        idempotency_key text PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      ALTER TABLE messages
        ADD COLUMN kind text NOT NULL DEFAULT 'text' CONSTRAINT messages_kind CHECK (kind IN ('text', 'booking')),
        ADD COLUMN meta jsonb,
        ADD CONSTRAINT messages_booking_meta CHECK ((kind = 'booking') = (meta IS NOT NULL AND jsonb_typeof(meta) = 'object'))`);

    await q.query(
      `DROP FUNCTION chat_send_batch(uuid[], uuid[], uuid[], text[])`,
    );
    await q.query(`
      CREATE FUNCTION chat_send_batch(p_conversations uuid[], p_senders uuid[], p_client_ids uuid[], p_bodies text[], p_kinds text[], p_metas jsonb[])
      RETURNS TABLE (ord bigint, status text, id uuid, conversation_id uuid, seq bigint, body text, created_at timestamptz, members uuid[], kind text, meta jsonb)
      LANGUAGE plpgsql
      -- One plan, made once per connection, forced onto the key indexes (see 1764000600000).
      SET plan_cache_mode = force_generic_plan
      SET enable_seqscan = off
      AS $fn$
      #variable_conflict use_column
      BEGIN
        PERFORM 1 FROM conversations c
          JOIN (SELECT DISTINCT x.id FROM unnest(p_conversations) AS x (id)) AS wanted ON wanted.id = c.id
         ORDER BY c.id FOR NO KEY UPDATE OF c;
        RETURN QUERY
        WITH input AS (
          -- A null p_kinds / p_metas (every send a text) pads with nulls: multi-argument unnest runs to the longest array.
          SELECT t.conversation_id, t.sender_id, t.client_message_id, t.body, coalesce(t.kind, 'text') AS kind, t.meta, t.ord
            FROM unnest(p_conversations, p_senders, p_client_ids, p_bodies, coalesce(p_kinds, '{}'::text[]), coalesce(p_metas, '{}'::jsonb[]))
                 WITH ORDINALITY AS t (conversation_id, sender_id, client_message_id, body, kind, meta, ord)
        ), dup AS (
          SELECT i.ord, m.id, m.conversation_id, m.seq, m.body, m.created_at, m.kind, m.meta
            FROM input i JOIN messages m ON m.sender_id = i.sender_id AND m.client_message_id = i.client_message_id
        ), allowed AS (
          SELECT i.* FROM input i
           WHERE NOT EXISTS (SELECT 1 FROM dup d WHERE d.ord = i.ord)
             AND EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = i.conversation_id AND cm.user_id = i.sender_id)
        ), counted AS (
          SELECT a.conversation_id, count(*) AS n FROM allowed a GROUP BY a.conversation_id
        ), bumped AS (
          UPDATE conversations c SET last_seq = c.last_seq + counted.n
            FROM counted WHERE c.id = counted.conversation_id
          RETURNING c.id, c.last_seq - counted.n AS base
        ), ins AS (
          INSERT INTO messages (conversation_id, seq, sender_id, client_message_id, body, kind, meta)
          SELECT a.conversation_id, b.base + row_number() OVER (PARTITION BY a.conversation_id ORDER BY a.ord),
                 a.sender_id, a.client_message_id, a.body, a.kind, a.meta
            FROM allowed a JOIN bumped b ON b.id = a.conversation_id
          RETURNING messages.id, messages.conversation_id, messages.seq, messages.sender_id, messages.client_message_id, messages.created_at
        )
        SELECT i.ord,
               CASE WHEN ins.id IS NOT NULL THEN 'new' WHEN d.id IS NOT NULL THEN 'duplicate' ELSE 'forbidden' END,
               coalesce(ins.id, d.id), coalesce(ins.conversation_id, d.conversation_id), coalesce(ins.seq, d.seq),
               coalesce(d.body, i.body), coalesce(ins.created_at, d.created_at),
               (SELECT array_agg(cm.user_id) FROM conversation_members cm WHERE cm.conversation_id = i.conversation_id),
               coalesce(d.kind, i.kind), CASE WHEN d.id IS NOT NULL THEN d.meta ELSE i.meta END
          FROM input i
          LEFT JOIN ins ON ins.sender_id = i.sender_id AND ins.client_message_id = i.client_message_id
          LEFT JOIN dup d ON d.ord = i.ord
         ORDER BY i.ord;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION chat_send_batch(uuid[], uuid[], uuid[], text[], text[], jsonb[])`,
    );
    await q.query(SEND_BATCH_V1);
    // Booking notes stay as the English line of their body: deleting them would leave gaps in the sequence.
    await q.query(
      `ALTER TABLE messages DROP CONSTRAINT messages_booking_meta, DROP COLUMN meta, DROP COLUMN kind`,
    );
    await q.query(`DROP TABLE mail_deliveries`);
    await q.query(`DROP TABLE mail_outbox`);
  }
}
