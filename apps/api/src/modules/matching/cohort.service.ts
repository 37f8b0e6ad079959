import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortPairView, CohortRunView, REQUEST_TTL_DAYS } from '@torchbridge/contracts';
import {
  localDate,
  MatchEdge,
  MatchInputError,
  MatchPair,
  MentorFacts,
  scorePair,
  solveMatching,
  stableMatching,
  StartupFacts,
  verifyCertificate,
} from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { badField } from '../../common/http/field-errors';
import { returning } from '../../database/returning';
import type { AuthUser } from '../../common/http/auth-user';
import { CohortSettingsDto, CreateCohortRunDto, PairRefDto } from './dto/cohort.dto';
import { MatchingService } from './matching.service';

type Result = CohortRunView['result'];

interface RunRow {
  id: string;
  name: string;
  mode: CohortRunView['mode'];
  status: CohortRunView['status'];
  startup_ids: string[];
  mentor_ids: string[];
  pins: PairRefDto[];
  forbids: PairRefDto[];
  allow_repeat: boolean;
  result: Result;
  created_at: Date;
  published_at: Date | null;
}

const EXCLUSION_TEXT: Record<string, string> = {
  'no-shared-language': 'they share no language',
  'conflict-of-interest': 'the mentor declared a conflict of interest',
  'past-pairing': 'they have worked together before (allow repeats to pin them)',
  'no-free-place': 'the mentor has no free place',
  'already-working-together': 'they are already working together',
};

