import type { IsoWeekday, Locale } from '@torchbridge/contracts';
import {
  addDays,
  calendarDate,
  clockTime,
  dateTimeFormat,
} from '@torchbridge/ui';
import { usableTimeZone, utcOffsetMinutes } from '../../lib/time/format';

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const MINUTES_PER_DAY = 1440;

/** 1140 → "19:00"; the end of the day (1440) reads "24:00". */
export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The value of an `<input type="time">` for a start or an end; time inputs cannot show 24:00, so midnight reads 00:00. */
export function minutesToTimeInput(minutes: number): string {
  return minutesToClock(minutes % MINUTES_PER_DAY);
}

/** "19:00" → 1140; an end of "00:00" is the end of the day (1440); NaN when the text is no time. */
export function timeInputToMinutes(
  value: string,
  as: 'start' | 'end' = 'start',
): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) {
    return Number.NaN;
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return as === 'end' && minutes === 0 ? MINUTES_PER_DAY : minutes;
}

/**
 * The instant a wall-clock time has in a zone (`2026-03-29`, 540, `Europe/Berlin` → 07:00Z). The offset is read at
 * the guess and once more at the result, so days that change to or from summer time land on the right hour.
 */
export function zonedInstant(
  date: string,
  minutes: number,
  timeZone: string,
): Date {
  const zone = usableTimeZone(timeZone);
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, 0, minutes);
  let instant =
    wallAsUtc - utcOffsetMinutes(new Date(wallAsUtc), zone) * 60_000;
  instant = wallAsUtc - utcOffsetMinutes(new Date(instant), zone) * 60_000;
  return new Date(instant);
}

/** An `<input type="datetime-local">` value read in a zone, as an ISO instant; null when incomplete. */
export function localInputToInstant(
  value: string,
  timeZone: string,
): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match?.[1] || !match[2]) {
    return null;
  }
  return zonedInstant(
    match[1],
    timeInputToMinutes(match[2]),
    timeZone,
  ).toISOString();
}

/** An instant as an `<input type="datetime-local">` value on that zone's wall clock. */
export function instantToLocalInput(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) {
    return '';
  }
  const zone = usableTimeZone(timeZone);
  return `${calendarDate(at, zone)}T${clockTime(at, zone, 'en-GB')}`;
}

/** Today's calendar date in a zone. */
export function todayIn(timeZone: string, now: Date): string {
  return calendarDate(now, usableTimeZone(timeZone));
}

/** The instants of `days` whole days from `date` on that zone's calendar. */
export function dayRange(
  date: string,
  days: number,
  timeZone: string,
): { from: Date; to: Date } {
  return {
    from: zonedInstant(date, 0, timeZone),
    to: zonedInstant(addDays(date, days), 0, timeZone),
  };
}

/** "Tue, 7 Apr" / "4月7日周二" of an instant in a zone. */
export function zonedDay(at: Date, timeZone: string, locale: Locale): string {
  return dateTimeFormat(locale, {
    timeZone: usableTimeZone(timeZone),
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
}

/** "19:00–19:30" of a session in a zone. */
export function zonedRange(
  start: string,
  end: string,
  timeZone: string,
  locale: Locale,
): string {
  const zone = usableTimeZone(timeZone);
  return `${clockTime(new Date(start), zone, locale)}–${clockTime(new Date(end), zone, locale)}`;
}

/** The same session on another clock, with its weekday when that clock is on another date ("Mon 19:00–19:30"). */
export function rangeOnOtherClock(
  start: string,
  end: string,
  ownZone: string,
  otherZone: string,
  locale: Locale,
): string {
  const at = new Date(start);
  const range = zonedRange(start, end, otherZone, locale);
  if (
    calendarDate(at, usableTimeZone(ownZone)) ===
    calendarDate(at, usableTimeZone(otherZone))
  ) {
    return range;
  }
  const weekday = dateTimeFormat(locale, {
    timeZone: usableTimeZone(otherZone),
    weekday: 'short',
  }).format(at);
  return `${weekday} ${range}`;
}

/** The localised weekday name of an ISO weekday ("Monday" / "星期一"). */
export function weekdayName(
  weekday: IsoWeekday,
  locale: Locale,
  width: 'long' | 'short' = 'long',
): string {
  // 2024-01-01 was a Monday.
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: width }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** "Berlin", "Shanghai": the zone's city in plain words. */
export function zonePlace(timeZone: string): string {
  return (usableTimeZone(timeZone).split('/').pop() ?? timeZone).replaceAll(
    '_',
    ' ',
  );
}
