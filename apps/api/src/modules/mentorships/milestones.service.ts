import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MILESTONE_LABELS, MilestoneCode, MentorshipView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, isUniqueViolation } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow } from '../../database/sql';
import { AccessService } from '../access';
import { MentorshipsService } from './mentorships.service';

const milestoneTitle = z.object({ id: col.id, title: col.text });

/** Milestones one side proposes and the other agrees to; then either marks them achieved. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly mentorships: MentorshipsService,
  ) {}

  async propose(viewer: AuthUser, id: string, input: { code: MilestoneCode; title?: string }): Promise<MentorshipView> {
    await this.access.require(viewer, 'mentorship.update', id);
    await this.db.transaction(async (tx) => {
      const mentorship = await this.mentorships.row(tx, id);
      if (mentorship.status !== 'active') {
        throw new AppError('milestone.needs_active');
      }
      const title = input.title ?? MILESTONE_LABELS[input.code].en;
      const created = await sqlRow(tx, idRow, `INSERT INTO mentorship_milestones (mentorship_id, code, title, proposed_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
        id,
        input.code,
        title,
        viewer.id,
      ]);
      await this.events.publish(tx, 'milestone.proposed', { mentorshipId: id, milestoneId: created?.id ?? '', title, actorId: viewer.id, partyIds: await this.mentorships.partyIds(tx, mentorship) });
    });
    return this.mentorships.detail(id);
  }

  async agree(viewer: AuthUser, id: string, milestoneId: string): Promise<MentorshipView> {
    return this.transition(viewer, id, milestoneId, 'milestone.agreed', 'milestone.not_agreeable', [
      `UPDATE mentorship_milestones SET agreed_at = now()
        WHERE id = $1 AND mentorship_id = $2 AND agreed_at IS NULL AND proposed_by <> $3 RETURNING id, title`,
      [milestoneId, id, viewer.id],
    ]);
  }

  async achieve(viewer: AuthUser, id: string, milestoneId: string): Promise<MentorshipView> {
    return this.transition(viewer, id, milestoneId, 'milestone.achieved', 'milestone.not_achievable', [
      `UPDATE mentorship_milestones SET achieved_at = now()
        WHERE id = $1 AND mentorship_id = $2 AND agreed_at IS NOT NULL AND achieved_at IS NULL RETURNING id, title`,
      [milestoneId, id],
    ]);
  }

  /** Leaves final feedback once the mentorship has closed; each side once. */
  async feedback(viewer: AuthUser, id: string, input: { rating: number; comment?: string }): Promise<MentorshipView> {
    await this.access.require(viewer, 'mentorship.update', id);
    try {
      await this.db.transaction(async (tx) => {
        const mentorship = await this.mentorships.row(tx, id);
        if (mentorship.status === 'active') {
          throw new AppError('feedback.too_early');
        }
        await sqlExec(tx, `INSERT INTO mentorship_feedback (mentorship_id, author_id, rating, comment) VALUES ($1, $2, $3, $4)`, [id, viewer.id, input.rating, input.comment ?? '']);
        await this.events.publish(tx, 'feedback.given', { mentorshipId: id, authorId: viewer.id, rating: input.rating });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('feedback.duplicate');
      }
      throw error;
    }
    return this.mentorships.detail(id);
  }

  private async transition(
    viewer: AuthUser,
    id: string,
    milestoneId: string,
    event: 'milestone.agreed' | 'milestone.achieved',
    refused: 'milestone.not_agreeable' | 'milestone.not_achievable',
    [update, params]: [string, unknown[]],
  ): Promise<MentorshipView> {
    await this.access.require(viewer, 'mentorship.update', id);
    await this.db.transaction(async (tx) => {
      const changed = await sqlRow(tx, milestoneTitle, update, params);
      if (!changed) {
        throw new AppError(refused);
      }
      const mentorship = await this.mentorships.row(tx, id);
      await this.events.publish(tx, event, { mentorshipId: id, milestoneId, title: changed.title, actorId: viewer.id, partyIds: await this.mentorships.partyIds(tx, mentorship) });
    });
    return this.mentorships.detail(id);
  }
}
