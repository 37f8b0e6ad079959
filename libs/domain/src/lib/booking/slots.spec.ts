import type { WeeklyRule } from '@torchbridge/contracts';
import { DateTime, Settings } from 'luxon';
import {
  blockOf,
  checkSlot,
  type ExpandInput,
  expandSlots,
  type SlotRulesInput,
} from './slots';
import { wallToInstant, zoneNamed } from './zone-clock';

const rulesFor = (
  timeZone: string,
  rules: WeeklyRule[],
  more: Partial<SlotRulesInput> = {},
): SlotRulesInput => ({
  timeZone,
  rules,
  overrides: [],
  blackouts: [],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 365,
  maxPerDay: null,
  maxPerWeek: null,
  ...more,
});

const input = (
  rules: SlotRulesInput,
  more: Partial<ExpandInput> = {},
): ExpandInput => ({
  rules,
  lengthMinutes: 60,
  from: new Date('2027-01-01T00:00:00Z'),
  to: new Date('2027-12-31T00:00:00Z'),
  now: new Date('2027-01-01T00:00:00Z'),
  mentorBlocks: [],
  mentorSessionStarts: [],
  ...more,
});

const starts = (slots: { start: Date }[]) =>
  slots.map((s) => s.start.toISOString());
const at = (iso: string) => new Date(iso);
const wall = (instant: Date, zone: string) =>
  DateTime.fromJSDate(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

// Tuesday and Sunday evenings, 19:00–21:00 on the mentor's wall clock.
const eveningRules = (timeZone: string) =>
  rulesFor(timeZone, [
    { weekday: 2, startMinute: 19 * 60, endMinute: 21 * 60 },
    { weekday: 7, startMinute: 19 * 60, endMinute: 21 * 60 },
  ]);

describe('expandSlots across daylight saving time', () => {
  const window = (from: string, to: string, rules: SlotRulesInput) =>
    expandSlots(input(rules, { from: at(from), to: at(to), stepMinutes: 60 }));

  it('keeps a Berlin evening rule at 19:00 local through the spring change (28 March 2027)', () => {
    const slots = window(
      '2027-03-23T00:00:00Z',
      '2027-03-31T00:00:00Z',
      eveningRules('Europe/Berlin'),
    );
    expect(starts(slots)).toEqual([
      '2027-03-23T18:00:00.000Z', // Tue, CET (+01:00)
      '2027-03-23T19:00:00.000Z',
      '2027-03-28T17:00:00.000Z', // Sun, the change day: CEST (+02:00) by evening
      '2027-03-28T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z', // Tue, CEST
      '2027-03-30T18:00:00.000Z',
    ]);
    expect(slots.map((s) => s.end.getTime() - s.start.getTime())).toEqual(
      Array(6).fill(3_600_000),
    );
  });

  it('keeps a Berlin evening rule at 19:00 local through the autumn change (31 October 2027)', () => {
    const slots = window(
      '2027-10-26T00:00:00Z',
      '2027-11-03T00:00:00Z',
      eveningRules('Europe/Berlin'),
    );
    expect(starts(slots)).toEqual([
      '2027-10-26T17:00:00.000Z', // Tue, CEST
      '2027-10-26T18:00:00.000Z',
      '2027-10-31T18:00:00.000Z', // Sun, the change day: CET by evening
      '2027-10-31T19:00:00.000Z',
      '2027-11-02T18:00:00.000Z', // Tue, CET
      '2027-11-02T19:00:00.000Z',
    ]);
  });

  it('moves the Berlin evening against Shanghai: 7 hours apart in winter, 6 in summer', () => {
    const slots = [
      ...window(
        '2027-03-23T00:00:00Z',
        '2027-03-31T00:00:00Z',
        eveningRules('Europe/Berlin'),
      ),
      ...window(
        '2027-10-26T00:00:00Z',
        '2027-11-03T00:00:00Z',
        eveningRules('Europe/Berlin'),
      ),
    ].filter(
      (s) =>
        DateTime.fromJSDate(s.start, { zone: 'Europe/Berlin' }).hour === 19,
    );
    expect(slots.map((s) => wall(s.start, 'Asia/Shanghai'))).toEqual([
      'Wed 2027-03-24 02:00',
      'Mon 2027-03-29 01:00',
      'Wed 2027-03-31 01:00',
      'Wed 2027-10-27 01:00',
      'Mon 2027-11-01 02:00',
      'Wed 2027-11-03 02:00',
    ]);
  });

  it('leaves an Asia/Shanghai rule at the same instants on both change days', () => {
    const spring = window(
      '2027-03-23T00:00:00Z',
      '2027-03-31T00:00:00Z',
      eveningRules('Asia/Shanghai'),
    );
    const autumn = window(
      '2027-10-26T00:00:00Z',
      '2027-11-03T00:00:00Z',
      eveningRules('Asia/Shanghai'),
    );
    expect(
      starts([...spring, ...autumn]).filter((iso) =>
        iso.endsWith('T11:00:00.000Z'),
      ),
    ).toEqual([
      '2027-03-23T11:00:00.000Z',
      '2027-03-28T11:00:00.000Z',
      '2027-03-30T11:00:00.000Z',
      '2027-10-26T11:00:00.000Z',
      '2027-10-31T11:00:00.000Z',
      '2027-11-02T11:00:00.000Z',
    ]);
    expect(spring).toHaveLength(6);
    expect(autumn).toHaveLength(6);
  });

  it('reads 02:30 on the spring change day, which does not exist in Berlin, as 03:30 CEST', () => {
    const rules = rulesFor('Europe/Berlin', [], {
      overrides: [
        {
          date: '2027-03-28',
          intervals: [{ startMinute: 150, endMinute: 240 }],
        },
      ],
    });
    const slots = expandSlots(
      input(rules, {
        lengthMinutes: 30,
        from: at('2027-03-27T00:00:00Z'),
        to: at('2027-03-29T00:00:00Z'),
      }),
    );
    // 02:30 → 01:30Z (03:30 CEST); 04:00 CEST → 02:00Z: the gap leaves one half hour.
    expect(starts(slots)).toEqual(['2027-03-28T01:30:00.000Z']);
    expect(wall(slots[0]?.start ?? at('invalid'), 'Europe/Berlin')).toBe(
      'Sun 2027-03-28 03:30',
    );
  });

  it('reads 02:30 on the autumn change day, which happens twice in Berlin, as the earlier (CEST) instant', () => {
    const rules = rulesFor('Europe/Berlin', [], {
      overrides: [
        {
          date: '2027-10-31',
          intervals: [{ startMinute: 150, endMinute: 240 }],
        },
      ],
    });
    const slots = expandSlots(
      input(rules, {
        lengthMinutes: 30,
        from: at('2027-10-30T00:00:00Z'),
        to: at('2027-11-01T00:00:00Z'),
      }),
    );
    // 02:30 CEST = 00:30Z to 04:00 CET = 03:00Z: two and a half real hours.
    expect(starts(slots)).toEqual([
      '2027-10-31T00:30:00.000Z',
      '2027-10-31T01:00:00.000Z',
      '2027-10-31T01:30:00.000Z',
      '2027-10-31T02:00:00.000Z',
      '2027-10-31T02:30:00.000Z',
    ]);
  });

  it('picks the earlier instant of a repeated hour whatever the date today is', () => {
    const zone = zoneNamed('Europe/Berlin');
    const realNow = Settings.now;
    try {
      for (const today of ['2027-07-01T12:00:00Z', '2027-01-15T12:00:00Z']) {
        Settings.now = () => Date.parse(today);
        expect(
          new Date(
            wallToInstant(zone, { year: 2027, month: 10, day: 31 }, 150),
          ).toISOString(),
        ).toBe('2027-10-31T00:30:00.000Z');
      }
    } finally {
      Settings.now = realNow;
    }
  });
});

describe('expandSlots: hours, overrides and windows', () => {
  const mondays = rulesFor('Europe/Berlin', [
    { weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 },
  ]);
  // Monday 11 January 2027, CET: 09:00 Berlin = 08:00Z.
  const monday = {
    from: at('2027-01-11T00:00:00Z'),
    to: at('2027-01-12T00:00:00Z'),
  };

  it('steps from the interval start and ends the last session at the interval end', () => {
    expect(starts(expandSlots(input(mondays, monday)))).toEqual([
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T08:30:00.000Z',
      '2027-01-11T09:00:00.000Z',
      '2027-01-11T09:30:00.000Z',
      '2027-01-11T10:00:00.000Z',
    ]);
  });

  it('counts the step from the interval start, not from `from`', () => {
    const rules = rulesFor('Europe/Berlin', [
      { weekday: 1, startMinute: 9 * 60 + 10, endMinute: 11 * 60 },
    ]);
    const slots = expandSlots(
      input(rules, {
        lengthMinutes: 30,
        from: at('2027-01-11T08:15:00Z'),
        to: monday.to,
      }),
    );
    expect(starts(slots)).toEqual([
      '2027-01-11T08:40:00.000Z',
      '2027-01-11T09:10:00.000Z',
    ]);
    expect(
      checkSlot(
        input(rules, { lengthMinutes: 30, ...monday }),
        at('2027-01-11T08:20:00Z'),
      ),
    ).toEqual({
      code: 'booking.outside_availability',
      params: { reason: 'hours' },
    });
  });

  it('joins touching rules, so a session may span them', () => {
    const rules = rulesFor('Europe/Berlin', [
      { weekday: 1, startMinute: 9 * 60, endMinute: 10 * 60 },
      { weekday: 1, startMinute: 10 * 60, endMinute: 11 * 60 },
    ]);
    expect(starts(expandSlots(input(rules, monday)))).toEqual([
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T08:30:00.000Z',
      '2027-01-11T09:00:00.000Z',
    ]);
  });

  it('bounds the start by `to`: a session may end after it', () => {
    const slots = expandSlots(
      input(mondays, { from: monday.from, to: at('2027-01-11T10:00:00Z') }),
    );
    expect(starts(slots).at(-1)).toBe('2027-01-11T09:30:00.000Z');
    expect(
      checkSlot(
        input(mondays, { from: monday.from, to: at('2027-01-11T10:00:00Z') }),
        at('2027-01-11T10:00:00Z'),
      ),
    ).toEqual({
      code: 'booking.outside_availability',
      params: { reason: 'window' },
    });
  });

  it('adds hours on a date with an override and keeps the weekly rules elsewhere', () => {
    const rules = {
      ...mondays,
      overrides: [
        {
          date: '2027-01-16',
          intervals: [{ startMinute: 14 * 60, endMinute: 15 * 60 }],
        },
      ],
    };
    const slots = expandSlots(
      input(rules, {
        from: at('2027-01-11T00:00:00Z'),
        to: at('2027-01-19T00:00:00Z'),
        stepMinutes: 60,
      }),
    );
    expect(starts(slots)).toEqual([
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T09:00:00.000Z',
      '2027-01-11T10:00:00.000Z',
      '2027-01-16T13:00:00.000Z', // Saturday 14:00 Berlin, from the override
      '2027-01-18T08:00:00.000Z',
      '2027-01-18T09:00:00.000Z',
      '2027-01-18T10:00:00.000Z',
    ]);
  });

  it('replaces a weekday by its override, and an empty override is a day off', () => {
    const rules = {
      ...mondays,
      overrides: [
        {
          date: '2027-01-11',
          intervals: [{ startMinute: 16 * 60, endMinute: 17 * 60 }],
        },
        { date: '2027-01-18', intervals: [] },
      ],
    };
    const slots = expandSlots(
      input(rules, {
        from: at('2027-01-11T00:00:00Z'),
        to: at('2027-01-26T00:00:00Z'),
        stepMinutes: 60,
      }),
    );
    expect(starts(slots)).toEqual([
      '2027-01-11T15:00:00.000Z',
      '2027-01-25T08:00:00.000Z',
      '2027-01-25T09:00:00.000Z',
      '2027-01-25T10:00:00.000Z',
    ]);
    expect(checkSlot(input(rules), at('2027-01-18T08:00:00Z'))?.code).toBe(
      'booking.outside_availability',
    );
  });

  it('leaves out slots that overlap a blackout; touching it is fine', () => {
    const rules = {
      ...mondays,
      blackouts: [
        {
          start: '2027-01-11T09:00:00Z',
          end: '2027-01-11T09:45:00Z',
          note: 'flight',
        },
      ],
    };
    const slots = expandSlots(input(rules, monday));
    expect(starts(slots)).toEqual([
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T10:00:00.000Z',
    ]);
    expect(checkSlot(input(rules, monday), at('2027-01-11T09:30:00Z'))).toEqual(
      {
        code: 'booking.outside_availability',
        params: { reason: 'blackout' },
      },
    );
  });

  it('holds minimum notice and the horizon', () => {
    const everyDay = rulesFor(
      'Europe/Berlin',
      ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
        weekday,
        startMinute: 9 * 60,
        endMinute: 10 * 60,
      })),
      { minimumNoticeMinutes: 90, horizonDays: 2 },
    );
    // Now is Monday 08:00 Berlin; notice ends 09:30; the horizon ends Wednesday 08:00.
    const now = at('2027-01-11T07:00:00Z');
    const query = input(everyDay, {
      lengthMinutes: 30,
      now,
      from: now,
      to: at('2027-01-20T00:00:00Z'),
    });
    expect(starts(expandSlots(query))).toEqual([
      '2027-01-11T08:30:00.000Z',
      '2027-01-12T08:00:00.000Z',
      '2027-01-12T08:30:00.000Z',
    ]);
    expect(checkSlot(query, at('2027-01-11T06:30:00Z'))).toEqual({
      code: 'booking.in_past',
      params: {},
    });
    expect(checkSlot(query, at('2027-01-11T08:00:00Z'))).toEqual({
      code: 'booking.too_soon',
      params: { minutes: 90 },
    });
    expect(checkSlot(query, at('2027-01-13T08:00:00Z'))).toEqual({
      code: 'booking.too_far',
      params: { days: 2 },
    });
    expect(checkSlot(query, at('2027-01-11T08:30:00Z'))).toBeNull();
  });
});

