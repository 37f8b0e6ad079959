import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_PENDING_REQUESTS, MentorshipRequestView, MentorshipView, REQUEST_TTL_DAYS, RequestEventParties } from '@torchbridge/contracts';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { AppError, badField, isUniqueViolation, uniqueOr409 } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { ConversationsService } from '../chat';
import { ProfilesService } from '../directory';
import { REQUEST_COLUMNS, RequestRow, requestRow } from './mentorship-rows';
import { type FitSource, MentorshipViews } from './mentorship-views';
import { MentorshipsService } from './mentorships.service';

/** Input of a pair the programme proposes (cohort publish, later matchmaking events). */
export interface ProposeInput {
  startupId: string;
  founderId: string;
  mentorId: string;
  message: string;
  cohortRunId: string | null;
  /** The founder already said yes (e.g. both sides of an event meeting chose to continue): the mentor sees it at once. */
  founderConfirmed?: boolean;
}

/** Requests from founders to mentors, from asking to an answer; capacity holds under concurrency. */
@Injectable()
export class MentorshipRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly profiles: ProfilesService,
    private readonly conversations: ConversationsService,
    private readonly mentorshipsService: MentorshipsService,
    private readonly views: MentorshipViews,
  ) {}

  /** The owner of matching scores says how well a startup fits a mentor; shown on the mentor's received requests. */
  registerFitSource(source: FitSource): void {
    this.views.registerFitSource(source);
  }

  async request(viewer: AuthUser, input: { mentorId: string; message: string }): Promise<MentorshipRequestView> {
    try {
      const id = await this.db.transaction(async (tx) => {
        // Locking the startup serialises a founder's concurrent requests, so the pending limit holds.
        const startup = await this.profiles.founderStartup(tx, viewer.id, { lock: true });
        if (!startup) {
          throw new AppError('request.startup_required');
        }
        const mentor = await this.profiles.mentorAvailability(tx, input.mentorId);
        if (!mentor || mentor.vetting !== 'approved') {
          throw badField('mentorId', 'mentorId does not name an approved mentor');
        }
        if (!mentor.open) {
          throw new AppError('request.mentor_paused');
        }
        if (mentor.free <= 0) {
          throw new AppError('request.mentor_full');
        }
        if (await this.mentorshipsService.isActivePair(tx, startup.id, input.mentorId)) {
          throw new AppError('request.already_mentored');
        }
        const pending = await sqlRow(tx, z.object({ n: col.int }), `SELECT count(*)::int AS n FROM mentorship_requests WHERE startup_id = $1 AND status = 'pending'`, [startup.id]);
        if ((pending?.n ?? 0) >= MAX_PENDING_REQUESTS) {
          throw new AppError('request.pending_limit', { limit: MAX_PENDING_REQUESTS });
        }
        const created = await sqlRow(
          tx,
          idRow,
          `INSERT INTO mentorship_requests (startup_id, founder_id, mentor_id, message, expires_at)
           VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id`,
          [startup.id, viewer.id, input.mentorId, input.message, REQUEST_TTL_DAYS],
        );
        if (!created) {
          throw new Error('The new request was not returned');
        }
        const requestId = created.id;
        const row = await this.lockRow(tx, requestId);
        await this.events.publish(tx, 'request.created', { ...(await this.parties(tx, row)), proposed: false, cohortRunId: null });
        return requestId;
      });
      return this.getRequest(viewer, id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('request.duplicate');
      }
      throw error;
    }
  }

  /**
   * A pair the programme proposes, inside the caller's transaction: pending until the founder confirms it.
   * Answers undefined when the same pair already has a pending request.
   */
  async propose(tx: Queryable, input: ProposeInput): Promise<string | undefined> {
    const created = await sqlRow(
      tx,
      idRow,
      `INSERT INTO mentorship_requests (startup_id, founder_id, mentor_id, message, expires_at, cohort_run_id, founder_confirmed_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6, CASE WHEN $7 THEN now() END)
       ON CONFLICT DO NOTHING RETURNING id`,
      [input.startupId, input.founderId, input.mentorId, input.message, REQUEST_TTL_DAYS, input.cohortRunId, input.founderConfirmed ?? false],
    );
    if (!created) {
      return undefined;
    }
    const row = await this.lockRow(tx, created.id);
    await this.events.publish(tx, 'request.created', { ...(await this.parties(tx, row)), proposed: !input.founderConfirmed, cohortRunId: input.cohortRunId });
    return created.id;
  }

  /** Requests a cohort run proposed, in any state. */
  async forCohortRun(cohortRunId: string, runner: Queryable = this.db): Promise<MentorshipRequestView[]> {
    const rows = await sqlRows(runner, requestRow, `SELECT ${REQUEST_COLUMNS} FROM mentorship_requests r WHERE r.cohort_run_id = $1 ORDER BY r.created_at`, [cohortRunId]);
    return this.views.requests(rows, runner);
  }

  async requests(viewer: AuthUser, box?: 'sent' | 'received'): Promise<MentorshipRequestView[]> {
    const which = box ?? (viewer.role === 'mentor' ? 'received' : 'sent');
    let rows: RequestRow[];
    if (which === 'received') {
      const mentorId = await this.profiles.mentorIdOf(viewer.id);
      // A mentor sees programme proposals only once the founder has confirmed them.
      rows = mentorId
        ? await sqlRows(this.db, requestRow, `SELECT ${REQUEST_COLUMNS} FROM mentorship_requests r WHERE r.mentor_id = $1 AND r.founder_confirmed_at IS NOT NULL ORDER BY r.created_at DESC LIMIT 200`, [mentorId])
        : [];
      return mentorId ? this.views.withFit(mentorId, await this.views.requests(rows)) : [];
    } else {
      const startupIds = await this.profiles.startupIdsOf(viewer.id);
      rows = await sqlRows(this.db, requestRow, `SELECT ${REQUEST_COLUMNS} FROM mentorship_requests r WHERE r.startup_id = ANY($1::uuid[]) ORDER BY r.created_at DESC LIMIT 200`, [startupIds]);
    }
    return this.views.requests(rows);
  }

  async getRequest(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    await this.access.require(viewer, 'request.read', id);
    const row = await sqlRow(this.db, requestRow, `SELECT ${REQUEST_COLUMNS} FROM mentorship_requests r WHERE r.id = $1`, [id]);
    if (!row) {
      throw new AppError('request.not_found');
    }
    const [view] = await this.views.requests([row]);
    return view as MentorshipRequestView;
  }

  /** The mentor takes the request: one free place is used, the mentorship and its conversation are created. */
  async accept(viewer: AuthUser, id: string): Promise<MentorshipView> {
    const mentorshipId = await uniqueOr409(
      'mentorId',
      'You are already working with this startup',
      () =>
        this.db.transaction(async (tx) => {
          const request = await this.lockPendingForMentor(tx, viewer, id);
          // The conditional update is the capacity check: concurrent accepts queue on the row lock and re-check it.
          if (!(await this.profiles.takePlace(tx, request.mentor_id))) {
            throw new AppError('mentorship.capacity_full');
          }
          await sqlExec(tx, `UPDATE mentorship_requests SET status = 'accepted', decided_at = now() WHERE id = $1`, [id]);
          const started = await this.mentorshipsService.start(tx, { startupId: request.startup_id, mentorId: request.mentor_id, requestId: id });
          const founders = (await this.profiles.founderIds([request.startup_id], tx)).get(request.startup_id) ?? [];
          const memberIds = [...new Set([...founders, viewer.id])];
          const conversationId = await this.conversations.openForMentorship(tx, { mentorshipId: started, memberIds });
          await this.events.publish(tx, 'request.accepted', { ...(await this.parties(tx, request)), mentorshipId: started });
          await this.events.publish(tx, 'mentorship.started', { mentorshipId: started, requestId: id, conversationId, memberIds });
          return started;
        }),
      'mentorship.already_active',
    );
    await this.profiles.changed();
    return this.mentorshipsService.mentorship(viewer, mentorshipId);
  }

  async decline(viewer: AuthUser, id: string, input: { reason: string }): Promise<MentorshipRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockPendingForMentor(tx, viewer, id);
      await sqlExec(tx, `UPDATE mentorship_requests SET status = 'declined', decline_reason = $2, decided_at = now() WHERE id = $1`, [id, input.reason]);
      await this.events.publish(tx, 'request.declined', { ...(await this.parties(tx, request)), reason: input.reason });
    });
    return this.getRequest(viewer, id);
  }

  async withdraw(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockOwnPending(tx, viewer, id, 'request.not_withdrawable');
      await sqlExec(tx, `UPDATE mentorship_requests SET status = 'withdrawn', decided_at = now() WHERE id = $1`, [id]);
      await this.events.publish(tx, 'request.withdrawn', await this.parties(tx, request));
    });
    return this.getRequest(viewer, id);
  }

  /** The founder agrees to a pair the programme proposed; the mentor can then accept it. */
  async confirm(viewer: AuthUser, id: string): Promise<MentorshipRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockOwnPending(tx, viewer, id, 'request.not_confirmable');
      if (request.founder_confirmed_at !== null) {
        throw new AppError('request.not_confirmable');
      }
      await sqlExec(tx, `UPDATE mentorship_requests SET founder_confirmed_at = now() WHERE id = $1`, [id]);
      await this.events.publish(tx, 'request.confirmed', await this.parties(tx, request));
    });
    return this.getRequest(viewer, id);
  }

  /** Marks unanswered requests past their deadline as expired; each founder hears of it through the event. */
  async expireDue(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const expired = await sqlRows(
        tx,
        requestRow,
        `UPDATE mentorship_requests r SET status = 'expired', decided_at = now()
          WHERE status = 'pending' AND expires_at <= now() RETURNING ${REQUEST_COLUMNS}`,
      );
      const views = await this.views.requests(expired, tx);
      for (const view of views) {
        await this.events.publish(tx, 'request.expired', partiesOf(view));
      }
      return expired.length;
    });
  }

  private async lockRow(tx: Queryable, id: string): Promise<RequestRow> {
    const row = await sqlRow(tx, requestRow, `SELECT ${REQUEST_COLUMNS} FROM mentorship_requests r WHERE r.id = $1 FOR UPDATE`, [id]);
    if (!row) {
      throw new AppError('request.not_found');
    }
    return row;
  }

  private async lockPendingForMentor(tx: Queryable, viewer: AuthUser, id: string): Promise<RequestRow> {
    await this.access.require(viewer, 'request.decide', id, tx);
    const request = await this.lockRow(tx, id);
    if (request.status !== 'pending') {
      throw new AppError('request.not_pending', { status: request.status });
    }
    // The database's clock decides, as it does for the expiry job.
    const due = await sqlRow(tx, z.object({ expired: col.bool }), `SELECT $1::timestamptz <= now() AS expired`, [request.expires_at]);
    if (due?.expired) {
      throw new AppError('request.expired');
    }
    if (request.founder_confirmed_at === null) {
      throw new AppError('request.unconfirmed');
    }
    return request;
  }

  private async lockOwnPending(tx: Queryable, viewer: AuthUser, id: string, refused: 'request.not_withdrawable' | 'request.not_confirmable'): Promise<RequestRow> {
    // Another startup's request is "not found", as it is for reading it: a stranger learns nothing of its state.
    await this.access.require(viewer, 'request.manage', id, tx);
    const request = await this.lockRow(tx, id);
    if (request.status !== 'pending') {
      throw new AppError(refused);
    }
    return request;
  }

  private async parties(tx: Queryable, row: RequestRow): Promise<RequestEventParties> {
    const [view] = await this.views.requests([row], tx);
    return partiesOf(view as MentorshipRequestView);
  }
}

function partiesOf(view: MentorshipRequestView): RequestEventParties {
  return {
    requestId: view.id,
    startupId: view.startup.id,
    startupNameEn: view.startup.nameEn,
    startupNameZh: view.startup.nameZh,
    founderId: view.founder.id,
    founderName: view.founder.displayName,
    mentorId: view.mentor.id,
    mentorUserId: view.mentor.userId,
    mentorName: view.mentor.displayName,
    founderConfirmed: view.founderConfirmed,
  };
}
