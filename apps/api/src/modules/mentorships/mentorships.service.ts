import { ConflictException, Inject, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FeedbackView,
  MAX_PENDING_REQUESTS,
  MILESTONE_LABELS,
  MilestoneView,
  MentorshipRequestView,
  MentorshipView,
  NotificationView,
  REQUEST_TTL_DAYS,
} from '@torchbridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { DomainEvents } from '../../common/events/domain-events';
import { badField, isUniqueViolation, uniqueOr409 } from '../../common/http/field-errors';
import type { AuthUser } from '../../common/http/auth-user';
import { JOB_QUEUE, JobQueue } from '../../common/jobs/job-queue';
import { returning } from '../../database/returning';
import { DIRECTORY_CACHE, isStaff } from '../directory/mentors.service';
import { CreateRequestDto, DeclineRequestDto, EndMentorshipDto, FeedbackDto, ProposeMilestoneDto } from './dto/mentorship.dto';

const EXPIRE_JOB = 'mentorships.expire-requests';

interface RequestRow {
  id: string;
  status: MentorshipRequestView['status'];
  message: string;
  decline_reason: string | null;
  cohort_run_id: string | null;
  founder_confirmed_at: Date | null;
  created_at: Date;
  expires_at: Date;
  decided_at: Date | null;
  startup_id: string;
  startup_name_en: string;
  startup_name_zh: string;
  startup_tz: string;
  mentor_id: string;
  mentor_user_id: string;
  mentor_name: string;
  mentor_tz: string;
  founder_id: string;
  founder_name: string;
}

const REQUEST_SELECT = `
  SELECT r.id, r.status, r.message, r.decline_reason, r.cohort_run_id, r.founder_confirmed_at, r.created_at, r.expires_at, r.decided_at,
         s.id AS startup_id, s.name_en AS startup_name_en, s.name_zh AS startup_name_zh, s.time_zone AS startup_tz,
         mp.id AS mentor_id, mp.user_id AS mentor_user_id, mp.display_name AS mentor_name, mp.time_zone AS mentor_tz,
         f.id AS founder_id, f.display_name AS founder_name
    FROM mentorship_requests r
    JOIN startups s ON s.id = r.startup_id
    JOIN mentor_profiles mp ON mp.id = r.mentor_id
    JOIN users f ON f.id = r.founder_id`;

function toRequest(r: RequestRow): MentorshipRequestView {
  return {
    id: r.id,
    status: r.status,
    message: r.message,
    declineReason: r.decline_reason,
    cohortRunId: r.cohort_run_id,
    founderConfirmed: r.founder_confirmed_at !== null,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    startup: { id: r.startup_id, nameEn: r.startup_name_en, nameZh: r.startup_name_zh, timeZone: r.startup_tz },
    mentor: { id: r.mentor_id, userId: r.mentor_user_id, displayName: r.mentor_name, timeZone: r.mentor_tz },
    founder: { id: r.founder_id, displayName: r.founder_name },
  };
}

/** Requests between founders and mentors, and the mentorships they become; capacity holds under concurrency. */
@Injectable()
export class MentorshipsService implements OnModuleInit {
  private readonly logger = new Logger(MentorshipsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
    private readonly events: DomainEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(EXPIRE_JOB, async () => {
      const expired = await this.expireDue();
      if (expired > 0) {
        this.logger.log(`Expired ${expired} unanswered mentorship request(s)`);
      }
    });
    await this.jobs.enqueue(EXPIRE_JOB, {}, { jobId: EXPIRE_JOB, everyMs: 60_000 });
  }

