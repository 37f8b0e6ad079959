import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { UsersService } from '../users';
import { ChatService } from './chat.service';
import { BookingNoteMeta, toMessage } from './chat-rows';
import { CreateGroupConversationDto } from './dto/chat.dto';

/** Who belongs in a cohort run's group; registered by the module that owns cohort runs. */
export interface GroupSource {
  /** The run's name, participants and the manager who owns it, or undefined when there is no such run. */
  resolve(runner: Queryable, cohortRunId: string): Promise<{ title: string; userIds: string[]; ownerId: string } | undefined>;
}

const listRow = z.object({
  id: col.id,
  kind: z.enum(['mentorship', 'group']),
  title: col.nullableText,
  mentorship_id: col.id.nullable(),
  cohort_run_id: col.id.nullable(),
  last_seq: col.bigint,
  unread: col.bigint,
  members: z.array(z.object({ userId: col.id, readSeq: z.number() })),
  // row_to_json: numbers stay numbers, timestamps become text.
  last: z
    .object({
      id: col.id,
      conversation_id: col.id,
      seq: z.number(),
      sender_id: col.id,
      client_message_id: col.id,
      body: col.text,
      kind: z.enum(['text', 'booking']),
      meta: z.unknown(),
      created_at: z.string(),
    })
    .nullable(),
});

const UNKNOWN_MEMBER = { displayName: '', timeZone: 'UTC' };

