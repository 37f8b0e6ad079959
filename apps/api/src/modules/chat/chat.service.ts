import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/http/auth-user';
import { badField, isUniqueViolation } from '../../common/http/field-errors';
import { GroupCommit } from '../../common/batching/group-commit';
import { returning } from '../../database/returning';
import { CreateGroupConversationDto, SendMessageDto } from './dto/chat.dto';

interface MessageRow {
  id: string;
  conversation_id: string;
  seq: string;
  sender_id: string;
  client_message_id: string;
  body: string;
  created_at: Date;
}

interface SendItem extends SendMessageDto {
  userId: string;
}

/** What `chat_send_batch` answers per send; sender and client id are the send's own. */
interface BatchRow extends Omit<MessageRow, 'sender_id' | 'client_message_id'> {
  status: 'new' | 'duplicate' | 'forbidden';
  members: string[] | null;
}

export interface SendResult {
  message: MessageView;
  members: string[];
  duplicate: boolean;
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
   * Sends go through a group commit: a send that arrives while others are being written waits for the next batch,
   * so under load one call to `chat_send_batch` (one transaction, one WAL flush) stores many messages, and at low
   * load a send is written alone at once. The same (sender, clientMessageId) submitted twice while the first is
   * still being written joins the first instead of racing it.
   */
  async send(userId: string, dto: SendMessageDto): Promise<SendResult> {
    const key = `${userId}:${dto.clientMessageId}`;
    const pending = this.pendingSends.get(key);
    if (pending) {
      return this.checkSameConversation({ ...(await pending), duplicate: true }, dto);
    }
    const attempt = this.sends.submit({ userId, ...dto }).then((row) => this.interpret(row, userId, dto));
    this.pendingSends.set(key, attempt);
    try {
      return await attempt;
    } finally {
      this.pendingSends.delete(key);
    }
  }

  private readonly pendingSends = new Map<string, Promise<SendResult>>();

  private readonly sends = new GroupCommit<SendItem, BatchRow>((items) => this.sendBatch(items), { maxInFlight: 2, maxBatch: 256 });

  private async sendBatch(items: SendItem[]): Promise<(BatchRow | Error)[]> {
    try {
      return await this.writeBatch(items);
    } catch (error) {
      if (items.length === 1) {
        // The same message raced itself on another instance: that attempt committed it, so this one reads it back.
        return isUniqueViolation(error) ? this.writeBatch(items) : [error instanceof Error ? error : new Error(String(error))];
      }
      // One bad item must not fail its neighbours: write them one by one.
      return Promise.all(items.map(async (item) => (await this.sendBatch([item]))[0] as BatchRow | Error));
    }
  }

  private async writeBatch(items: SendItem[]): Promise<BatchRow[]> {
    const { rows } = await this.pool().query<BatchRow>({
      name: 'chat_send_batch',
      text: 'SELECT status, id, conversation_id, seq, body, created_at, members FROM chat_send_batch($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])',
      values: [items.map((i) => i.conversationId), items.map((i) => i.userId), items.map((i) => i.clientMessageId), items.map((i) => i.body)],
    });
    return rows;
  }

  private interpret(row: BatchRow, userId: string, dto: SendMessageDto): SendResult {
    if (row.status === 'forbidden') {
      throw new ForbiddenException('You are not a member of this conversation');
    }
    // A duplicate is keyed on (sender, clientMessageId), so both are the caller's either way.
    const message = toMessage({ ...row, sender_id: userId, client_message_id: dto.clientMessageId });
    return this.checkSameConversation({ message, members: row.members ?? [], duplicate: row.status === 'duplicate' }, dto);
  }

  private checkSameConversation(result: SendResult, dto: SendMessageDto): SendResult {
    if (result.message.conversationId !== dto.conversationId) {
      throw badField('clientMessageId', 'clientMessageId was already used for a message in another conversation');
    }
    return result;
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

  async conversations(userId: string, only?: string): Promise<ConversationView[]> {
    const rows: {
      id: string;
      kind: ConversationView['kind'];
      title: string | null;
      mentorship_id: string | null;
      cohort_run_id: string | null;
      last_seq: string;
      unread: string;
      members: ConversationView['members'];
      last: MessageRow | null;
    }[] = await this.db.query(
      `SELECT c.id, c.kind, c.title, c.mentorship_id, c.cohort_run_id, c.last_seq,
              (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.seq > me.read_seq AND m.sender_id <> $1) AS unread,
              (SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'timeZone', u.time_zone, 'readSeq', cm.read_seq) ORDER BY u.display_name)
                 FROM conversation_members cm JOIN users u ON u.id = cm.user_id WHERE cm.conversation_id = c.id) AS members,
              row_to_json(last) AS last
         FROM conversations c JOIN conversation_members me ON me.conversation_id = c.id AND me.user_id = $1
         -- The newest message, found on the (conversation_id, seq) index, both shows in the list and orders it.
         LEFT JOIN LATERAL (SELECT m.* FROM messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) last ON true
        WHERE $2::uuid IS NULL OR c.id = $2
        ORDER BY c.last_seq = 0, last.created_at DESC NULLS LAST, c.created_at DESC`,
      [userId, only ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      mentorshipId: r.mentorship_id,
      cohortRunId: r.cohort_run_id,
      members: r.members.map((m) => ({ ...m, readSeq: Number(m.readSeq) })),
      lastSeq: Number(r.last_seq),
      unread: Number(r.unread),
      lastMessage: r.last ? toMessage({ ...r.last, created_at: new Date(r.last.created_at) }) : null,
    }));
  }

