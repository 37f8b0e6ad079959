import {
  instantToLocalInput,
  localInputToInstant,
  minutesToTimeInput,
  rangeOnOtherClock,
  timeInputToMinutes,
  weekdayName,
  zonedInstant,
} from './booking-time';

describe('booking time helpers', () => {
  it('turns a wall-clock time into its instant on both sides of a summer-time change', () => {
    // Berlin moves to summer time on 29 March 2026: 09:00 is 08:00Z the day before and 07:00Z on the day.
    expect(zonedInstant('2026-03-28', 540, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    expect(zonedInstant('2026-03-29', 540, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    // Back on 25 October: 09:00 is 08:00Z again.
    expect(zonedInstant('2026-10-25', 540, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
    // Shanghai keeps one offset all year.
    expect(zonedInstant('2026-03-29', 0, 'Asia/Shanghai').toISOString()).toBe(
      '2026-03-28T16:00:00.000Z',
    );
  });

  it('reads date-time inputs on the availability’s clock, both ways', () => {
    expect(localInputToInstant('2026-08-01T00:00', 'Europe/Berlin')).toBe(
      '2026-07-31T22:00:00.000Z',
    );
    expect(localInputToInstant('2026-08-01', 'Europe/Berlin')).toBeNull();
    expect(
      instantToLocalInput('2026-07-31T22:00:00.000Z', 'Europe/Berlin'),
    ).toBe('2026-08-01T00:00');
    expect(instantToLocalInput('not a date', 'Europe/Berlin')).toBe('');
  });

  it('reads time inputs as minutes, midnight as the end of the day when it ends a stretch', () => {
    expect(timeInputToMinutes('19:00')).toBe(1140);
    expect(timeInputToMinutes('00:00', 'end')).toBe(1440);
    expect(timeInputToMinutes('00:00', 'start')).toBe(0);
    expect(timeInputToMinutes('')).toBeNaN();
    expect(minutesToTimeInput(1440)).toBe('00:00');
    expect(minutesToTimeInput(570)).toBe('09:30');
  });

  it('names the other clock’s day only when it is another date', () => {
    expect(
      rangeOnOtherClock(
        '2026-04-07T07:00:00.000Z',
        '2026-04-07T07:30:00.000Z',
        'Asia/Shanghai',
        'Europe/Berlin',
        'en',
      ),
    ).toBe('09:00–09:30');
    expect(
      rangeOnOtherClock(
        '2026-04-08T17:00:00.000Z',
        '2026-04-08T17:30:00.000Z',
        'Asia/Shanghai',
        'Europe/Berlin',
        'zh-CN',
      ),
    ).toBe('周三 19:00–19:30');
  });

  it('names ISO weekdays in the UI language', () => {
    expect(weekdayName(1, 'en')).toBe('Monday');
    expect(weekdayName(7, 'zh-CN')).toBe('星期日');
  });
});
