import {
  addDays,
  calendarDate,
  clockTime,
  dayHeading,
  knownTimeZone,
  zoneCity,
} from './zoned-time';

// Europe/Berlin moves to summer time at 01:00 UTC on Sunday 2026-03-29; Asia/Shanghai has no daylight saving time.
const beforeChange = new Date('2026-03-28T18:00:00Z');
const afterChange = new Date('2026-03-29T18:00:00Z');

describe('zoned time', () => {
  it('reads wall-clock times in the given zone on both sides of the change', () => {
    expect(clockTime(beforeChange, 'Europe/Berlin', 'en')).toBe('19:00');
    expect(clockTime(afterChange, 'Europe/Berlin', 'en')).toBe('20:00');
    expect(clockTime(beforeChange, 'Asia/Shanghai', 'en')).toBe('02:00');
    expect(clockTime(afterChange, 'Asia/Shanghai', 'zh-CN')).toBe('02:00');
  });

  it('puts an instant on the calendar day it has in the zone', () => {
    expect(calendarDate(beforeChange, 'Europe/Berlin')).toBe('2026-03-28');
    expect(calendarDate(beforeChange, 'Asia/Shanghai')).toBe('2026-03-29');
  });

  it('adds days across month ends and the clock change', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-30', 3)).toBe('2026-04-02');
  });

  it('names days in the reader’s language', () => {
    expect(dayHeading('2026-03-29', 'en-GB')).toBe('Sun 29 Mar');
    expect(dayHeading('2026-03-29', 'zh-CN')).toBe('3月29日周日');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(clockTime(beforeChange, 'Mars/Olympus_Mons', 'en')).toBe('18:00');
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
