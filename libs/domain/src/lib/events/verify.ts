import { buildEventModel } from './model';
import type { EventInstance } from './types';

export interface EventScheduleCheck {
  /** True when the schedule keeps every rule and lock, its objective is right and its bound is not below it. */
  valid: boolean;
  /** Why the check failed. */
  reason?: string;
  /** Total priority of the listed meetings, recomputed. */
  objective: number;
}

interface Checkable {
  meetings: ReadonlyArray<{ request: number; round: number; table: number }>;
  objective: number;
  upperBound: number;
}

/**
 * Checks a schedule against the instance without trusting the scheduler: each request at most once, both
 * participants available and in no other meeting that round, distinct tables 0..tables-1 (so at most `tables`
 * meetings a round), every lock kept, the objective recomputed and the upper bound at least the objective.
 * Throws {@link EventInputError} when the instance itself is malformed.
 */
export function verifyEventSchedule(
  instance: EventInstance,
  schedule: Checkable,
): EventScheduleCheck {
  const {
    rounds,
    tables,
    participants,
    first,
    second,
    weight,
    available,
    lockRound,
    lockTable,
    locks,
  } = buildEventModel(instance);
  let objective = 0;
  const fail = (reason: string): EventScheduleCheck => ({
    valid: false,
    reason,
    objective,
  });
  if (!Array.isArray(schedule.meetings)) {
    return fail('meetings: expected an array');
  }
  const roundOfRequest = new Map<number, number>();
  const tableOfRequest = new Map<number, number>();
  const busy = new Map<number, number>();
  const seated = new Map<number, number>();
  for (const [k, meeting] of schedule.meetings.entries()) {
    const { request, round, table } = meeting;
    const where = `meetings[${k}]`;
    if (!Number.isInteger(request) || request < 0 || request >= first.length) {
      return fail(
        `${where}.request: ${String(request)} is not a request index`,
      );
    }
    if (!Number.isInteger(round) || round < 0 || round >= rounds) {
      return fail(
        `${where}.round: ${String(round)} is not a round 0..${rounds - 1}`,
      );
    }
    if (!Number.isInteger(table) || table < 0 || table >= tables) {
      return fail(
        `${where}.table: ${String(table)} is not a table 0..${tables - 1}`,
      );
    }
    if (roundOfRequest.has(request)) {
      return fail(`${where}: request ${request} is scheduled twice`);
    }
    roundOfRequest.set(request, round);
    tableOfRequest.set(request, table);
    for (const p of [first[request] ?? -1, second[request] ?? -1]) {
      if (p < 0 || p >= participants || available[p * rounds + round] !== 1) {
        return fail(
          `${where}: participant ${p} is unavailable in round ${round}`,
        );
      }
      const other = busy.get(p * rounds + round);
      if (other !== undefined) {
        return fail(
          `${where}: participant ${p} also meets in round ${round} (meetings[${other}])`,
        );
      }
      busy.set(p * rounds + round, k);
    }
    const sharing = seated.get(round * tables + table);
    if (sharing !== undefined) {
      return fail(
        `${where}: table ${table} in round ${round} is also used by meetings[${sharing}]`,
      );
    }
    seated.set(round * tables + table, k);
    objective += weight[request] ?? 0;
  }
  for (const e of locks) {
    if (roundOfRequest.get(e) !== lockRound[e]) {
      return fail(
        `request ${e} is locked to round ${lockRound[e]} but is not held there`,
      );
    }
    if (lockTable[e] !== -1 && tableOfRequest.get(e) !== lockTable[e]) {
      return fail(
        `request ${e} is locked to table ${lockTable[e]} but is not held there`,
      );
    }
  }
  if (schedule.objective !== objective) {
    return fail(
      `objective ${schedule.objective} differs from the meetings' total ${objective}`,
    );
  }
  if (!(schedule.upperBound >= objective)) {
    return fail(
      `upperBound ${schedule.upperBound} is below the objective ${objective}`,
    );
  }
  return { valid: true, objective };
}
