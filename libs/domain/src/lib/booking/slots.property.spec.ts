import type { IsoWeekday, LocalInterval } from '@torchbridge/contracts';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  blockOf,
  checkSlot,
  type ExpandInput,
  expandSlots,
  type SlotRulesInput,
} from './slots';
import { ZoneDay, zoneNamed } from './zone-clock';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const ZONES = [
  'Europe/Berlin',
  'Asia/Shanghai',
  'America/New_York',
  'America/Santiago', // changes its clocks at midnight
  'Australia/Lord_Howe', // a half-hour shift
  'Asia/Kolkata',
  'UTC',
];
// Windows around the 2027 changes of Europe (28 Mar, 31 Oct), New York (14 Mar, 7 Nov), Santiago and Lord Howe
// (3–4 Apr, 5 Sep, 3 Oct), and a quiet month.
const BASES = [
  '2027-03-20T00:00:00Z',
  '2027-10-24T00:00:00Z',
  '2027-03-10T00:00:00Z',
  '2027-11-04T00:00:00Z',
  '2027-04-01T00:00:00Z',
  '2027-09-02T00:00:00Z',
  '2027-09-30T00:00:00Z',
  '2027-06-10T00:00:00Z',
].map(Date.parse);
const RUNS = { numRuns: 200, seed: 20270328 };

// Each wall time derived again through luxon's ISO parser, independently of zone-clock: the earlier of a repeated
// time, a skipped time moved forward, 24:00 as the next date's midnight.
function wallInstant(zone: string, date: string, minute: number): number {
  if (minute === 1440) {
    return wallInstant(
      zone,
      DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate() ??
        '',
      0,
    );
  }
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const local = DateTime.fromISO(`${date}T${hhmm}`, { zone });
  return Math.min(...local.getPossibleOffsets().map((d) => d.toMillis()));
}

const interval = fc
  .tuple(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 1440 }))
  .filter(([a, b]) => a !== b)
  .map(
    ([a, b]): LocalInterval => ({
      startMinute: Math.min(a, b),
      endMinute: Math.max(a, b),
    }),
  );

const scenario = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    base: fc.constantFrom(...BASES),
    nowOffset: fc.integer({ min: 0, max: 4 * 1440 }),
    fromOffset: fc.integer({ min: -2 * 1440, max: 3 * 1440 }),
    spanMinutes: fc.integer({ min: 0, max: 12 * 1440 }),
    rules: fc.array(
      fc.record({ weekday: fc.integer({ min: 1, max: 7 }), interval }),
      { maxLength: 8 },
    ),
    overrides: fc.array(
      fc.record({
        dayOffset: fc.integer({ min: -1, max: 14 }),
        intervals: fc.array(interval, { maxLength: 3 }),
      }),
      {
        maxLength: 4,
      },
    ),
    blackouts: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 16 * 1440 }),
        minutes: fc.integer({ min: 1, max: 2 * 1440 }),
      }),
      {
        maxLength: 3,
      },
    ),
    sessions: fc.array(
      fc.record({
        at: fc.integer({ min: -2 * 1440, max: 18 * 1440 }),
        minutes: fc.constantFrom(30, 45, 60),
      }),
      {
        maxLength: 12,
      },
    ),
    booker: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 16 * 1440 }),
        minutes: fc.integer({ min: 15, max: 240 }),
      }),
      {
        maxLength: 4,
      },
    ),
    bufferBefore: fc.integer({ min: 0, max: 60 }),
    bufferAfter: fc.integer({ min: 0, max: 60 }),
    notice: fc.integer({ min: 0, max: 3 * 1440 }),
    horizonDays: fc.integer({ min: 1, max: 20 }),
    maxPerDay: fc.option(fc.integer({ min: 1, max: 4 })),
    maxPerWeek: fc.option(fc.integer({ min: 1, max: 8 })),
    lengthMinutes: fc.constantFrom(30, 45, 60),
    stepMinutes: fc.constantFrom(15, 20, 30, 45, 60),
    probes: fc.array(fc.integer({ min: -1440, max: 16 * 1440 }), {
      minLength: 5,
      maxLength: 20,
    }),
  })
  .map((s) => {
    const minutesAfterBase = (m: number) => new Date(s.base + m * MINUTE);
    const rules: SlotRulesInput = {
      timeZone: s.timeZone,
      rules: s.rules.map((r) => ({
        weekday: r.weekday as IsoWeekday,
        ...r.interval,
      })),
      overrides: s.overrides.map((o) => ({
        date:
          DateTime.fromMillis(s.base, { zone: 'utc' })
            .plus({ days: o.dayOffset })
            .toISODate() ?? '',
        intervals: o.intervals,
      })),
      blackouts: s.blackouts.map((b) => ({
        start: minutesAfterBase(b.at).toISOString(),
        end: minutesAfterBase(b.at + b.minutes).toISOString(),
        note: '',
      })),
      bufferBeforeMinutes: s.bufferBefore,
      bufferAfterMinutes: s.bufferAfter,
      minimumNoticeMinutes: s.notice,
      horizonDays: s.horizonDays,
      maxPerDay: s.maxPerDay,
      maxPerWeek: s.maxPerWeek,
    };
    const sessions = s.sessions.map((x) => ({
      start: minutesAfterBase(x.at),
      end: minutesAfterBase(x.at + x.minutes),
    }));
    const from = minutesAfterBase(s.fromOffset);
    const input: ExpandInput = {
      rules,
      lengthMinutes: s.lengthMinutes,
      stepMinutes: s.stepMinutes,
      now: minutesAfterBase(s.nowOffset),
      from,
      to: new Date(from.getTime() + s.spanMinutes * MINUTE),
      mentorBlocks: sessions.map((x) => blockOf(x.start, x.end, rules)),
      mentorSessionStarts: sessions.map((x) => x.start),
      bookerBusy: s.booker.map((b) => ({
        start: minutesAfterBase(b.at),
        end: minutesAfterBase(b.at + b.minutes),
      })),
    };
    return { input, probes: s.probes.map(minutesAfterBase) };
  });

