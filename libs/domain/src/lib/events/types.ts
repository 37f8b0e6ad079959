/** Highest request priority; the priority is also the meeting's weight. */
export const MAX_PRIORITY = 3;

export interface EventParticipant {
  id: string;
  /** Rounds (0-based) in which this participant cannot meet. */
  unavailableRounds?: readonly number[];
}

/** Accepted meeting request `[participantIndex, participantIndex, priority 1..3]`. */
export type EventRequest = readonly [
  first: number,
  second: number,
  priority: number,
];

/** A meeting the organiser fixed: it stays in this round (and at this table when given). */
export interface EventLock {
  request: number;
  round: number;
  table?: number;
}

/** The `torchbridge event schedule` input document. */
export interface EventInstance {
  rounds: number;
  tables: number;
  participants: readonly EventParticipant[];
  requests: readonly EventRequest[];
  locked?: readonly EventLock[];
}

export interface EventMeeting {
  request: number;
  round: number;
  table: number;
}

export interface EventStats {
  /** Wall time of validation, the bound and the schedule, in milliseconds. */
  solveMs: number;
  /** Part of solveMs spent proving the upper bound. */
  boundMs: number;
  requests: number;
  scheduled: number;
  /** True when objective == upperBound, so no schedule is better. */
  optimal: boolean;
  /** Improvement passes over the unscheduled requests after the greedy start. */
  passes: number;
}

export interface EventSchedule {
  /** Sorted by round, then table. */
  meetings: EventMeeting[];
  /** Sum of the scheduled requests' priorities. */
  objective: number;
  /** No feasible schedule (keeping the locks) has a larger objective. */
  upperBound: number;
  stats: EventStats;
}

/** Malformed input or clashing locks. `field` names the offending field, e.g. `requests[3][1]`. */
export class EventInputError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${field}: ${detail}`);
    this.name = 'EventInputError';
  }
}
