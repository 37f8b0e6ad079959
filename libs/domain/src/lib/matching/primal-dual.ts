/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import type { ResidualGraph } from './graph';

export interface PrimalDualResult {
  /** Chosen pairs of the residual graph, grouped by founder (ascending). */
  chosenFounder: Int32Array;
  chosenMentor: Int32Array;
  /** Mentor dual prices `v_m` of the residual graph (before the adjustments in `solveMatching`). */
  prices: Int32Array;
  objective: number;
  phases: number;
}

/** Int32 stack that grows on demand. */
class IntStack {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

/**
 * Maximum-weight bipartite b-matching by the primal-dual (Hungarian) method with integer duals.
 *
 * Duals: founder utilities `u_f >= 0`, mentor prices `v_m >= 0`, and a level `lambda` equal to the utility of
 * every founder with spare capacity. Invariants: `u_f + v_m >= s` on unchosen pairs, `<= s` on chosen ones,
 * `v_m = 0` for mentors with spare capacity, `u_f >= lambda`. A pair or arc is *tight* when its inequality is an
 * equality. Each phase
 *  1. augments along tight alternating paths (founder with spare capacity -> ... -> mentor with spare capacity)
 *     until none is left (rounds of depth-first search with current-arc pointers), then
 *  2. runs one Dijkstra over reduced costs (bucket queue: costs are small integers) from all founders with spare
 *     capacity, stopping at D = min(lambda, distance of the nearest mentor with spare capacity), and shifts the
 *     duals by `max(0, D - dist)`; `lambda -= D >= 1`.
 * It stops when `lambda` reaches 0: then founders and mentors with spare capacity have zero duals and
 * complementary slackness proves optimality. At most maxScore phases.
 *
 * Founders of capacity 1 with spare capacity are not scanned: each mentor keeps a pointer into its
 * score-sorted list of capacity-1 founders, advanced past founders that got a pair (they never lose it), so the
 * best root pair of a mentor costs O(1) amortised.
 */
export function solvePrimalDual(g: ResidualGraph): PrimalDualResult {
  const n = g.founders;
  const mCount = g.mentors;
  const { fStart, adjMentor, adjScore, mStart, mListFounder, mListScore, capFounder, capMentor } = g;
  const edgeCount = fStart[n]!;

  const chosenFlag = new Uint8Array(edgeCount);
  const fSlotStart = new Int32Array(n + 1);
  for (let f = 0; f < n; f++) {
    fSlotStart[f + 1] = fSlotStart[f]! + capFounder[f]!;
  }
  const fSlots = new Int32Array(fSlotStart[n]!); // chosen adjacency positions per founder
  const fLoad = new Int32Array(n);
  const mSlotStart = new Int32Array(mCount + 1);
  for (let m = 0; m < mCount; m++) {
    mSlotStart[m + 1] = mSlotStart[m]! + capMentor[m]!;
  }
  const mSlotEdge = new Int32Array(mSlotStart[mCount]!);
  const mSlotFounder = new Int32Array(mSlotStart[mCount]!);
  const mLoad = new Int32Array(mCount);

  const u = new Int32Array(n); // meaningful for founders without spare capacity; others have u = lambda
  const v = new Int32Array(mCount);
  const ptr = mStart.slice(0, mCount);
  const multi: number[] = [];
  for (let f = 0; f < n; f++) {
    if (capFounder[f]! > 1) {
      multi.push(f);
    }
  }
  let lambda = g.maxScore;

  // Search state, stamped per round / per Dijkstra so nothing needs clearing.
  const visitM = new Int32Array(mCount);
  const visitF = new Int32Array(n);
  const cur = new Int32Array(n);
  let round = 0;
  const stackM = new Int32Array(mCount + 1);
  const itSlot = new Int32Array(mCount + 1);
  const pathEdge = new Int32Array(mCount + 1);

  const distM = new Int32Array(mCount);
  const distF = new Int32Array(n);
  const seenM = new Int32Array(mCount);
  const seenF = new Int32Array(n);
  const doneM = new Int32Array(mCount);
  const doneF = new Int32Array(n);
  let stamp = 0;
  const bucketHead = new Int32Array(g.maxScore + 1);
  const pool = new IntStack(mCount + 64);
  const poolNext = new IntStack(mCount + 64);
  const settled = new IntStack(mCount + 64);

  /** Position in mentor m's list of the best capacity-1 founder that still has spare capacity. */
  const headFree = (m: number): number => {
    let p = ptr[m]!;
    const end = mStart[m + 1]!;
    while (p < end && fLoad[mListFounder[p]!] !== 0) {
      p++;
    }
    ptr[m] = p;
    return p;
  };

  const findEdge = (f: number, m: number): number => {
    for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
      if (adjMentor[q] === m) {
        return q;
      }
    }
    throw new Error(`matching: no pair between founder ${f} and mentor ${m}`);
  };