describe('expandSlots: sessions already booked', () => {
  const mondays = rulesFor(
    'Europe/Berlin',
    [{ weekday: 1, startMinute: 8 * 60, endMinute: 14 * 60 }],
    {
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
    },
  );
  const monday = {
    from: at('2027-01-11T00:00:00Z'),
    to: at('2027-01-12T00:00:00Z'),
  };

  it('stores a session as its time widened by the buffers', () => {
    const block = blockOf(
      at('2027-01-11T10:00:00Z'),
      at('2027-01-11T11:00:00Z'),
      mondays,
    );
    expect([block.start.toISOString(), block.end.toISOString()]).toEqual([
      '2027-01-11T09:45:00.000Z',
      '2027-01-11T11:15:00.000Z',
    ]);
  });

  it("keeps both sessions' buffers clear of each other, touching allowed", () => {
    const booked = blockOf(
      at('2027-01-11T10:00:00Z'),
      at('2027-01-11T11:00:00Z'),
      mondays,
    );
    const query = input(mondays, {
      ...monday,
      mentorBlocks: [booked],
      mentorSessionStarts: [at('2027-01-11T10:00:00Z')],
    });
    expect(starts(expandSlots(query))).toEqual([
      '2027-01-11T07:00:00.000Z',
      '2027-01-11T07:30:00.000Z',
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T08:30:00.000Z', // its buffered range 08:15–09:45 touches the booked 09:45
      '2027-01-11T11:30:00.000Z',
      '2027-01-11T12:00:00.000Z',
    ]);
    expect(checkSlot(query, at('2027-01-11T11:00:00Z'))).toEqual({
      code: 'booking.slot_taken',
      params: {},
    });
  });

  it("keeps clear of the booker's own sessions without buffers", () => {
    const query = input(mondays, {
      ...monday,
      bookerBusy: [
        { start: at('2027-01-11T09:00:00Z'), end: at('2027-01-11T10:00:00Z') },
      ],
    });
    expect(starts(expandSlots(query))).toEqual([
      '2027-01-11T07:00:00.000Z',
      '2027-01-11T07:30:00.000Z',
      '2027-01-11T08:00:00.000Z',
      '2027-01-11T10:00:00.000Z',
      '2027-01-11T10:30:00.000Z',
      '2027-01-11T11:00:00.000Z',
      '2027-01-11T11:30:00.000Z',
      '2027-01-11T12:00:00.000Z',
    ]);
    expect(checkSlot(query, at('2027-01-11T08:30:00Z'))?.code).toBe(
      'booking.slot_taken',
    );
  });
});

