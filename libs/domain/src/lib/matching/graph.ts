/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { MAX_SCORE, MatchInputError, type PackedMatchInstance } from './types';
import { checkCapacity, checkIndex, checkPairs, checkScore } from './validate';

/**
 * The instance left after the fixed pairs are assigned: capacities reduced by the fixed pairs, and without the
 * fixed, forbidden and unusable pairs (those at a founder or mentor with no capacity left). Everything is in typed
 * arrays; founder and mentor indices are the input indices.
 */
export interface ResidualGraph {
  founders: number;
  mentors: number;
  /** Candidate pairs in the input. */
  inputEdges: number;
  /** Founder-major adjacency (CSR) of the usable pairs: founder f's pairs are `fStart[f]..fStart[f+1]-1`. */
  fStart: Int32Array;
  adjMentor: Int32Array;
  /** Scores; within a founder's run they are non-increasing. */
  adjScore: Int16Array;
  /**
   * Usable pairs of founders whose effective capacity is 1, grouped by mentor (`mStart`), each mentor's run sorted
   * by score descending. The solver reads the best still-unassigned founder of a mentor from here.
   */
  mStart: Int32Array;
  mListFounder: Int32Array;
  mListScore: Int16Array;
  /** Capacity left after the fixed pairs (as in the input; may exceed the number of usable pairs). */
  residualFounder: Float64Array;
  residualMentor: Float64Array;
  /** min(residual capacity, number of usable pairs): what the solver works with. */
  capFounder: Int32Array;
  capMentor: Int32Array;
  /** For each mentor without residual capacity, the highest score among its non-fixed, non-forbidden pairs. */
  saturatedPrice: Int32Array;
  fixed: Array<[number, number]>;
  fixedScore: number;
  maxScore: number;
}

function duplicateEdgeError(inst: PackedMatchInstance, f: number, m: number): MatchInputError {
  let first = -1;
  for (let k = 0; k < inst.edgeFounder.length; k++) {
    if (inst.edgeFounder[k] === f && inst.edgeMentor[k] === m) {
      if (first >= 0) {
        return new MatchInputError(`edges[${k}]`, `duplicate edge for founder ${f} and mentor ${m} (first given as edges[${first}])`);
      }
      first = k;
    }
  }
  return new MatchInputError('edges', `duplicate edge for founder ${f} and mentor ${m}`);
}

