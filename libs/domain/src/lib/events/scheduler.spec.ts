import { scheduleEvent } from './scheduler';
import type { EventInstance, EventSchedule } from './types';
import { verifyEventSchedule } from './verify';

const people = (count: number, away: Record<number, number[]> = {}) =>
  Array.from({ length: count }, (_, p) => ({
    id: `p-${p}`,
    ...(away[p] ? { unavailableRounds: away[p] } : {}),
  }));

function solve(instance: EventInstance): EventSchedule {
  const schedule = scheduleEvent(instance);
  expect(verifyEventSchedule(instance, schedule)).toEqual({
    valid: true,
    objective: schedule.objective,
  });
  return schedule;
}

describe('scheduleEvent', () => {
  it('holds only the heaviest meeting of a triangle in a single round, and proves nothing better exists', () => {
    const schedule = solve({
      rounds: 1,
      tables: 5,
      participants: people(3),
      requests: [
        [0, 1, 2],
        [1, 2, 3],
        [0, 2, 1],
      ],
    });
    expect(schedule.meetings).toEqual([{ request: 1, round: 0, table: 0 }]);
    expect(schedule).toMatchObject({
      objective: 3,
      upperBound: 3,
      stats: { optimal: true, scheduled: 1, requests: 3 },
    });
  });

  it('gives the only table to the higher priority when tables run out', () => {
    const schedule = solve({
      rounds: 1,
      tables: 1,
      participants: people(4),
      requests: [
        [0, 1, 1],
        [2, 3, 3],
      ],
    });
    expect(schedule.meetings).toEqual([{ request: 1, round: 0, table: 0 }]);
    expect(schedule.upperBound).toBe(3);
  });

  it('meets only in rounds both participants attend, and leaves out requests that share none', () => {
    const schedule = solve({
      rounds: 3,
      tables: 2,
      participants: people(4, { 0: [0, 1], 2: [1], 3: [1, 2] }),
      requests: [
        [0, 1, 2],
        [2, 3, 3],
        [0, 3, 3],
      ],
    });
    expect(schedule.meetings).toEqual([
      { request: 1, round: 0, table: 0 },
      { request: 0, round: 2, table: 0 },
    ]);
    expect(schedule).toMatchObject({ objective: 5, upperBound: 5 });
  });

  it('fits everyone into as many rounds as the busiest participant has requests', () => {
    // A founder meets four mentors in four rounds while the mentors also meet each other: a 5-clique needs all
    // rounds packed exactly.
    const requests: Array<[number, number, number]> = [];
    for (let a = 0; a < 5; a++) {
      for (let b = a + 1; b < 5; b++) {
        requests.push([a, b, 1 + ((a + b) % 3)]);
      }
    }
    const schedule = solve({
      rounds: 5,
      tables: 2,
      participants: people(5),
      requests,
    });
    expect(schedule.meetings).toHaveLength(10);
    expect(schedule).toMatchObject({
      objective: 20,
      upperBound: 20,
      stats: { optimal: true },
    });
  });

  it('keeps locked meetings in their round and table and schedules the rest around them', () => {
    const instance: EventInstance = {
      rounds: 2,
      tables: 2,
      participants: people(4),
      requests: [
        [0, 1, 1],
        [0, 2, 3],
        [1, 2, 3],
        [2, 3, 2],
      ],
      locked: [
        { request: 0, round: 0, table: 1 },
        { request: 3, round: 1 },
      ],
    };
    const schedule = solve(instance);
    expect(schedule.meetings).toContainEqual({
      request: 0,
      round: 0,
      table: 1,
    });
    expect(schedule.meetings).toContainEqual(
      expect.objectContaining({ request: 3, round: 1 }),
    );
    // 0 and 1 are locked together in round 0 and 2 is locked in round 1: neither priority-3 request fits.
    expect(schedule).toMatchObject({ objective: 3, upperBound: 3 });
    expect(scheduleEvent({ ...instance, locked: [] }).objective).toBe(6);
  });

  it('runs again around the previous schedule when all of it is locked, changing nothing', () => {
    const instance: EventInstance = {
      rounds: 3,
      tables: 2,
      participants: people(6, { 1: [2] }),
      requests: [
        [0, 1, 3],
        [1, 2, 2],
        [2, 3, 1],
        [3, 4, 3],
        [4, 5, 2],
        [0, 5, 1],
        [0, 3, 2],
      ],
    };
    const first = solve(instance);
    const again = solve({ ...instance, locked: first.meetings });
    expect(again.meetings).toEqual(first.meetings);
    expect(again.objective).toBe(first.objective);
  });

  it('returns the same schedule for the same input', () => {
    const requests: Array<[number, number, number]> = [];
    for (let k = 0; k < 60; k++) {
      requests.push([k % 20, 20 + ((k * 7) % 13), 1 + (k % 3)]);
    }
    const instance: EventInstance = {
      rounds: 4,
      tables: 6,
      participants: people(33, { 3: [0], 25: [1, 2] }),
      requests,
    };
    const { meetings, objective } = solve(instance);
    expect(scheduleEvent(instance)).toMatchObject({ meetings, objective });
  });
});
