/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { buildResidualGraph, type ResidualGraph } from './graph';
import { packMatchInstance } from './parse';
import { solvePrimalDual } from './primal-dual';
import { sumOfLargest } from './top-sum';
import { isPackedMatchInstance, type MatchInstance, type MatchSolution, type PackedMatchInstance } from './types';

/**
 * Maximum-score assignment of founders to mentors (bipartite b-matching: each founder in at most its capacity of
 * pairs, each mentor likewise, partial assignment allowed), exact, with a dual certificate.
 *
 * Fixed pairs are assigned first and their capacity consumed; the rest is solved exactly on the residual
 * instance, so `objective` is the best total among solutions containing every fixed pair. The certificate is
 * stated for that residual instance (see {@link MatchSolution.certificate} and `verifyCertificate`).
 *
 * Throws `MatchInputError` (field and reason in the message) for malformed or infeasible input.
 */
export function solveMatching(instance: MatchInstance | PackedMatchInstance): MatchSolution {
  const started = performance.now();
  const packed = isPackedMatchInstance(instance) ? instance : packMatchInstance(instance);
  const graph = buildResidualGraph(packed);
  const result = solvePrimalDual(graph);
  const prices = certificatePrices(graph, result.prices);
  const objective = result.objective + graph.fixedScore;
  const dual = residualDualValue(graph, prices);
  if (dual !== objective) {
    throw new Error(`matching: certificate mismatch (dual ${dual}, objective ${objective})`);
  }
  const pairs = sortedPairs(graph, result.chosenFounder, result.chosenMentor);
  return {
    pairs,
    objective,
    optimal: true,
    certificate: { mentorPrices: Array.from(prices) },
    stats: { solveMs: roundMs(performance.now() - started), edges: graph.inputEdges, phases: result.phases },
  };
}

function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * Prices for the residual instance as stated (input capacities minus fixed pairs). The solver works with
 * capacities clipped to the number of usable pairs, so: a mentor with no residual capacity gets the highest score
 * of its remaining pairs (no founder gains from it, and it costs nothing); a mentor with more residual capacity
 * than pairs gets 0 (lowering its price raises the founders' part by at most its pairs times the old price, which
 * is what its clipped capacity paid, so the total cannot rise and stays the optimum by weak duality).
 */
function certificatePrices(g: ResidualGraph, v: Int32Array): Int32Array {
  const prices = new Int32Array(g.mentors);
  for (let m = 0; m < g.mentors; m++) {
    const residual = g.residualMentor[m]!;
    prices[m] = residual === 0 ? g.saturatedPrice[m]! : residual > g.capMentor[m]! ? 0 : v[m]!;
  }
  return prices;
}

/** The certificate's left-hand side, computed on the residual graph (its usable pairs are the only ones > 0). */
function residualDualValue(g: ResidualGraph, prices: Int32Array): number {
  let total = g.fixedScore;
  for (let m = 0; m < g.mentors; m++) {
    total += g.residualMentor[m]! * prices[m]!;
  }
  let widest = 0;
  for (let f = 0; f < g.founders; f++) {
    widest = Math.max(widest, g.fStart[f + 1]! - g.fStart[f]!);
  }
  const scratch = new Float64Array(widest);
  const { fStart, adjScore, adjMentor } = g;
  for (let f = 0; f < g.founders; f++) {
    const room = g.residualFounder[f]!;
    const start = fStart[f]!;
    const end = fStart[f + 1]!;
    if (room === 1) {
      let best = 0;
      for (let q = start; q < end; q++) {
        const gain = adjScore[q]! - prices[adjMentor[q]!]!;
        if (gain > best) {
          best = gain;
        }
      }
      total += best;
    } else if (room > 1) {
      let count = 0;
      for (let q = start; q < end; q++) {
        const gain = adjScore[q]! - prices[adjMentor[q]!]!;
        if (gain > 0) {
          scratch[count++] = gain;
        }
      }
      total += sumOfLargest(scratch, count, room);
    }
  }
  return total;
}

function sortedPairs(g: ResidualGraph, founders: Int32Array, mentors: Int32Array): Array<[number, number]> {
  const count = founders.length + g.fixed.length;
  const keys = new Float64Array(count);
  let i = 0;
  for (; i < founders.length; i++) {
    keys[i] = founders[i]! * g.mentors + mentors[i]!;
  }
  for (const [f, m] of g.fixed) {
    keys[i++] = f * g.mentors + m;
  }
  keys.sort();
  const pairs: Array<[number, number]> = new Array(count);
  for (let j = 0; j < count; j++) {
    const key = keys[j]!;
    const m = key % g.mentors;
    pairs[j] = [(key - m) / g.mentors, m];
  }
  return pairs;
}