/** Validates a column-form instance and builds its residual graph. Throws {@link MatchInputError}. */
export function buildResidualGraph(inst: PackedMatchInstance): ResidualGraph {
  const n = inst.founderCapacity.length;
  const mCount = inst.mentorCapacity.length;
  const ef = inst.edgeFounder;
  const em = inst.edgeMentor;
  const es = inst.edgeScore;
  const edgeCount = ef.length;
  if (em.length !== edgeCount || es.length !== edgeCount) {
    throw new MatchInputError('edges', 'edgeFounder, edgeMentor and edgeScore must have the same length');
  }

  const residualFounder = new Float64Array(n);
  for (let f = 0; f < n; f++) {
    residualFounder[f] = checkCapacity(`founders[${f}].capacity`, inst.founderCapacity[f]);
  }
  const residualMentor = new Float64Array(mCount);
  for (let m = 0; m < mCount; m++) {
    residualMentor[m] = checkCapacity(`mentors[${m}].capacity`, inst.mentorCapacity[m]);
  }

  // Fixed and forbidden pairs: shape, duplicates, conflicts, capacities.
  const fixed = checkPairs('fixed', inst.fixed, n, mCount);
  const forbidden = checkPairs('forbidden', inst.forbidden, n, mCount);
  const forbiddenKeys = new Set<number>();
  for (const [f, m] of forbidden) {
    forbiddenKeys.add(f * mCount + m);
  }
  const fixedKeys = new Map<number, number>();
  fixed.forEach(([f, m], k) => {
    const key = f * mCount + m;
    const previous = fixedKeys.get(key);
    if (previous !== undefined) {
      throw new MatchInputError(`fixed[${k}]`, `duplicate of fixed[${previous}]`);
    }
    if (forbiddenKeys.has(key)) {
      throw new MatchInputError(`fixed[${k}]`, `pair [${f}, ${m}] is also forbidden (infeasible)`);
    }
    fixedKeys.set(key, k);
    residualFounder[f] = residualFounder[f]! - 1;
    if (residualFounder[f]! < 0) {
      throw new MatchInputError(`fixed[${k}]`, `founder ${f} is in more fixed pairs than its capacity ${inst.founderCapacity[f]} (infeasible)`);
    }
    residualMentor[m] = residualMentor[m]! - 1;
    if (residualMentor[m]! < 0) {
      throw new MatchInputError(`fixed[${k}]`, `mentor ${m} is in more fixed pairs than its capacity ${inst.mentorCapacity[m]} (infeasible)`);
    }
  });

  // Pass 1: validate every edge, count pairs per founder, and copy them (final when already in founder order,
  // the usual layout of exported files; otherwise scattered by founder below).
  const topScore = MAX_SCORE;
  const degree = new Int32Array(n + 1);
  const adjMentor = new Int32Array(edgeCount);
  const adjScore = new Int16Array(edgeCount);
  let grouped = true;
  let previous = 0;
  for (let k = 0; k < edgeCount; k++) {
    const f = ef[k]!;
    const m = em[k]!;
    const s = es[k]!;
    if (!((f | 0) === f && f >= 0 && f < n && (m | 0) === m && m >= 0 && m < mCount && (s | 0) === s && s >= 1 && s <= topScore)) {
      checkIndex(`edges[${k}][0]`, f, n, 'founder');
      checkIndex(`edges[${k}][1]`, m, mCount, 'mentor');
      checkScore(`edges[${k}][2]`, s);
    }
    degree[f]!++;
    adjMentor[k] = m;
    adjScore[k] = s;
    if (f < previous) {
      grouped = false;
    }
    previous = f;
  }

  // Founder-major adjacency, then each founder's run sorted by score descending (stable), checking duplicates.
  const fStart = new Int32Array(n + 1);
  let widest = 0;
  for (let f = 0; f < n; f++) {
    fStart[f + 1] = fStart[f]! + degree[f]!;
    widest = Math.max(widest, degree[f]!);
  }
  if (!grouped) {
    const fill = fStart.slice(0, n);
    for (let k = 0; k < edgeCount; k++) {
      const q = fill[ef[k]!]!++;
      adjMentor[q] = em[k]!;
      adjScore[q] = es[k]!;
    }
  }
  const sorter = new RunSorter(widest);
  const mark = new Int32Array(mCount);
  for (let f = 0; f < n; f++) {
    const start = fStart[f]!;
    const end = fStart[f + 1]!;
    for (let q = start; q < end; q++) {
      const m = adjMentor[q]!;
      if (mark[m] === f + 1) {
        throw duplicateEdgeError(inst, f, m);
      }
      mark[m] = f + 1;
    }
    sorter.sortByScoreDescending(adjMentor, adjScore, start, end);
  }

  // Resolve fixed and forbidden pairs to edges (score 0 marks an edge as removed).
  let fixedScore = 0;
  const fixedFound = new Uint8Array(fixed.length);
  if (fixed.length + forbidden.length > 0) {
    const special = new Map<number, Array<[number, number]>>(); // founder -> [mentor, code]; code k+1 fixed, -1 forbidden
    const add = (f: number, m: number, code: number) => {
      const list = special.get(f);
      if (list) {
        list.push([m, code]);
      } else {
        special.set(f, [[m, code]]);
      }
    };
    fixed.forEach(([f, m], k) => add(f, m, k + 1));
    forbidden.forEach(([f, m]) => add(f, m, -1));
    mark.fill(0);
    for (const [f, list] of special) {
      for (const [m, code] of list) {
        mark[m] = code;
      }
      for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
        const code = mark[adjMentor[q]!]!;
        if (code > 0) {
          fixedFound[code - 1] = 1;
          fixedScore += adjScore[q]!;
          adjScore[q] = 0;
        } else if (code < 0) {
          adjScore[q] = 0;
        }
      }
      for (const [m] of list) {
        mark[m] = 0;
      }
    }
  }
  fixed.forEach(([f, m], k) => {
    if (fixedFound[k] === 0) {
      throw new MatchInputError(`fixed[${k}]`, `pair [${f}, ${m}] is not a candidate edge (infeasible)`);
    }
  });

  // Drop pairs at a founder or mentor without residual capacity and compact the adjacency in place.
  const saturatedPrice = new Int32Array(mCount);
  const mentorDegree = new Int32Array(mCount);
  const capFounder = new Int32Array(n);
  let maxScore = 0;
  let kept = 0;
  for (let f = 0; f < n; f++) {
    const start = fStart[f]!;
    const end = fStart[f + 1]!;
    fStart[f] = kept;
    const founderOpen = residualFounder[f]! > 0;
    for (let q = start; q < end; q++) {
      const s = adjScore[q]!;
      if (s === 0) {
        continue;
      }
      const m = adjMentor[q]!;
      if (residualMentor[m] === 0) {
        if (s > saturatedPrice[m]!) {
          saturatedPrice[m] = s;
        }
        continue;
      }
      if (!founderOpen) {
        continue;
      }
      adjMentor[kept] = m;
      adjScore[kept] = s;
      kept++;
      mentorDegree[m]!++;
      if (s > maxScore) {
        maxScore = s;
      }
    }
    capFounder[f] = Math.min(residualFounder[f]!, kept - fStart[f]!);
  }
  fStart[n] = kept;
  const capMentor = new Int32Array(mCount);
  for (let m = 0; m < mCount; m++) {
    capMentor[m] = Math.min(residualMentor[m]!, mentorDegree[m]!);
  }

  const lists = buildMentorLists(n, mCount, fStart, adjMentor, adjScore, capFounder);
  return {
    founders: n,
    mentors: mCount,
    inputEdges: edgeCount,
    fStart,
    adjMentor: adjMentor.subarray(0, kept),
    adjScore: adjScore.subarray(0, kept),
    ...lists,
    residualFounder,
    residualMentor,
    capFounder,
    capMentor,
    saturatedPrice,
    fixed,
    fixedScore,
    maxScore,
  };
}

