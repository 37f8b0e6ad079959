import { solveMatching } from './solver';
import { countBlockingPairs, stableMatching } from './stable';
import type { MatchInstance } from './types';

function random(seed: number, nF: number, nM: number, density: number): MatchInstance {
  let a = seed;
  const rand = () => ((a = (a * 48271) % 2147483647) / 2147483647);
  const edges: [number, number, number][] = [];
  for (let f = 0; f < nF; f++) {
    for (let m = 0; m < nM; m++) {
      if (rand() < density) {
        edges.push([f, m, 1 + Math.floor(rand() * 100)]);
      }
    }
  }
  return {
    founders: Array.from({ length: nF }, (_, i) => ({ id: `f${i}`, capacity: 1 + (i % 3 === 0 ? 1 : 0) })),
    mentors: Array.from({ length: nM }, (_, i) => ({ id: `m${i}`, capacity: 1 + (i % 4) })),
    edges,
  };
}

describe('stableMatching', () => {
  it('leaves no blocking pair and never beats the optimum', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const instance = random(seed, 12, 6, 0.5);
      const stable = stableMatching(instance);
      expect(stable.blockingPairs).toBe(0);
      expect(countBlockingPairs(instance, stable.pairs)).toBe(0);
      expect(stable.objective).toBeLessThanOrEqual(solveMatching(instance).objective);
    }
  });

  it('respects capacities, fixed and forbidden pairs, and is repeatable', () => {
    const instance: MatchInstance = {
      founders: [{ id: 'a', capacity: 1 }, { id: 'b', capacity: 1 }, { id: 'c', capacity: 1 }],
      mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }],
      edges: [[0, 0, 90], [1, 0, 80], [1, 1, 70], [2, 1, 75], [2, 0, 60]],
      forbidden: [[1, 1]],
      fixed: [[2, 0]],
    };
    const result = stableMatching(instance);
    expect(result.pairs).toEqual([[2, 0]]);
    expect(stableMatching(instance)).toEqual(result);
  });

  it('can give up score against the optimal assignment, and says how much', () => {
    // a and b both prefer x; the stable answer pairs the strongest pair first.
    const instance: MatchInstance = {
      founders: [{ id: 'a', capacity: 1 }, { id: 'b', capacity: 1 }],
      mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }],
      edges: [[0, 0, 100], [0, 1, 90], [1, 0, 95]],
    };
    expect(stableMatching(instance)).toMatchObject({ pairs: [[0, 0]], objective: 100, blockingPairs: 0 });
    expect(solveMatching(instance).objective).toBe(185);
  });

  it('detects the blocking pairs of an unstable assignment', () => {
    const instance: MatchInstance = {
      founders: [{ id: 'a', capacity: 1 }, { id: 'b', capacity: 1 }],
      mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }],
      edges: [[0, 0, 100], [0, 1, 10], [1, 0, 20], [1, 1, 30]],
    };
    // a–x and b–y would both rather be together.
    expect(countBlockingPairs(instance, [[0, 1], [1, 0]])).toBe(2);
  });
});
