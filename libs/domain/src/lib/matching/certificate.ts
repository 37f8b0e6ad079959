/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { packMatchInstance } from './parse';
import { sumOfLargest } from './top-sum';
import { isPackedMatchInstance, type MatchInstance, type MatchSolution, type PackedMatchInstance } from './types';
import { checkCapacity, checkPairs } from './validate';

export interface CertificateCheck {
  /** True when the pairs are feasible, score `objective` in total, and the prices prove that no better exists. */
  valid: boolean;
  /** Why the check failed. */
  reason?: string;
  /** Total score of the pairs that are candidate edges. */
  primal: number;
  /** Left-hand side of the certificate identity (an upper bound on any solution containing the fixed pairs). */
  dual: number;
}

type Checkable = Pick<MatchSolution, 'pairs' | 'objective'> & { certificate: { mentorPrices: readonly number[] } };

/**
 * Checks a solution and its optimality certificate without solving, in one pass over the edges.
 *
 * Let `cap'` be the capacities left after the fixed pairs and `E'` the candidate pairs that are neither fixed
 * nor forbidden. For any prices `v >= 0`,
 * `dual(v) = sum_m cap'_m * v_m + sum_f top_{cap'_f}{ max(0, s_fm - v_m) : (f, m) in E' } + sum of fixed scores`
 * bounds every feasible solution that contains the fixed pairs (LP weak duality: given `v`, the best founder
 * duals are the cap'_f-th largest gain, and each pair's own dual is what exceeds it). So a feasible solution with
 * total `objective == dual(v)` is optimal. Without fixed pairs this is exactly the contract's identity.
 * Comparison is exact; the solver's prices are integers.
 */
export function verifyCertificate(instance: MatchInstance | PackedMatchInstance, solution: Checkable): CertificateCheck {
  const inst = isPackedMatchInstance(instance) ? instance : packMatchInstance(instance);
  const n = inst.founderCapacity.length;
  const mCount = inst.mentorCapacity.length;
  let primal = 0;
  let dual = 0;
  const fail = (reason: string): CertificateCheck => ({ valid: false, reason, primal, dual });

  const prices = solution.certificate.mentorPrices;
  if (!Array.isArray(prices) || prices.length !== mCount) {
    return fail(`certificate.mentorPrices: expected ${mCount} prices`);
  }
  for (let m = 0; m < mCount; m++) {
    const p = prices[m];
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0) {
      return fail(`certificate.mentorPrices[${m}]: must be a finite number >= 0`);
    }
  }

  const capF = new Float64Array(n);
  const capM = new Float64Array(mCount);
  for (let f = 0; f < n; f++) {
    capF[f] = checkCapacity(`founders[${f}].capacity`, inst.founderCapacity[f]);
  }
  for (let m = 0; m < mCount; m++) {
    capM[m] = checkCapacity(`mentors[${m}].capacity`, inst.mentorCapacity[m]);
  }
  const fixed = checkPairs('fixed', inst.fixed, n, mCount);
  const forbidden = checkPairs('forbidden', inst.forbidden, n, mCount);
  const flagged = new Uint8Array(n);
  const residualF = capF.slice();
  const residualM = capM.slice();
  const fixedKeys = new Set<number>();
  for (const [f, m] of fixed) {
    fixedKeys.add(f * mCount + m);
    flagged[f] = 1;
    residualF[f] = residualF[f]! - 1;
    residualM[m] = residualM[m]! - 1;
  }
  const forbiddenKeys = new Set<number>();
  for (const [f, m] of forbidden) {
    forbiddenKeys.add(f * mCount + m);
    flagged[f] = 1;
  }

  // Pairs: shape, duplicates, capacities.
  const pairIndex = new Map<number, number>();
  const loadF = new Float64Array(n);
  const loadM = new Float64Array(mCount);
  for (let i = 0; i < solution.pairs.length; i++) {
    const pair: unknown = solution.pairs[i];
    if (!Array.isArray(pair) || pair.length !== 2) {
      return fail(`pairs[${i}]: expected [founderIndex, mentorIndex]`);
    }
    const [f, m] = pair as [unknown, unknown];
    if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f >= n || typeof m !== 'number' || !Number.isInteger(m) || m < 0 || m >= mCount) {
      return fail(`pairs[${i}]: index out of range`);
    }
    const key = f * mCount + m;
    if (pairIndex.has(key)) {
      return fail(`pairs[${i}]: duplicate pair [${f}, ${m}]`);
    }
    pairIndex.set(key, i);
    flagged[f] = 1;
    loadF[f] = loadF[f]! + 1;
    loadM[m] = loadM[m]! + 1;
    if (loadF[f]! > capF[f]!) {
      return fail(`pairs[${i}]: founder ${f} is over its capacity ${capF[f]}`);
    }
    if (loadM[m]! > capM[m]!) {
      return fail(`pairs[${i}]: mentor ${m} is over its capacity ${capM[m]}`);
    }
  }
  for (let k = 0; k < fixed.length; k++) {
    const [f, m] = fixed[k]!;
    if (!pairIndex.has(f * mCount + m)) {
      return fail(`fixed[${k}]: pair [${f}, ${m}] is missing from pairs`);
    }
  }

  // One pass over the edges: score the pairs, and collect each founder's gains against the prices.
  const found = new Uint8Array(solution.pairs.length);
  const best = new Float64Array(n);
  const gains = new Map<number, number[]>(); // founders with residual capacity >= 2
  let fixedScore = 0;
  const ef = inst.edgeFounder;
  const em = inst.edgeMentor;
  const es = inst.edgeScore;
  for (let k = 0, count = ef.length; k < count; k++) {
    const f = ef[k]!;
    const m = em[k]!;
    const s = es[k]!;
    if (flagged[f] === 1) {
      const key = f * mCount + m;
      const at = pairIndex.get(key);
      if (forbiddenKeys.has(key)) {
        if (at !== undefined) {
          return fail(`pairs[${at}]: pair [${f}, ${m}] is forbidden`);
        }
        continue;
      }
      if (at !== undefined) {
        if (found[at] === 1) {
          return fail(`edges[${k}]: duplicate edge [${f}, ${m}]`);
        }
        found[at] = 1;
        primal += s;
      }
      if (fixedKeys.has(key)) {
        fixedScore += s;
        continue;
      }
    }
    const gain = s - prices[m]!;
    const room = residualF[f]!;
    if (gain > 0 && room > 0) {
      if (room === 1) {
        if (gain > best[f]!) {
          best[f] = gain;
        }
      } else {
        const list = gains.get(f);
        if (list) {
          list.push(gain);
        } else {
          gains.set(f, [gain]);
        }
      }
    }
  }
  for (let i = 0; i < found.length; i++) {
    if (found[i] === 0) {
      return fail(`pairs[${i}]: [${solution.pairs[i]![0]}, ${solution.pairs[i]![1]}] is not a candidate edge`);
    }
  }

  dual = fixedScore;
  for (let m = 0; m < mCount; m++) {
    dual += residualM[m]! * prices[m]!;
  }
  for (let f = 0; f < n; f++) {
    dual += best[f]!;
  }
  for (const [f, list] of gains) {
    dual += sumOfLargest(Float64Array.from(list), list.length, residualF[f]!);
  }
  if (primal !== solution.objective) {
    return fail(`objective ${solution.objective} differs from the total score of the pairs, ${primal}`);
  }
  if (dual !== solution.objective) {
    return fail(`certificate value ${dual} differs from the objective ${solution.objective}`);
  }
  return { valid: true, primal, dual };
}
