import { verifyCertificate } from './certificate';
import { solveMatching } from './solver';
import { bellmanFordOptimum, bruteForceOptimum, naiveDualValue, randomInstance, type RandomOptions } from './testing/reference';
import { MatchInputError, type MatchInstance, type MatchSolution } from './types';

function expectFeasible(inst: MatchInstance, sol: MatchSolution): void {
  const scores = new Map(inst.edges.map(([f, m, s]) => [`${f}:${m}`, s]));
  const forbidden = new Set((inst.forbidden ?? []).map(([f, m]) => `${f}:${m}`));
  const loadF = inst.founders.map(() => 0);
  const loadM = inst.mentors.map(() => 0);
  const seen = new Set<string>();
  let total = 0;
  for (const [f, m] of sol.pairs) {
    const key = `${f}:${m}`;
    expect(scores.has(key)).toBe(true);
    expect(forbidden.has(key)).toBe(false);
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    loadF[f] = (loadF[f] ?? 0) + 1;
    loadM[m] = (loadM[m] ?? 0) + 1;
    total += scores.get(key) ?? 0;
  }
  inst.founders.forEach((x, f) => expect(loadF[f]).toBeLessThanOrEqual(x.capacity));
  inst.mentors.forEach((x, m) => expect(loadM[m]).toBeLessThanOrEqual(x.capacity));
  for (const [f, m] of inst.fixed ?? []) {
    expect(seen.has(`${f}:${m}`)).toBe(true);
  }
  expect(total).toBe(sol.objective);
  expect(sol.optimal).toBe(true);
  expect(sol.certificate.mentorPrices).toHaveLength(inst.mentors.length);
  for (const p of sol.certificate.mentorPrices) {
    expect(p).toBeGreaterThanOrEqual(0);
  }
}

/** Solves, checks feasibility and both certificate computations; returns the solution or 'infeasible'. */
function solveChecked(inst: MatchInstance): MatchSolution | 'infeasible' {
  let sol: MatchSolution;
  try {
    sol = solveMatching(inst);
  } catch (error) {
    if (error instanceof MatchInputError && error.message.includes('(infeasible)')) {
      return 'infeasible';
    }
    throw error;
  }
  expectFeasible(inst, sol);
  expect(naiveDualValue(inst, sol.certificate.mentorPrices)).toBe(sol.objective);
  expect(verifyCertificate(inst, sol)).toEqual({ valid: true, primal: sol.objective, dual: sol.objective });
  return sol;
}

describe('solveMatching against exhaustive search', () => {
  const shapes: Array<[string, RandomOptions, number]> = [
    ['capacity-1 founders', { founders: 5, mentors: 4, density: 0.6, maxScore: 9, maxFounderCapacity: 1, maxMentorCapacity: 3 }, 400],
    ['multi-capacity founders', { founders: 4, mentors: 4, density: 0.7, maxScore: 6, maxFounderCapacity: 3, maxMentorCapacity: 3 }, 400],
    ['many ties', { founders: 5, mentors: 3, density: 0.8, maxScore: 2, maxFounderCapacity: 2, maxMentorCapacity: 2 }, 300],
    ['wide scores', { founders: 6, mentors: 3, density: 0.6, maxScore: 1000, maxFounderCapacity: 1, maxMentorCapacity: 2 }, 300],
    ['fixed and forbidden', { founders: 5, mentors: 4, density: 0.6, maxScore: 20, maxFounderCapacity: 2, maxMentorCapacity: 2, fixedRate: 0.12, forbiddenRate: 0.15 }, 500],
  ];
  it.each(shapes)('matches the optimum on random instances with %s', (_label, options, count) => {
    let infeasible = 0;
    let compared = 0;
    for (let seed = 1; compared < count; seed++) {
      const inst = randomInstance(seed * 7919 + options.founders, options);
      if (inst.edges.length > 16) {
        continue;
      }
      compared++;
      const best = bruteForceOptimum(inst);
      const sol = solveChecked(inst);
      if (sol === 'infeasible') {
        expect(best).toBe(-Infinity);
        infeasible++;
      } else {
        expect(sol.objective).toBe(best);
      }
    }
    expect(infeasible).toBeLessThan(count);
  });
});

