/* eslint-disable @typescript-eslint/no-non-null-assertion -- small test arrays indexed in range */
// Independent reference solvers and instance generators used by the specs (not exported from the library).
import type { MatchEdge, MatchInstance, MatchPair } from '../types';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomOptions {
  founders: number;
  mentors: number;
  density: number;
  maxScore: number;
  maxFounderCapacity: number;
  maxMentorCapacity: number;
  /** Probability that a candidate pair is also listed as fixed / forbidden. */
  fixedRate?: number;
  forbiddenRate?: number;
}

export function randomInstance(seed: number, o: RandomOptions): MatchInstance {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const founders = Array.from({ length: o.founders }, (_, i) => ({ id: `f-${i}`, capacity: int(0, o.maxFounderCapacity) }));
  const mentors = Array.from({ length: o.mentors }, (_, i) => ({ id: `m-${i}`, capacity: int(0, o.maxMentorCapacity) }));
  const edges: MatchEdge[] = [];
  for (let f = 0; f < o.founders; f++) {
    for (let m = 0; m < o.mentors; m++) {
      if (r() < o.density) {
        edges.push([f, m, int(1, o.maxScore)]);
      }
    }
  }
  // Shuffle so that input order carries no structure.
  for (let i = edges.length - 1; i > 0; i--) {
    const j = int(0, i);
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
  }
  const fixed: MatchPair[] = [];
  const forbidden: MatchPair[] = [];
  for (const [f, m] of edges) {
    const x = r();
    if (x < (o.fixedRate ?? 0)) {
      fixed.push([f, m]);
    } else if (x < (o.fixedRate ?? 0) + (o.forbiddenRate ?? 0)) {
      forbidden.push([f, m]);
    }
  }
  return { founders, mentors, edges, ...(fixed.length ? { fixed } : {}), ...(forbidden.length ? { forbidden } : {}) };
}

/** Best total by exhaustive search over edge subsets (with fixed pairs forced in). -Infinity if infeasible. */
export function bruteForceOptimum(inst: MatchInstance): number {
  const key = (f: number, m: number) => `${f}:${m}`;
  const fixed = new Set((inst.fixed ?? []).map(([f, m]) => key(f, m)));
  const forbidden = new Set((inst.forbidden ?? []).map(([f, m]) => key(f, m)));
  const loadF = inst.founders.map(() => 0);
  const loadM = inst.mentors.map(() => 0);
  const edges = inst.edges.filter(([f, m]) => !forbidden.has(key(f, m)));
  let best = -Infinity;
  const visit = (i: number, total: number) => {
    if (i === edges.length) {
      best = Math.max(best, total);
      return;
    }
    const [f, m, s] = edges[i]!;
    const mustTake = fixed.has(key(f, m));
    if (!mustTake) {
      visit(i + 1, total);
    }
    if (loadF[f]! < inst.founders[f]!.capacity && loadM[m]! < inst.mentors[m]!.capacity) {
      loadF[f]!++;
      loadM[m]!++;
      visit(i + 1, total + s);
      loadF[f]!--;
      loadM[m]!--;
    }
  };
  const fixedPresent = (inst.fixed ?? []).every(([f, m]) => edges.some(([ef, em]) => ef === f && em === m));
  if (!fixedPresent) {
    return -Infinity;
  }
  visit(0, 0);
  return best;
}

/**
 * Textbook min-cost flow (successive shortest paths with Bellman-Ford, one unit per augmentation) on
 * source -> founders -> mentors -> sink, stopping when the cheapest path has non-negative cost. Fixed pairs are
 * pre-assigned. Slow but simple: an independent oracle for medium instances.
 */
export function bellmanFordOptimum(inst: MatchInstance): number {
  const n = inst.founders.length;
  const mCount = inst.mentors.length;
  const key = (f: number, m: number) => f * mCount + m;
  const forbidden = new Set((inst.forbidden ?? []).map(([f, m]) => key(f, m)));
  const fixed = new Set((inst.fixed ?? []).map(([f, m]) => key(f, m)));
  const capF = inst.founders.map((x) => x.capacity);
  const capM = inst.mentors.map((x) => x.capacity);
  let total = 0;
  for (const [f, m, s] of inst.edges) {
    if (fixed.has(key(f, m))) {
      capF[f]!--;
      capM[m]!--;
      total += s;
    }
  }
  const source = n + mCount;
  const sink = source + 1;
  const nodes = sink + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const adj: number[][] = Array.from({ length: nodes }, () => []);
  const arc = (a: number, b: number, c: number, w: number) => {
    adj[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
    adj[b]!.push(to.length);
    to.push(a);
    cap.push(0);
    cost.push(-w);
  };
  for (let f = 0; f < n; f++) {
    arc(source, f, capF[f]!, 0);
  }
  for (let m = 0; m < mCount; m++) {
    arc(n + m, sink, capM[m]!, 0);
  }
  for (const [f, m, s] of inst.edges) {
    if (!fixed.has(key(f, m)) && !forbidden.has(key(f, m))) {
      arc(f, n + m, 1, -s);
    }
  }
  for (;;) {
    const dist = new Array<number>(nodes).fill(Infinity);
    const via = new Array<number>(nodes).fill(-1);
    dist[source] = 0;
    for (let iter = 0; iter < nodes; iter++) {
      let changed = false;
      for (let a = 0; a < nodes; a++) {
        if (dist[a] === Infinity) {
          continue;
        }
        for (const e of adj[a]!) {
          if (cap[e]! > 0 && dist[a]! + cost[e]! < dist[to[e]!]!) {
            dist[to[e]!] = dist[a]! + cost[e]!;
            via[to[e]!] = e;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    if (!(dist[sink]! < 0)) {
      return total;
    }
    total -= dist[sink]!;
    for (let x = sink; x !== source; x = to[via[x]! ^ 1]!) {
      cap[via[x]!]!--;
      cap[via[x]! ^ 1]!++;
    }
  }
}

/** The certificate identity's left-hand side, written as plainly as possible (sorting every founder's gains). */
export function naiveDualValue(inst: MatchInstance, prices: readonly number[]): number {
  const mCount = inst.mentors.length;
  const key = (f: number, m: number) => f * mCount + m;
  const fixed = new Set((inst.fixed ?? []).map(([f, m]) => key(f, m)));
  const forbidden = new Set((inst.forbidden ?? []).map(([f, m]) => key(f, m)));
  const residualF = inst.founders.map((x) => x.capacity);
  const residualM = inst.mentors.map((x) => x.capacity);
  let total = 0;
  for (const [f, m] of inst.fixed ?? []) {
    residualF[f]!--;
    residualM[m]!--;
  }
  const gains: number[][] = inst.founders.map(() => []);
  for (const [f, m, s] of inst.edges) {
    if (fixed.has(key(f, m))) {
      total += s;
    } else if (!forbidden.has(key(f, m))) {
      gains[f]!.push(Math.max(0, s - prices[m]!));
    }
  }
  residualM.forEach((c, m) => (total += c * prices[m]!));
  gains.forEach((list, f) => {
    list.sort((a, b) => b - a);
    total += list.slice(0, residualF[f]).reduce((a, b) => a + b, 0);
  });
  return total;
}
