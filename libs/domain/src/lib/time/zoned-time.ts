const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `zone` at `instant`. */
export function wallTime(zone: string, instant: Date): WallTime {
  const parts = Object.fromEntries(formatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** The calendar date (YYYY-MM-DD) on the wall clock in `zone` at `instant`. */
export function localDate(zone: string, instant: Date): string {
  const w = wallTime(zone, instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Minutes `zone` is ahead of UTC at `instant` (Asia/Shanghai: 480; Europe/Berlin: 60 or 120). */
export function offsetMinutes(zone: string, instant: Date): number {
  const w = wallTime(zone, instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` shows the given local date and time.
 * In a spring-forward gap the time is read with the offset before the change, as calendars do.
 */
export function zonedToInstant(zone: string, date: string, minutesOfDay: number): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
  }
  const naive = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + minutesOfDay * 60_000;
  let guess = naive - offsetMinutes(zone, new Date(naive)) * 60_000;
  // A second pass settles instants near a DST change, where the first offset was read on the wrong side.
  guess = naive - offsetMinutes(zone, new Date(guess)) * 60_000;
  return new Date(guess);
}
