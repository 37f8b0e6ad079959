import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortRunView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, type Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { ProfilesService } from '../directory';
import { MentorshipRequestsService } from '../mentorships';
import { CohortMatcher } from './cohort-matcher';
import { RUN_COLUMNS, runRow, RunRow, toRunView } from './cohort-rows';
import { CohortSettingsDto, CreateCohortRunDto } from './dto/cohort.dto';

/** A manager's cohort runs: drafts matched and re-run, then published as proposals founders confirm. */
@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matcher: CohortMatcher,
    private readonly profiles: ProfilesService,
    private readonly requests: MentorshipRequestsService,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
  ) {}

  async create(viewer: AuthUser, dto: CreateCohortRunDto): Promise<CohortRunView> {
    const startupIds = [...new Set(dto.startupIds)];
    const mentorIds = [...new Set(dto.mentorIds)];
    await this.requireProgramme(viewer, startupIds);
    const result = await this.matcher.match(startupIds, mentorIds, dto);
    const id = await this.db.transaction(async (tx) => {
      const created = await sqlRow(
        tx,
        idRow,
        `INSERT INTO cohort_runs (name, created_by, mode, startup_ids, mentor_ids, pins, forbids, allow_repeat, result)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [dto.name, viewer.id, dto.mode, startupIds, mentorIds, JSON.stringify(dto.pins ?? []), JSON.stringify(dto.forbids ?? []), dto.allowRepeat ?? false, JSON.stringify(result)],
      );
      if (!created) {
        throw new Error('The cohort run was not stored');
      }
      await this.events.publish(tx, 'cohort.created', { cohortRunId: created.id, actorId: viewer.id });
      return created.id;
    });
    return toRunView(await this.load(this.db, id));
  }

  /** Re-runs a draft with new pins, forbidden pairs or mode. */
  async rerun(viewer: AuthUser, id: string, dto: CohortSettingsDto): Promise<CohortRunView> {
    await this.access.require(viewer, 'cohort.manage', id);
    const run = await this.load(this.db, id);
    if (run.status !== 'draft') {
      throw new AppError('cohort.published');
    }
    const result = await this.matcher.match(run.startup_ids, run.mentor_ids, dto);
    await this.db.transaction(async (tx) => {
      const updated = await sqlRow(
        tx,
        idRow,
        `UPDATE cohort_runs SET mode = $2, pins = $3, forbids = $4, allow_repeat = $5, result = $6, updated_at = now()
          WHERE id = $1 AND status = 'draft' RETURNING id`,
        [id, dto.mode, JSON.stringify(dto.pins ?? []), JSON.stringify(dto.forbids ?? []), dto.allowRepeat ?? false, JSON.stringify(result)],
      );
      if (!updated) {
        // Published while this run was being computed.
        throw new AppError('cohort.published');
      }
      await this.events.publish(tx, 'cohort.updated', { cohortRunId: id, actorId: viewer.id });
    });
    return toRunView(await this.load(this.db, id));
  }

  /** The newest runs the viewer may manage: every run for admins, for managers the runs of their programme. */
  async list(viewer: AuthUser): Promise<CohortRunView[]> {
    const ids = (await sqlRows(this.db, idRow, 'SELECT id FROM cohort_runs ORDER BY created_at DESC, id')).map((r) => r.id);
    const granted = await this.access.granted(viewer, 'cohort.manage', ids);
    const shown = ids.filter((id) => granted.has(id)).slice(0, 100);
    const rows = await sqlRows(this.db, runRow, `SELECT ${RUN_COLUMNS} FROM cohort_runs WHERE id = ANY($1::uuid[]) ORDER BY created_at DESC, id`, [shown]);
    return rows.map(toRunView);
  }

  async get(viewer: AuthUser, id: string): Promise<CohortRunView> {
    await this.access.require(viewer, 'cohort.manage', id);
    return toRunView(await this.load(this.db, id));
  }

  /** Turns the draft into requests: founders confirm them, then mentors accept as usual. */
  async publish(viewer: AuthUser, id: string): Promise<CohortRunView> {
    await this.access.require(viewer, 'cohort.manage', id);
    await this.db.transaction(async (tx) => {
      const run = await this.load(tx, id, { lock: true });
      if (run.status !== 'draft') {
        throw new AppError('cohort.already_published');
      }
      // Each proposal goes to the startup's first founder.
      const founders = await this.profiles.founderIds(run.result.pairs.map((p) => p.startupId), tx);
      const requestIds: string[] = [];
      for (const pair of run.result.pairs) {
        const founderId = founders.get(pair.startupId)?.[0];
        if (!founderId) {
          continue;
        }
        const requestId = await this.requests.propose(tx, {
          startupId: pair.startupId,
          founderId,
          mentorId: pair.mentorId,
          message: `Proposed by the programme (${run.name}): match score ${pair.score}.`,
          cohortRunId: id,
        });
        if (requestId) {
          requestIds.push(requestId);
        }
      }
      await sqlExec(tx, `UPDATE cohort_runs SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await this.events.publish(tx, 'cohort.published', { cohortRunId: id, actorId: viewer.id, requestIds });
    });
    return toRunView(await this.load(this.db, id));
  }

  /** A run's group conversation: its name, its startups' founders and its mentors, and the manager who owns the run. */
  async group(runner: Queryable, id: string): Promise<{ title: string; userIds: string[]; ownerId: string } | undefined> {
    const run = await sqlRow(
      runner,
      runRow.pick({ name: true, startup_ids: true, mentor_ids: true, created_by: true }),
      'SELECT name, startup_ids, mentor_ids, created_by FROM cohort_runs WHERE id = $1',
      [id],
    );
    if (!run) {
      return undefined;
    }
    // Sequential: the runner is usually the caller's transaction, one connection.
    const founders = await this.profiles.founderIds(run.startup_ids, runner);
    const mentors = await this.profiles.mentorCards(run.mentor_ids, runner);
    const userIds = new Set([...[...founders.values()].flat(), ...[...mentors.values()].map((m) => m.userId)]);
    return { title: run.name, userIds: [...userIds], ownerId: run.created_by };
  }

  /** A manager matches the startups of the incubators they manage; unknown ids are left to the matcher's 400. */
  private async requireProgramme(viewer: AuthUser, startupIds: string[]): Promise<void> {
    const granted = await this.access.granted(viewer, 'startup.manage', startupIds);
    const outside = await this.profiles.startupCards(startupIds.filter((id) => !granted.has(id)));
    if (outside.size > 0) {
      const message = `startupIds names startups of incubators you do not manage: ${[...outside.keys()].slice(0, 5).join(', ')}`;
      throw new AppError('access.forbidden', {}, [{ field: 'startupIds', messages: [message], code: 'access.forbidden' }], message);
    }
  }

  private async load(runner: Queryable, id: string, options: { lock?: boolean } = {}): Promise<RunRow> {
    const run = await sqlRow(runner, runRow, `SELECT ${RUN_COLUMNS} FROM cohort_runs WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!run) {
      throw new AppError('cohort.not_found');
    }
    return run;
  }
}
