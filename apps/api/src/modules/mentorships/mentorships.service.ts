import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FeedbackView, MilestoneView, MentorshipView, MILESTONE_CODES } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlRow, sqlRows } from '../../database/sql';
import { AccessService, isStaff } from '../access';
import { ProfilesService } from '../directory';
import { MENTORSHIP_COLUMNS, MentorshipRow, mentorshipRow } from './mentorship-rows';
import { MentorshipViews, readTogether } from './mentorship-views';

const milestoneRow = z.object({
  id: col.id,
  code: z.enum(MILESTONE_CODES),
  title: col.text,
  proposed_by: col.id,
  agreed_at: col.nullableDate,
  achieved_at: col.nullableDate,
});
const feedbackRow = z.object({ author_id: col.id, rating: col.int, comment: col.text, created_at: col.date });
const pairRow = z.object({ startup_id: col.id, mentor_id: col.id, status: mentorshipRow.shape.status });

export interface MentorshipPair {
  startupId: string;
  mentorId: string;
  status: MentorshipView['status'];
}

/** Mentorships: who works with whom, and how each ended. Milestones and feedback hang off them. */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly profiles: ProfilesService,
    private readonly views: MentorshipViews,
  ) {}

  /** Creates the mentorship of an accepted request inside the caller's transaction. */
  async start(tx: Queryable, input: { startupId: string; mentorId: string; requestId: string }): Promise<string> {
    const created = await sqlRow(tx, idRow, `INSERT INTO mentorships (startup_id, mentor_id, request_id) VALUES ($1, $2, $3) RETURNING id`, [
      input.startupId,
      input.mentorId,
      input.requestId,
    ]);
    if (!created) {
      throw new Error('The new mentorship was not returned');
    }
    return created.id;
  }

  async isActivePair(runner: Queryable, startupId: string, mentorId: string): Promise<boolean> {
    const rows = await sqlRows(runner, z.object({ one: col.int }), `SELECT 1 AS one FROM mentorships WHERE startup_id = $1 AND mentor_id = $2 AND status = 'active'`, [startupId, mentorId]);
    return rows.length > 0;
  }

  /** Every pair that has worked together among these startups (and mentors, when given), in any state. */
  async pairs(startupIds: string[], mentorIds?: string[], runner: Queryable = this.db): Promise<MentorshipPair[]> {
    const rows = await sqlRows(
      runner,
      pairRow,
      `SELECT startup_id, mentor_id, status FROM mentorships
        WHERE startup_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR mentor_id = ANY($2::uuid[]))`,
      [startupIds, mentorIds ?? null],
    );
    return rows.map((r) => ({ startupId: r.startup_id, mentorId: r.mentor_id, status: r.status }));
  }

  async mentorships(viewer: AuthUser): Promise<MentorshipView[]> {
    if (isStaff(viewer.role)) {
      // Admins see every mentorship, managers those of the startups in their programme.
      const startupIds = await this.access.programmeStartupIds(viewer);
      return this.views.mentorships(
        await sqlRows(
          this.db,
          mentorshipRow,
          `SELECT ${MENTORSHIP_COLUMNS} FROM mentorships m WHERE $1::uuid[] IS NULL OR m.startup_id = ANY($1::uuid[]) ORDER BY m.started_at DESC LIMIT 500`,
          [startupIds],
        ),
      );
    }
    const [mentorId, startupIds] = await Promise.all([this.profiles.mentorIdOf(viewer.id), this.profiles.startupIdsOf(viewer.id)]);
    const rows = await sqlRows(
      this.db,
      mentorshipRow,
      `SELECT ${MENTORSHIP_COLUMNS} FROM mentorships m
        WHERE m.mentor_id = $1 OR m.startup_id = ANY($2::uuid[]) ORDER BY m.started_at DESC LIMIT 500`,
      [mentorId ?? null, startupIds],
    );
    return this.views.mentorships(rows);
  }

  async mentorship(viewer: AuthUser, id: string): Promise<MentorshipView> {
    await this.access.require(viewer, 'mentorship.read', id);
    return this.detail(id);
  }

  /** The mentorship with its milestones and feedback; access is the caller's to check. */
  async detail(id: string, runner: Queryable = this.db): Promise<MentorshipView> {
    const row = await this.row(runner, id);
    const [[view], milestones, feedback] = await readTogether(
      runner === this.db ? undefined : runner,
      () => this.views.mentorships([row], runner),
      () => sqlRows(runner, milestoneRow, `SELECT id, code, title, proposed_by, agreed_at, achieved_at FROM mentorship_milestones WHERE mentorship_id = $1 ORDER BY created_at`, [id]),
      () => sqlRows(runner, feedbackRow, `SELECT author_id, rating, comment, created_at FROM mentorship_feedback WHERE mentorship_id = $1 ORDER BY created_at`, [id]),
    );
    return {
      ...(view as MentorshipView),
      milestones: milestones.map(
        (m): MilestoneView => ({ id: m.id, code: m.code, title: m.title, proposedBy: m.proposed_by, agreed: m.agreed_at !== null, achievedAt: m.achieved_at?.toISOString() ?? null }),
      ),
      feedback: feedback.map((f): FeedbackView => ({ authorId: f.author_id, rating: f.rating, comment: f.comment, createdAt: f.created_at.toISOString() })),
    };
  }

  /** Either side closes the mentorship: the mentor's place is freed. */
  async end(viewer: AuthUser, id: string, input: { outcome: 'completed' | 'ended'; reason?: string }): Promise<MentorshipView> {
    await this.access.require(viewer, 'mentorship.update', id);
    await this.db.transaction(async (tx) => {
      const ended = await sqlRow(
        tx,
        mentorshipRow,
        `UPDATE mentorships m SET status = $2, ended_at = now(), end_reason = $3 WHERE id = $1 AND status = 'active' RETURNING ${MENTORSHIP_COLUMNS}`,
        [id, input.outcome, input.reason ?? null],
      );
      if (!ended) {
        throw new AppError('mentorship.already_ended');
      }
      await this.profiles.releasePlace(tx, ended.mentor_id);
      await this.events.publish(tx, 'mentorship.ended', { mentorshipId: id, outcome: input.outcome, actorId: viewer.id, partyIds: await this.partyIds(tx, ended) });
    });
    await this.profiles.changed();
    return this.detail(id);
  }

  /** User ids of the mentorship's mentor and founder team. */
  async partyIds(runner: Queryable, row: Pick<MentorshipRow, 'startup_id' | 'mentor_id'>): Promise<string[]> {
    const mentors = await this.profiles.mentorCards([row.mentor_id], runner);
    const founders = await this.profiles.founderIds([row.startup_id], runner);
    const mentorUser = mentors.get(row.mentor_id)?.userId;
    return [...new Set([...(founders.get(row.startup_id) ?? []), ...(mentorUser ? [mentorUser] : [])])];
  }

  async row(runner: Queryable, id: string): Promise<MentorshipRow> {
    const row = await sqlRow(runner, mentorshipRow, `SELECT ${MENTORSHIP_COLUMNS} FROM mentorships m WHERE m.id = $1`, [id]);
    if (!row) {
      throw new AppError('mentorship.not_found');
    }
    return row;
  }
}
