import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { badField, isUniqueViolation } from '../../common/http/field-errors';
import { returning } from '../../database/returning';
import { SendMessageDto } from './dto/chat.dto';

interface MessageRow {
  id: string;
  conversation_id: string;
  seq: string;
  sender_id: string;
  client_message_id: string;
  body: string;
  created_at: Date;
}

const MESSAGE_COLUMNS = 'id, conversation_id, seq, sender_id, client_message_id, body, created_at';

function toMessage(r: MessageRow): MessageView {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    seq: Number(r.seq),
    senderId: r.sender_id,
    clientMessageId: r.client_message_id,
    body: r.body,
    createdAt: r.created_at.toISOString(),
  };
}

/** Messages are committed before anyone hears of them; a retried send returns the stored message. */
@Injectable()
export class ChatService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The hot path skips TypeORM's per-query runner and talks to the driver's pool directly. */
  private pool(): Pool {
    return (this.db.driver as unknown as { master: Pool }).master;
  }

  /** Member ids of the conversation, or a 403 when the caller is not one of them (checked on every event). */
  async members(userId: string, conversationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query('SELECT user_id FROM conversation_members WHERE conversation_id = $1', [conversationId]);
    const ids = rows.map((r) => r.user_id);
    if (!ids.includes(userId)) {
      throw new ForbiddenException('You are not a member of this conversation');
    }
    return ids;
  }

  /**
   * One statement does it all — membership check, duplicate lookup, next sequence under the conversation's row
   * lock, insert — so a send costs one round trip. It commits before the caller acknowledges or fans out.
   */
  async send(userId: string, dto: SendMessageDto): Promise<{ message: MessageView; members: string[]; duplicate: boolean }> {
    const run = async () => {
      const { rows } = await this.pool().query<{ ok: boolean | null; members: string[] | null; inserted: MessageRow | null; duplicate: MessageRow | null }>(
        `WITH m AS (
           SELECT array_agg(user_id) AS members, coalesce(bool_or(user_id = $2), false) AS ok
             FROM conversation_members WHERE conversation_id = $1
         ), dup AS (
           SELECT ${MESSAGE_COLUMNS} FROM messages WHERE sender_id = $2 AND client_message_id = $3
         ), s AS (
           UPDATE conversations c SET last_seq = c.last_seq + 1
             FROM m WHERE c.id = $1 AND m.ok AND NOT EXISTS (SELECT 1 FROM dup)
           RETURNING c.last_seq
         ), ins AS (
           INSERT INTO messages (conversation_id, seq, sender_id, client_message_id, body)
           SELECT $1, s.last_seq, $2, $3, $4 FROM s
           RETURNING ${MESSAGE_COLUMNS}
         )
         SELECT (SELECT ok FROM m) AS ok, (SELECT members FROM m) AS members,
                (SELECT row_to_json(ins) FROM ins) AS inserted, (SELECT row_to_json(dup) FROM dup) AS duplicate`,
        [dto.conversationId, userId, dto.clientMessageId, dto.body],
      );
      return rows[0];
    };
    let row;
    try {
      row = await run();
    } catch (error) {
      // The same message raced itself: the other attempt committed it, so this one reads it back.
      if (!isUniqueViolation(error)) {
        throw error;
      }
      row = await run();
    }
    if (!row?.ok) {
      throw new ForbiddenException('You are not a member of this conversation');
    }
    const members = row.members ?? [];
    if (row.duplicate) {
      const message = toMessage({ ...row.duplicate, created_at: new Date(row.duplicate.created_at) });
      if (message.conversationId !== dto.conversationId) {
        throw badField('clientMessageId', 'clientMessageId was already used for a message in another conversation');
      }
      return { message, members, duplicate: true };
    }
    const inserted = row.inserted as MessageRow;
    return { message: toMessage({ ...inserted, created_at: new Date(inserted.created_at) }), members, duplicate: false };
  }

  async after(userId: string, conversationId: string, afterSeq: number, limit = 500): Promise<{ messages: MessageView[]; lastSeq: number }> {
    await this.members(userId, conversationId);
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, afterSeq, limit],
    );
    const last: { last_seq: string }[] = await this.db.query('SELECT last_seq FROM conversations WHERE id = $1', [conversationId]);
    return { messages: rows.map(toMessage), lastSeq: Number(last[0]?.last_seq ?? 0) };
  }

  async before(userId: string, conversationId: string, beforeSeq: number | undefined, limit = 50): Promise<MessageView[]> {
    await this.members(userId, conversationId);
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
      [conversationId, beforeSeq ?? null, limit],
    );
    return rows.map(toMessage).reverse();
  }

  /** Read state only moves forward, and never past the last message. */
  async markRead(userId: string, conversationId: string, seq: number): Promise<{ readSeq: number; members: string[] }> {
    const members = await this.members(userId, conversationId);
    const rows = await returning<{ read_seq: string }>(
      this.db,
      `UPDATE conversation_members cm SET read_seq = GREATEST(cm.read_seq, LEAST($3::bigint, c.last_seq))
         FROM conversations c WHERE c.id = cm.conversation_id AND cm.conversation_id = $1 AND cm.user_id = $2 RETURNING cm.read_seq`,
      [conversationId, userId, seq],
    );
    return { readSeq: Number(rows[0]?.read_seq ?? 0), members };
  }

  async conversations(userId: string): Promise<ConversationView[]> {
    const rows: {
      id: string;
      kind: ConversationView['kind'];
      title: string | null;
      mentorship_id: string | null;
      last_seq: string;
      unread: string;
      members: ConversationView['members'];
      last: MessageRow | null;
    }[] = await this.db.query(
      `SELECT c.id, c.kind, c.title, c.mentorship_id, c.last_seq,
              (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.seq > me.read_seq AND m.sender_id <> $1) AS unread,
              (SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'timeZone', u.time_zone, 'readSeq', cm.read_seq) ORDER BY u.display_name)
                 FROM conversation_members cm JOIN users u ON u.id = cm.user_id WHERE cm.conversation_id = c.id) AS members,
              (SELECT row_to_json(m) FROM messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) AS last
         FROM conversations c JOIN conversation_members me ON me.conversation_id = c.id AND me.user_id = $1
        ORDER BY c.last_seq = 0, (SELECT max(created_at) FROM messages m WHERE m.conversation_id = c.id) DESC NULLS LAST, c.created_at DESC`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      mentorshipId: r.mentorship_id,
      members: r.members.map((m) => ({ ...m, readSeq: Number(m.readSeq) })),
      lastSeq: Number(r.last_seq),
      unread: Number(r.unread),
      lastMessage: r.last ? toMessage({ ...r.last, created_at: new Date(r.last.created_at) }) : null,
    }));
  }

}
