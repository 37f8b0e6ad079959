import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageView } from '@torchbridge/contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { GroupCommit } from '../../common/batching/group-commit';
import {
  AppError,
  badField,
  isUniqueViolation,
} from '../../common/errors/app-error';
import type { AuthUser } from '../../common/http/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { col, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import {
  BookingNoteMeta,
  MESSAGE_COLUMNS,
  messageRow,
  toMessage,
} from './chat-rows';
import { ChatTrace } from './chat-trace';
import { SendMessageDto } from './dto/chat.dto';

interface SendItem extends SendMessageDto {
  userId: string;
  /** The sender's connection, which has the message in its acknowledgement and is left out of the fan-out. */
  origin: string | undefined;
  /** Set only for the product's booking notes; a member's send is a text. */
  booking?: BookingNoteMeta;
}

/** What `chat_send_batch` answers per send; sender and client id are the send's own. */
type BatchRow =
  | { status: 'forbidden' }
  | {
      status: 'new' | 'duplicate';
      id: string;
      conversation_id: string;
      seq: string;
      body: string;
      created_at: Date;
      members: string[] | null;
      kind: string;
      meta: unknown;
    };

// Checked by hand rather than by a zod schema: a parse per row costs measurable CPU at 2,000 messages a second.
function isBatchRow(row: unknown): row is BatchRow {
  if (typeof row !== 'object' || row === null) {
    return false;
  }
  const r = row as Record<string, unknown>;
  if (r['status'] === 'forbidden') {
    return true;
  }
  return (
    (r['status'] === 'new' || r['status'] === 'duplicate') &&
    typeof r['id'] === 'string' &&
    typeof r['conversation_id'] === 'string' &&
    typeof r['seq'] === 'string' &&
    typeof r['body'] === 'string' &&
    typeof r['kind'] === 'string' &&
    r['created_at'] instanceof Date &&
    (r['members'] === null || Array.isArray(r['members']))
  );
}

export interface SendResult {
  message: MessageView;
  members: string[];
  duplicate: boolean;
}

/** A message just committed, for the fan-out: who to tell, and the sender's connection that already knows. */
export interface CommittedMessage {
  message: MessageView;
  members: string[];
  origin: string | undefined;
}

const memberRow = z.object({ user_id: col.id });

/** A send refused because the instance cannot keep up; the acknowledgement carries `retryAfterMs`. */
export class ChatBusy extends AppError {
  constructor(retryAfterMs: number) {
    super('chat.busy', { retryAfterMs });
  }
}

/** The wait a refusal asks for, at least and at most. */
const BUSY_RETRY_MIN_MS = 50;
const BUSY_RETRY_MAX_MS = 2000;
/** A connection refused as busy that has not sent its first refused message again by then is let go. */
const BUSY_FORGET_MS = 10_000;

/** The message paths: send, catch-up, history, read state. Messages are committed before anyone hears of them. */
@Injectable()
export class ChatService {
  private readonly logger = new Logger('ChatService');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly trace: ChatTrace,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sending connections refused as busy: until when (ms since the epoch), and the first send refused, which must come
   * back before any other send of that connection is taken.
   */
  private readonly busy = new Map<
    string,
    { until: number; first: string; since: number }
  >();

  /**
   * Backpressure for members' sends, called in the user's turn before `send`: when sends already wait longer than
   * CHAT_BUSY_WAIT_MS for their batch, the send is refused with `chat.busy` and a wait, instead of queueing behind
   * them. From then on every send of that connection is refused, until the wait is over and the first refused send
   * comes back: sends emitted before the client heard of the refusal are refused however late they arrive, so no
   * message written later can be taken before an earlier refused one. The client sends them all again after the
   * wait, in the order written, with the same ids; a connection that never does is let go after BUSY_FORGET_MS.
   */
  refuseWhenBusy(origin: string, clientMessageId: string): void {
    const now = Date.now();
    const state = this.busy.get(origin);
    if (state) {
      if (now - state.since > BUSY_FORGET_MS) {
        this.busy.delete(origin);
      } else if (state.until > now || clientMessageId !== state.first) {
        throw new ChatBusy(Math.max(BUSY_RETRY_MIN_MS, state.until - now));
      } else {
        this.busy.delete(origin);
        return;
      }
    }
    const oldestMs = this.sends.oldestWaitingMs;
    if (
      oldestMs > this.config.CHAT_BUSY_WAIT_MS ||
      (this.config.CHAT_BUSY_WAIT_MS === 0 && this.sends.load.waiting > 0)
    ) {
      const retryAfterMs = Math.round(
        Math.min(BUSY_RETRY_MAX_MS, Math.max(BUSY_RETRY_MIN_MS, oldestMs)),
      );
      if (this.busy.size >= 10_000) {
        for (const [id, old] of this.busy) {
          if (now - old.since > BUSY_FORGET_MS) {
            this.busy.delete(id);
          }
        }
      }
      this.busy.set(origin, {
        until: now + retryAfterMs,
        first: clientMessageId,
        since: now,
      });
      throw new ChatBusy(retryAfterMs);
    }
  }

