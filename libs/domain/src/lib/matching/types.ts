/** Highest accepted candidate score (scores are integers 1..MAX_SCORE). */
export const MAX_SCORE = 1000;

export interface MatchParticipant {
  id: string;
  /** Most pairs this founder or mentor may be in (non-negative integer). */
  capacity: number;
}

/** Candidate pair `[founderIndex, mentorIndex, score]`. */
export type MatchEdge = readonly [founder: number, mentor: number, score: number];

/** Pair `[founderIndex, mentorIndex]`. */
export type MatchPair = readonly [founder: number, mentor: number];

/** The `torchbridge match solve` input document. */
export interface MatchInstance {
  founders: readonly MatchParticipant[];
  mentors: readonly MatchParticipant[];
  /** Candidate pairs; pairs that are not listed are forbidden. */
  edges: readonly MatchEdge[];
  /** Pairs that must be in the solution. */
  fixed?: readonly MatchPair[];
  /** Pairs that must not be in the solution. */
  forbidden?: readonly MatchPair[];
}

/**
 * Column form of an instance: the same data as {@link MatchInstance} without one object per edge. Edge `k` is
 * `[edgeFounder[k], edgeMentor[k], edgeScore[k]]`, and error messages name it `edges[k]`.
 */
export interface PackedMatchInstance {
  founderCapacity: ArrayLike<number>;
  mentorCapacity: ArrayLike<number>;
  edgeFounder: ArrayLike<number>;
  edgeMentor: ArrayLike<number>;
  edgeScore: ArrayLike<number>;
  fixed?: readonly MatchPair[];
  forbidden?: readonly MatchPair[];
}

export interface MatchCertificate {
  /**
   * Dual prices `v_m >= 0`, one per mentor. With `cap'` the capacities left after the fixed pairs and `E'` the
   * candidate pairs that are neither fixed nor forbidden:
   * `sum_m cap'_m * v_m + sum_f (sum of the cap'_f largest values of max(0, s_fm - v_m) over f's pairs in E')
   *  + (sum of the fixed pairs' scores) == objective`.
   * Without fixed pairs this is the plain identity of the contract. See `verifyCertificate`.
   */
  mentorPrices: number[];
}

export interface MatchStats {
  /** Wall time of validation, graph construction and the solve, in milliseconds. */
  solveMs: number;
  /** Candidate pairs in the input. */
  edges: number;
  /** Primal-dual phases (each: maximal augmentation on tight pairs, then one dual adjustment). */
  phases: number;
}

export interface MatchSolution {
  /** Chosen `[founderIndex, mentorIndex]` pairs, sorted by founder then mentor. */
  pairs: Array<[number, number]>;
  objective: number;
  optimal: true;
  certificate: MatchCertificate;
  stats: MatchStats;
}

/** Malformed or infeasible input. `field` names the offending field, e.g. `edges[3][1]`. */
export class MatchInputError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${field}: ${detail}`);
    this.name = 'MatchInputError';
  }
}

export function isPackedMatchInstance(value: MatchInstance | PackedMatchInstance): value is PackedMatchInstance {
  return 'edgeFounder' in value;
}
