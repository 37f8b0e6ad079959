import type { CohortRunView, ReasonView } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

const REASON_CODES = ['sector', 'stage', 'stage-near', 'needs', 'language', 'overlap', 'market', 'load'] as const satisfies readonly ReasonView['code'][];

const reason = z.object({
  code: z.enum(REASON_CODES),
  points: z.number(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});

const pairRef = z.object({ startupId: col.id, mentorId: col.id });

export const cohortResult = z.object({
  pairs: z.array(
    z.object({
      startupId: col.id,
      startupNameEn: col.text,
      startupNameZh: col.text,
      mentorId: col.id,
      mentorName: col.text,
      score: z.number(),
      reasons: z.array(reason),
      pinned: col.bool,
    }),
  ),
  unmatchedStartupIds: col.texts,
  objective: z.number(),
  optimalObjective: z.number(),
  certified: col.bool,
  candidatePairs: z.number(),
  blockingPairs: z.number().nullable(),
  solveMs: z.number(),
}) satisfies z.ZodType<CohortRunView['result']>;
export type CohortResult = z.output<typeof cohortResult>;

export const RUN_COLUMNS = 'id, name, created_by, mode, status, startup_ids, mentor_ids, pins, forbids, allow_repeat, result, created_at, published_at';

export const runRow = z.object({
  id: col.id,
  name: col.text,
  /** The manager who started the run. */
  created_by: col.id,
  mode: z.enum(['optimal', 'stable']),
  status: z.enum(['draft', 'published']),
  startup_ids: col.texts,
  mentor_ids: col.texts,
  pins: z.array(pairRef),
  forbids: z.array(pairRef),
  allow_repeat: col.bool,
  result: cohortResult,
  created_at: col.date,
  published_at: col.nullableDate,
});
export type RunRow = z.output<typeof runRow>;

export function toRunView(r: RunRow): CohortRunView {
  return {
    id: r.id,
    name: r.name,
    mode: r.mode,
    status: r.status,
    startupIds: r.startup_ids,
    mentorIds: r.mentor_ids,
    pins: r.pins,
    forbids: r.forbids,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    result: r.result,
  };
}