/** A stable UUID (version 5 layout) for a key, so a retried post is the same send. */
function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(`torchbridge:chat:${key}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Conversations and who is in them: the list, groups, membership changes, and the conversations other modules
 * open (a mentorship's). Every membership change publishes an event in its transaction; the gateway tells devices.
 */
@Injectable()
export class ConversationsService {
  private groupSource?: GroupSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly users: UsersService,
    private readonly chat: ChatService,
  ) {}

  /**
   * The product's note of a session booked, moved or cancelled, posted into the mentorship's conversation as
   * `senderId` (a member) through the same sequenced send as typed messages, so its seq follows theirs and it is
   * fanned out as `message:new`. The same `key` posts once however often it is asked (the client message id is
   * derived from it). Undefined when the mentorship has no conversation.
   */
  async postBookingNote(input: { mentorshipId: string; senderId: string; key: string; body: string; booking: BookingNoteMeta }): Promise<MessageView | undefined> {
    const conversationId = (await this.conversationIdsForMentorships([input.mentorshipId])).get(input.mentorshipId);
    if (!conversationId) {
      return undefined;
    }
    const { message } = await this.chat.send(input.senderId, { conversationId, clientMessageId: uuidFromKey(input.key), body: input.body }, undefined, input.booking);
    return message;
  }

  /** The plug-in point for cohort groups: the owner of cohort runs says who is in a run's group. */
  registerGroupSource(source: GroupSource): void {
    this.groupSource = source;
  }

  /** Opens a mentorship's conversation with its members, inside the caller's transaction; returns its id. */
  async openForMentorship(tx: Queryable, { mentorshipId, memberIds }: { mentorshipId: string; memberIds: string[] }): Promise<string> {
    const row = await sqlRow(tx, idRow, `INSERT INTO conversations (kind, mentorship_id) VALUES ('mentorship', $1) RETURNING id`, [mentorshipId]);
    if (!row) {
      throw new Error(`No conversation was created for mentorship ${mentorshipId}`);
    }
    const added = await this.insertMembers(tx, row.id, memberIds);
    await this.events.publish(tx, 'conversation.members_added', { conversationId: row.id, userIds: added, title: null, actorId: null });
    return row.id;
  }

  /** Mentorship id → its conversation id, for those that have one. */
  async conversationIdsForMentorships(mentorshipIds: string[], runner: Queryable = this.db): Promise<Map<string, string>> {
    if (mentorshipIds.length === 0) {
      return new Map();
    }
    const rows = await sqlRows(
      runner,
      z.object({ id: col.id, mentorship_id: col.id }),
      'SELECT id, mentorship_id FROM conversations WHERE mentorship_id = ANY ($1::uuid[])',
      [[...new Set(mentorshipIds)]],
    );
    return new Map(rows.map((r) => [r.mentorship_id, r.id]));
  }

  /**
   * The user's conversations, newest activity first; members' names come from one batched read. `managed` also
   * shows conversation `only` to someone who manages it without being a member (an admin), with nothing unread.
   */
  async conversations(userId: string, only?: string, runner: Queryable = this.db, managed = false): Promise<ConversationView[]> {
    const membership = managed && only ? 'LEFT JOIN' : 'JOIN';
    const rows = await sqlRows(
      runner,
      listRow,
      `SELECT c.id, c.kind, c.title, c.mentorship_id, c.cohort_run_id, c.last_seq,
              (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.seq > me.read_seq AND m.sender_id <> $1) AS unread,
              (SELECT json_agg(json_build_object('userId', cm.user_id, 'readSeq', cm.read_seq))
                 FROM conversation_members cm WHERE cm.conversation_id = c.id) AS members,
              row_to_json(last) AS last
         FROM conversations c ${membership} conversation_members me ON me.conversation_id = c.id AND me.user_id = $1
         -- The newest message, found on the (conversation_id, seq) index, both shows in the list and orders it.
         LEFT JOIN LATERAL (SELECT m.* FROM messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) last ON true
        WHERE $2::uuid IS NULL OR c.id = $2
        ORDER BY c.last_seq = 0, last.created_at DESC NULLS LAST, c.created_at DESC`,
      [userId, only ?? null],
    );
    if (rows.length === 0) {
      return [];
    }
    const cards = await this.users.cards([...new Set(rows.flatMap((r) => r.members.map((m) => m.userId)))], runner);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      mentorshipId: r.mentorship_id,
      cohortRunId: r.cohort_run_id,
      members: r.members
        .map((m) => {
          const card = cards.get(m.userId) ?? UNKNOWN_MEMBER;
          return { userId: m.userId, displayName: card.displayName, timeZone: card.timeZone, readSeq: m.readSeq };
        })
        .sort((x, y) => x.displayName.localeCompare(y.displayName)),
      lastSeq: r.last_seq,
      unread: r.unread,
      lastMessage: r.last ? toMessage({ ...r.last, created_at: new Date(r.last.created_at) }) : null,
    }));
  }

  /** One conversation as `userId` sees it: a member's view, or a manager's who is not a member when `managed`. */
  async conversation(userId: string, conversationId: string, managed = false): Promise<ConversationView> {
    const [view] = await this.conversations(userId, conversationId, this.db, managed);
    if (!view) {
      throw new AppError('conversation.not_found');
    }
    return view;
  }

  /**
   * A group conversation started by a manager: for a cohort run (its founders and mentors, created once per run)
   * or for any people named. The creator is always a member. Opening a cohort's group adds the caller and anyone
   * new to the run, so it takes what adding members takes: owning the run, or the right to manage its group.
   */
  async createGroup(actor: AuthUser, dto: CreateGroupConversationDto): Promise<ConversationView> {
    const id = await this.db.transaction(async (tx) => {
      let title = dto.title;
      let people = [...(dto.memberIds ?? [])];
      let cohort: { runId: string; ownerId: string } | undefined;
      if (dto.cohortRunId) {
        if (!this.groupSource) {
          throw new Error('No source of cohort groups is registered');
        }
        const group = await this.groupSource.resolve(tx, dto.cohortRunId);
        if (!group) {
          throw badField('cohortRunId', 'cohortRunId does not name a cohort run');
        }
        title ??= group.title;
        people = people.concat(group.userIds);
        cohort = { runId: dto.cohortRunId, ownerId: group.ownerId };
      }
      await this.requireUsers(tx, dto.memberIds ?? [], 'memberIds');
      const conversationId = cohort
        ? await this.cohortGroup(tx, actor, cohort.runId, title ?? null, cohort.ownerId)
        : await this.insertGroup(tx, title ?? null, actor.id, null);
      const added = await this.insertMembers(tx, conversationId, [actor.id, ...people]);
      await this.published(tx, conversationId, added, title ?? null, actor.id);
      return conversationId;
    });
    return this.conversation(actor.id, id);
  }

  /** Adds people to a group conversation; the new members' devices hear of it after commit. */
  async addMembers(actor: AuthUser, conversationId: string, userIds: string[]): Promise<ConversationView> {
    await this.db.transaction(async (tx) => {
      await this.lockForChange(tx, actor, conversationId, 'manage');
      await this.requireUsers(tx, userIds, 'userIds');
      const added = await this.insertMembers(tx, conversationId, userIds);
      await this.published(tx, conversationId, added, null, actor.id);
    });
    // An admin manages groups they are not in: they are answered with the group all the same.
    return this.conversation(actor.id, conversationId, true);
  }

  /** Takes someone out of a group conversation: its manager or an admin may, and anyone may leave. */
  async removeMember(actor: AuthUser, conversationId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockForChange(tx, actor, conversationId, userId === actor.id ? 'leave' : 'manage');
      const removed = await sqlRows(
        tx,
        z.object({ user_id: col.id }),
        'DELETE FROM conversation_members WHERE conversation_id = $1 AND user_id = $2 RETURNING user_id',
        [conversationId, userId],
      );
      if (removed.length === 0) {
        throw new AppError('conversation.member_not_found');
      }
      await this.events.publish(tx, 'conversation.members_removed', { conversationId, userIds: [userId], actorId: actor.id });
    });
  }

  /** Everyone who shares at least one conversation with `userId` (who may see their presence). */
  async peers(userId: string): Promise<string[]> {
    const rows = await sqlRows(
      this.db,
      z.object({ user_id: col.id }),
      `SELECT DISTINCT other.user_id FROM conversation_members me
         JOIN conversation_members other ON other.conversation_id = me.conversation_id AND other.user_id <> me.user_id
        WHERE me.user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.user_id);
  }

  private async published(tx: Queryable, conversationId: string, added: string[], title: string | null, actorId: string): Promise<void> {
    if (added.length > 0) {
      await this.events.publish(tx, 'conversation.members_added', { conversationId, userIds: added, title, actorId });
    }
  }

  /** Adds people to a conversation; returns those who were not members yet. */
  private async insertMembers(tx: Queryable, conversationId: string, userIds: string[]): Promise<string[]> {
    const inserted = await sqlRows(
      tx,
      z.object({ user_id: col.id }),
      `INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [conversationId, [...new Set(userIds)]],
    );
    return inserted.map((r) => r.user_id);
  }

  private async insertGroup(tx: Queryable, title: string | null, createdBy: string, cohortRunId: string | null): Promise<string> {
    // Two managers racing for a run's group meet on the unique cohort_run_id and share one conversation.
    const row = await sqlRow(
      tx,
      idRow,
      `INSERT INTO conversations (kind, title, created_by, cohort_run_id) VALUES ('group', $1, $2, $3)
       ON CONFLICT (cohort_run_id) DO UPDATE SET cohort_run_id = EXCLUDED.cohort_run_id RETURNING id`,
      [title, createdBy, cohortRunId],
    );
    if (!row) {
      throw new Error('The group conversation was not created');
    }
    return row.id;
  }

  /**
   * The cohort run's group, created by the run's owner or an admin. Anyone else opens it only once it exists and
   * only with the right to manage it (a manager in it), exactly as for adding members; otherwise nothing is written.
   */
  private async cohortGroup(tx: Queryable, actor: AuthUser, cohortRunId: string, title: string | null, ownerId: string): Promise<string> {
    // Admins manage every group (AccessService grants them conversation.manage everywhere).
    if (actor.id === ownerId || actor.role === 'admin') {
      return this.insertGroup(tx, title, actor.id, cohortRunId);
    }
    const existing = await sqlRow(tx, idRow, 'SELECT id FROM conversations WHERE cohort_run_id = $1 FOR UPDATE', [cohortRunId]);
    if (!existing) {
      throw new AppError('conversation.managers_only');
    }
    await this.access.require(actor, 'conversation.manage', existing.id, tx);
    return existing.id;
  }

  /**
   * Locks the conversation for a membership change. Whoever may neither manage it nor read it is told it does not
   * exist, the same answer as for an id that names nothing, so strangers cannot probe ids; a member who may not
   * manage it may only leave; and only groups change members.
   */
  private async lockForChange(tx: Queryable, actor: AuthUser, conversationId: string, change: 'manage' | 'leave'): Promise<void> {
    const row = await sqlRow(tx, z.object({ kind: col.text }), 'SELECT kind FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
    const manages = row !== undefined && (await this.access.has(actor, 'conversation.manage', conversationId, tx));
    if (!row || (!manages && !(await this.access.has(actor, 'conversation.read', conversationId, tx)))) {
      throw new AppError('conversation.not_found');
    }
    if (change === 'manage' && !manages) {
      throw new AppError('conversation.managers_only');
    }
    if (row.kind !== 'group') {
      throw new AppError('conversation.fixed_members');
    }
  }

  private async requireUsers(tx: Queryable, ids: string[], field: string): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    const known = await this.users.existing(ids, tx);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw badField(field, `${field} names people who do not exist: ${missing.slice(0, 5).join(', ')}`);
    }
  }
}