  /** The hot path skips TypeORM's per-query runner and talks to the driver's pool directly. */
  private pool(): Pool {
    return (this.db.driver as unknown as { master: Pool }).master;
  }

  /**
   * Member ids of the conversation, or `conversation.not_member` when the caller is not one of them. Typing needs
   * the list to fan out to, so the list doubles as the membership check instead of a second query.
   */
  async members(userId: string, conversationId: string): Promise<string[]> {
    const rows = await sqlRows(
      this.db,
      memberRow,
      'SELECT user_id FROM conversation_members WHERE conversation_id = $1',
      [conversationId],
    );
    const ids = rows.map((r) => r.user_id);
    if (!ids.includes(userId)) {
      throw new AppError('conversation.not_member');
    }
    return ids;
  }

  /**
   * The fan-out of messages: called once per stored message, per conversation in sequence order, before a later
   * message of that conversation is written; and again when a resend finds its message already stored, because the
   * instance that stored it may have died before its fan-out (clients keep messages by id and place them by
   * sequence, so a second delivery of an older message is harmless). Returns the unsubscribe function.
   */
  onCommitted(listener: (committed: CommittedMessage) => void): () => void {
    this.committedListeners.push(listener);
    return () => {
      this.committedListeners = this.committedListeners.filter(
        (l) => l !== listener,
      );
    };
  }

  private committedListeners: ((committed: CommittedMessage) => void)[] = [];

  /**
   * Sends go through a group commit: a send that arrives while others are being written waits for the next batch,
   * so under load one call to `chat_send_batch` (one transaction, one WAL flush) stores many messages, and at low
   * load a send is written alone at once. The same (sender, clientMessageId) submitted twice while the first is
   * still being written joins the first instead of racing it. Membership is checked inside the function.
   *
   * Sends are numbered in the order they are submitted here: each conversation is a lane of the group commit, so
   * two batches holding the same conversation never run at once (otherwise the later one could take the row lock
   * first and number its messages before the earlier ones), and a batch announces its messages before the next
   * batch of their conversation starts. `origin` is the sending connection, left out of the fan-out.
   */
  async send(
    userId: string,
    dto: SendMessageDto,
    origin?: string,
    booking?: BookingNoteMeta,
  ): Promise<SendResult> {
    const key = `${userId}:${dto.clientMessageId}`;
    const pending = this.pendingSends.get(key);
    if (pending) {
      return this.checkSameConversation(
        { ...(await pending), duplicate: true },
        dto,
      );
    }
    this.trace.mark(dto.clientMessageId, 'queued');
    const attempt = this.sends
      .submit({ userId, ...dto, origin, booking })
      .then((row) => this.interpret(row, userId, dto));
    this.pendingSends.set(key, attempt);
    try {
      return await attempt;
    } finally {
      this.pendingSends.delete(key);
    }
  }

  private readonly pendingSends = new Map<string, Promise<SendResult>>();

  private readonly sends = new GroupCommit<SendItem, BatchRow>(
    (items) => this.commitBatch(items),
    {
      maxInFlight: 2,
      maxBatch: 256,
      lane: (item) => item.conversationId,
    },
  );

  /**
   * Writes a batch, then announces its messages in the batch's order, which is sequence order per conversation. A
   * resend answered from storage is announced again: the sender resends only what was never acknowledged, so the
   * first fan-out may never have happened.
   */
  private async commitBatch(items: SendItem[]): Promise<(BatchRow | Error)[]> {
    const start = this.trace.enabled ? this.trace.now() : 0;
    const rows = await this.sendBatch(items);
    if (this.trace.enabled) {
      const committed = this.trace.now();
      items.forEach((item) => {
        this.trace.mark(item.clientMessageId, 'batchStart', start);
        this.trace.mark(item.clientMessageId, 'committed', committed);
      });
      this.trace.batch(
        start,
        items.length,
        new Set(items.map((i) => i.conversationId)).size,
        this.sends.load.inFlight,
      );
    }
    rows.forEach((row, i) => {
      const item = items[i];
      // A client id reused in another conversation is refused (checkSameConversation), not re-delivered.
      if (
        item &&
        !(row instanceof Error) &&
        row.status !== 'forbidden' &&
        row.conversation_id === item.conversationId
      ) {
        this.announce({
          message: this.toView(row, item.userId, item.clientMessageId),
          members: row.members ?? [],
          origin: item.origin,
        });
        this.trace.mark(item.clientMessageId, 'published');
      }
    });
    return rows;
  }