  async request(viewer: AuthUser, dto: CreateRequestDto): Promise<MentorshipRequestView> {
    try {
      const id = await this.db.transaction(async (tx) => {
        const startups: { id: string }[] = await tx.query(
          // Locking the startup serialises a founder's concurrent requests, so the pending limit holds.
          `SELECT s.id FROM startups s JOIN startup_founders sf ON sf.startup_id = s.id WHERE sf.user_id = $1 LIMIT 1 FOR UPDATE OF s`,
          [viewer.id],
        );
        const startupId = startups[0]?.id;
        if (!startupId) {
          throw new ConflictException('Create your startup profile before requesting a mentor');
        }
        const mentors: { vetting: string; open: boolean; free: number }[] = await tx.query(
          `SELECT vetting, (status = 'open' OR paused_until < current_date) AS open, capacity - active_mentees AS free
             FROM mentor_profiles WHERE id = $1`,
          [dto.mentorId],
        );
        const mentor = mentors[0];
        if (!mentor || mentor.vetting !== 'approved') {
          throw badField('mentorId', 'mentorId does not name an approved mentor');
        }
        if (!mentor.open) {
          throw new ConflictException('This mentor has paused mentoring for now');
        }
        if (mentor.free <= 0) {
          throw new ConflictException('This mentor has no free place at the moment');
        }
        const active: unknown[] = await tx.query(`SELECT 1 FROM mentorships WHERE startup_id = $1 AND mentor_id = $2 AND status = 'active'`, [startupId, dto.mentorId]);
        if (active.length) {
          throw new ConflictException('You are already working with this mentor');
        }
        const pending: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM mentorship_requests WHERE startup_id = $1 AND status = 'pending'`, [startupId]);
        if ((pending[0]?.n ?? 0) >= MAX_PENDING_REQUESTS) {
          throw new ConflictException(`You already have ${MAX_PENDING_REQUESTS} pending requests; wait for an answer or withdraw one`);
        }
        const rows: { id: string; user_id: string }[] = await tx.query(
          `INSERT INTO mentorship_requests (startup_id, founder_id, mentor_id, message, expires_at)
           VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
           RETURNING id, (SELECT user_id FROM mentor_profiles WHERE id = $3) AS user_id`,
          [startupId, viewer.id, dto.mentorId, dto.message, REQUEST_TTL_DAYS],
        );
        const row = rows[0] as { id: string; user_id: string };
        await this.notify(tx, row.user_id, 'request.received', { requestId: row.id });
        return row.id;
      });
      return this.getRequest(viewer, id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('You already have a pending request to this mentor');
      }
      throw error;
    }
  }

  async requests(viewer: AuthUser, box?: 'sent' | 'received'): Promise<MentorshipRequestView[]> {
    const which = box ?? (viewer.role === 'mentor' ? 'received' : 'sent');
    const where =
      which === 'received'
        ? `mp.user_id = $1`
        : `r.startup_id IN (SELECT startup_id FROM startup_founders WHERE user_id = $1)`;
    // A mentor sees programme proposals only once the founder has confirmed them.
    const confirmed = which === 'received' ? ' AND r.founder_confirmed_at IS NOT NULL' : '';
    const rows: RequestRow[] = await this.db.query(`${REQUEST_SELECT} WHERE ${where}${confirmed} ORDER BY r.created_at DESC LIMIT 200`, [viewer.id]);
    return rows.map(toRequest);
  }

  async getRequest(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    const rows: RequestRow[] = await this.db.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
    const row = rows[0];
    if (!row || !(await this.mayView(viewer, row))) {
      throw new NotFoundException('No such request');
    }
    return toRequest(row);
  }

  /** The mentor takes the request: one free place is used, the mentorship and its conversation are created. */
  async accept(viewer: AuthUser, id: string): Promise<MentorshipView> {
    const mentorshipId = await uniqueOr409('mentorId', 'You are already working with this startup', () => this.db.transaction(async (tx) => {
      const request = await this.lockPendingForMentor(tx, viewer, id);
      // The conditional update is the capacity check: concurrent accepts queue on the row lock and re-check it.
      const taken = await returning(
        tx,
        `UPDATE mentor_profiles SET active_mentees = active_mentees + 1
          WHERE id = $1 AND active_mentees < capacity RETURNING id`,
        [request.mentor_id],
      );
      if (!taken.length) {
        throw new ConflictException('You have no free place left; raise your capacity or end a mentorship first');
      }
      await tx.query(`UPDATE mentorship_requests SET status = 'accepted', decided_at = now() WHERE id = $1`, [id]);
      const created: { id: string }[] = await tx.query(
        `INSERT INTO mentorships (startup_id, mentor_id, request_id) VALUES ($1, $2, $3) RETURNING id`,
        [request.startup_id, request.mentor_id, id],
      );
      const mentorship = created[0] as { id: string };
      const conversation: { id: string }[] = await tx.query(`INSERT INTO conversations (kind, mentorship_id) VALUES ('mentorship', $1) RETURNING id`, [mentorship.id]);
      await tx.query(
        `INSERT INTO conversation_members (conversation_id, user_id)
         SELECT $1::uuid, user_id FROM startup_founders WHERE startup_id = $2
         UNION SELECT $1::uuid, $3::uuid`,
        [conversation[0]?.id, request.startup_id, viewer.id],
      );
      await this.notify(tx, request.founder_id, 'request.accepted', { requestId: id, mentorshipId: mentorship.id });
      return mentorship.id;
    }));
    await this.cache.invalidate(DIRECTORY_CACHE);
    return this.mentorship(viewer, mentorshipId);
  }

  async decline(viewer: AuthUser, id: string, dto: DeclineRequestDto): Promise<MentorshipRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockPendingForMentor(tx, viewer, id);
      await tx.query(`UPDATE mentorship_requests SET status = 'declined', decline_reason = $2, decided_at = now() WHERE id = $1`, [id, dto.reason]);
      await this.notify(tx, request.founder_id, 'request.declined', { requestId: id, reason: dto.reason });
    });
    return this.getRequest(viewer, id);
  }

  async withdraw(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    const rows = await returning(
      this.db,
      `UPDATE mentorship_requests SET status = 'withdrawn', decided_at = now()
        WHERE id = $1 AND status = 'pending' AND startup_id IN (SELECT startup_id FROM startup_founders WHERE user_id = $2)
        RETURNING id`,
      [id, viewer.id],
    );
    if (!rows.length) {
      throw new ConflictException('Only a pending request of your startup can be withdrawn');
    }
    return this.getRequest(viewer, id);
  }

  /** The founder agrees to a pair the programme proposed; the mentor can then accept it. */
  async confirm(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    const rows = await returning(
      this.db,
      `UPDATE mentorship_requests SET founder_confirmed_at = now()
        WHERE id = $1 AND status = 'pending' AND founder_confirmed_at IS NULL
          AND startup_id IN (SELECT startup_id FROM startup_founders WHERE user_id = $2)
        RETURNING (SELECT user_id FROM mentor_profiles WHERE id = mentor_id) AS mentor_user`,
      [id, viewer.id],
    );
    const row = rows[0] as { mentor_user: string } | undefined;
    if (!row) {
      throw new ConflictException('Only a proposed, unconfirmed request of your startup can be confirmed');
    }
    await this.db.query(`INSERT INTO notifications (user_id, kind, payload) VALUES ($1, 'request.received', $2)`, [row.mentor_user, JSON.stringify({ requestId: id })]);
    return this.getRequest(viewer, id);
  }

  /** Marks unanswered requests past their deadline as expired and tells the founders. */
  async expireDue(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const expired = await returning<{ id: string; founder_id: string }>(
        tx,
        `UPDATE mentorship_requests SET status = 'expired', decided_at = now()
          WHERE status = 'pending' AND expires_at <= now() RETURNING id, founder_id`,
      );
      for (const r of expired) {
        await this.notify(tx, r.founder_id, 'request.expired', { requestId: r.id });
      }
      return expired.length;
    });
  }

  async mentorships(viewer: AuthUser): Promise<MentorshipView[]> {
    const where = isStaff(viewer.role)
      ? 'true'
      : `(mp.user_id = $1 OR m.startup_id IN (SELECT startup_id FROM startup_founders WHERE user_id = $1))`;
    const rows: MentorshipRow[] = await this.db.query(`${MENTORSHIP_SELECT} WHERE ${where} ORDER BY m.started_at DESC LIMIT 500`, isStaff(viewer.role) ? [] : [viewer.id]);
    return rows.map(toMentorship);
  }

  async mentorship(viewer: AuthUser, id: string): Promise<MentorshipView> {
    const row = await this.partyRow(viewer, id);
    const milestones: { id: string; code: MilestoneView['code']; title: string; proposed_by: string; agreed_at: Date | null; achieved_at: Date | null }[] =
      await this.db.query(`SELECT id, code, title, proposed_by, agreed_at, achieved_at FROM mentorship_milestones WHERE mentorship_id = $1 ORDER BY created_at`, [id]);
    const feedback: { author_id: string; rating: number; comment: string; created_at: Date }[] = await this.db.query(
      `SELECT author_id, rating, comment, created_at FROM mentorship_feedback WHERE mentorship_id = $1 ORDER BY created_at`,
      [id],
    );
    return {
      ...toMentorship(row),
      milestones: milestones.map((m) => ({ id: m.id, code: m.code, title: m.title, proposedBy: m.proposed_by, agreed: m.agreed_at !== null, achievedAt: m.achieved_at?.toISOString() ?? null })),
      feedback: feedback.map((f): FeedbackView => ({ authorId: f.author_id, rating: f.rating, comment: f.comment, createdAt: f.created_at.toISOString() })),
    };
  }

  /** One side proposes a milestone; it counts once the other side agrees. */
  async proposeMilestone(viewer: AuthUser, id: string, dto: ProposeMilestoneDto): Promise<MentorshipView> {
    const row = await this.partyRow(viewer, id);
    if (row.status !== 'active') {
      throw new ConflictException('Milestones belong to active mentorships');
    }
    const title = dto.code === 'custom' ? (dto.title as string) : (dto.title ?? MILESTONE_LABELS[dto.code].en);
    await this.db.query(`INSERT INTO mentorship_milestones (mentorship_id, code, title, proposed_by) VALUES ($1, $2, $3, $4)`, [id, dto.code, title, viewer.id]);
    return this.mentorship(viewer, id);
  }

  async agreeMilestone(viewer: AuthUser, id: string, milestoneId: string): Promise<MentorshipView> {
    await this.partyRow(viewer, id);
    const rows = await returning(
      this.db,
      `UPDATE mentorship_milestones SET agreed_at = now() WHERE id = $1 AND mentorship_id = $2 AND agreed_at IS NULL AND proposed_by <> $3 RETURNING id`,
      [milestoneId, id, viewer.id],
    );
    if (!rows.length) {
      throw new ConflictException('Only the other side can agree to a milestone, once');
    }
    return this.mentorship(viewer, id);
  }

  async achieveMilestone(viewer: AuthUser, id: string, milestoneId: string): Promise<MentorshipView> {
    await this.partyRow(viewer, id);
    const rows = await returning(
      this.db,
      `UPDATE mentorship_milestones SET achieved_at = now() WHERE id = $1 AND mentorship_id = $2 AND agreed_at IS NOT NULL AND achieved_at IS NULL RETURNING id`,
      [milestoneId, id],
    );
    if (!rows.length) {
      throw new ConflictException('A milestone can be marked achieved once both sides have agreed to it');
    }
    return this.mentorship(viewer, id);
  }

  /** Each side leaves final feedback once the mentorship has closed. */
  async feedback(viewer: AuthUser, id: string, dto: FeedbackDto): Promise<MentorshipView> {
    const row = await this.partyRow(viewer, id);
    if (row.status === 'active') {
      throw new ConflictException('Feedback is given when the mentorship is completed or ended');
    }
    try {
      await this.db.query(`INSERT INTO mentorship_feedback (mentorship_id, author_id, rating, comment) VALUES ($1, $2, $3, $4)`, [id, viewer.id, dto.rating, dto.comment ?? '']);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('You have already left feedback for this mentorship');
      }
      throw error;
    }
    return this.mentorship(viewer, id);
  }

  private async partyRow(viewer: AuthUser, id: string): Promise<MentorshipRow> {
    const rows: MentorshipRow[] = await this.db.query(`${MENTORSHIP_SELECT} WHERE m.id = $1`, [id]);
    const row = rows[0];
    if (!row || !(isStaff(viewer.role) || (await this.isParty(viewer.id, row.startup_id, row.mentor_user_id)))) {
      throw new NotFoundException('No such mentorship');
    }
    return row;
  }

  /** Either side closes the mentorship: the mentor's place is freed. */
  async end(viewer: AuthUser, id: string, dto: EndMentorshipDto): Promise<MentorshipView> {
    await this.mentorship(viewer, id);
    const ended = await this.db.transaction(async (tx) => {
      const rows = await returning<{ mentor_id: string }>(
        tx,
        `UPDATE mentorships SET status = $2, ended_at = now(), end_reason = $3 WHERE id = $1 AND status = 'active' RETURNING mentor_id`,
        [id, dto.outcome, dto.reason ?? null],
      );
      const row = rows[0];
      if (row) {
        await tx.query(`UPDATE mentor_profiles SET active_mentees = active_mentees - 1 WHERE id = $1 AND active_mentees > 0`, [row.mentor_id]);
      }
      return Boolean(row);
    });
    if (!ended) {
      throw new ConflictException('This mentorship has already ended');
    }
    await this.cache.invalidate(DIRECTORY_CACHE);
    return this.mentorship(viewer, id);
  }

  async notifications(viewer: AuthUser): Promise<NotificationView[]> {
    const rows: { id: string; kind: NotificationView['kind']; payload: Record<string, unknown>; created_at: Date; read_at: Date | null }[] = await this.db.query(
      `SELECT id, kind, payload, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`,
      [viewer.id],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, payload: r.payload, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null }));
  }

  private async lockPendingForMentor(tx: EntityManager, viewer: AuthUser, id: string) {
    const rows: { mentor_id: string; startup_id: string; founder_id: string; status: string; expired: boolean; confirmed: boolean }[] = await tx.query(
      `SELECT r.mentor_id, r.startup_id, r.founder_id, r.status, r.expires_at <= now() AS expired, r.founder_confirmed_at IS NOT NULL AS confirmed
         FROM mentorship_requests r JOIN mentor_profiles mp ON mp.id = r.mentor_id
        WHERE r.id = $1 AND mp.user_id = $2 FOR UPDATE OF r`,
      [id, viewer.id],
    );
    const request = rows[0];
    if (!request) {
      throw new NotFoundException('No such request in your inbox');
    }
    if (request.status !== 'pending') {
      throw new ConflictException(`This request is already ${request.status}`);
    }
    if (request.expired) {
      throw new ConflictException('This request has expired');
    }
    if (!request.confirmed) {
      throw new ConflictException('The programme proposed this pair; the founder has not confirmed it yet');
    }
    return request;
  }

  private async mayView(viewer: AuthUser, row: RequestRow): Promise<boolean> {
    return isStaff(viewer.role) || row.mentor_user_id === viewer.id || (await this.isParty(viewer.id, row.startup_id, row.mentor_user_id));
  }

  private async isParty(userId: string, startupId: string, mentorUserId: string): Promise<boolean> {
    if (userId === mentorUserId) {
      return true;
    }
    const rows: unknown[] = await this.db.query('SELECT 1 FROM startup_founders WHERE startup_id = $1 AND user_id = $2', [startupId, userId]);
    return rows.length > 0;
  }

  private async notify(tx: EntityManager, userId: string, kind: NotificationView['kind'], payload: Record<string, unknown>): Promise<void> {
    await tx.query('INSERT INTO notifications (user_id, kind, payload) VALUES ($1, $2, $3)', [userId, kind, JSON.stringify(payload)]);
  }
}

interface MentorshipRow {
  id: string;
  status: MentorshipView['status'];
  started_at: Date;
  ended_at: Date | null;
  end_reason: string | null;
  conversation_id: string | null;
  startup_id: string;
  startup_name_en: string;
  startup_name_zh: string;
  startup_tz: string;
  mentor_id: string;
  mentor_user_id: string;
  mentor_name: string;
  mentor_tz: string;
}

const MENTORSHIP_SELECT = `
  SELECT m.id, m.status, m.started_at, m.ended_at, m.end_reason, c.id AS conversation_id,
         s.id AS startup_id, s.name_en AS startup_name_en, s.name_zh AS startup_name_zh, s.time_zone AS startup_tz,
         mp.id AS mentor_id, mp.user_id AS mentor_user_id, mp.display_name AS mentor_name, mp.time_zone AS mentor_tz
    FROM mentorships m
    JOIN startups s ON s.id = m.startup_id
    JOIN mentor_profiles mp ON mp.id = m.mentor_id
    LEFT JOIN conversations c ON c.mentorship_id = m.id`;

function toMentorship(r: MentorshipRow): MentorshipView {
  return {
    id: r.id,
    status: r.status,
    startedAt: r.started_at.toISOString(),
    endedAt: r.ended_at?.toISOString() ?? null,
    endReason: r.end_reason,
    conversationId: r.conversation_id,
    startup: { id: r.startup_id, nameEn: r.startup_name_en, nameZh: r.startup_name_zh, timeZone: r.startup_tz },
    mentor: { id: r.mentor_id, userId: r.mentor_user_id, displayName: r.mentor_name, timeZone: r.mentor_tz },
  };
}