  const addToFounder = (f: number, q: number): void => {
    fSlots[fSlotStart[f]! + fLoad[f]!] = q;
    fLoad[f]!++;
    if (fLoad[f] === capFounder[f]) {
      u[f] = lambda;
    }
  };

  const replaceInFounder = (f: number, from: number, to: number): void => {
    for (let j = fSlotStart[f]!, end = j + fLoad[f]!; j < end; j++) {
      if (fSlots[j] === from) {
        fSlots[j] = to;
        return;
      }
    }
    throw new Error(`matching: founder ${f} does not hold pair ${from}`);
  };

  const addToMentor = (m: number, f: number, q: number): void => {
    const j = mSlotStart[m]! + mLoad[m]!;
    mSlotEdge[j] = q;
    mSlotFounder[j] = f;
    mLoad[m]!++;
  };

  /** Chooses pair q = (f, m) for a founder and a mentor that both have spare capacity. */
  const chooseDirect = (f: number, q: number, m: number): void => {
    chosenFlag[q] = 1;
    addToFounder(f, q);
    addToMentor(m, f, q);
  };

  /**
   * Depth-first search over tight arcs from mentor m0 (which has no spare capacity) to a mentor with spare
   * capacity. Returns the path length k (mentors stackM[0..k]) or -1. Visited marks and current arcs persist
   * for the whole round.
   */
  const search = (m0: number): number => {
    let depth = 0;
    stackM[0] = m0;
    itSlot[0] = 0;
    visitM[m0] = round;
    while (depth >= 0) {
      const m = stackM[depth]!;
      const load = mLoad[m]!;
      if (load < capMentor[m]!) {
        return depth;
      }
      const base = mSlotStart[m]!;
      const vm = v[m]!;
      let it = itSlot[depth]!;
      let next = -1;
      while (it < load) {
        const j = base + it;
        const f = mSlotFounder[j]!;
        if (fLoad[f] === capFounder[f] && adjScore[mSlotEdge[j]!] === u[f]! + vm) {
          if (visitF[f] !== round) {
            visitF[f] = round;
            cur[f] = fStart[f]!;
          }
          const uf = u[f]!;
          const end = fStart[f + 1]!;
          let c = cur[f]!;
          for (; c < end; c++) {
            const s = adjScore[c]!;
            if (s < uf) {
              c = end;
              break;
            }
            const m2 = adjMentor[c]!;
            if (s === uf + v[m2]! && chosenFlag[c] === 0 && visitM[m2] !== round) {
              next = c;
              break;
            }
          }
          if (next >= 0) {
            cur[f] = next + 1;
            break;
          }
          cur[f] = c;
        }
        it++;
      }
      itSlot[depth] = it;
      if (next < 0) {
        depth--;
        continue;
      }
      const m2 = adjMentor[next]!;
      depth++;
      stackM[depth] = m2;
      itSlot[depth] = 0;
      pathEdge[depth] = next;
      visitM[m2] = round;
    }
    return -1;
  };

  /** Flips the path found by `search` (length k) and gives mentor stackM[0] the root pair q0 of founder root. */
  const augment = (k: number, root: number, q0: number): void => {
    for (let i = k - 1; i >= 0; i--) {
      const j = mSlotStart[stackM[i]!]! + itSlot[i]!;
      const f = mSlotFounder[j]!;
      const old = mSlotEdge[j]!;
      const q = pathEdge[i + 1]!;
      chosenFlag[old] = 0;
      chosenFlag[q] = 1;
      replaceInFounder(f, old, q);
      const next = stackM[i + 1]!;
      if (i + 1 === k) {
        addToMentor(next, f, q);
      } else {
        const jn = mSlotStart[next]! + itSlot[i + 1]!;
        mSlotFounder[jn] = f;
        mSlotEdge[jn] = q;
      }
    }
    const m0 = stackM[0]!;
    if (k === 0) {
      addToMentor(m0, root, q0);
    } else {
      const j0 = mSlotStart[m0]! + itSlot[0]!;
      mSlotFounder[j0] = root;
      mSlotEdge[j0] = q0;
    }
    chosenFlag[q0] = 1;
    addToFounder(root, q0);
  };

  /** Step 1 of a phase: a maximal set of augmentations on tight arcs (repeated until a round finds none). */
  const augmentTight = (): void => {
    for (;;) {
      round++;
      let found = 0;
      for (let m = 0; m < mCount; m++) {
        const end = mStart[m + 1]!;
        for (;;) {
          const p = headFree(m);
          if (p === end || mListScore[p] !== lambda + v[m]!) {
            break;
          }
          const root = mListFounder[p]!;
          if (mLoad[m]! < capMentor[m]!) {
            chooseDirect(root, findEdge(root, m), m);
            found++;
            continue;
          }
          if (visitM[m] === round) {
            break;
          }
          const k = search(m);
          if (k < 0) {
            break;
          }
          augment(k, root, findEdge(root, m));
          found++;
        }
      }
      for (const f of multi) {
        for (let q = fStart[f]!, end = fStart[f + 1]!; q < end && fLoad[f]! < capFounder[f]!; q++) {
          const s = adjScore[q]!;
          if (s < lambda) {
            break;
          }
          const m = adjMentor[q]!;
          if (chosenFlag[q] !== 0 || s !== lambda + v[m]!) {
            continue;
          }
          if (mLoad[m]! < capMentor[m]!) {
            chooseDirect(f, q, m);
            found++;
          } else if (visitM[m] !== round) {
            const k = search(m);
            if (k >= 0) {
              augment(k, f, q);
              found++;
            }
          }
        }
      }
      if (found === 0) {
        return;
      }
    }
  };

