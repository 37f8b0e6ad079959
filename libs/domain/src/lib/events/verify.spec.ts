import type { EventInstance, EventMeeting } from './types';
import { verifyEventSchedule } from './verify';

const instance: EventInstance = {
  rounds: 2,
  tables: 2,
  participants: [
    { id: 'a' },
    { id: 'b', unavailableRounds: [1] },
    { id: 'c' },
    { id: 'd' },
  ],
  requests: [
    [0, 1, 3],
    [2, 3, 2],
    [0, 2, 1],
  ],
  locked: [{ request: 1, round: 0, table: 1 }],
};
const good: EventMeeting[] = [
  { request: 0, round: 0, table: 0 },
  { request: 1, round: 0, table: 1 },
  { request: 2, round: 1, table: 0 },
];

function check(meetings: EventMeeting[], objective = 6, upperBound = 6) {
  return verifyEventSchedule(instance, { meetings, objective, upperBound });
}

describe('verifyEventSchedule', () => {
  it('accepts a feasible schedule and recomputes its objective', () => {
    expect(check(good)).toEqual({ valid: true, objective: 6 });
  });

  it.each([
    [
      'a request held twice',
      [...good, { request: 2, round: 0, table: 0 }],
      7,
      /request 2 is scheduled twice/,
    ],
    [
      'a participant in two meetings of a round',
      [good[0], good[1], { request: 2, round: 0, table: 0 }],
      6,
      /participant 0 also meets in round 0/,
    ],
    [
      'a round a participant misses',
      [{ request: 0, round: 1, table: 1 }, good[1], good[2]],
      6,
      /participant 1 is unavailable in round 1/,
    ],
    [
      'a table beyond the last',
      [good[0], good[1], { request: 2, round: 1, table: 2 }],
      6,
      /table: 2 is not a table 0..1/,
    ],
    [
      'a lock moved to another table',
      [
        { request: 0, round: 0, table: 1 },
        { request: 1, round: 0, table: 0 },
        good[2],
      ],
      6,
      /locked to table 1/,
    ],
    ['a lock dropped', [good[0], good[2]], 4, /request 1 is locked to round 0/],
    [
      'a wrong objective',
      good,
      7,
      /objective 7 differs from the meetings' total 6/,
    ],
  ] as Array<[string, Array<EventMeeting | undefined>, number, RegExp]>)(
    'rejects %s',
    (_name, meetings, objective, reason) => {
      const result = check(meetings as EventMeeting[], objective, 9);
      expect(result.valid).toBe(false);
      expect(result.reason).toMatch(reason);
    },
  );

  it('rejects two meetings sharing a table in one round', () => {
    const result = check([
      good[0] as EventMeeting,
      { request: 1, round: 0, table: 0 },
      good[2] as EventMeeting,
    ]);
    expect(result).toMatchObject({
      valid: false,
      reason: expect.stringMatching(
        /table 0 in round 0 is also used by meetings\[0\]/,
      ),
    });
  });

  it('rejects an upper bound below the objective', () => {
    expect(check(good, 6, 5)).toMatchObject({
      valid: false,
      reason: 'upperBound 5 is below the objective 6',
    });
  });
});
