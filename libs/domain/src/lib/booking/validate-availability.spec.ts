import type { AvailabilityInput } from '@torchbridge/contracts';
import { validateAvailability } from './validate-availability';

const valid: AvailabilityInput = {
  timeZone: 'Europe/Berlin',
  rules: [
    { weekday: 2, startMinute: 19 * 60, endMinute: 21 * 60 },
    { weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 },
    { weekday: 7, startMinute: 0, endMinute: 1440 },
  ],
  overrides: [
    { date: '2027-03-28', intervals: [] },
    { date: '2028-02-29', intervals: [{ startMinute: 600, endMinute: 660 }] },
  ],
  blackouts: [
    {
      start: '2027-08-01T00:00:00+02:00',
      end: '2027-08-15T00:00:00Z',
      note: 'Summer break',
    },
  ],
  sessionLengths: [30, 60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 120,
  minimumNoticeMinutes: 10080,
  horizonDays: 365,
  maxPerDay: null,
  maxPerWeek: 50,
  meetingLink: 'https://meeting.tencent.com/dm/abc',
  meetingPlace: null,
  autoConfirm: false,
};

const fieldsOf = (change: Partial<Record<keyof AvailabilityInput, unknown>>) =>
  validateAvailability({ ...valid, ...change } as AvailabilityInput).map(
    (p) => p.field,
  );

describe('validateAvailability', () => {
  it('accepts a full, valid availability', () => {
    expect(validateAvailability(valid)).toEqual([]);
  });

  it('names the field, with a code and a sentence', () => {
    expect(
      validateAvailability({ ...valid, timeZone: 'Mars/Olympus_Mons' }),
    ).toEqual([
      {
        field: 'timeZone',
        code: 'field.invalid',
        message:
          'timeZone must be an IANA time zone such as Europe/Berlin or Asia/Shanghai',
      },
    ]);
    expect(fieldsOf({ timeZone: '+08:00' })).toEqual(['timeZone']);
  });

  it.each([
    [
      'a minute past the day',
      [{ weekday: 1, startMinute: 0, endMinute: 1441 }],
      ['rules.0.endMinute'],
    ],
    [
      'a negative minute',
      [{ weekday: 1, startMinute: -30, endMinute: 60 }],
      ['rules.0.startMinute'],
    ],
    [
      'a fractional minute',
      [{ weekday: 1, startMinute: 1.5, endMinute: 60 }],
      ['rules.0.startMinute'],
    ],
    [
      'an end before the start',
      [{ weekday: 1, startMinute: 600, endMinute: 540 }],
      ['rules.0.endMinute'],
    ],
    [
      'an empty interval',
      [{ weekday: 1, startMinute: 600, endMinute: 600 }],
      ['rules.0.endMinute'],
    ],
    [
      'weekday 0',
      [{ weekday: 0, startMinute: 0, endMinute: 60 }],
      ['rules.0.weekday'],
    ],
    [
      'weekday 8',
      [{ weekday: 8, startMinute: 0, endMinute: 60 }],
      ['rules.0.weekday'],
    ],
    [
      'overlapping rules on one weekday',
      [
        { weekday: 3, startMinute: 600, endMinute: 720 },
        { weekday: 3, startMinute: 540, endMinute: 660 },
      ],
      ['rules.0'],
    ],
  ])('refuses a rule with %s', (_, rules, fields) => {
    expect(fieldsOf({ rules })).toEqual(fields);
  });

  it('allows touching rules and the same hours on different weekdays', () => {
    expect(
      fieldsOf({
        rules: [
          { weekday: 3, startMinute: 540, endMinute: 600 },
          { weekday: 3, startMinute: 600, endMinute: 660 },
          { weekday: 4, startMinute: 540, endMinute: 660 },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'a day that does not exist',
      [{ date: '2027-02-29', intervals: [] }],
      ['overrides.0.date'],
    ],
    [
      'a date in another format',
      [{ date: '28.03.2027', intervals: [] }],
      ['overrides.0.date'],
    ],
    [
      'a date with a time',
      [{ date: '2027-03-28T00:00', intervals: [] }],
      ['overrides.0.date'],
    ],
    [
      'a date twice',
      [
        { date: '2027-03-28', intervals: [] },
        { date: '2027-03-28', intervals: [] },
      ],
      ['overrides.1.date'],
    ],
    [
      'a bad interval',
      [{ date: '2027-03-28', intervals: [{ startMinute: 60, endMinute: 30 }] }],
      ['overrides.0.intervals.0.endMinute'],
    ],
    [
      'overlapping intervals',
      [
        {
          date: '2027-03-28',
          intervals: [
            { startMinute: 60, endMinute: 120 },
            { startMinute: 90, endMinute: 150 },
          ],
        },
      ],
      ['overrides.0.intervals.1'],
    ],
    [
      'intervals that are not a list',
      [{ date: '2027-03-28', intervals: null }],
      ['overrides.0.intervals'],
    ],
  ])('refuses an override with %s', (_, overrides, fields) => {
    expect(fieldsOf({ overrides })).toEqual(fields);
  });

  it.each([
    [
      'an end before its start',
      [
        {
          start: '2027-08-02T00:00:00Z',
          end: '2027-08-01T00:00:00Z',
          note: '',
        },
      ],
      ['blackouts.0.end'],
    ],
    [
      'an empty range',
      [
        {
          start: '2027-08-01T00:00:00Z',
          end: '2027-08-01T02:00:00+02:00',
          note: '',
        },
      ],
      ['blackouts.0.end'],
    ],
    [
      'a start with no offset',
      [{ start: '2027-08-01T00:00:00', end: '2027-08-02T00:00:00Z', note: '' }],
      ['blackouts.0.start'],
    ],
    [
      'an impossible end',
      [
        {
          start: '2027-08-01T00:00:00Z',
          end: '2027-02-30T00:00:00Z',
          note: '',
        },
      ],
      ['blackouts.0.end'],
    ],
    [
      'a note too long',
      [
        {
          start: '2027-08-01T00:00:00Z',
          end: '2027-08-02T00:00:00Z',
          note: 'x'.repeat(201),
        },
      ],
      ['blackouts.0.note'],
    ],
  ])('refuses a blackout with %s', (_, blackouts, fields) => {
    expect(fieldsOf({ blackouts })).toEqual(fields);
  });

  it.each([
    ['sessionLengths', [], ['sessionLengths']],
    ['sessionLengths', [30, 90], ['sessionLengths.1']],
    ['sessionLengths', [45, 45], ['sessionLengths.1']],
    ['bufferBeforeMinutes', -1, ['bufferBeforeMinutes']],
    ['bufferAfterMinutes', 121, ['bufferAfterMinutes']],
    ['minimumNoticeMinutes', 10081, ['minimumNoticeMinutes']],
    ['minimumNoticeMinutes', -5, ['minimumNoticeMinutes']],
    ['horizonDays', 0, ['horizonDays']],
    ['horizonDays', 366, ['horizonDays']],
    ['maxPerDay', 0, ['maxPerDay']],
    ['maxPerDay', 51, ['maxPerDay']],
    ['maxPerWeek', 2.5, ['maxPerWeek']],
    ['meetingLink', 'http://example.com/room', ['meetingLink']],
    ['meetingLink', 'javascript:alert(1)', ['meetingLink']],
    ['meetingLink', 'https://user:secret@example.com/', ['meetingLink']],
    ['meetingPlace', '   ', ['meetingPlace']],
    ['autoConfirm', 'yes', ['autoConfirm']],
    [
      'rules',
      Array.from({ length: 51 }, () => ({
        weekday: 1,
        startMinute: 0,
        endMinute: 1,
      })),
      ['rules'],
    ],
  ] as const)('refuses %s = %j', (field, value, fields) => {
    expect(fieldsOf({ [field]: value })).toEqual(fields);
  });

  it('reports every problem at once', () => {
    expect(
      fieldsOf({
        timeZone: 'Nowhere',
        horizonDays: 0,
        sessionLengths: [],
        maxPerDay: 0,
      }),
    ).toEqual(['timeZone', 'sessionLengths', 'horizonDays', 'maxPerDay']);
  });

  it('accepts the bounds themselves', () => {
    expect(
      fieldsOf({
        bufferBeforeMinutes: 120,
        minimumNoticeMinutes: 0,
        horizonDays: 1,
        maxPerDay: 1,
        maxPerWeek: null,
        meetingPlace: 'Room 3',
      }),
    ).toEqual([]);
  });
});