describe('solveMatching against a textbook min-cost flow', () => {
  const shapes: Array<[string, RandomOptions, number]> = [
    ['40x12, capacity-1 founders', { founders: 40, mentors: 12, density: 0.3, maxScore: 100, maxFounderCapacity: 1, maxMentorCapacity: 5 }, 40],
    ['30x15, founders up to 4', { founders: 30, mentors: 15, density: 0.35, maxScore: 50, maxFounderCapacity: 4, maxMentorCapacity: 4 }, 40],
    ['25x25, scores 1..1000', { founders: 25, mentors: 25, density: 0.4, maxScore: 1000, maxFounderCapacity: 2, maxMentorCapacity: 2 }, 30],
    ['60x8, scarce mentors, ties', { founders: 60, mentors: 8, density: 0.5, maxScore: 3, maxFounderCapacity: 1, maxMentorCapacity: 3 }, 30],
    ['with fixed and forbidden', { founders: 30, mentors: 10, density: 0.4, maxScore: 100, maxFounderCapacity: 2, maxMentorCapacity: 4, fixedRate: 0.01, forbiddenRate: 0.1 }, 40],
  ];
  it.each(shapes)('matches on %s', (_label, options, count) => {
    for (let seed = 1; seed <= count; seed++) {
      const inst = randomInstance(seed * 104729 + options.mentors, options);
      const sol = solveChecked(inst);
      if (sol !== 'infeasible') {
        expect(sol.objective).toBe(bellmanFordOptimum(inst));
      }
    }
  });
});

