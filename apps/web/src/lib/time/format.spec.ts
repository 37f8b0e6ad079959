import {
  formatClockTime,
  formatDateTime,
  formatZoneName,
  hoursAhead,
  usableTimeZone,
  utcOffsetMinutes,
} from './format';

const instant = new Date('2026-03-29T12:00:00Z');

describe('time formatting', () => {
  it('shows the same instant as wall-clock time in each zone', () => {
    expect(
      formatClockTime(instant, { locale: 'en', timeZone: 'Europe/Berlin' }),
    ).toBe('14:00');
    expect(
      formatClockTime(instant, { locale: 'en', timeZone: 'Asia/Shanghai' }),
    ).toBe('20:00');
    expect(
      formatClockTime(instant, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }),
    ).toBe('20:00');
    expect(formatClockTime(instant, { locale: 'en', timeZone: 'UTC' })).toBe(
      '12:00',
    );
  });

  it('follows daylight saving time: Berlin moved to summer time in the night of 29 March 2026', () => {
    expect(utcOffsetMinutes(instant, 'Europe/Berlin')).toBe(120);
    expect(
      utcOffsetMinutes(new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin'),
    ).toBe(60);
    expect(utcOffsetMinutes(instant, 'Asia/Kolkata')).toBe(330);
    expect(hoursAhead(instant, 'Asia/Shanghai', 'Europe/Berlin')).toBe(6);
    expect(
      hoursAhead(
        new Date('2026-03-28T12:00:00Z'),
        'Asia/Shanghai',
        'Europe/Berlin',
      ),
    ).toBe(7);
  });

  it('formats a date and time in the UI language and the given zone', () => {
    expect(
      formatDateTime(instant, { locale: 'en', timeZone: 'Europe/Berlin' }),
    ).toBe('Mar 29, 2026, 14:00');
    expect(
      formatDateTime(new Date('2026-03-29T18:30:00Z'), {
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      }),
    ).toBe('2026年3月30日 02:30');
  });

  it('names the zone in the UI language', () => {
    expect(
      formatZoneName(instant, { locale: 'en', timeZone: 'Europe/Berlin' }),
    ).toBe('Central European Summer Time');
    expect(
      formatZoneName(instant, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }),
    ).toBe('中国标准时间');
    expect(
      formatZoneName(
        instant,
        { locale: 'en', timeZone: 'Europe/Berlin' },
        'longOffset',
      ),
    ).toBe('GMT+02:00');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(usableTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(usableTimeZone('+08:00')).toBe('UTC');
    expect(
      formatClockTime(instant, { locale: 'en', timeZone: 'Mars/Olympus_Mons' }),
    ).toBe('12:00');
  });
});
