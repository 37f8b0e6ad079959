import { LANGUAGES, SECTORS, STAGES, TOPICS } from '@torchbridge/contracts';
import { DEFAULT_WEIGHTS, EUROPE, GREATER_CHINA, MentorFacts, Reason, scorePair, ScoreOptions, ScoreWeights, StartupFacts } from './score';
import { workingOverlapMinutes } from '../time/working-hours';

const bitOf = (codes: readonly { code: string }[]) => new Map(codes.map((c, i) => [c.code, 1 << i]));
const SECTOR_BITS = bitOf(SECTORS);
const STAGE_BITS = bitOf(STAGES);
const TOPIC_BITS = bitOf(TOPICS);
const LANGUAGE_BITS = bitOf(LANGUAGES);

function mask(codes: readonly string[], bits: Map<string, number>): number {
  let m = 0;
  for (const c of codes) {
    m |= bits.get(c) ?? 0;
  }
  return m;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Mentors compiled to bitmasks and typed arrays, so one startup is ranked against tens of thousands of
 * mentors in a few milliseconds. Scores equal `scorePair` exactly (a test holds them together); reasons
 * are produced by `scorePair` for the few mentors returned.
 */
export class MentorIndex {
  readonly size: number;
  /** Sorted by id, so scanning in index order breaks score ties by id for free. */
  readonly mentors: readonly MentorFacts[];
  private readonly sectors: Int32Array;
  private readonly stages: Int32Array;
  private readonly stagesNear: Int32Array;
  private readonly topics: Int32Array;
  private readonly languages: Int32Array;
  private readonly zone: Int32Array;
  private readonly zones: string[];
  private readonly country: Int32Array;
  private readonly countries: Map<string, number>;
  private readonly europe: Uint8Array;
  private readonly china: Uint8Array;
  private readonly free: Int32Array;
  private readonly capacity: Int32Array;

  constructor(mentors: readonly MentorFacts[]) {
    this.mentors = [...mentors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const n = this.mentors.length;
    this.size = n;
    this.sectors = new Int32Array(n);
    this.stages = new Int32Array(n);
    this.stagesNear = new Int32Array(n);
    this.topics = new Int32Array(n);
    this.languages = new Int32Array(n);
    this.zone = new Int32Array(n);
    this.country = new Int32Array(n);
    this.europe = new Uint8Array(n);
    this.china = new Uint8Array(n);
    this.free = new Int32Array(n);
    this.capacity = new Int32Array(n);
    const zoneIds = new Map<string, number>();
    this.countries = new Map<string, number>();
    const idOf = (map: Map<string, number>, key: string) => {
      let id = map.get(key);
      if (id === undefined) {
        id = map.size;
        map.set(key, id);
      }
      return id;
    };
    this.mentors.forEach((m, i) => {
      this.sectors[i] = mask(m.sectors, SECTOR_BITS);
      const stages = mask(m.stages, STAGE_BITS);
      this.stages[i] = stages;
      this.stagesNear[i] = ((stages << 1) | (stages >>> 1)) & ((1 << STAGES.length) - 1);
      this.topics[i] = mask(m.topics, TOPIC_BITS);
      this.languages[i] = mask(m.languages, LANGUAGE_BITS);
      this.zone[i] = idOf(zoneIds, m.timeZone);
      this.country[i] = idOf(this.countries, m.country);
      this.europe[i] = EUROPE.has(m.country) ? 1 : 0;
      this.china[i] = GREATER_CHINA.has(m.country) ? 1 : 0;
      this.free[i] = m.capacity - m.activeMentees;
      this.capacity[i] = m.capacity;
    });
    this.zones = [...zoneIds.keys()];
  }

  /** The k best mentors for the startup, best first, ties by mentor id; each with its reasons. */
  rank(startup: StartupFacts, k: number, options: ScoreOptions, weights: ScoreWeights = DEFAULT_WEIGHTS): { mentor: MentorFacts; score: number; reasons: Reason[] }[] {
    const r = (x: number) => Math.round(x * 10) / 10;
    const sectors = mask(startup.sectors, SECTOR_BITS);
    const stage = STAGE_BITS.get(startup.stage) ?? 0;
    const needs = mask(startup.needs, TOPIC_BITS);
    const needCount = startup.needs.length;
    const languages = mask(startup.languages, LANGUAGE_BITS);
    // Every criterion's points, rounded as scorePair rounds them, looked up instead of computed per mentor.
    const sectorPoints = Array.from({ length: 33 }, (_, c) => (c > 0 ? r(weights.sector * Math.min(1, 0.75 + 0.25 * c)) : 0));
    const needPoints = Array.from({ length: 33 }, (_, c) => (needCount > 0 ? r((weights.needs * c) / needCount) : 0));
    const stagePoints = r(weights.stage);
    const nearPoints = r(weights.stage / 2);
    const languagePoints = [0, r(weights.language * 0.6), r(weights.language)];
    const marketPoints = r(weights.market);
    const overlapPoints = this.zones.map((z) => r(weights.overlap * Math.min(1, workingOverlapMinutes(startup.timeZone, z, options.date) / 180)));
    const domesticCountry = startup.marketDirection === 'domestic' ? (this.countries.get(startup.country) ?? -1) : -2;
    const wantsEurope = startup.marketDirection === 'china-to-europe';
    const wantsChina = startup.marketDirection === 'europe-to-china';
    const names = [startup.nameEn, startup.nameZh].map((n) => n.trim().toLowerCase()).filter(Boolean);

    const topScore = new Int32Array(k).fill(-1);
    const topIndex = new Int32Array(k).fill(-1);
    let filled = 0;
    for (let i = 0; i < this.size; i++) {
      const shared = languages & (this.languages[i] as number);
      const free = this.free[i] as number;
      if (shared === 0 || (!options.ignoreLoad && free <= 0)) {
        continue;
      }
      let total = sectorPoints[popcount(sectors & (this.sectors[i] as number))] as number;
      if ((this.stages[i] as number) & stage) {
        total += stagePoints;
      } else if ((this.stagesNear[i] as number) & stage) {
        total += nearPoints;
      }
      total += needPoints[popcount(needs & (this.topics[i] as number))] as number;
      total += languagePoints[popcount(shared) >= 2 ? 2 : 1] as number;
      total += overlapPoints[this.zone[i] as number] as number;
      if ((wantsEurope && this.europe[i] === 1) || (wantsChina && this.china[i] === 1) || this.country[i] === domesticCountry) {
        total += marketPoints;
      }
      const cap = this.capacity[i] as number;
      if (cap > 0) {
        total += r((weights.load * Math.max(0, free)) / cap);
      }
      const score = Math.max(1, Math.round(total));
      // Mentors come in id order, so an equal score never displaces an earlier (smaller) id.
      if (filled >= k && score <= (topScore[k - 1] as number)) {
        continue;
      }
      const mentor = this.mentors[i] as MentorFacts;
      if (!options.allowRepeat && startup.pastMentorIds.has(mentor.id)) {
        continue;
      }
      if (mentor.conflicts.length && mentor.conflicts.some((c) => names.includes(c.trim().toLowerCase()))) {
        continue;
      }
      let at = Math.min(filled, k - 1);
      while (at > 0 && (topScore[at - 1] as number) < score) {
        topScore[at] = topScore[at - 1] as number;
        topIndex[at] = topIndex[at - 1] as number;
        at--;
      }
      topScore[at] = score;
      topIndex[at] = i;
      filled = Math.min(k, filled + 1);
    }
    const out: { mentor: MentorFacts; score: number; reasons: Reason[] }[] = [];
    for (let j = 0; j < filled; j++) {
      const mentor = this.mentors[topIndex[j] as number] as MentorFacts;
      const detail = scorePair(startup, mentor, weights, options);
      if (detail.eligible) {
        out.push({ mentor, score: detail.score, reasons: detail.reasons });
      }
    }
    return out;
  }
}
