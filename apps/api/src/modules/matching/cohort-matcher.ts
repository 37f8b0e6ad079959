import { Injectable } from '@nestjs/common';
import type { CohortPairView } from '@torchbridge/contracts';
import { localDate, MatchEdge, MatchInputError, MatchPair, scorePair, solveMatching, stableMatching, verifyCertificate } from '@torchbridge/domain';
import { AppError, badField } from '../../common/errors/app-error';
import { ProfilesService } from '../directory';
import { MentorshipsService } from '../mentorships';
import type { CohortResult } from './cohort-rows';
import { CohortSettingsDto, PairRefDto } from './dto/cohort.dto';
import { WeightsService } from './weights.service';

const EXCLUSION_TEXT: Record<string, string> = {
  'no-shared-language': 'they share no language',
  'conflict-of-interest': 'the mentor declared a conflict of interest',
  'past-pairing': 'they have worked together before (allow repeats to pin them)',
  'no-free-place': 'the mentor has no free place',
  'already-working-together': 'they are already working together',
};

/** A cohort's assignment: the highest total score under capacities (proven optimal), or a stable one. */
@Injectable()
export class CohortMatcher {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly mentorships: MentorshipsService,
    private readonly weights: WeightsService,
  ) {}

  async match(startupIds: string[], mentorIds: string[], settings: CohortSettingsDto): Promise<CohortResult> {
    const [startupFacts, mentors, weights, pairs] = await Promise.all([
      this.profiles.startupFacts(startupIds),
      this.profiles.mentorFacts(mentorIds),
      this.weights.get(),
      this.mentorships.pairs(startupIds, mentorIds),
    ]);
    const foundStartups = new Set(startupFacts.map((s) => s.id));
    const foundMentors = new Set(mentors.map((m) => m.facts.id));
    const missingStartup = startupIds.find((id) => !foundStartups.has(id));
    if (missingStartup) {
      throw badField('startupIds', `startupIds has an unknown startup: ${missingStartup}`);
    }
    const missingMentor = mentorIds.find((id) => !foundMentors.has(id));
    if (missingMentor) {
      throw badField('mentorIds', `mentorIds has a mentor who is unknown or not approved: ${missingMentor}`);
    }
    const past = new Map<string, Set<string>>();
    const active = new Set<string>();
    for (const p of pairs) {
      past.set(p.startupId, (past.get(p.startupId) ?? new Set()).add(p.mentorId));
      if (p.status === 'active') {
        active.add(`${p.startupId}:${p.mentorId}`);
      }
    }
    const startups = startupFacts.map((s) => ({ ...s, pastMentorIds: past.get(s.id) ?? new Set<string>() }));
    const date = localDate('Asia/Shanghai', new Date());
    const fIndex = new Map(startups.map((s, i) => [s.id, i]));
    const mIndex = new Map(mentors.map((m, i) => [m.facts.id, i]));
    const edges: MatchEdge[] = [];
    const reasons = new Map<string, CohortPairView['reasons']>();
    const scores = new Map<string, number>();
    const exclusions = new Map<string, string>();
    startups.forEach((s, f) =>
      mentors.forEach((m, mi) => {
        if (active.has(`${s.id}:${m.facts.id}`)) {
          // Already working together: never proposed again, whatever allowRepeat says.
          exclusions.set(`${f}:${mi}`, 'already-working-together');
          return;
        }
        const scored = scorePair(s, m.facts, weights, { date, allowRepeat: settings.allowRepeat ?? false, ignoreLoad: true });
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
        throw badField(`pins[${i}]`, `pins[${i}] cannot be kept: ${startups[f]?.nameEn} and ${mentors[m]?.displayName} cannot be paired because ${EXCLUSION_TEXT[why] ?? why}`);
      }
    });
    const instance = {
      founders: startups.map((s) => ({ id: s.id, capacity: 1 })),
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
        throw new AppError('field.invalid', { field }, [{ field, messages: [error.detail], code: 'field.invalid' }], `${field}: ${error.detail}`);
      }
      throw error;
    }
    const certified = verifyCertificate(instance, optimal).valid;
    const chosen = settings.mode === 'stable' ? stableMatching(instance) : optimal;
    const pinned = new Set(fixed.map(([f, m]) => `${f}:${m}`));
    const chosenPairs: CohortPairView[] = chosen.pairs.flatMap(([f, m]) => {
      const s = startups[f];
      const mentor = mentors[m];
      if (!s || !mentor) {
        return [];
      }
      return [
        {
          startupId: s.id,
          startupNameEn: s.nameEn,
          startupNameZh: s.nameZh,
          mentorId: mentor.facts.id,
          mentorName: mentor.displayName,
          score: scores.get(`${f}:${m}`) ?? 0,
          reasons: reasons.get(`${f}:${m}`) ?? [],
          pinned: pinned.has(`${f}:${m}`),
        },
      ];
    });
    const matched = new Set(chosenPairs.map((p) => p.startupId));
    return {
      pairs: chosenPairs,
      unmatchedStartupIds: startupIds.filter((id) => !matched.has(id)),
      objective: chosen.objective,
      optimalObjective: optimal.objective,
      certified,
      candidatePairs: edges.length,
      blockingPairs: 'blockingPairs' in chosen ? chosen.blockingPairs : null,
      solveMs: optimal.stats.solveMs,
    };
  }
}
