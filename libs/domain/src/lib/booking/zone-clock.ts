import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
// Wider than any DST shift on record (2 h double summer time), so a transition this close is seen.
const TRANSITION_PROBE = 3 * 60 * MINUTE;

const zones = new Map<string, IANAZone>();

/** The luxon zone for an IANA name, created once per name; throws RangeError for a name that is not a zone. */
export function zoneNamed(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    if (!IANAZone.isValidZone(name)) {
      throw new RangeError(
        `timeZone ${JSON.stringify(name)} is not an IANA time zone`,
      );
    }
    zone = IANAZone.create(name);
    zones.set(name, zone);
  }
  return zone;
}

/** A calendar date with no zone. Which date follows which is plain calendar counting, done on the UTC calendar. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilDateOf(iso: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) {
    return null;
  }
  const civil = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  const probe = new Date(Date.UTC(civil.year, civil.month - 1, civil.day));
  return probe.getUTCFullYear() === civil.year &&
    probe.getUTCMonth() === civil.month - 1 &&
    probe.getUTCDate() === civil.day
    ? civil
    : null;
}

export function addDays(civil: CivilDate, days: number): CivilDate {
  const date = new Date(
    Date.UTC(civil.year, civil.month - 1, civil.day + days),
  );
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(civil: CivilDate): number {
  return (
    new Date(Date.UTC(civil.year, civil.month - 1, civil.day)).getUTCDay() || 7
  );
}

export function isoDate(civil: CivilDate): string {
  return `${String(civil.year).padStart(4, '0')}-${String(civil.month).padStart(2, '0')}-${String(civil.day).padStart(2, '0')}`;
}

function localTime(zone: IANAZone, date: CivilDate, minute: number): DateTime {
  return DateTime.fromObject(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: Math.floor(minute / 60),
      minute: minute % 60,
    },
    { zone },
  );
}

/** Settles a luxon wall time on the earlier of two instants when the wall time happens twice. */
function earliest(local: DateTime): DateTime {
  const candidates = local.getPossibleOffsets();
  return candidates.reduce(
    (a, b) => (b.toMillis() < a.toMillis() ? b : a),
    local,
  );
}

function settled(zone: IANAZone, local: DateTime): DateTime {
  const at = local.toMillis();
  return zone.offset(at - TRANSITION_PROBE) === local.offset
    ? local
    : earliest(local);
}

/**
 * The instant a wall-clock time names in a zone. A time inside a spring-forward gap is read as luxon reads it
 * (moved forward by the gap); a time in a repeated autumn hour is the earlier of its two instants, which luxon
 * would otherwise pick from the offset in force today.
 */
export function wallToInstant(
  zone: IANAZone,
  date: CivilDate,
  minute: number,
): number {
  return settled(zone, localTime(zone, date, minute)).toMillis();
}

// Local dates already resolved, per zone and date: each costs luxon a few Intl look-ups, and every request for
// the next weeks asks for the same few. Oldest first out past the bound.
const DAY_CACHE_LIMIT = 20_000;
const dayCache = new Map<string, ZoneDay>();

/** One local calendar date in a zone, with the instants of its first moment and of the next date's. */
export class ZoneDay {
  readonly date: string;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly end: number;
  private readonly endOffset: number;
  // Same offset at this midnight and the next, 24 h apart: no clock change today, so wall minutes are elapsed minutes.
  private readonly uniform: boolean;

  private constructor(
    private readonly zone: IANAZone,
    readonly civil: CivilDate,
    readonly start: number,
    startOffset: number,
  ) {
    this.date = isoDate(civil);
    this.weekday = weekdayOf(civil);
    const next = localTime(zone, addDays(civil, 1), 0);
    this.uniform =
      next.offset === startOffset && next.toMillis() - start === DAY;
    const end = this.uniform ? next : settled(zone, next);
    this.end = end.toMillis();
    this.endOffset = end.offset;
  }

  private static cached(
    zone: IANAZone,
    civil: CivilDate,
    resolveStart: () => { start: number; offset: number },
  ): ZoneDay {
    const key = `${zone.name}|${isoDate(civil)}`;
    let day = dayCache.get(key);
    if (!day) {
      const { start, offset } = resolveStart();
      day = new ZoneDay(zone, civil, start, offset);
      if (dayCache.size >= DAY_CACHE_LIMIT) {
        dayCache.delete(dayCache.keys().next().value as string);
      }
      dayCache.set(key, day);
    }
    return day;
  }

  static at(zone: IANAZone, civil: CivilDate): ZoneDay {
    return ZoneDay.cached(zone, civil, () => {
      const midnight = settled(zone, localTime(zone, civil, 0));
      return { start: midnight.toMillis(), offset: midnight.offset };
    });
  }

  /** The local date an instant falls on. */
  static of(zone: IANAZone, instant: number): ZoneDay {
    const local = DateTime.fromMillis(instant, { zone });
    return ZoneDay.at(zone, {
      year: local.year,
      month: local.month,
      day: local.day,
    });
  }

  next(): ZoneDay {
    return ZoneDay.cached(this.zone, addDays(this.civil, 1), () => ({
      start: this.end,
      offset: this.endOffset,
    }));
  }

  /** The Monday that starts this date's ISO week. */
  monday(): CivilDate {
    return addDays(this.civil, 1 - this.weekday);
  }

  /** The instant of a wall minute (0..1440) of this date, kept inside the date. */
  instant(minute: number): number {
    if (minute <= 0) {
      return this.start;
    }
    if (minute >= 1440) {
      return this.end;
    }
    const at = this.uniform
      ? this.start + minute * MINUTE
      : wallToInstant(this.zone, this.civil, minute);
    return Math.min(Math.max(at, this.start), this.end);
  }
}

/** Every local date in the zone that [from, to] touches, in order. */
export function* zoneDays(
  zone: IANAZone,
  from: number,
  to: number,
): Generator<ZoneDay> {
  let day = ZoneDay.of(zone, from);
  while (day.start <= to) {
    yield day;
    day = day.next();
  }
}
