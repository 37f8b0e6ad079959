/** Wall-clock helpers for the calendar components: Intl.DateTimeFormat with an explicit IANA zone, nothing else. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is costly to build and clocks are formatted every minute, so keep one per locale and option set. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The zone when Intl knows it, otherwise UTC, so an unknown stored zone never breaks a page. */
export function knownTimeZone(timeZone: string): string {
  try {
    dateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** "19:00": the 24-hour wall-clock time in that zone. */
export function clockTime(
  instant: Date,
  timeZone: string,
  locale: string,
): string {
  return dateTimeFormat(locale, {
    timeZone: knownTimeZone(timeZone),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** "2026-03-29": the calendar date of the instant in that zone. */
export function calendarDate(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone: knownTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar date `days` after `date` ("2026-03-28" + 1 = "2026-03-29"); pure date arithmetic, no zone. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days))
    .toISOString()
    .slice(0, 10);
}

/** "Sat, 28 Mar" / "3月28日周六": a calendar date for a column heading. */
export function dayHeading(date: string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "Berlin", "New York": the city part of an IANA zone, for when no translated name is given. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}
