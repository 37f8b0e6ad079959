import type { LanguageCode, MarketDirectionCode, SectorCode, StageCode, TopicCode } from '@torchbridge/contracts';
import { STAGES } from '@torchbridge/contracts';
import { workingOverlapMinutes } from '../time/working-hours';

export interface StartupFacts {
  id: string;
  nameEn: string;
  nameZh: string;
  sectors: readonly SectorCode[];
  stage: StageCode;
  needs: readonly TopicCode[];
  languages: readonly LanguageCode[];
  timeZone: string;
  marketDirection: MarketDirectionCode;
  /** ISO country of the startup's incubator. */
  country: string;
  /** Mentors the startup has worked with before. */
  pastMentorIds: ReadonlySet<string>;
}

export interface MentorFacts {
  id: string;
  sectors: readonly SectorCode[];
  stages: readonly StageCode[];
  topics: readonly TopicCode[];
  languages: readonly LanguageCode[];
  timeZone: string;
  country: string;
  capacity: number;
  activeMentees: number;
  /** Declared conflicts of interest: companies and funds. */
  conflicts: readonly string[];
}

/** Points each criterion is worth; managers edit them per programme. */
export interface ScoreWeights {
  sector: number;
  stage: number;
  needs: number;
  language: number;
  overlap: number;
  market: number;
  load: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { sector: 25, stage: 15, needs: 25, language: 10, overlap: 10, market: 10, load: 5 };

export type ReasonCode = 'sector' | 'stage' | 'stage-near' | 'needs' | 'language' | 'overlap' | 'market' | 'load';

/** One structured reason; the client renders it in the reader's language from the code and params. */
export interface Reason {
  code: ReasonCode;
  points: number;
  params: Record<string, string | number | string[]>;
}

export type Exclusion = 'no-shared-language' | 'conflict-of-interest' | 'past-pairing' | 'no-free-place';

export type ScoreResult = { eligible: true; score: number; reasons: Reason[] } | { eligible: false; exclusion: Exclusion };

export interface ScoreOptions {
  /** Local calendar date for the working-hours overlap (DST-aware). */
  date: string;
  /** Allow mentors the startup has worked with before. */
  allowRepeat?: boolean;
  /** Score mentors without a free place too (cohort planning counts capacity itself). */
  ignoreLoad?: boolean;
}

/** Countries counted as Europe and as Greater China for market-direction fit. */
export const EUROPE = new Set(['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);
export const GREATER_CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
const STAGE_ORDER = new Map(STAGES.map((s, i) => [s.code, i]));

const overlapCache = new Map<string, number>();

function overlap(a: string, b: string, date: string): number {
  const key = `${a}|${b}|${date}`;
  let minutes = overlapCache.get(key);
  if (minutes === undefined) {
    minutes = workingOverlapMinutes(a, b, date);
    if (overlapCache.size > 10_000) {
      overlapCache.clear();
    }
    overlapCache.set(key, minutes);
  }
  return minutes;
}

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.filter((x) => b.includes(x));
}

/**
 * The explainable fit of a mentor for a startup: hard exclusions first (no shared language, a declared
 * conflict of interest, a past pairing unless asked), then weighted points with one reason per criterion.
 * The score is an integer 1..100 when the weights sum to 100.
 */
export function scorePair(startup: StartupFacts, mentor: MentorFacts, weights: ScoreWeights, options: ScoreOptions): ScoreResult {
  const languages = intersect(startup.languages, mentor.languages);
  if (languages.length === 0) {
    return { eligible: false, exclusion: 'no-shared-language' };
  }
  const names = [startup.nameEn, startup.nameZh].map((n) => n.trim().toLowerCase()).filter(Boolean);
  if (mentor.conflicts.some((c) => names.includes(c.trim().toLowerCase()))) {
    return { eligible: false, exclusion: 'conflict-of-interest' };
  }
  if (!options.allowRepeat && startup.pastMentorIds.has(mentor.id)) {
    return { eligible: false, exclusion: 'past-pairing' };
  }
  const free = mentor.capacity - mentor.activeMentees;
  if (!options.ignoreLoad && free <= 0) {
    return { eligible: false, exclusion: 'no-free-place' };
  }

  const reasons: Reason[] = [];
  const add = (code: ReasonCode, points: number, params: Reason['params']) => {
    if (points > 0) {
      reasons.push({ code, points: Math.round(points * 10) / 10, params });
    }
  };

  const sectors = intersect(startup.sectors, mentor.sectors);
  add('sector', sectors.length ? weights.sector * Math.min(1, 0.75 + 0.25 * sectors.length) : 0, { sectors });

  if (mentor.stages.includes(startup.stage)) {
    add('stage', weights.stage, { stage: startup.stage });
  } else {
    const own = STAGE_ORDER.get(startup.stage) ?? 0;
    const near = mentor.stages.some((s) => Math.abs((STAGE_ORDER.get(s) ?? -9) - own) === 1);
    add('stage-near', near ? weights.stage / 2 : 0, { stage: startup.stage });
  }

  const covered = intersect(startup.needs, mentor.topics);
  add('needs', startup.needs.length ? (weights.needs * covered.length) / startup.needs.length : 0, { topics: covered, of: startup.needs.length });

  add('language', weights.language * (languages.length >= 2 ? 1 : 0.6), { languages });

  const minutes = overlap(startup.timeZone, mentor.timeZone, options.date);
  add('overlap', weights.overlap * Math.min(1, minutes / 180), { minutes });

  const mentorInEurope = EUROPE.has(mentor.country);
  const mentorInChina = GREATER_CHINA.has(mentor.country);
  const fit =
    (startup.marketDirection === 'china-to-europe' && mentorInEurope) ||
    (startup.marketDirection === 'europe-to-china' && mentorInChina) ||
    (startup.marketDirection === 'domestic' && mentor.country === startup.country);
  add('market', fit ? weights.market : 0, { direction: startup.marketDirection, country: mentor.country });

  add('load', mentor.capacity > 0 ? (weights.load * Math.max(0, free)) / mentor.capacity : 0, { free: Math.max(0, free), capacity: mentor.capacity });

  // Points are rounded to one decimal before summing, exactly as MentorIndex does.
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { eligible: true, score: Math.max(1, Math.round(total)), reasons: reasons.sort((a, b) => b.points - a.points) };
}

/** The k best mentors for a startup, best first; ties broken by mentor id so results are stable. */
export function topMentors(
  startup: StartupFacts,
  mentors: readonly MentorFacts[],
  weights: ScoreWeights,
  options: ScoreOptions,
  k: number,
): { mentor: MentorFacts; score: number; reasons: Reason[] }[] {
  const best: { mentor: MentorFacts; score: number; reasons: Reason[] }[] = [];
  for (const mentor of mentors) {
    const result = scorePair(startup, mentor, weights, options);
    if (!result.eligible) {
      continue;
    }
    const last = best[best.length - 1];
    if (best.length >= k && last && (result.score < last.score || (result.score === last.score && mentor.id > last.mentor.id))) {
      continue;
    }
    best.push({ mentor, score: result.score, reasons: result.reasons });
    best.sort((a, b) => b.score - a.score || (a.mentor.id < b.mentor.id ? -1 : 1));
    if (best.length > k) {
      best.pop();
    }
  }
  return best;
}
