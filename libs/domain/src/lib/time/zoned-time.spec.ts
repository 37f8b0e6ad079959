import { offsetMinutes, wallTime, zonedToInstant } from './zoned-time';
import { workingInterval, workingOverlapMinutes } from './working-hours';

describe('zoned time', () => {
  it('reads offsets on both sides of the European DST change', () => {
    expect(offsetMinutes('Europe/Berlin', new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(offsetMinutes('Europe/Berlin', new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(offsetMinutes('Asia/Shanghai', new Date('2026-07-01T00:00:00Z'))).toBe(480);
  });

  it('turns a local wall time into the right instant', () => {
    expect(zonedToInstant('Asia/Shanghai', '2026-11-24', 9 * 60).toISOString()).toBe('2026-11-24T01:00:00.000Z');
    expect(zonedToInstant('Europe/Berlin', '2026-11-24', 9 * 60).toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(zonedToInstant('Europe/Berlin', '2026-07-01', 9 * 60).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedToInstant('America/New_York', '2026-11-01', 12 * 60).toISOString()).toBe('2026-11-01T17:00:00.000Z');
  });

  it('round-trips through the wall clock', () => {
    const instant = zonedToInstant('Europe/London', '2026-10-25', 14 * 60 + 30);
    expect(wallTime('Europe/London', instant)).toMatchObject({ year: 2026, month: 10, day: 25, hour: 14, minute: 30 });
  });

  it('rejects a malformed date', () => {
    expect(() => zonedToInstant('UTC', '24/11/2026', 0)).toThrow('date must be YYYY-MM-DD');
  });
});

describe('working-hours overlap', () => {
  it('is 2 hours between Shanghai and Berlin in winter and 3 in summer', () => {
    expect(workingOverlapMinutes('Asia/Shanghai', 'Europe/Berlin', '2026-01-15')).toBe(120);
    expect(workingOverlapMinutes('Asia/Shanghai', 'Europe/Berlin', '2026-07-15')).toBe(180);
  });

  it('changes on the day Europe moves its clocks', () => {
    expect(workingOverlapMinutes('Asia/Shanghai', 'Europe/Berlin', '2026-03-27')).toBe(120);
    expect(workingOverlapMinutes('Asia/Shanghai', 'Europe/Berlin', '2026-03-30')).toBe(180);
  });

  it('is a full day for the same zone and none for antipodes', () => {
    expect(workingOverlapMinutes('Europe/Berlin', 'Europe/Berlin', '2026-05-05')).toBe(540);
    expect(workingOverlapMinutes('Asia/Shanghai', 'America/Los_Angeles', '2026-05-05')).toBe(0);
  });

  it('gives the working day as UTC instants', () => {
    const day = workingInterval('Asia/Shanghai', '2026-11-24');
    expect([day.start.toISOString(), day.end.toISOString()]).toEqual(['2026-11-24T01:00:00.000Z', '2026-11-24T10:00:00.000Z']);
  });
});
