import type {
  Blackout,
  DateOverride,
  LocalInterval,
  WeeklyRule,
} from '@torchbridge/contracts';
import { overlapsUnion, type Span, unionOf } from './ranges';
import { addDays, isoDate, ZoneDay, zoneDays, zoneNamed } from './zone-clock';
import type { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
export const DEFAULT_SLOT_STEP_MINUTES = 30;
// The longest horizon a mentor may set (365 days) plus a day: a bound on the work one call can ask for.
const MAX_SPAN_DAYS = 366;

export interface BusyRange {
  start: Date;
  end: Date;
}

/** The mentor's settings that decide slots (from their AvailabilityInput). */
export interface SlotRulesInput {
  timeZone: string;
  rules: WeeklyRule[];
  overrides: DateOverride[];
  blackouts: Blackout[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  maxPerDay: number | null;
  maxPerWeek: number | null;
}

export interface ExpandInput {
  rules: SlotRulesInput;
  lengthMinutes: number;
  /** Slots start at or after `from` and before `to`. */
  from: Date;
  to: Date;
  now: Date;
  /** The mentor's blocking sessions as stored: each already widened by the mentor's buffers [start - before, end + after). */
  mentorBlocks: BusyRange[];
  /** The mentor's blocking sessions' plain starts, for the caps per mentor-local day and ISO week. */
  mentorSessionStarts: Date[];
  /** The booker's own blocking sessions, plain [start, end): a slot must not overlap them. */
  bookerBusy?: BusyRange[];
  /** Minutes between candidate starts inside an open interval, counted from the interval's start (default 30). */
  stepMinutes?: number;
}

export interface Slot {
  start: Date;
  end: Date;
}

export type SlotRefusalCode =
  | 'booking.in_past'
  | 'booking.too_soon'
  | 'booking.too_far'
  | 'booking.outside_availability'
  | 'booking.slot_taken'
  | 'booking.day_full'
  | 'booking.week_full';

export interface SlotRefusal {
  code: SlotRefusalCode;
  params: Record<string, string | number>;
}

/** The range a session holds on the mentor's calendar: its own time widened by the buffers, as the database stores it. */
export function blockOf(
  start: Date,
  end: Date,
  rules: Pick<SlotRulesInput, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
): BusyRange {
  return {
    start: new Date(start.getTime() - rules.bufferBeforeMinutes * MINUTE),
    end: new Date(end.getTime() + rules.bufferAfterMinutes * MINUTE),
  };
}

function instantOf(value: Date | string, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${field} is not a valid instant`);
  }
  return ms;
}

/** Index of the first sorted value at or after `value`. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

function positiveWholeMinutes(value: number, field: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${field} must be a positive whole number of minutes`);
  }
  return value;
}

/** Settings that passed validateAvailability satisfy this; anything else would make the two functions disagree. */
function checkSettings(rules: SlotRulesInput): void {
  const whole: [keyof SlotRulesInput, number][] = [
    ['bufferBeforeMinutes', 0],
    ['bufferAfterMinutes', 0],
    ['minimumNoticeMinutes', 0],
    ['horizonDays', 1],
  ];
  for (const [field, min] of whole) {
    const value = rules[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new RangeError(
        `${field} must be a whole number of at least ${min}`,
      );
    }
  }
  for (const field of ['maxPerDay', 'maxPerWeek'] as const) {
    const value = rules[field];
    if (value !== null && (!Number.isInteger(value) || value < 1)) {
      throw new RangeError(
        `${field} must be null or a whole number of at least 1`,
      );
    }
  }
}

function spansOf(
  ranges: readonly BusyRange[] | undefined,
  field: string,
): Span[] {
  return unionOf(
    (ranges ?? []).map((range, i) => ({
      start: instantOf(range.start, `${field}[${i}].start`),
      end: instantOf(range.end, `${field}[${i}].end`),
    })),
  );
}

/** One expansion's facts, prepared once so that each candidate costs a few comparisons and binary searches. */
class SlotPlan {
  readonly zone: IANAZone;
  readonly length: number;
  readonly step: number;
  readonly now: number;
  readonly noticeEnd: number;
  readonly horizonEnd: number;
  readonly from: number;
  readonly to: number;
  readonly blackouts: Span[];
  readonly mentorBlocks: Span[];
  readonly bookerBusy: Span[];
  readonly before: number;
  readonly after: number;
  private readonly weekly = new Map<number, LocalInterval[]>();
  private readonly overrides = new Map<string, LocalInterval[]>();
  /** Starts of the mentor's sessions, sorted, so a day or week counts them with two binary searches. */
  private readonly sessionStarts: number[];
  private readonly perWeek = new Map<string, number>();

  constructor(readonly input: ExpandInput) {
    const rules = input.rules;
    this.zone = zoneNamed(rules.timeZone);
    checkSettings(rules);
    this.length =
      positiveWholeMinutes(input.lengthMinutes, 'lengthMinutes') * MINUTE;
    this.step =
      positiveWholeMinutes(
        input.stepMinutes ?? DEFAULT_SLOT_STEP_MINUTES,
        'stepMinutes',
      ) * MINUTE;
    this.now = instantOf(input.now, 'now');
    this.noticeEnd = this.now + rules.minimumNoticeMinutes * MINUTE;
    this.horizonEnd = this.now + rules.horizonDays * DAY;
    this.from = instantOf(input.from, 'from');
    this.to = instantOf(input.to, 'to');
    this.before = rules.bufferBeforeMinutes * MINUTE;
    this.after = rules.bufferAfterMinutes * MINUTE;
    this.blackouts = unionOf(
      rules.blackouts.map((b, i) => ({
        start: instantOf(b.start, `blackouts[${i}].start`),
        end: instantOf(b.end, `blackouts[${i}].end`),
      })),
    );
    this.mentorBlocks = spansOf(input.mentorBlocks, 'mentorBlocks');
    this.bookerBusy = spansOf(input.bookerBusy, 'bookerBusy');
    for (const rule of rules.rules) {
      this.weekly.set(rule.weekday, [
        ...(this.weekly.get(rule.weekday) ?? []),
        rule,
      ]);
    }
    for (const override of rules.overrides) {
      this.overrides.set(override.date, [
        ...(this.overrides.get(override.date) ?? []),
        ...override.intervals,
      ]);
    }
    this.sessionStarts = input.mentorSessionStarts
      .map((start, i) => instantOf(start, `mentorSessionStarts[${i}]`))
      .sort((a, b) => a - b);
  }

