import { verifyCertificate } from './certificate';
import { packMatchInstance } from './parse';
import { solveMatching } from './solver';
import { naiveDualValue, randomInstance, rng, type RandomOptions } from './testing/reference';
import type { MatchInstance, MatchSolution } from './types';

const contested: MatchInstance = {
  founders: [
    { id: 'f0', capacity: 1 },
    { id: 'f1', capacity: 1 },
    { id: 'f2', capacity: 2 },
  ],
  mentors: [
    { id: 'm0', capacity: 1 },
    { id: 'm1', capacity: 2 },
  ],
  edges: [
    [0, 0, 50],
    [1, 0, 40],
    [1, 1, 10],
    [2, 0, 45],
    [2, 1, 30],
  ],
  forbidden: [[0, 1]],
};

function tampered(sol: MatchSolution, change: Partial<MatchSolution>): MatchSolution {
  return { ...structuredClone(sol), ...change };
}

describe('verifyCertificate', () => {
  const sol = solveMatching(contested);

  it('accepts the solver output', () => {
    expect(sol.objective).toBe(90); // (0,0)=50, (1,1)=10, (2,1)=30
    expect(verifyCertificate(contested, sol)).toEqual({ valid: true, primal: 90, dual: 90 });
    expect(verifyCertificate(packMatchInstance(contested), sol).valid).toBe(true);
  });

  it('rejects tampered prices', () => {
    const zero = verifyCertificate(contested, tampered(sol, { certificate: { mentorPrices: [0, 0] } }));
    expect(zero.valid).toBe(false);
    expect(zero.dual).toBeGreaterThan(90);
    expect(zero.reason).toContain('certificate value');
    const high = verifyCertificate(contested, tampered(sol, { certificate: { mentorPrices: sol.certificate.mentorPrices.map((p) => p + 50) } }));
    expect(high.valid).toBe(false);
    expect(verifyCertificate(contested, tampered(sol, { certificate: { mentorPrices: [-1, 0] } })).reason).toBe('certificate.mentorPrices[0]: must be a finite number >= 0');
    expect(verifyCertificate(contested, tampered(sol, { certificate: { mentorPrices: [1] } })).reason).toBe('certificate.mentorPrices: expected 2 prices');
  });

  it('rejects tampered pairs and objectives', () => {
    expect(verifyCertificate(contested, tampered(sol, { objective: 91 })).reason).toBe('objective 91 differs from the total score of the pairs, 90');
    expect(verifyCertificate(contested, tampered(sol, { pairs: sol.pairs.slice(1) })).valid).toBe(false);
    expect(verifyCertificate(contested, tampered(sol, { pairs: [...sol.pairs, [1, 0]] })).reason).toBe('pairs[3]: founder 1 is over its capacity 1');
    const forbidEdge: MatchInstance = { ...contested, forbidden: [[2, 0]] };
    expect(verifyCertificate(forbidEdge, tampered(sol, { pairs: [[1, 1], [2, 0]] })).reason).toBe('pairs[1]: pair [2, 0] is forbidden');
    expect(verifyCertificate(contested, tampered(sol, { pairs: [[0, 0], [0, 0]] })).reason).toBe('pairs[1]: duplicate pair [0, 0]');
    expect(verifyCertificate(contested, tampered(sol, { pairs: [[0, 0], [9, 0]] })).reason).toBe('pairs[1]: index out of range');
    const notEdge: MatchInstance = { ...contested, forbidden: [] };
    expect(verifyCertificate(notEdge, tampered(sol, { pairs: [[0, 1]], objective: 0 })).reason).toBe('pairs[0]: [0, 1] is not a candidate edge');
    const withFixed: MatchInstance = { ...contested, fixed: [[1, 0]] };
    expect(verifyCertificate(withFixed, sol).reason).toBe('fixed[0]: pair [1, 0] is missing from pairs');
  });

  it('detects every price change that breaks the identity, on random instances', () => {
    const options: RandomOptions = { founders: 12, mentors: 6, density: 0.5, maxScore: 30, maxFounderCapacity: 2, maxMentorCapacity: 3, fixedRate: 0.03, forbiddenRate: 0.05 };
    const r = rng(99);
    let rejected = 0;
    let tried = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const inst = randomInstance(seed, options);
      let solution: MatchSolution;
      try {
        solution = solveMatching(inst);
      } catch {
        continue; // infeasible fixed pairs
      }
      const prices = [...solution.certificate.mentorPrices];
      const m = Math.floor(r() * prices.length);
      const price = prices[m] ?? 0;
      const delta = 1 + Math.floor(r() * 5);
      prices[m] = r() < 0.5 && price >= delta ? price - delta : price + delta;
      const check = verifyCertificate(inst, { ...solution, certificate: { mentorPrices: prices } });
      const dual = naiveDualValue(inst, prices);
      expect(check.dual).toBe(dual);
      expect(dual).toBeGreaterThanOrEqual(solution.objective); // weak duality: any prices bound the optimum
      expect(check.valid).toBe(dual === solution.objective);
      tried++;
      if (!check.valid) {
        rejected++;
      }
    }
    expect(tried).toBeGreaterThan(150);
    expect(rejected).toBeGreaterThan(tried / 3); // optimal prices are often not unique
  });

  it('bounds every solution from above for arbitrary prices', () => {
    const r = rng(5);
    for (let seed = 1; seed <= 100; seed++) {
      const inst = randomInstance(seed, { founders: 10, mentors: 5, density: 0.5, maxScore: 50, maxFounderCapacity: 3, maxMentorCapacity: 2 });
      const optimum = solveMatching(inst).objective;
      const prices = inst.mentors.map(() => Math.floor(r() * 60));
      expect(naiveDualValue(inst, prices)).toBeGreaterThanOrEqual(optimum);
    }
  });
});
