import fc from 'fast-check';
import { scheduleEvent } from './scheduler';
import type { EventInstance, EventLock } from './types';
import { verifyEventSchedule } from './verify';

const RUNS = { numRuns: 300, seed: 20261205 };

/** Best total priority over every assignment of requests to rounds (or none), keeping the locks. */
function bruteForceOptimum(instance: EventInstance): number {
  const { rounds, tables, participants, requests } = instance;
  const away = participants.map((p) => new Set(p.unavailableRounds ?? []));
  const lockedRound = new Map(
    (instance.locked ?? []).map((lock) => [lock.request, lock.round]),
  );
  const busy = new Set<string>();
  const count = new Array<number>(rounds).fill(0);
  let best = -1;
  const visit = (k: number, total: number): void => {
    if (k === requests.length) {
      best = Math.max(best, total);
      return;
    }
    const [a, b, priority] = requests[k] ?? [0, 0, 0];
    const locked = lockedRound.get(k);
    if (locked === undefined) {
      visit(k + 1, total);
    }
    for (let r = 0; r < rounds; r++) {
      if (
        (locked !== undefined && r !== locked) ||
        away[a]?.has(r) ||
        away[b]?.has(r)
      ) {
        continue;
      }
      if (
        busy.has(`${a}@${r}`) ||
        busy.has(`${b}@${r}`) ||
        (count[r] ?? 0) >= tables
      ) {
        continue;
      }
      busy.add(`${a}@${r}`).add(`${b}@${r}`);
      count[r] = (count[r] ?? 0) + 1;
      visit(k + 1, total + priority);
      busy.delete(`${a}@${r}`);
      busy.delete(`${b}@${r}`);
      count[r] = (count[r] ?? 0) - 1;
    }
  };
  visit(0, 0);
  return best;
}

const smallEvent = fc
  .record({
    rounds: fc.integer({ min: 1, max: 3 }),
    tables: fc.integer({ min: 1, max: 3 }),
    people: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ rounds, tables, people }) => {
    const pairs: Array<[number, number]> = [];
    for (let a = 0; a < people; a++) {
      for (let b = a + 1; b < people; b++) {
        pairs.push([a, b]);
      }
    }
    return fc.record({
      rounds: fc.constant(rounds),
      tables: fc.constant(tables),
      participants: fc.tuple(
        ...Array.from({ length: people }, (_, p) =>
          fc
            .subarray(
              Array.from({ length: rounds }, (_, r) => r),
              { maxLength: rounds },
            )
            .map((away) => ({
              id: `p-${p}`,
              ...(away.length ? { unavailableRounds: away } : {}),
            })),
        ),
      ),
      requests: fc
        .subarray(pairs, { maxLength: Math.min(8, pairs.length) })
        .chain((chosen) =>
          fc.tuple(
            ...chosen.map(([a, b]) =>
              fc
                .tuple(fc.boolean(), fc.integer({ min: 1, max: 3 }))
                .map(([flip, w]): [number, number, number] =>
                  flip ? [b, a, w] : [a, b, w],
                ),
            ),
          ),
        ),
      lockPick: fc.array(fc.tuple(fc.boolean(), fc.boolean()), {
        minLength: 8,
        maxLength: 8,
      }),
    });
  })
  .map(({ lockPick, ...instance }): EventInstance => {
    // Locks come from a feasible schedule of the same event, some with their table, so they never clash.
    const earlier = scheduleEvent(instance);
    const locked: EventLock[] = [];
    earlier.meetings.forEach((meeting, k) => {
      const [lock, withTable] = lockPick[k] ?? [false, false];
      if (lock) {
        locked.push(
          withTable
            ? meeting
            : { request: meeting.request, round: meeting.round },
        );
      }
    });
    return { ...instance, locked };
  });

describe('scheduleEvent on small random events', () => {
  it('always returns a schedule the verifier accepts, with every lock kept', () => {
    fc.assert(
      fc.property(smallEvent, (instance) => {
        const schedule = scheduleEvent(instance);
        expect(verifyEventSchedule(instance, schedule)).toEqual({
          valid: true,
          objective: schedule.objective,
        });
        for (const lock of instance.locked ?? []) {
          const held = schedule.meetings.find(
            (meeting) => meeting.request === lock.request,
          );
          expect(held).toMatchObject(lock);
        }
      }),
      RUNS,
    );
  });

  it('brackets the exact optimum: upperBound >= optimum >= objective', () => {
    let optimal = 0;
    fc.assert(
      fc.property(smallEvent, (instance) => {
        const schedule = scheduleEvent(instance);
        const optimum = bruteForceOptimum(instance);
        expect(schedule.upperBound).toBeGreaterThanOrEqual(optimum);
        expect(optimum).toBeGreaterThanOrEqual(schedule.objective);
        if (schedule.objective === optimum) {
          optimal++;
        }
      }),
      RUNS,
    );
    // The search finds the optimum on nearly all of these (a fixed, seeded sample).
    expect(optimal).toBeGreaterThanOrEqual(RUNS.numRuns * 0.95);
  });
});