describe('expandSlots: caps on the mentor-local calendar', () => {
  const everyDay = (more: Partial<SlotRulesInput>) =>
    rulesFor(
      'Europe/Berlin',
      ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
        weekday,
        startMinute: 9 * 60,
        endMinute: 10 * 60,
      })),
      more,
    );
  const datesOf = (slots: { start: Date }[]) => [
    ...new Set(
      slots.map((s) =>
        DateTime.fromJSDate(s.start, { zone: 'Europe/Berlin' }).toISODate(),
      ),
    ),
  ];

  it('counts a 23:30 Berlin session for its Berlin date, though it is the next day in Shanghai', () => {
    const late = at('2027-01-12T22:30:00Z'); // Tue 23:30 Berlin = Wed 06:30 Shanghai
    const query = input(everyDay({ maxPerDay: 1 }), {
      from: at('2027-01-11T00:00:00Z'),
      to: at('2027-01-15T00:00:00Z'),
      mentorSessionStarts: [late],
      mentorBlocks: [{ start: late, end: at('2027-01-12T23:30:00Z') }],
    });
    expect(datesOf(expandSlots(query))).toEqual([
      '2027-01-11',
      '2027-01-13',
      '2027-01-14',
    ]);
    expect(checkSlot(query, at('2027-01-12T08:00:00Z'))).toEqual({
      code: 'booking.day_full',
      params: { max: 1 },
    });
    expect(checkSlot(query, at('2027-01-13T08:00:00Z'))).toBeNull();
  });

  it('counts ISO weeks Monday to Sunday on the Berlin calendar', () => {
    // Wed 13 Jan and Sun 17 Jan 23:30 Berlin (Mon 18 Jan in Shanghai) fill the week of 11–17 January.
    const booked = [at('2027-01-13T08:00:00Z'), at('2027-01-17T22:30:00Z')];
    const query = input(everyDay({ maxPerWeek: 2 }), {
      from: at('2027-01-11T00:00:00Z'),
      to: at('2027-01-20T00:00:00Z'),
      stepMinutes: 60,
      mentorSessionStarts: booked,
      mentorBlocks: booked.map((start) => ({
        start,
        end: new Date(start.getTime() + 3_600_000),
      })),
    });
    expect(datesOf(expandSlots(query))).toEqual(['2027-01-18', '2027-01-19']);
    expect(checkSlot(query, at('2027-01-11T08:00:00Z'))).toEqual({
      code: 'booking.week_full',
      params: { max: 2 },
    });
  });

  it('names the day before the week when both are full', () => {
    const booked = [at('2027-01-11T08:00:00Z')];
    const query = input(everyDay({ maxPerDay: 1, maxPerWeek: 1 }), {
      mentorSessionStarts: booked,
      mentorBlocks: [],
    });
    expect(checkSlot(query, at('2027-01-11T08:00:00Z'))?.code).toBe(
      'booking.day_full',
    );
    expect(checkSlot(query, at('2027-01-12T08:00:00Z'))?.code).toBe(
      'booking.week_full',
    );
  });
});

