/** Run list and, with an id appended, one run. */
export const COHORT_RUNS_KEY = ['cohort-runs'] as const;
