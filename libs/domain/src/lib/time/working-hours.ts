import { zonedToInstant } from './zoned-time';

export interface WorkingDay {
  /** Minutes after local midnight, e.g. 9:00 → 540. */
  startMinute: number;
  endMinute: number;
}

export const DEFAULT_WORKING_DAY: WorkingDay = { startMinute: 9 * 60, endMinute: 18 * 60 };

export interface Interval {
  start: Date;
  end: Date;
}

/** The UTC interval of someone's working day on a local calendar date. */
export function workingInterval(zone: string, date: string, day: WorkingDay = DEFAULT_WORKING_DAY): Interval {
  return { start: zonedToInstant(zone, date, day.startMinute), end: zonedToInstant(zone, date, day.endMinute) };
}

/**
 * Minutes both people are at work on `date` (each on their own local calendar date), DST-aware:
 * Shanghai and Berlin share two hours in the northern winter and three in summer.
 */
export function workingOverlapMinutes(
  zoneA: string,
  zoneB: string,
  date: string,
  dayA: WorkingDay = DEFAULT_WORKING_DAY,
  dayB: WorkingDay = DEFAULT_WORKING_DAY,
): number {
  const a = workingInterval(zoneA, date, dayA);
  const b = workingInterval(zoneB, date, dayB);
  const start = Math.max(a.start.getTime(), b.start.getTime());
  const end = Math.min(a.end.getTime(), b.end.getTime());
  return Math.max(0, Math.round((end - start) / 60_000));
}
