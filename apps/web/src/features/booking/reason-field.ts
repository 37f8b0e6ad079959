import { LATE_CHANGE_HOURS } from '@torchbridge/contracts';

export const REASON_MAX_LENGTH = 1000;

/** Cancelling or moving closer than LATE_CHANGE_HOURS to the start needs a reason (the API says the same). */
export function isLateChange(start: string, now: Date): boolean {
  return Date.parse(start) - now.getTime() < LATE_CHANGE_HOURS * 3_600_000;
}