const overlaps = (a: { start: Date; end: Date }, start: number, end: number) =>
  a.start.getTime() < end && start < a.end.getTime();

/** The open stretches of the mentor-local date of `instant`, derived again from the rules. */
function openStretches(
  rules: SlotRulesInput,
  instant: number,
): { start: number; end: number }[] {
  const local = DateTime.fromMillis(instant, { zone: rules.timeZone });
  const date = local.toISODate() ?? '';
  const override = rules.overrides.filter((o) => o.date === date);
  const intervals =
    override.length > 0
      ? override.flatMap((o) => o.intervals)
      : rules.rules.filter((r) => r.weekday === local.weekday);
  const spans = intervals
    .map((i) => ({
      start: wallInstant(rules.timeZone, date, i.startMinute),
      end: wallInstant(rules.timeZone, date, i.endMinute),
    }))
    .filter((x) => x.start < x.end)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

describe('expandSlots properties', () => {
  it('gives only sorted starts inside the rules, clear of every booking, blackout, notice, horizon and cap', () => {
    let produced = 0;
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const { rules } = input;
        const slots = expandSlots(input);
        produced += slots.length;
        const stretches = new Map<string, { start: number; end: number }[]>();
        const sessionDays = input.mentorSessionStarts.map((x) =>
          DateTime.fromJSDate(x, { zone: rules.timeZone }),
        );
        const now = input.now.getTime();
        const length = input.lengthMinutes * MINUTE;
        const step = (input.stepMinutes ?? 30) * MINUTE;
        slots.forEach((slot, i) => {
          const s = slot.start.getTime();
          const e = slot.end.getTime();
          expect(e - s).toBe(length);
          if (i > 0) {
            expect(s).toBeGreaterThan(
              slots[i - 1]?.start.getTime() ?? Infinity,
            );
          }
          expect(s).toBeGreaterThanOrEqual(
            now + rules.minimumNoticeMinutes * MINUTE,
          );
          expect(s).toBeGreaterThanOrEqual(input.from.getTime());
          expect(s).toBeLessThan(input.to.getTime());
          expect(s).toBeLessThan(now + rules.horizonDays * DAY);
          const localDate =
            DateTime.fromMillis(s, { zone: rules.timeZone }).toISODate() ?? '';
          const open = stretches.get(localDate) ?? openStretches(rules, s);
          stretches.set(localDate, open);
          const stretch = open.find((x) => x.start <= s && e <= x.end);
          expect(stretch).toBeDefined();
          expect((s - (stretch?.start ?? NaN)) % step).toBe(0);
          expect(
            rules.blackouts.some((b) =>
              overlaps(
                { start: new Date(b.start), end: new Date(b.end) },
                s,
                e,
              ),
            ),
          ).toBe(false);
          const widened = blockOf(slot.start, slot.end, rules);
          expect(
            input.mentorBlocks.some((b) =>
              overlaps(b, widened.start.getTime(), widened.end.getTime()),
            ),
          ).toBe(false);
          expect((input.bookerBusy ?? []).some((b) => overlaps(b, s, e))).toBe(
            false,
          );
          const local = DateTime.fromMillis(s, { zone: rules.timeZone });
          const sameDay = sessionDays.filter((other) =>
            other.hasSame(local, 'day'),
          );
          const sameWeek = sessionDays.filter(
            (other) =>
              other.weekYear === local.weekYear &&
              other.weekNumber === local.weekNumber,
          );
          expect(sameDay.length).toBeLessThan(rules.maxPerDay ?? Infinity);
          expect(sameWeek.length).toBeLessThan(rules.maxPerWeek ?? Infinity);
        });
      }),
      RUNS,
    );
    // The scenarios must reach slots at all, or every property above holds vacuously.
    expect(produced).toBeGreaterThan(1000);
  });

  it('agrees with checkSlot: null exactly for the starts it gives', () => {
    let scenarios = 0;
    const refused = new Set<string>();
    fc.assert(
      fc.property(scenario, ({ input, probes }) => {
        const slots = expandSlots(input);
        scenarios += slots.length > 0 ? 1 : 0;
        const given = new Set(slots.map((s) => s.start.getTime()));
        for (const slot of slots) {
          expect(checkSlot(input, slot.start)).toBeNull();
        }
        const step = (input.stepMinutes ?? 30) * MINUTE;
        // Near misses of real slots, whole grid steps away, arbitrary minutes, and the slots the same hours would
        // give with no bookings and no caps (refused only for those).
        const nearby = slots
          .slice(0, 10)
          .flatMap((s) =>
            [-step, -MINUTE, MINUTE, step].map(
              (d) => new Date(s.start.getTime() + d),
            ),
          );
        const unbooked = expandSlots({
          ...input,
          rules: { ...input.rules, maxPerDay: null, maxPerWeek: null },
          mentorBlocks: [],
          bookerBusy: [],
        });
        const sample = unbooked
          .filter((_, i) => i % Math.ceil(unbooked.length / 20) === 0)
          .map((s) => s.start);
        for (const probe of [...probes, ...nearby, ...sample]) {
          const refusal = checkSlot(input, probe);
          expect(refusal === null).toBe(given.has(probe.getTime()));
          refused.add(refusal?.code ?? 'none');
        }
      }),
      RUNS,
    );
    expect(scenarios).toBeGreaterThan(RUNS.numRuns / 4);
    // Every reason, and acceptance, shows up among the probes.
    expect([...refused].sort()).toEqual(
      [
        'none',
        'booking.in_past',
        'booking.too_soon',
        'booking.too_far',
        'booking.outside_availability',
        'booking.slot_taken',
        'booking.day_full',
        'booking.week_full',
      ].sort(),
    );
  });
});

describe('zone-clock wall minutes', () => {
  it('match luxon for every zone, on quiet days and change days alike', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...BASES),
        fc.integer({ min: -3, max: 10 }),
        fc.integer({ min: 0, max: 1440 }),
        (timeZone, base, dayOffset, minute) => {
          const date = DateTime.fromMillis(base, { zone: 'utc' }).plus({
            days: dayOffset,
          });
          const day = ZoneDay.at(zoneNamed(timeZone), {
            year: date.year,
            month: date.month,
            day: date.day,
          });
          expect(day.instant(minute)).toBe(
            wallInstant(timeZone, date.toISODate() ?? '', minute),
          );
          expect(
            DateTime.fromMillis(day.start, { zone: timeZone }).toISODate(),
          ).toBe(date.toISODate());
          expect(
            DateTime.fromMillis(day.end - 1, { zone: timeZone }).toISODate(),
          ).toBe(date.toISODate());
        },
      ),
      { numRuns: 500, seed: 20271031 },
    );
  });
});
