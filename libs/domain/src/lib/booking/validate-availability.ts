import {
  type AvailabilityInput,
  type ErrorCode,
  SESSION_LENGTHS,
} from '@torchbridge/contracts';
import { DateTime, IANAZone } from 'luxon';
import { civilDateOf } from './zone-clock';

export interface AvailabilityProblem {
  /** Dotted path as the API's validation names it, e.g. `rules.2.endMinute`. */
  field: string;
  code: ErrorCode;
  message: string;
}

// Bounds that keep one expansion cheap whatever a mentor stores.
export const AVAILABILITY_LIMITS = {
  rules: 50,
  overrides: 400,
  intervalsPerOverride: 12,
  blackouts: 200,
  blackoutNote: 200,
  bufferMinutes: 120,
  noticeMinutes: 7 * 1440,
  horizonDays: 365,
  cap: 50,
  meetingLink: 2048,
  meetingPlace: 300,
} as const;

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

type Problems = AvailabilityProblem[];

function fail(problems: Problems, field: string, message: string): void {
  problems.push({
    field,
    code: 'field.invalid',
    message: `${field} ${message}`,
  });
}

function wholeIn(value: unknown, min: number, max: number): boolean {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= min &&
    value <= max
  );
}

function checkWhole(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
): void {
  if (!wholeIn(value, min, max)) {
    fail(problems, field, `must be a whole number from ${min} to ${max}`);
  }
}

/** Checks one [startMinute, endMinute); true when it is usable for the overlap check. */
function checkInterval(
  problems: Problems,
  field: string,
  interval: unknown,
): boolean {
  const { startMinute, endMinute } = (interval ?? {}) as {
    startMinute?: unknown;
    endMinute?: unknown;
  };
  const before = problems.length;
  checkWhole(problems, `${field}.startMinute`, startMinute, 0, 1440);
  checkWhole(problems, `${field}.endMinute`, endMinute, 0, 1440);
  if (
    problems.length === before &&
    (startMinute as number) >= (endMinute as number)
  ) {
    fail(problems, `${field}.endMinute`, 'must be after startMinute');
  }
  return problems.length === before;
}

/** Flags each interval that starts before an earlier one (by start) has ended; touching is fine. */
function checkNoOverlap(
  problems: Problems,
  intervals: { field: string; startMinute: number; endMinute: number }[],
): void {
  const sorted = [...intervals].sort((a, b) => a.startMinute - b.startMinute);
  let reach = -1;
  for (const interval of sorted) {
    if (interval.startMinute < reach) {
      fail(
        problems,
        interval.field,
        'overlaps another interval of the same day',
      );
    }
    reach = Math.max(reach, interval.endMinute);
  }
}

function checkList(
  problems: Problems,
  field: string,
  value: unknown,
  max: number,
): value is unknown[] {
  if (!Array.isArray(value)) {
    fail(problems, field, 'must be a list');
    return false;
  }
  if (value.length > max) {
    fail(problems, field, `must have at most ${max} entries`);
    return false;
  }
  return true;
}

function checkRules(problems: Problems, rules: unknown): void {
  if (!checkList(problems, 'rules', rules, AVAILABILITY_LIMITS.rules)) {
    return;
  }
  const byWeekday = new Map<
    number,
    { field: string; startMinute: number; endMinute: number }[]
  >();
  rules.forEach((rule, i) => {
    const field = `rules.${i}`;
    const weekday = (rule as { weekday?: unknown } | null)?.weekday;
    const weekdayOk = wholeIn(weekday, 1, 7);
    if (!weekdayOk) {
      fail(
        problems,
        `${field}.weekday`,
        'must be an ISO weekday from 1 (Monday) to 7 (Sunday)',
      );
    }
    if (checkInterval(problems, field, rule) && weekdayOk) {
      const { startMinute, endMinute } = rule as {
        startMinute: number;
        endMinute: number;
      };
      byWeekday.set(weekday as number, [
        ...(byWeekday.get(weekday as number) ?? []),
        { field, startMinute, endMinute },
      ]);
    }
  });
  for (const intervals of byWeekday.values()) {
    checkNoOverlap(problems, intervals);
  }
}

function checkOverrides(problems: Problems, overrides: unknown): void {
  if (
    !checkList(problems, 'overrides', overrides, AVAILABILITY_LIMITS.overrides)
  ) {
    return;
  }
  const seen = new Set<string>();
  overrides.forEach((override, i) => {
    const field = `overrides.${i}`;
    const { date, intervals } = (override ?? {}) as {
      date?: unknown;
      intervals?: unknown;
    };
    if (typeof date !== 'string' || civilDateOf(date) === null) {
      fail(
        problems,
        `${field}.date`,
        'must be a real calendar date as YYYY-MM-DD',
      );
    } else if (seen.has(date)) {
      fail(
        problems,
        `${field}.date`,
        'repeats a date that already has an override',
      );
    } else {
      seen.add(date);
    }
    if (
      !checkList(
        problems,
        `${field}.intervals`,
        intervals,
        AVAILABILITY_LIMITS.intervalsPerOverride,
      )
    ) {
      return;
    }
    const usable: { field: string; startMinute: number; endMinute: number }[] =
      [];
    intervals.forEach((interval, j) => {
      const intervalField = `${field}.intervals.${j}`;
      if (checkInterval(problems, intervalField, interval)) {
        const { startMinute, endMinute } = interval as {
          startMinute: number;
          endMinute: number;
        };
        usable.push({ field: intervalField, startMinute, endMinute });
      }
    });
    checkNoOverlap(problems, usable);
  });
}