/** A manager's cohort: the assignment with the highest total score under capacities, or a stable one. */
@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MatchingService) private readonly matching: MatchingService,
  ) {}

  async create(viewer: AuthUser, dto: CreateCohortRunDto): Promise<CohortRunView> {
    const startupIds = [...new Set(dto.startupIds)];
    const mentorIds = [...new Set(dto.mentorIds)];
    const result = await this.compute(startupIds, mentorIds, dto);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO cohort_runs (name, created_by, mode, startup_ids, mentor_ids, pins, forbids, allow_repeat, result)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [dto.name, viewer.id, dto.mode, startupIds, mentorIds, JSON.stringify(dto.pins ?? []), JSON.stringify(dto.forbids ?? []), dto.allowRepeat ?? false, JSON.stringify(result)],
    );
    return this.get(rows[0]?.id as string);
  }

  /** Re-runs a draft with new pins, forbidden pairs or mode. */
  async rerun(id: string, dto: CohortSettingsDto): Promise<CohortRunView> {
    const run = await this.load(id);
    if (run.status !== 'draft') {
      throw new ConflictException('This cohort run is published; start a new run to change it');
    }
    const result = await this.compute(run.startup_ids, run.mentor_ids, dto);
    const updated = await returning(
      this.db,
      `UPDATE cohort_runs SET mode = $2, pins = $3, forbids = $4, allow_repeat = $5, result = $6, updated_at = now()
        WHERE id = $1 AND status = 'draft' RETURNING id`,
      [id, dto.mode, JSON.stringify(dto.pins ?? []), JSON.stringify(dto.forbids ?? []), dto.allowRepeat ?? false, JSON.stringify(result)],
    );
    if (!updated.length) {
      throw new ConflictException('This cohort run was published meanwhile; start a new run to change it');
    }
    return this.get(id);
  }

  async list(): Promise<CohortRunView[]> {
    const rows: RunRow[] = await this.db.query(`SELECT * FROM cohort_runs ORDER BY created_at DESC LIMIT 100`);
    return rows.map(view);
  }

  async get(id: string): Promise<CohortRunView> {
    return view(await this.load(id));
  }

  /** Turns the draft into requests: founders confirm them, then mentors accept as usual. */
  async publish(id: string): Promise<CohortRunView> {
    await this.db.transaction(async (tx) => {
      const rows: RunRow[] = await tx.query(`SELECT * FROM cohort_runs WHERE id = $1 FOR UPDATE`, [id]);
      const run = rows[0];
      if (!run) {
        throw new NotFoundException('No such cohort run');
      }
      if (run.status !== 'draft') {
        throw new ConflictException('This cohort run is already published');
      }
      for (const pair of run.result.pairs) {
        const founders: { user_id: string }[] = await tx.query(`SELECT user_id FROM startup_founders WHERE startup_id = $1 ORDER BY user_id LIMIT 1`, [pair.startupId]);
        const founder = founders[0];
        if (!founder) {
          continue;
        }
        const created: { id: string }[] = await tx.query(
          `INSERT INTO mentorship_requests (startup_id, founder_id, mentor_id, message, expires_at, cohort_run_id, founder_confirmed_at)
           VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6, NULL)
           ON CONFLICT DO NOTHING RETURNING id`,
          [pair.startupId, founder.user_id, pair.mentorId, `Proposed by the programme (${run.name}): match score ${pair.score}.`, REQUEST_TTL_DAYS, id],
        );
        if (created[0]) {
          await tx.query(`INSERT INTO notifications (user_id, kind, payload) VALUES ($1, 'request.proposed', $2)`, [
            founder.user_id,
            JSON.stringify({ requestId: created[0].id, cohortRunId: id, mentorId: pair.mentorId }),
          ]);
        }
      }
      await tx.query(`UPDATE cohort_runs SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`, [id]);
    });
    return this.get(id);
  }

  private async load(id: string): Promise<RunRow> {
    const rows: RunRow[] = await this.db.query(`SELECT * FROM cohort_runs WHERE id = $1`, [id]);
    if (!rows[0]) {
      throw new NotFoundException('No such cohort run');
    }
    return rows[0];
  }

  private async compute(startupIds: string[], mentorIds: string[], settings: CohortSettingsDto): Promise<Result> {
    const [startups, mentors, weights] = await Promise.all([this.startupFacts(startupIds), this.mentorFacts(mentorIds), this.matching.weights()]);
    const missingStartup = startupIds.find((id) => !startups.some((s) => s.facts.id === id));
    if (missingStartup) {
      throw badField('startupIds', `startupIds has an unknown startup: ${missingStartup}`);
    }
    const missingMentor = mentorIds.find((id) => !mentors.some((m) => m.facts.id === id));
    if (missingMentor) {
      throw badField('mentorIds', `mentorIds has a mentor who is unknown or not approved: ${missingMentor}`);
    }
    const date = localDate('Asia/Shanghai', new Date());
    const fIndex = new Map(startups.map((s, i) => [s.facts.id, i]));
    const mIndex = new Map(mentors.map((m, i) => [m.facts.id, i]));
    const edges: MatchEdge[] = [];
    const reasons = new Map<string, CohortPairView['reasons']>();
    const scores = new Map<string, number>();
    const exclusions = new Map<string, string>();
    const active = new Set(
      ((await this.db.query(
        `SELECT startup_id || ':' || mentor_id AS pair FROM mentorships WHERE status = 'active' AND startup_id = ANY($1::uuid[]) AND mentor_id = ANY($2::uuid[])`,
        [startupIds, mentorIds],
      )) as { pair: string }[]).map((r) => r.pair),
    );
    startups.forEach((s, f) =>
      mentors.forEach((m, mi) => {
        if (active.has(`${s.facts.id}:${m.facts.id}`)) {
          // Already working together: never proposed again, whatever allowRepeat says.
          exclusions.set(`${f}:${mi}`, 'already-working-together');
          return;
        }
        const scored = scorePair(s.facts, m.facts, weights, { date, allowRepeat: settings.allowRepeat ?? false, ignoreLoad: true });
        if (scored.eligible) {
          edges.push([f, mi, scored.score]);
          reasons.set(`${f}:${mi}`, scored.reasons);
          scores.set(`${f}:${mi}`, scored.score);
        } else {
          exclusions.set(`${f}:${mi}`, scored.exclusion);
        }
      }),
    );
    const toPair = (ref: PairRefDto, field: string, i: number): MatchPair => {
      const f = fIndex.get(ref.startupId);
      const m = mIndex.get(ref.mentorId);
      if (f === undefined || m === undefined) {
        throw badField(`${field}[${i}]`, `${field}[${i}] names a startup or mentor outside this cohort`);
      }
      return [f, m];
    };
    const fixed = (settings.pins ?? []).map((p, i) => toPair(p, 'pins', i));
    const forbidden = (settings.forbids ?? []).map((p, i) => toPair(p, 'forbids', i));
    fixed.forEach(([f, m], i) => {
      const why = exclusions.get(`${f}:${m}`);
      if (why) {
        throw badField(`pins[${i}]`, `pins[${i}] cannot be kept: ${startups[f]?.nameEn} and ${mentors[m]?.name} cannot be paired because ${EXCLUSION_TEXT[why] ?? why}`);
      }
    });
    const instance = {
      founders: startups.map((s) => ({ id: s.facts.id, capacity: 1 })),
      mentors: mentors.map((m) => ({ id: m.facts.id, capacity: Math.max(0, m.facts.capacity - m.facts.activeMentees) })),
      edges,
      fixed,
      forbidden,
    };
    let optimal;
    try {
      optimal = solveMatching(instance);
    } catch (error) {
      if (error instanceof MatchInputError) {
        const pin = /^fixed\[(\d+)\]/.exec(error.field);
        const field = pin ? `pins[${pin[1]}]` : error.field;
        throw new BadRequestException({ message: `${field}: ${error.detail}`, details: [{ field, messages: [error.detail] }] });
      }
      throw error;
    }
    const certified = verifyCertificate(instance, optimal).valid;
    const chosen = settings.mode === 'stable' ? stableMatching(instance) : optimal;
    const pinned = new Set(fixed.map(([f, m]) => `${f}:${m}`));
    const pairs: CohortPairView[] = chosen.pairs.map(([f, m]) => {
      const s = startups[f] as (typeof startups)[number];
      const mentor = mentors[m] as (typeof mentors)[number];
      return {
        startupId: s.facts.id,
        startupNameEn: s.nameEn,
        startupNameZh: s.nameZh,
        mentorId: mentor.facts.id,
        mentorName: mentor.name,
        score: scores.get(`${f}:${m}`) ?? 0,
        reasons: reasons.get(`${f}:${m}`) ?? [],
        pinned: pinned.has(`${f}:${m}`),
      };
    });
    const matched = new Set(pairs.map((p) => p.startupId));
    return {
      pairs,
      unmatchedStartupIds: startupIds.filter((id) => !matched.has(id)),
      objective: chosen.objective,
      optimalObjective: optimal.objective,
      certified,
      candidatePairs: edges.length,
      blockingPairs: 'blockingPairs' in chosen ? chosen.blockingPairs : null,
      solveMs: optimal.stats.solveMs,
    };
  }

  private async startupFacts(ids: string[]): Promise<{ facts: StartupFacts; nameEn: string; nameZh: string }[]> {
    const rows: { id: string; name_en: string; name_zh: string; sectors: StartupFacts['sectors']; stage: StartupFacts['stage']; needs: StartupFacts['needs']; languages: StartupFacts['languages']; time_zone: string; market_direction: StartupFacts['marketDirection']; country: string; past: string[] }[] =
      await this.db.query(
        `SELECT s.id, s.name_en, s.name_zh, s.sectors, s.stage, s.needs, s.languages, s.time_zone, s.market_direction, i.country,
                ARRAY(SELECT mentor_id::text FROM mentorships m WHERE m.startup_id = s.id) AS past
           FROM startups s JOIN incubators i ON i.id = s.incubator_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.name_en, s.id`,
        [ids],
      );
    return rows.map((r) => ({
      nameEn: r.name_en,
      nameZh: r.name_zh,
      facts: { id: r.id, nameEn: r.name_en, nameZh: r.name_zh, sectors: r.sectors, stage: r.stage, needs: r.needs, languages: r.languages, timeZone: r.time_zone, marketDirection: r.market_direction, country: r.country, pastMentorIds: new Set(r.past) },
    }));
  }

  private async mentorFacts(ids: string[]): Promise<{ facts: MentorFacts; name: string }[]> {
    const rows: { id: string; display_name: string; sectors: MentorFacts['sectors']; stages: MentorFacts['stages']; topics: MentorFacts['topics']; languages: MentorFacts['languages']; time_zone: string; country: string; capacity: number; active_mentees: number; conflicts: string[] }[] =
      await this.db.query(
        `SELECT id, display_name, sectors, stages, topics, languages, time_zone, country, capacity, active_mentees, conflicts
           FROM mentor_profiles WHERE id = ANY($1::uuid[]) AND vetting = 'approved' ORDER BY display_name, id`,
        [ids],
      );
    return rows.map((r) => ({
      name: r.display_name,
      facts: { id: r.id, sectors: r.sectors, stages: r.stages, topics: r.topics, languages: r.languages, timeZone: r.time_zone, country: r.country, capacity: r.capacity, activeMentees: r.active_mentees, conflicts: r.conflicts },
    }));
  }
}

function view(r: RunRow): CohortRunView {
  return {
    id: r.id,
    name: r.name,
    mode: r.mode,
    status: r.status,
    startupIds: r.startup_ids,
    mentorIds: r.mentor_ids,
    pins: r.pins,
    forbids: r.forbids,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    result: r.result,
  };
}