  /**
   * Step 2: Dijkstra over reduced costs from every founder with spare capacity. Returns D = min(lambda, distance
   * to the nearest mentor with spare capacity); nodes settled below D are in `settled` (mentors as m, founders as
   * mCount + f) with their distance in distM / distF.
   */
  const shortestDistance = (): number => {
    stamp++;
    let limit = lambda;
    bucketHead.fill(-1, 0, lambda + 1);
    pool.length = 0;
    poolNext.length = 0;
    settled.length = 0;

    const reachMentor = (m: number, d: number): void => {
      if (d >= limit) {
        return;
      }
      if (mLoad[m]! < capMentor[m]!) {
        limit = d;
        return;
      }
      if (seenM[m] === stamp && distM[m]! <= d) {
        return;
      }
      seenM[m] = stamp;
      distM[m] = d;
      poolNext.push(bucketHead[d]!);
      bucketHead[d] = pool.push(m);
    };
    const reachFounder = (f: number, d: number): void => {
      if (d >= limit || (seenF[f] === stamp && distF[f]! <= d)) {
        return;
      }
      seenF[f] = stamp;
      distF[f] = d;
      poolNext.push(bucketHead[d]!);
      bucketHead[d] = pool.push(mCount + f);
    };

    for (let m = 0; m < mCount; m++) {
      const p = headFree(m);
      if (p < mStart[m + 1]!) {
        reachMentor(m, lambda + v[m]! - mListScore[p]!);
      }
    }
    for (const f of multi) {
      if (fLoad[f]! < capFounder[f]!) {
        for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
          const base = lambda - adjScore[q]!;
          if (base >= limit) {
            break;
          }
          if (chosenFlag[q] === 0) {
            reachMentor(adjMentor[q]!, base + v[adjMentor[q]!]!);
          }
        }
      }
    }

    for (let d = 0; d < limit; d++) {
      while (bucketHead[d] !== -1 && d < limit) {
        const entry = bucketHead[d]!;
        bucketHead[d] = poolNext.data[entry]!;
        const node = pool.data[entry]!;
        if (node < mCount) {
          const m = node;
          if (doneM[m] === stamp || distM[m] !== d) {
            continue;
          }
          doneM[m] = stamp;
          settled.push(m);
          const vm = v[m]!;
          for (let j = mSlotStart[m]!, end = j + mLoad[m]!; j < end; j++) {
            const f = mSlotFounder[j]!;
            if (fLoad[f] === capFounder[f]) {
              reachFounder(f, d + adjScore[mSlotEdge[j]!]! - u[f]! - vm);
            }
          }
        } else {
          const f = node - mCount;
          if (doneF[f] === stamp || distF[f] !== d) {
            continue;
          }
          doneF[f] = stamp;
          settled.push(node);
          const offset = d + u[f]!;
          for (let q = fStart[f]!, end = fStart[f + 1]!; q < end; q++) {
            const base = offset - adjScore[q]!;
            if (base >= limit) {
              break;
            }
            if (chosenFlag[q] === 0) {
              const m2 = adjMentor[q]!;
              reachMentor(m2, base + v[m2]!);
            }
          }
        }
      }
    }
    return limit;
  };

  let phases = 0;
  while (lambda > 0) {
    phases++;
    augmentTight();
    const shift = shortestDistance();
    if (shift <= 0) {
      throw new Error('matching: a tight augmenting path was left after the augmentation step');
    }
    for (let i = 0; i < settled.length; i++) {
      const node = settled.data[i]!;
      if (node < mCount) {
        v[node] = v[node]! + shift - distM[node]!;
      } else {
        const f = node - mCount;
        u[f] = u[f]! - (shift - distF[f]!);
      }
    }
    lambda -= shift;
  }

  let total = 0;
  for (let f = 0; f < n; f++) {
    total += fLoad[f]!;
  }
  const chosenFounder = new Int32Array(total);
  const chosenMentor = new Int32Array(total);
  let objective = 0;
  let w = 0;
  for (let f = 0; f < n; f++) {
    for (let j = fSlotStart[f]!, end = j + fLoad[f]!; j < end; j++) {
      const q = fSlots[j]!;
      chosenFounder[w] = f;
      chosenMentor[w] = adjMentor[q]!;
      w++;
      objective += adjScore[q]!;
    }
  }
  return { chosenFounder, chosenMentor, prices: v, objective, phases };
}