function instantOrNull(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    return null;
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

function checkBlackouts(problems: Problems, blackouts: unknown): void {
  if (
    !checkList(problems, 'blackouts', blackouts, AVAILABILITY_LIMITS.blackouts)
  ) {
    return;
  }
  blackouts.forEach((blackout, i) => {
    const field = `blackouts.${i}`;
    const { start, end, note } = (blackout ?? {}) as {
      start?: unknown;
      end?: unknown;
      note?: unknown;
    };
    const startAt = instantOrNull(start);
    const endAt = instantOrNull(end);
    if (startAt === null) {
      fail(
        problems,
        `${field}.start`,
        'must be an ISO 8601 instant with a zone offset',
      );
    }
    if (endAt === null) {
      fail(
        problems,
        `${field}.end`,
        'must be an ISO 8601 instant with a zone offset',
      );
    }
    if (startAt !== null && endAt !== null && startAt >= endAt) {
      fail(problems, `${field}.end`, 'must be after start');
    }
    if (
      typeof note !== 'string' ||
      note.length > AVAILABILITY_LIMITS.blackoutNote
    ) {
      fail(
        problems,
        `${field}.note`,
        `must be text of at most ${AVAILABILITY_LIMITS.blackoutNote} characters`,
      );
    }
  });
}

function checkLengths(problems: Problems, lengths: unknown): void {
  const offered: readonly number[] = SESSION_LENGTHS;
  if (!Array.isArray(lengths) || lengths.length === 0) {
    fail(
      problems,
      'sessionLengths',
      `must list at least one of ${offered.join(', ')}`,
    );
    return;
  }
  lengths.forEach((length: unknown, i) => {
    if (typeof length !== 'number' || !offered.includes(length)) {
      fail(
        problems,
        `sessionLengths.${i}`,
        `must be one of ${offered.join(', ')}`,
      );
    } else if (lengths.indexOf(length) !== i) {
      fail(problems, `sessionLengths.${i}`, 'repeats a length');
    }
  });
}

function checkCap(problems: Problems, field: string, value: unknown): void {
  if (value !== null && !wholeIn(value, 1, AVAILABILITY_LIMITS.cap)) {
    fail(
      problems,
      field,
      `must be empty (no cap) or a whole number from 1 to ${AVAILABILITY_LIMITS.cap}`,
    );
  }
}

function checkMeeting(problems: Problems, link: unknown, place: unknown): void {
  if (link !== null) {
    let https = false;
    if (
      typeof link === 'string' &&
      link.length <= AVAILABILITY_LIMITS.meetingLink
    ) {
      try {
        const url = new URL(link);
        https =
          url.protocol === 'https:' &&
          url.hostname.length > 0 &&
          !url.username &&
          !url.password;
      } catch {
        https = false;
      }
    }
    if (!https) {
      fail(
        problems,
        'meetingLink',
        `must be empty or an https address of at most ${AVAILABILITY_LIMITS.meetingLink} characters`,
      );
    }
  }
  if (
    place !== null &&
    (typeof place !== 'string' ||
      place.trim() === '' ||
      place.length > AVAILABILITY_LIMITS.meetingPlace)
  ) {
    fail(
      problems,
      'meetingPlace',
      `must be empty or text of 1 to ${AVAILABILITY_LIMITS.meetingPlace} characters`,
    );
  }
}

/** Every problem with a mentor's availability, each naming its field (dotted path); empty when it can be stored. */
export function validateAvailability(
  input: AvailabilityInput,
): AvailabilityProblem[] {
  const problems: Problems = [];
  if (
    typeof input.timeZone !== 'string' ||
    !IANAZone.isValidZone(input.timeZone)
  ) {
    fail(
      problems,
      'timeZone',
      'must be an IANA time zone such as Europe/Berlin or Asia/Shanghai',
    );
  }
  checkRules(problems, input.rules);
  checkOverrides(problems, input.overrides);
  checkBlackouts(problems, input.blackouts);
  checkLengths(problems, input.sessionLengths);
  checkWhole(
    problems,
    'bufferBeforeMinutes',
    input.bufferBeforeMinutes,
    0,
    AVAILABILITY_LIMITS.bufferMinutes,
  );
  checkWhole(
    problems,
    'bufferAfterMinutes',
    input.bufferAfterMinutes,
    0,
    AVAILABILITY_LIMITS.bufferMinutes,
  );
  checkWhole(
    problems,
    'minimumNoticeMinutes',
    input.minimumNoticeMinutes,
    0,
    AVAILABILITY_LIMITS.noticeMinutes,
  );
  checkWhole(
    problems,
    'horizonDays',
    input.horizonDays,
    1,
    AVAILABILITY_LIMITS.horizonDays,
  );
  checkCap(problems, 'maxPerDay', input.maxPerDay);
  checkCap(problems, 'maxPerWeek', input.maxPerWeek);
  checkMeeting(problems, input.meetingLink, input.meetingPlace);
  if (typeof input.autoConfirm !== 'boolean') {
    fail(problems, 'autoConfirm', 'must be true or false');
  }
  return problems;
}
