import type { MatchInstance } from './types';

export interface StableSolution {
  /** Chosen `[founderIndex, mentorIndex]` pairs, sorted by founder then mentor. */
  pairs: Array<[number, number]>;
  objective: number;
  /** Pairs that would both rather be together than with (one of) their partners; 0 when stable. */
  blockingPairs: number;
}

interface Candidate {
  mentor: number;
  score: number;
}

/**
 * Founder-proposing deferred acceptance with mentor quotas. Both sides rank by pair score; ties go to
 * the lower mentor index (for founders) and the lower founder index (for mentors), so runs are repeatable.
 * Fixed pairs are placed first and forbidden pairs removed.
 */
export function stableMatching(instance: MatchInstance): StableSolution {
  const nF = instance.founders.length;
  const nM = instance.mentors.length;
  const forbidden = new Set((instance.forbidden ?? []).map(([f, m]) => `${f}:${m}`));
  const fixed = new Set((instance.fixed ?? []).map(([f, m]) => `${f}:${m}`));
  const score = new Map<string, number>();
  const prefs: Candidate[][] = Array.from({ length: nF }, () => []);
  for (const [f, m, s] of instance.edges) {
    const key = `${f}:${m}`;
    score.set(key, s);
    if (!forbidden.has(key) && !fixed.has(key)) {
      prefs[f]?.push({ mentor: m, score: s });
    }
  }
  for (const list of prefs) {
    list.sort((a, b) => b.score - a.score || a.mentor - b.mentor);
  }
  const founderLeft = instance.founders.map((f) => f.capacity);
  const mentorQuota = instance.mentors.map((m) => m.capacity);
  const held: number[][] = Array.from({ length: nM }, () => []);
  const fixedPairs: Array<[number, number]> = [];
  for (const [f, m] of instance.fixed ?? []) {
    fixedPairs.push([f, m]);
    founderLeft[f] = (founderLeft[f] ?? 0) - 1;
    mentorQuota[m] = (mentorQuota[m] ?? 0) - 1;
  }
  // Mentors prefer higher scores, then lower founder index.
  const mentorPrefers = (m: number, a: number, b: number) => {
    const sa = score.get(`${a}:${m}`) ?? 0;
    const sb = score.get(`${b}:${m}`) ?? 0;
    return sa > sb || (sa === sb && a < b);
  };
  const next = new Array<number>(nF).fill(0);
  const queue: number[] = [];
  for (let f = 0; f < nF; f++) {
    if ((founderLeft[f] ?? 0) > 0) {
      queue.push(f);
    }
  }
  while (queue.length) {
    const f = queue.shift() as number;
    const list = prefs[f] as Candidate[];
    while ((founderLeft[f] ?? 0) > 0 && (next[f] as number) < list.length) {
      const { mentor: m } = list[next[f] as number] as Candidate;
      next[f] = (next[f] as number) + 1;
      const quota = mentorQuota[m] ?? 0;
      if (quota <= 0) {
        continue;
      }
      const holding = held[m] as number[];
      if (holding.length < quota) {
        holding.push(f);
        founderLeft[f] = (founderLeft[f] ?? 0) - 1;
        continue;
      }
      let worst = 0;
      for (let i = 1; i < holding.length; i++) {
        if (mentorPrefers(m, holding[worst] as number, holding[i] as number)) {
          worst = i;
        }
      }
      const rejected = holding[worst] as number;
      if (mentorPrefers(m, f, rejected)) {
        holding[worst] = f;
        founderLeft[f] = (founderLeft[f] ?? 0) - 1;
        founderLeft[rejected] = (founderLeft[rejected] ?? 0) + 1;
        queue.push(rejected);
      }
    }
  }
  const pairs: Array<[number, number]> = [...fixedPairs];
  held.forEach((founders, m) => founders.forEach((f) => pairs.push([f, m])));
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const objective = pairs.reduce((sum, [f, m]) => sum + (score.get(`${f}:${m}`) ?? 0), 0);
  return { pairs, objective, blockingPairs: countBlockingPairs(instance, pairs) };
}

/** Counts candidate pairs (f, m), not together, that would both trade up: checked independently of how the pairs were found. */
export function countBlockingPairs(instance: MatchInstance, pairs: ReadonlyArray<readonly [number, number]>): number {
  const forbidden = new Set((instance.forbidden ?? []).map(([f, m]) => `${f}:${m}`));
  const score = new Map<string, number>();
  for (const [f, m, s] of instance.edges) {
    score.set(`${f}:${m}`, s);
  }
  const ofFounder: number[][] = instance.founders.map(() => []);
  const ofMentor: number[][] = instance.mentors.map(() => []);
  const together = new Set<string>();
  for (const [f, m] of pairs) {
    ofFounder[f]?.push(m);
    ofMentor[m]?.push(f);
    together.add(`${f}:${m}`);
  }
  const s = (f: number, m: number) => score.get(`${f}:${m}`) ?? 0;
  let blocking = 0;
  for (const [f, m, sc] of instance.edges) {
    if (together.has(`${f}:${m}`) || forbidden.has(`${f}:${m}`)) {
      continue;
    }
    const mine = ofFounder[f] as number[];
    const founderWants = mine.length < (instance.founders[f]?.capacity ?? 0) || mine.some((other) => s(f, other) < sc || (s(f, other) === sc && other > m));
    const theirs = ofMentor[m] as number[];
    const mentorWants = theirs.length < (instance.mentors[m]?.capacity ?? 0) || theirs.some((other) => s(other, m) < sc || (s(other, m) === sc && other > f));
    if (founderWants && mentorWants) {
      blocking++;
    }
  }
  return blocking;
}
