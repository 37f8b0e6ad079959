import { DEFAULT_WORKING_HOURS } from '@torchbridge/contracts';
import { bestSlots, type PersonHours, rankSlots } from './rank';

const berlin: PersonHours = {
  timeZone: 'Europe/Berlin',
  hours: { startMinute: 9 * 60, endMinute: 18 * 60, weekdays: [1, 2, 3, 4, 5] },
};
const shanghai: PersonHours = {
  timeZone: 'Asia/Shanghai',
  hours: DEFAULT_WORKING_HOURS,
};

const slot = (iso: string, minutes = 60) => ({
  start: new Date(iso),
  end: new Date(Date.parse(iso) + minutes * 60_000),
});

/** Start instants of a day's half-hour slots (30 min long) that lie wholly inside both people's hours. */
function overlapStarts(dayIso: string): string[] {
  const day = Date.parse(dayIso);
  const slots = Array.from({ length: 48 }, (_, i) =>
    slot(new Date(day + i * 1_800_000).toISOString(), 30),
  );
  return rankSlots(slots, berlin, shanghai)
    .filter((s) => s.inOverlap)
    .map((s) => s.start.toISOString().slice(11, 16));
}

describe('rankSlots', () => {
  it('fits a winter 09:00 Berlin session (16:00 in Shanghai) wholly and a 19:00 one (02:00) not at all', () => {
    const [morning, evening, straddling] = rankSlots(
      [
        slot('2027-01-12T08:00:00Z'),
        slot('2027-01-12T18:00:00Z'),
        slot('2027-01-12T09:30:00Z'),
      ],
      berlin,
      shanghai,
    );
    expect(morning).toMatchObject({ fit: 1, inOverlap: true });
    expect(evening).toMatchObject({ fit: 0, inOverlap: false });
    // 10:30–11:30 Berlin: Shanghai stops at 18:00 = 11:00 Berlin, half-way through.
    expect(straddling).toMatchObject({ fit: 0.5, inOverlap: false });
  });

  it('opens two shared hours in winter and three in summer', () => {
    // Tuesday 12 January: Berlin 09:00–18:00 CET = 08–17Z, Shanghai 09:00–18:00 = 01–10Z.
    expect(overlapStarts('2027-01-12T00:00:00Z')).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
    ]);
    // Tuesday 13 July: Berlin 09:00–18:00 CEST = 07–16Z.
    expect(overlapStarts('2027-07-13T00:00:00Z')).toEqual([
      '07:00',
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
    ]);
  });

  it('shifts on the Monday after Europe moves its clocks', () => {
    expect(overlapStarts('2027-03-26T00:00:00Z')).toHaveLength(4); // Friday, CET
    expect(overlapStarts('2027-03-29T00:00:00Z')).toHaveLength(6); // Monday, CEST
  });

  it("reads each person's weekdays on their own calendar", () => {
    // Saturday 09:00 in Shanghai is Friday 17:00 in Los Angeles (PST).
    const losAngeles: PersonHours = {
      timeZone: 'America/Los_Angeles',
      hours: DEFAULT_WORKING_HOURS,
    };
    const saturdayMorning = slot('2027-01-16T01:00:00Z');
    expect(rankSlots([saturdayMorning], losAngeles, shanghai)[0]?.fit).toBe(0);
    const sixDays: PersonHours = {
      ...shanghai,
      hours: { ...DEFAULT_WORKING_HOURS, weekdays: [1, 2, 3, 4, 5, 6] },
    };
    expect(rankSlots([saturdayMorning], losAngeles, sixDays)[0]?.fit).toBe(1);
  });

  it('keeps the order it was given and handles no slots', () => {
    const ranked = rankSlots(
      [slot('2027-01-12T18:00:00Z'), slot('2027-01-12T08:00:00Z')],
      berlin,
      shanghai,
    );
    expect(ranked.map((s) => s.fit)).toEqual([0, 1]);
    expect(rankSlots([], berlin, shanghai)).toEqual([]);
  });
});

describe('bestSlots', () => {
  it('takes the highest fit first and the earliest among equals', () => {
    const ranked = [
      { ...slot('2027-01-12T12:00:00Z'), fit: 0.5, inOverlap: false },
      { ...slot('2027-01-13T08:00:00Z'), fit: 1, inOverlap: true },
      { ...slot('2027-01-12T08:00:00Z'), fit: 1, inOverlap: true },
      { ...slot('2027-01-12T18:00:00Z'), fit: 0, inOverlap: false },
    ];
    expect(bestSlots(ranked, 3).map((s) => s.start.toISOString())).toEqual([
      '2027-01-12T08:00:00.000Z',
      '2027-01-13T08:00:00.000Z',
      '2027-01-12T12:00:00.000Z',
    ]);
    expect(bestSlots(ranked)).toHaveLength(4);
    expect(ranked[0]?.fit).toBe(0.5);
  });
});
