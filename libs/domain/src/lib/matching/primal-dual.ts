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

  // Dijkstra state over nodes 0..mCount-1 (mentors) and mCount + f (founders).
  const nodeCount = mCount + n;
  const dist = new Int32Array(nodeCount);
  const seen = new Int32Array(nodeCount);
  const done = new Int32Array(nodeCount);
  const settledNodes = new Int32Array(nodeCount);
  let settledCount = 0;
  let stamp = 0;
  const bucketHead = new Int32Array(g.maxScore + 1);
  let poolNode = new Int32Array(nodeCount + 64);
  let poolLink = new Int32Array(nodeCount + 64);
  const growPool = (): void => {
    const node = new Int32Array(poolNode.length * 2);
    const link = new Int32Array(poolLink.length * 2);
    node.set(poolNode);
    link.set(poolLink);
    poolNode = node;
    poolLink = link;
  };

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
    const r = round;
    const vM = visitM;
    const vF = visitF;
    const cr = cur;
    const sM = stackM;
    const its = itSlot;
    const mL = mLoad;
    const cM = capMentor;
    const sS = mSlotStart;
    const sF = mSlotFounder;
    const sE = mSlotEdge;
    const fL = fLoad;
    const cF = capFounder;
    const uu = u;
    const vv = v;
    const fS = fStart;
    const aS = adjScore;
    const aM = adjMentor;
    const ch = chosenFlag;
    let depth = 0;
    sM[0] = m0;
    its[0] = 0;
    vM[m0] = r;
    while (depth >= 0) {
      const m = sM[depth]!;
      const load = mL[m]!;
      if (load < cM[m]!) {
        return depth;
      }
      const base = sS[m]!;
      const vm = vv[m]!;
      let it = its[depth]!;
      let next = -1;
      while (it < load) {
        const j = base + it;
        const f = sF[j]!;
        const uf = uu[f]!;
        if (fL[f] === cF[f] && aS[sE[j]!] === uf + vm) {
          if (vF[f] !== r) {
            vF[f] = r;
            cr[f] = fS[f]!;
          }
          const end = fS[f + 1]!;
          let c = cr[f]!;
          for (; c < end; c++) {
            const s = aS[c]!;
            if (s < uf) {
              c = end;
              break;
            }
            const m2 = aM[c]!;
            if (s === uf + vv[m2]! && ch[c] === 0 && vM[m2] !== r) {
              next = c;
              break;
            }
          }
          if (next >= 0) {
            cr[f] = next + 1;
            break;
          }
          cr[f] = c;
        }
        it++;
      }
      its[depth] = it;
      if (next < 0) {
        depth--;
        continue;
      }
      const m2 = aM[next]!;
      depth++;
      sM[depth] = m2;
      its[depth] = 0;
      pathEdge[depth] = next;
      vM[m2] = r;
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
   * Step 2: Dijkstra over reduced costs from every founder with spare capacity, with one bucket per distance.
   * Returns D = min(lambda, distance to the nearest mentor with spare capacity); the nodes settled below D are
   * settledNodes[0..settledCount-1] with their distance in `dist`. Founders with spare capacity are sources at
   * distance 0; those of capacity 1 are summarised by each mentor's best one (reduced cost lambda + v_m - s).
   */
  const shortestDistance = (): number => {
    const st = ++stamp;
    const lam = lambda;
    let limit = lam;
    const head = bucketHead;
    head.fill(-1, 0, lam + 1);
    let used = 0;
    let count = 0;
    let pNode = poolNode;
    let pLink = poolLink;
    const dd = dist;
    const sn = seen;
    const dn = done;
    const mL = mLoad;
    const cM = capMentor;
    const fL = fLoad;
    const cF = capFounder;
    const uu = u;
    const vv = v;
    const fS = fStart;
    const aS = adjScore;
    const aM = adjMentor;
    const ch = chosenFlag;
    const sS = mSlotStart;
    const sF = mSlotFounder;
    const sE = mSlotEdge;

    for (let m = 0; m < mCount; m++) {
      const p = headFree(m);
      if (p < mStart[m + 1]!) {
        const d = lam + vv[m]! - mListScore[p]!;
        if (d < limit) {
          if (mL[m]! < cM[m]!) {
            limit = d;
          } else if (sn[m] !== st || dd[m]! > d) {
            sn[m] = st;
            dd[m] = d;
            if (used === pNode.length) {
              growPool();
              pNode = poolNode;
              pLink = poolLink;
            }
            pNode[used] = m;
            pLink[used] = head[d]!;
            head[d] = used++;
          }
        }
      }
    }
    for (const f of multi) {
      if (fL[f]! < cF[f]!) {
        for (let q = fS[f]!, end = fS[f + 1]!; q < end; q++) {
          const base = lam - aS[q]!;
          if (base >= limit) {
            break;
          }
          const m = aM[q]!;
          const d = base + vv[m]!;
          if (ch[q] === 0 && d < limit) {
            if (mL[m]! < cM[m]!) {
              limit = d;
            } else if (sn[m] !== st || dd[m]! > d) {
              sn[m] = st;
              dd[m] = d;
              if (used === pNode.length) {
                growPool();
                pNode = poolNode;
                pLink = poolLink;
              }
              pNode[used] = m;
              pLink[used] = head[d]!;
              head[d] = used++;
            }
          }
        }
      }
    }

    for (let d = 0; d < limit; d++) {
      while (head[d] !== -1 && d < limit) {
        const entry = head[d]!;
        head[d] = pLink[entry]!;
        const node = pNode[entry]!;
        if (dn[node] === st || dd[node] !== d) {
          continue;
        }
        dn[node] = st;
        settledNodes[count++] = node;
        if (node < mCount) {
          const vm = vv[node]!;
          for (let j = sS[node]!, end = j + mL[node]!; j < end; j++) {
            const f = sF[j]!;
            if (fL[f] !== cF[f]) {
              continue;
            }
            const x = mCount + f;
            const nd = d + aS[sE[j]!]! - uu[f]! - vm;
            if (nd < limit && (sn[x] !== st || dd[x]! > nd)) {
              sn[x] = st;
              dd[x] = nd;
              if (used === pNode.length) {
                growPool();
                pNode = poolNode;
                pLink = poolLink;
              }
              pNode[used] = x;
              pLink[used] = head[nd]!;
              head[nd] = used++;
            }
          }
        } else {
          const f = node - mCount;
          const offset = d + uu[f]!;
          for (let q = fS[f]!, end = fS[f + 1]!; q < end; q++) {
            const base = offset - aS[q]!;
            if (base >= limit) {
              break;
            }
            if (ch[q] !== 0) {
              continue;
            }
            const m = aM[q]!;
            const nd = base + vv[m]!;
            if (nd >= limit) {
              continue;
            }
            if (mL[m]! < cM[m]!) {
              limit = nd;
            } else if (sn[m] !== st || dd[m]! > nd) {
              sn[m] = st;
              dd[m] = nd;
              if (used === pNode.length) {
                growPool();
                pNode = poolNode;
                pLink = poolLink;
              }
              pNode[used] = m;
              pLink[used] = head[nd]!;
              head[nd] = used++;
            }
          }
        }
      }
    }
    settledCount = count;
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
    for (let i = 0; i < settledCount; i++) {
      const node = settledNodes[i]!;
      if (node < mCount) {
        v[node] = v[node]! + shift - dist[node]!;
      } else {
        const f = node - mCount;
        u[f] = u[f]! - (shift - dist[node]!);
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