  /** The date's open hours as instants: its override if it has one (none = day off), else its weekday's rules. */
  openSpans(day: ZoneDay): Span[] {
    const intervals =
      this.overrides.get(day.date) ?? this.weekly.get(day.weekday) ?? [];
    return unionOf(
      intervals.map((i) => ({
        start: day.instant(i.startMinute),
        end: day.instant(i.endMinute),
      })),
    );
  }

  private sessionsBetween(start: number, end: number): number {
    return (
      firstAtOrAfter(this.sessionStarts, end) -
      firstAtOrAfter(this.sessionStarts, start)
    );
  }

  dayFull(day: ZoneDay): boolean {
    const cap = this.input.rules.maxPerDay;
    return cap !== null && this.sessionsBetween(day.start, day.end) >= cap;
  }

  weekFull(day: ZoneDay): boolean {
    const cap = this.input.rules.maxPerWeek;
    if (cap === null) {
      return false;
    }
    const monday = day.monday();
    const key = isoDate(monday);
    let count = this.perWeek.get(key);
    if (count === undefined) {
      const week = ZoneDay.at(this.zone, monday);
      const nextWeek = ZoneDay.at(this.zone, addDays(monday, 7));
      count = this.sessionsBetween(week.start, nextWeek.start);
      this.perWeek.set(key, count);
    }
    return count >= cap;
  }

  blackedOut(start: number): boolean {
    return overlapsUnion(this.blackouts, start, start + this.length);
  }

  mentorTaken(start: number): boolean {
    return overlapsUnion(
      this.mentorBlocks,
      start - this.before,
      start + this.length + this.after,
    );
  }

  bookerTaken(start: number): boolean {
    return overlapsUnion(this.bookerBusy, start, start + this.length);
  }
}

/** The bookable slots between `from` and `to`, sorted by start, each start once. */
export function expandSlots(input: ExpandInput): Slot[] {
  const plan = new SlotPlan(input);
  const first = Math.max(plan.from, plan.now, plan.noticeEnd);
  const last = Math.min(plan.to, plan.horizonEnd);
  const slots: Slot[] = [];
  if (first >= last) {
    return slots;
  }
  if (last - first > MAX_SPAN_DAYS * DAY) {
    throw new RangeError(
      `slots are expanded for at most ${MAX_SPAN_DAYS} days at a time`,
    );
  }
  for (const day of zoneDays(plan.zone, first, last - 1)) {
    if (plan.dayFull(day) || plan.weekFull(day)) {
      continue;
    }
    for (const span of plan.openSpans(day)) {
      const skip = Math.max(0, Math.ceil((first - span.start) / plan.step));
      for (
        let start = span.start + skip * plan.step;
        start + plan.length <= span.end && start < last;
        start += plan.step
      ) {
        if (
          plan.blackedOut(start) ||
          plan.mentorTaken(start) ||
          plan.bookerTaken(start)
        ) {
          continue;
        }
        slots.push({
          start: new Date(start),
          end: new Date(start + plan.length),
        });
      }
    }
  }
  return slots;
}

/** Why `start` cannot be booked (the first reason, in the order of the codes), or null: null exactly for the starts expandSlots gives. */
export function checkSlot(input: ExpandInput, start: Date): SlotRefusal | null {
  const plan = new SlotPlan(input);
  const at = instantOf(start, 'start');
  const rules = input.rules;
  if (at < plan.now) {
    return { code: 'booking.in_past', params: {} };
  }
  if (at < plan.noticeEnd) {
    return {
      code: 'booking.too_soon',
      params: { minutes: rules.minimumNoticeMinutes },
    };
  }
  if (at >= plan.horizonEnd) {
    return { code: 'booking.too_far', params: { days: rules.horizonDays } };
  }
  if (at < plan.from || at >= plan.to) {
    return {
      code: 'booking.outside_availability',
      params: { reason: 'window' },
    };
  }
  const day = ZoneDay.of(plan.zone, at);
  const onGrid = plan
    .openSpans(day)
    .some(
      (span) =>
        at >= span.start &&
        at + plan.length <= span.end &&
        (at - span.start) % plan.step === 0,
    );
  if (!onGrid) {
    return {
      code: 'booking.outside_availability',
      params: { reason: 'hours' },
    };
  }
  if (plan.blackedOut(at)) {
    return {
      code: 'booking.outside_availability',
      params: { reason: 'blackout' },
    };
  }
  if (plan.mentorTaken(at) || plan.bookerTaken(at)) {
    return { code: 'booking.slot_taken', params: {} };
  }
  if (plan.dayFull(day)) {
    return { code: 'booking.day_full', params: { max: rules.maxPerDay ?? 0 } };
  }
  if (plan.weekFull(day)) {
    return {
      code: 'booking.week_full',
      params: { max: rules.maxPerWeek ?? 0 },
    };
  }
  return null;
}
