/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { solveMatching } from '../matching/solver';
import type { EventModel } from './model';
import { MAX_PRIORITY } from './types';

export interface EventBound {
  /** Upper bound on the total priority of any schedule that keeps the locks. */
  value: number;
  /** Sum of the locked meetings' priorities (part of value). */
  locked: number;
  /**
   * Per request, how many of its two pairs the relaxation's optimum holds (0..2) for the multiplier that gives the
   * bound: requests at 2 are the ones a best schedule most likely holds.
   */
  preferred: Uint8Array;
}

/**
 * Upper bound from the LP relaxation "each request at most once, participant p in at most b_p meetings, at most
 * C meetings in all", where b_p counts the rounds p is free and could meet someone, and C sums each round's free
 * tables (capped by half its free participants). Its dual value is min over integers μ in 0..3 of
 * `C·μ + LP(b-matching with weights w − μ)`: on the bipartite double cover (every participant once as each side,
 * each request as two pairs) the relaxation is a flow problem, so some optimal multiplier μ is an integer, and
 * the fractional b-matching value is half the double cover's exact b-matching, which the matching solver finds.
 * Locked meetings are counted as they are and removed from the rounds, tables and participants they use.
 */
export function eventUpperBound(model: EventModel): EventBound {
  const {
    rounds,
    tables,
    participants: n,
    first,
    second,
    weight,
    available,
    lockRound,
  } = model;
  const m = first.length;
  const free = Uint8Array.from(available);
  const roomPerRound = new Int32Array(rounds).fill(tables);
  let locked = 0;
  for (const e of model.locks) {
    const r = lockRound[e]!;
    free[first[e]! * rounds + r] = 0;
    free[second[e]! * rounds + r] = 0;
    roomPerRound[r]!--;
    locked += weight[e]!;
  }

  // Rounds in which each participant could meet someone, and the requests that fit in some round with room.
  const couldMeet = new Uint8Array(n * rounds);
  const usable: number[] = [];
  for (let e = 0; e < m; e++) {
    if (lockRound[e] !== -1) {
      continue;
    }
    const a = first[e]! * rounds;
    const b = second[e]! * rounds;
    let any = false;
    for (let r = 0; r < rounds; r++) {
      if (free[a + r] && free[b + r] && roomPerRound[r]! > 0) {
        couldMeet[a + r] = 1;
        couldMeet[b + r] = 1;
        any = true;
      }
    }
    if (any) {
      usable.push(e);
    }
  }
  const capacity = new Float64Array(n);
  const freeInRound = new Int32Array(rounds);
  for (let p = 0; p < n; p++) {
    for (let r = 0; r < rounds; r++) {
      if (couldMeet[p * rounds + r]) {
        capacity[p]!++;
        freeInRound[r]!++;
      }
    }
  }
  let seats = 0;
  for (let r = 0; r < rounds; r++) {
    seats += Math.min(roomPerRound[r]!, Math.floor(freeInRound[r]! / 2));
  }

  let best = seats * MAX_PRIORITY;
  let preferred = new Uint8Array(m);
  for (let mu = 0; mu < MAX_PRIORITY; mu++) {
    const kept = usable.filter((e) => weight[e]! > mu);
    const edgeFounder = new Int32Array(2 * kept.length);
    const edgeMentor = new Int32Array(2 * kept.length);
    const edgeScore = new Int16Array(2 * kept.length);
    kept.forEach((e, k) => {
      edgeFounder[2 * k] = first[e]!;
      edgeMentor[2 * k] = second[e]!;
      edgeFounder[2 * k + 1] = second[e]!;
      edgeMentor[2 * k + 1] = first[e]!;
      edgeScore[2 * k] = edgeScore[2 * k + 1] = weight[e]! - mu;
    });
    const cover = solveMatching({
      founderCapacity: capacity,
      mentorCapacity: capacity,
      edgeFounder,
      edgeMentor,
      edgeScore,
    });
    // The double cover's optimum is twice the fractional one; the schedule's total is an integer.
    const value = seats * mu + Math.floor(cover.objective / 2);
    if (value < best) {
      best = value;
      const requestOf = new Map<number, number>();
      for (const e of kept) {
        requestOf
          .set(first[e]! * n + second[e]!, e)
          .set(second[e]! * n + first[e]!, e);
      }
      preferred = new Uint8Array(m);
      for (const [a, b] of cover.pairs) {
        preferred[requestOf.get(a * n + b)!]!++;
      }
    }
  }
  return { value: locked + best, locked, preferred };
}
