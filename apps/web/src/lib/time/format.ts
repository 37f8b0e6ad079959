import { isIanaTimeZone, type Locale } from '@torchbridge/contracts';
import { clockTime, dateTimeFormat } from '@torchbridge/ui';

export interface ZonedFormat {
  locale: Locale;
  timeZone: string;
}

export const SHANGHAI = 'Asia/Shanghai';
export const BERLIN = 'Europe/Berlin';

/** A zone Intl can use: the given one when valid, otherwise UTC (a stored zone may predate the runtime's tz data). */
export function usableTimeZone(zone: string | null | undefined): string {
  return isIanaTimeZone(zone) ? zone : 'UTC';
}

/** The zone this device is set to, e.g. Europe/Berlin. */
export function deviceTimeZone(): string {
  return usableTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** "14:00": 24-hour clock, as both Chinese and most European readers expect. */
export function formatClockTime(
  date: Date,
  { locale, timeZone }: ZonedFormat,
): string {
  return clockTime(date, usableTimeZone(timeZone), locale);
}

/** "Sun, Mar 29" / "3月29日周日". */
export function formatShortDate(
  date: Date,
  { locale, timeZone }: ZonedFormat,
): string {
  return dateTimeFormat(locale, {
    timeZone: usableTimeZone(timeZone),
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(date);
}

/** "Mar 29, 2026, 14:00" / "2026年3月29日 14:00". */
export function formatDateTime(
  date: Date,
  { locale, timeZone }: ZonedFormat,
): string {
  return dateTimeFormat(locale, {
    timeZone: usableTimeZone(timeZone),
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(date);
}

/** The zone's localised name at that instant, e.g. "Central European Summer Time" or "GMT+02:00". */
export function formatZoneName(
  date: Date,
  { locale, timeZone }: ZonedFormat,
  style: 'long' | 'longOffset' = 'long',
): string {
  const parts = dateTimeFormat(locale, {
    timeZone: usableTimeZone(timeZone),
    timeZoneName: style,
  }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** Minutes the zone is ahead of UTC at that instant (negative when behind). */
export function utcOffsetMinutes(date: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: usableTimeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
}

/** Hours `a` is ahead of `b` at that instant; changes when only one side observes daylight saving time. */
export function hoursAhead(date: Date, a: string, b: string): number {
  return (utcOffsetMinutes(date, a) - utcOffsetMinutes(date, b)) / 60;
}
