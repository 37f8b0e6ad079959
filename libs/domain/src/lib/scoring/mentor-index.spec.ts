import { LANGUAGES, MARKET_DIRECTIONS, SECTORS, STAGES, TOPICS } from '@torchbridge/contracts';
import { MentorIndex } from './mentor-index';
import { DEFAULT_WEIGHTS, MentorFacts, StartupFacts, topMentors } from './score';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Singapore'];
const COUNTRIES = ['CN', 'DE', 'GB', 'US', 'SG', 'FR', 'HK'];

function pick<T>(rand: () => number, list: readonly T[], max: number): T[] {
  const n = 1 + Math.floor(rand() * max);
  return [...new Set(Array.from({ length: n }, () => list[Math.floor(rand() * list.length)] as T))];
}

function mentors(count: number, seed: number): MentorFacts[] {
  const rand = rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `m${String(i).padStart(5, '0')}`,
    sectors: pick(rand, SECTORS.map((s) => s.code), 3),
    stages: pick(rand, STAGES.map((s) => s.code), 3),
    topics: pick(rand, TOPICS.map((s) => s.code), 5),
    languages: pick(rand, LANGUAGES.map((s) => s.code), 2),
    timeZone: ZONES[Math.floor(rand() * ZONES.length)] as string,
    country: COUNTRIES[Math.floor(rand() * COUNTRIES.length)] as string,
    capacity: Math.floor(rand() * 5),
    activeMentees: Math.floor(rand() * 3),
    conflicts: rand() < 0.05 ? ['Startup 3'] : [],
  }));
}

function startup(i: number, seed: number): StartupFacts {
  const rand = rng(seed * 1000 + i);
  return {
    id: `s${i}`,
    nameEn: `Startup ${i}`,
    nameZh: `创业${i}`,
    sectors: pick(rand, SECTORS.map((s) => s.code), 2),
    stage: STAGES[Math.floor(rand() * STAGES.length)]?.code ?? 'idea',
    needs: pick(rand, TOPICS.map((s) => s.code), 4),
    languages: pick(rand, LANGUAGES.map((s) => s.code), 2),
    timeZone: ZONES[Math.floor(rand() * ZONES.length)] as string,
    marketDirection: MARKET_DIRECTIONS[Math.floor(rand() * 3)]?.code ?? 'domestic',
    country: 'CN',
    pastMentorIds: new Set(['m00001', 'm00002']),
  };
}

describe('MentorIndex', () => {
  it('ranks exactly like scoring every pair one by one', () => {
    const pool = mentors(2000, 7);
    const index = new MentorIndex(pool);
    for (let i = 0; i < 40; i++) {
      const s = startup(i, 7);
      for (const date of ['2026-01-15', '2026-07-15']) {
        const fast = index.rank(s, 10, { date });
        const slow = topMentors(s, pool, DEFAULT_WEIGHTS, { date }, 10);
        expect(fast.map((r) => [r.mentor.id, r.score])).toEqual(slow.map((r) => [r.mentor.id, r.score]));
      }
    }
  });

  it('keeps excluded mentors out: conflicts, past pairings, no free place, no shared language', () => {
    const pool = mentors(3000, 11);
    const s = startup(3, 11);
    const ranked = new MentorIndex(pool).rank(s, 50, { date: '2026-05-05' });
    for (const { mentor } of ranked) {
      expect(mentor.conflicts).not.toContain('Startup 3');
      expect(['m00001', 'm00002']).not.toContain(mentor.id);
      expect(mentor.capacity - mentor.activeMentees).toBeGreaterThan(0);
      expect(mentor.languages.some((l) => s.languages.includes(l))).toBe(true);
    }
  });
});