  private announce(committed: CommittedMessage): void {
    for (const listener of this.committedListeners) {
      try {
        listener(committed);
      } catch (error) {
        // The message is stored and acknowledged either way; members who missed it catch up by sequence.
        this.logger.error(
          `Fan-out of message ${committed.message.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  }

  private async sendBatch(items: SendItem[]): Promise<(BatchRow | Error)[]> {
    try {
      return await this.writeBatch(items);
    } catch (error) {
      if (items.length === 1) {
        // The same message raced itself on another instance: that attempt committed it, so this one reads it back.
        return isUniqueViolation(error)
          ? this.writeBatch(items)
          : [error instanceof Error ? error : new Error(String(error))];
      }
      // One bad item must not fail its neighbours: write them one by one, in order within each conversation.
      const results = new Map<SendItem, BatchRow | Error>();
      const byConversation = new Map<string, SendItem[]>();
      for (const item of items) {
        const sends = byConversation.get(item.conversationId);
        if (sends) {
          sends.push(item);
        } else {
          byConversation.set(item.conversationId, [item]);
        }
      }
      await Promise.all(
        [...byConversation.values()].map(async (sends) => {
          for (const item of sends) {
            results.set(
              item,
              (await this.sendBatch([item]))[0] as BatchRow | Error,
            );
          }
        }),
      );
      return items.map((item) => results.get(item) as BatchRow | Error);
    }
  }

  private async writeBatch(items: SendItem[]): Promise<BatchRow[]> {
    // A batch of texts only (nearly every batch) sends no kinds: the function reads null arrays as all texts.
    const notes = items.some((i) => i.booking !== undefined);
    const { rows } = await this.pool().query<Record<string, unknown>>({
      name: 'chat_send_batch',
      text: 'SELECT status, id, conversation_id, seq, body, created_at, members, kind, meta FROM chat_send_batch($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[])',
      values: [
        items.map((i) => i.conversationId),
        items.map((i) => i.userId),
        items.map((i) => i.clientMessageId),
        items.map((i) => i.body),
        notes ? items.map((i) => (i.booking ? 'booking' : 'text')) : null,
        notes
          ? items.map((i) => (i.booking ? JSON.stringify(i.booking) : null))
          : null,
      ],
    });
    if (!rows.every(isBatchRow)) {
      throw new Error('chat_send_batch returned rows of an unexpected shape');
    }
    return rows;
  }

  private interpret(
    row: BatchRow,
    userId: string,
    dto: SendMessageDto,
  ): SendResult {
    if (row.status === 'forbidden') {
      throw new AppError('conversation.not_member');
    }
    const message = this.toView(row, userId, dto.clientMessageId);
    return this.checkSameConversation(
      {
        message,
        members: row.members ?? [],
        duplicate: row.status === 'duplicate',
      },
      dto,
    );
  }

  // A duplicate is keyed on (sender, clientMessageId), so both are the caller's either way.
  private toView(
    row: Exclude<BatchRow, { status: 'forbidden' }>,
    userId: string,
    clientMessageId: string,
  ): MessageView {
    return toMessage({
      ...row,
      kind: row.kind === 'booking' ? 'booking' : 'text',
      seq: Number(row.seq),
      sender_id: userId,
      client_message_id: clientMessageId,
    });
  }

  private checkSameConversation(
    result: SendResult,
    dto: SendMessageDto,
  ): SendResult {
    if (result.message.conversationId !== dto.conversationId) {
      throw badField(
        'clientMessageId',
        'clientMessageId was already used for a message in another conversation',
      );
    }
    return result;
  }

  async after(
    user: AuthUser,
    conversationId: string,
    afterSeq: number,
    limit = 500,
  ): Promise<{ messages: MessageView[]; lastSeq: number }> {
    await this.access.require(user, 'conversation.read', conversationId);
    const rows = await sqlRows(
      this.db,
      messageRow,
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, afterSeq, limit],
    );
    const last = await sqlRow(
      this.db,
      z.object({ last_seq: col.bigint }),
      'SELECT last_seq FROM conversations WHERE id = $1',
      [conversationId],
    );
    return { messages: rows.map(toMessage), lastSeq: last?.last_seq ?? 0 };
  }

  async before(
    user: AuthUser,
    conversationId: string,
    beforeSeq: number | undefined,
    limit = 50,
  ): Promise<MessageView[]> {
    await this.access.require(user, 'conversation.read', conversationId);
    const rows = await sqlRows(
      this.db,
      messageRow,
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
      [conversationId, beforeSeq ?? null, limit],
    );
    return rows.map(toMessage).reverse();
  }

  /**
   * Read state only moves forward, and never past the last message. The caller's own member row is what moves, so
   * the same statement is the membership check and returns the members to tell (one round trip, as for sends).
   */
  async markRead(
    userId: string,
    conversationId: string,
    seq: number,
  ): Promise<{ readSeq: number; members: string[] }> {
    const row = await sqlRow(
      this.db,
      z.object({ read_seq: col.bigint.nullable(), members: col.texts }),
      `WITH moved AS (
         UPDATE conversation_members cm SET read_seq = GREATEST(cm.read_seq, LEAST($3::bigint, c.last_seq))
           FROM conversations c WHERE c.id = cm.conversation_id AND cm.conversation_id = $1 AND cm.user_id = $2 RETURNING cm.read_seq)
       SELECT (SELECT read_seq FROM moved) AS read_seq,
              ARRAY(SELECT user_id::text FROM conversation_members WHERE conversation_id = $1) AS members`,
      [conversationId, userId, seq],
    );
    if (row?.read_seq === null || row?.read_seq === undefined) {
      throw new AppError('conversation.not_member');
    }
    return { readSeq: row.read_seq, members: row.members };
  }
}