/** Per-mentor lists of the pairs of capacity-1 founders, scores descending, founders ascending among ties. */
function buildMentorLists(
  n: number,
  mCount: number,
  fStart: Int32Array,
  adjMentor: Int32Array,
  adjScore: Int16Array,
  capFounder: Int32Array,
): { mStart: Int32Array; mListFounder: Int32Array; mListScore: Int16Array } {
  const mStart = new Int32Array(mCount + 1);
  for (let f = 0; f < n; f++) {
    if (capFounder[f] === 1) {
      for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
        mStart[adjMentor[q]! + 1]!++;
      }
    }
  }
  let widest = 0;
  for (let m = 0; m < mCount; m++) {
    widest = Math.max(widest, mStart[m + 1]!);
    mStart[m + 1] = mStart[m + 1]! + mStart[m]!;
  }
  const total = mStart[mCount]!;
  const mListFounder = new Int32Array(total);
  const mListScore = new Int16Array(total);
  const fill = mStart.slice(0, mCount);
  for (let f = 0; f < n; f++) {
    if (capFounder[f] === 1) {
      for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
        const p = fill[adjMentor[q]!]!++;
        mListFounder[p] = f;
        mListScore[p] = adjScore[q]!;
      }
    }
  }
  const sorter = new RunSorter(widest);
  for (let m = 0; m < mCount; m++) {
    sorter.sortByScoreDescending(mListFounder, mListScore, mStart[m]!, mStart[m + 1]!);
  }
  return { mStart, mListFounder, mListScore };
}

/** Stable sort of short runs by score, descending: insertion sort when tiny, counting sort otherwise. */
class RunSorter {
  private readonly ids: Int32Array;
  private readonly scores: Int16Array;
  private readonly count = new Int32Array(MAX_SCORE + 1);
  private readonly top = MAX_SCORE;

  constructor(widest: number) {
    this.ids = new Int32Array(widest);
    this.scores = new Int16Array(widest);
  }

  sortByScoreDescending(ids: Int32Array, scores: Int16Array, start: number, end: number): void {
    let low = this.top;
    let high = 0;
    let sorted = true;
    let last = low;
    for (let q = start; q < end; q++) {
      const s = scores[q]!;
      if (s > last) {
        sorted = false;
      }
      last = s;
      if (s < low) {
        low = s;
      }
      if (s > high) {
        high = s;
      }
    }
    if (sorted) {
      return;
    }
    if (end - start <= 24) {
      for (let q = start + 1; q < end; q++) {
        const s = scores[q]!;
        const id = ids[q]!;
        let p = q - 1;
        while (p >= start && scores[p]! < s) {
          scores[p + 1] = scores[p]!;
          ids[p + 1] = ids[p]!;
          p--;
        }
        scores[p + 1] = s;
        ids[p + 1] = id;
      }
      return;
    }
    const count = this.count;
    count.fill(0, low, high + 1);
    for (let q = start; q < end; q++) {
      count[scores[q]!]!++;
    }
    let acc = 0;
    for (let s = high; s >= low; s--) {
      const c = count[s]!;
      count[s] = acc;
      acc += c;
    }
    const tmpIds = this.ids;
    const tmpScores = this.scores;
    for (let q = start; q < end; q++) {
      const s = scores[q]!;
      const p = count[s]!++;
      tmpIds[p] = ids[q]!;
      tmpScores[p] = s;
    }
    ids.set(tmpIds.subarray(0, end - start), start);
    scores.set(tmpScores.subarray(0, end - start), start);
  }
}