describe('expandSlots: refusing bad calls', () => {
  it('throws a RangeError for an unknown zone, a non-positive length or step, an invalid instant or setting', () => {
    const rules = rulesFor('Europe/Berlin', []);
    expect(() =>
      expandSlots(input({ ...rules, timeZone: 'Europe/Atlantis' })),
    ).toThrow(RangeError);
    expect(() => expandSlots(input(rules, { lengthMinutes: 0 }))).toThrow(
      /lengthMinutes/,
    );
    expect(() => expandSlots(input(rules, { stepMinutes: 7.5 }))).toThrow(
      /stepMinutes/,
    );
    expect(() => expandSlots(input(rules, { now: at('not a date') }))).toThrow(
      /now/,
    );
    expect(() => checkSlot(input(rules), at('not a date'))).toThrow(/start/);
    expect(() => expandSlots(input({ ...rules, horizonDays: 0 }))).toThrow(
      /horizonDays/,
    );
    expect(() =>
      checkSlot(
        input({ ...rules, bufferAfterMinutes: -5 }),
        at('2027-01-11T08:00:00Z'),
      ),
    ).toThrow(/bufferAfterMinutes/);
    expect(() => expandSlots(input({ ...rules, maxPerWeek: 0 }))).toThrow(
      /maxPerWeek/,
    );
  });

  it('gives nothing for an empty or reversed window', () => {
    const rules = rulesFor('Europe/Berlin', [
      { weekday: 1, startMinute: 0, endMinute: 1440 },
    ]);
    expect(
      expandSlots(
        input(rules, {
          from: at('2027-01-11T00:00:00Z'),
          to: at('2027-01-11T00:00:00Z'),
        }),
      ),
    ).toEqual([]);
    expect(
      expandSlots(
        input(rules, {
          from: at('2027-01-12T00:00:00Z'),
          to: at('2027-01-11T00:00:00Z'),
        }),
      ),
    ).toEqual([]);
  });
});