describe('solveMatching behaviour', () => {
  const founders = (caps: number[]) => caps.map((capacity, i) => ({ id: `f${i}`, capacity }));
  const mentors = (caps: number[]) => caps.map((capacity, i) => ({ id: `m${i}`, capacity }));

  it('solves the contract example', () => {
    const sol = solveMatching({ founders: founders([1]), mentors: mentors([3]), edges: [[0, 0, 87]] });
    expect(sol).toMatchObject({ pairs: [[0, 0]], objective: 87, optimal: true, certificate: { mentorPrices: [0] } });
    expect(sol.stats).toMatchObject({ edges: 1, phases: 1 });
    expect(sol.stats.solveMs).toBeGreaterThanOrEqual(0);
  });

  it('prefers the better total over the greedy choice', () => {
    // Greedy takes (0,0)=10 and then nothing; the optimum is (0,1)+(1,0) = 9 + 9.
    const inst: MatchInstance = { founders: founders([1, 1]), mentors: mentors([1, 1]), edges: [[0, 0, 10], [0, 1, 9], [1, 0, 9]] };
    const sol = solveChecked(inst);
    expect(sol).not.toBe('infeasible');
    expect(sol !== 'infeasible' && sol.pairs).toEqual([[0, 1], [1, 0]]);
    expect(sol !== 'infeasible' && sol.objective).toBe(18);
  });

  it('leaves people unassigned when that is best, and handles empty instances', () => {
    expect(solveMatching({ founders: [], mentors: [], edges: [] })).toMatchObject({ pairs: [], objective: 0, certificate: { mentorPrices: [] } });
    const sol = solveMatching({ founders: founders([1, 1, 1]), mentors: mentors([1, 0]), edges: [[0, 0, 5], [1, 0, 7], [2, 1, 9]] });
    expect(sol.pairs).toEqual([[1, 0]]);
    expect(sol.objective).toBe(7);
    // Mentor 1 has no capacity: its price makes founder 2's pair worthless in the certificate.
    expect(sol.certificate.mentorPrices[1]).toBe(9);
  });

  it('uses founder capacities above 1', () => {
    const inst: MatchInstance = { founders: founders([3, 1]), mentors: mentors([1, 1, 1]), edges: [[0, 0, 5], [0, 1, 5], [0, 2, 5], [1, 2, 6]] };
    const sol = solveChecked(inst);
    expect(sol !== 'infeasible' && sol.pairs).toEqual([[0, 0], [0, 1], [1, 2]]);
  });

  it('treats capacities above the number of candidate pairs as non-binding', () => {
    const inst: MatchInstance = { founders: founders([10, 1000000]), mentors: mentors([50, 2]), edges: [[0, 0, 4], [0, 1, 8], [1, 0, 3], [1, 1, 9]] };
    const sol = solveChecked(inst);
    expect(sol !== 'infeasible' && sol.objective).toBe(24);
  });

  it('keeps fixed pairs even when they cost score, and states the certificate on the residual instance', () => {
    const inst: MatchInstance = {
      founders: founders([1, 1]),
      mentors: mentors([1, 1]),
      edges: [[0, 0, 1], [0, 1, 50], [1, 1, 40], [1, 0, 30]],
      fixed: [[0, 0]],
    };
    const sol = solveChecked(inst);
    expect(sol !== 'infeasible' && sol.pairs).toEqual([[0, 0], [1, 1]]);
    expect(sol !== 'infeasible' && sol.objective).toBe(41);
  });

  it('never uses forbidden pairs', () => {
    const inst: MatchInstance = { founders: founders([1]), mentors: mentors([1, 1]), edges: [[0, 0, 90], [0, 1, 10]], forbidden: [[0, 0], [0, 0]] };
    const sol = solveChecked(inst);
    expect(sol !== 'infeasible' && sol.pairs).toEqual([[0, 1]]);
  });

  it('rejects infeasible fixed pairs', () => {
    const base = { founders: founders([1, 1]), mentors: mentors([1, 2]), edges: [[0, 0, 5], [1, 0, 6], [0, 1, 7]] as const };
    expect(() => solveMatching({ ...base, fixed: [[0, 0], [1, 0]] })).toThrow('fixed[1]: mentor 0 is in more fixed pairs than its capacity 1 (infeasible)');
    expect(() => solveMatching({ ...base, fixed: [[0, 0], [0, 1]] })).toThrow('fixed[1]: founder 0 is in more fixed pairs than its capacity 1 (infeasible)');
    expect(() => solveMatching({ ...base, fixed: [[1, 1]] })).toThrow('fixed[0]: pair [1, 1] is not a candidate edge (infeasible)');
    expect(() => solveMatching({ ...base, fixed: [[0, 0]], forbidden: [[0, 0]] })).toThrow('fixed[0]: pair [0, 0] is also forbidden (infeasible)');
    expect(() => solveMatching({ ...base, fixed: [[0, 0], [0, 0]] })).toThrow('fixed[1]: duplicate of fixed[0]');
  });

  it('is deterministic and does not depend on object identity', () => {
    const options: RandomOptions = { founders: 300, mentors: 60, density: 0.1, maxScore: 5, maxFounderCapacity: 2, maxMentorCapacity: 4 };
    const a = solveMatching(randomInstance(42, options));
    const b = solveMatching(structuredClone(randomInstance(42, options)));
    expect(b.pairs).toEqual(a.pairs);
    expect(b.certificate).toEqual(a.certificate);
  });

  it('accepts the column form', () => {
    const sol = solveMatching({
      founderCapacity: [1, 1],
      mentorCapacity: new Int32Array([1]),
      edgeFounder: new Int32Array([0, 1]),
      edgeMentor: new Int32Array([0, 0]),
      edgeScore: new Int16Array([3, 4]),
    });
    expect(sol.pairs).toEqual([[1, 0]]);
    expect(sol.objective).toBe(4);
    expect(verifyCertificate({ founderCapacity: [1, 1], mentorCapacity: [1], edgeFounder: [0, 1], edgeMentor: [0, 0], edgeScore: [3, 4] }, sol).valid).toBe(true);
  });
});

describe('solveMatching on a larger instance', () => {
  it('solves 2,000 x 400 at 5% density quickly and with a valid certificate', () => {
    const inst = randomInstance(7, { founders: 2000, mentors: 400, density: 0.05, maxScore: 100, maxFounderCapacity: 1, maxMentorCapacity: 5 });
    const sol = solveMatching(inst);
    expect(verifyCertificate(inst, sol).valid).toBe(true);
    expect(naiveDualValue(inst, sol.certificate.mentorPrices)).toBe(sol.objective);
    expect(sol.stats.solveMs).toBeLessThan(2000);
  });
});