  /** One conversation as `userId` sees it (a member's view). */
  async conversation(userId: string, conversationId: string): Promise<ConversationView> {
    const [view] = await this.conversations(userId, conversationId);
    if (!view) {
      throw new NotFoundException('No such conversation');
    }
    return view;
  }

  /**
   * A group conversation started by a manager: for a cohort run (its founders and mentors, created once per run)
   * or for any people named. The creator is always a member.
   */
  async createGroup(actor: AuthUser, dto: CreateGroupConversationDto): Promise<{ conversation: ConversationView; added: string[] }> {
    const added = await this.db.transaction(async (tx) => {
      let title = dto.title;
      let people = [...(dto.memberIds ?? [])];
      if (dto.cohortRunId) {
        const runs: { name: string }[] = await tx.query('SELECT name FROM cohort_runs WHERE id = $1', [dto.cohortRunId]);
        const run = runs[0];
        if (!run) {
          throw badField('cohortRunId', 'cohortRunId does not name a cohort run');
        }
        title ??= run.name;
        const participants: { user_id: string }[] = await tx.query(
          `SELECT f.user_id FROM cohort_runs r JOIN startup_founders f ON f.startup_id = ANY (r.startup_ids) WHERE r.id = $1
           UNION SELECT p.user_id FROM cohort_runs r JOIN mentor_profiles p ON p.id = ANY (r.mentor_ids) WHERE r.id = $1`,
          [dto.cohortRunId],
        );
        people = people.concat(participants.map((p) => p.user_id));
      }
      await this.requireUsers(tx, dto.memberIds ?? [], 'memberIds');
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO conversations (kind, title, created_by, cohort_run_id) VALUES ('group', $1, $2, $3)
         ON CONFLICT (cohort_run_id) DO UPDATE SET cohort_run_id = EXCLUDED.cohort_run_id RETURNING id`,
        [title, actor.id, dto.cohortRunId ?? null],
      );
      const id = rows[0]?.id as string;
      return { id, added: await this.insertMembers(tx, id, [actor.id, ...people]) };
    });
    return { conversation: await this.conversation(actor.id, added.id), added: added.added };
  }

  /** Adds people to a group conversation; returns the conversation and who was new to it. */
  async addMembers(actor: AuthUser, conversationId: string, userIds: string[]): Promise<{ conversation: ConversationView; added: string[] }> {
    const added = await this.db.transaction(async (tx) => {
      await this.requireManageable(tx, actor, conversationId);
      await this.requireUsers(tx, userIds, 'userIds');
      return this.insertMembers(tx, conversationId, userIds);
    });
    return { conversation: await this.conversation(actor.id, conversationId), added };
  }

  /** Takes someone out of a group conversation: its manager or an admin may, and anyone may leave. */
  async removeMember(actor: AuthUser, conversationId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (userId === actor.id) {
        await this.requireGroup(tx, conversationId);
      } else {
        await this.requireManageable(tx, actor, conversationId);
      }
      const removed = await returning<{ user_id: string }>(
        tx,
        'DELETE FROM conversation_members WHERE conversation_id = $1 AND user_id = $2 RETURNING user_id',
        [conversationId, userId],
      );
      if (removed.length === 0) {
        throw new NotFoundException('That person is not a member of this conversation');
      }
    });
  }

  /** Everyone who shares at least one conversation with `userId` (who may see their presence). */
  async peers(userId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT other.user_id FROM conversation_members me
         JOIN conversation_members other ON other.conversation_id = me.conversation_id AND other.user_id <> me.user_id
        WHERE me.user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Adds people to a conversation; returns those who were not members yet. */
  private async insertMembers(tx: EntityManager, conversationId: string, userIds: string[]): Promise<string[]> {
    const inserted: { user_id: string }[] = await tx.query(
      `INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [conversationId, [...new Set(userIds)]],
    );
    return inserted.map((r) => r.user_id);
  }

  private async requireGroup(tx: EntityManager, conversationId: string): Promise<void> {
    const rows: { kind: string }[] = await tx.query('SELECT kind FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
    if (!rows[0]) {
      throw new NotFoundException('No such conversation');
    }
    if (rows[0].kind !== 'group') {
      throw new ConflictException("A mentorship conversation's members are its mentor and founder; they cannot change");
    }
  }

  private async requireManageable(tx: EntityManager, actor: AuthUser, conversationId: string): Promise<void> {
    await this.requireGroup(tx, conversationId);
    if (actor.role === 'admin') {
      return;
    }
    const member: unknown[] = await tx.query('SELECT 1 FROM conversation_members WHERE conversation_id = $1 AND user_id = $2', [conversationId, actor.id]);
    if (actor.role !== 'manager' || member.length === 0) {
      throw new ForbiddenException("Only the group's managers and admins change its members");
    }
  }

  private async requireUsers(tx: EntityManager, ids: string[], field: string): Promise<void> {
    const found: { id: string }[] = await tx.query('SELECT id FROM users WHERE id = ANY ($1::uuid[])', [ids]);
    const known = new Set(found.map((r) => r.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw badField(field, `${field} names people who do not exist: ${missing.slice(0, 5).join(', ')}`);
    }
  }
}
