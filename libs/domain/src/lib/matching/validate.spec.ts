import { parseMatchJson } from './json';
import { packMatchInstance } from './parse';
import { solveMatching } from './solver';
import { randomInstance } from './testing/reference';
import { MatchInputError, type MatchInstance } from './types';

const base: MatchInstance = {
  founders: [
    { id: 'f0', capacity: 1 },
    { id: 'f1', capacity: 2 },
  ],
  mentors: [
    { id: 'm0', capacity: 1 },
    { id: 'm1', capacity: 3 },
  ],
  edges: [
    [0, 0, 5],
    [1, 0, 6],
    [1, 1, 7],
  ],
};

/** The error of solving `doc` through both readers (they must agree). */
function errorOf(doc: unknown): MatchInputError {
  const errors: MatchInputError[] = [];
  for (const read of [() => packMatchInstance(doc), () => parseMatchJson(new TextEncoder().encode(JSON.stringify(doc)))]) {
    try {
      solveMatching(read());
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      errors.push(error as MatchInputError);
      continue;
    }
    throw new Error('expected a MatchInputError');
  }
  expect(errors[1]?.message).toBe(errors[0]?.message);
  return errors[0] as MatchInputError;
}

describe('match input validation', () => {
  it.each<[string, unknown, string, string]>([
    ['not an object', [1, 2], 'input', 'input: expected a JSON object with founders, mentors and edges (got [1,2])'],
    ['founders missing', { mentors: [], edges: [] }, 'founders', 'founders: expected an array of { id, capacity } (got nothing)'],
    ['a founder that is not an object', { ...base, founders: [3] }, 'founders[0]', 'founders[0]: expected { id, capacity } (got 3)'],
    ['an id that is not a string', { ...base, mentors: [{ id: 7, capacity: 1 }] }, 'mentors[0].id', 'mentors[0].id: expected a string (got 7)'],
    ['a negative capacity', { ...base, founders: [{ id: 'a', capacity: 1 }, { id: 'b', capacity: -2 }] }, 'founders[1].capacity', 'founders[1].capacity: capacity must be a non-negative integer (got -2)'],
    ['a fractional capacity', { ...base, mentors: [{ id: 'a', capacity: 1.5 }, { id: 'b', capacity: 1 }] }, 'mentors[0].capacity', 'mentors[0].capacity: capacity must be a non-negative integer (got 1.5)'],
    ['a string capacity', { ...base, mentors: [{ id: 'a', capacity: '2' }, { id: 'b', capacity: 1 }] }, 'mentors[0].capacity', 'mentors[0].capacity: capacity must be a non-negative integer (got "2")'],
    ['edges not an array', { ...base, edges: {} }, 'edges', 'edges: expected an array of [founderIndex, mentorIndex, score] (got {})'],
    ['an edge of the wrong length', { ...base, edges: [[0, 0, 5], [0, 1]] }, 'edges[1]', 'edges[1]: expected [founderIndex, mentorIndex, score] (got [0,1])'],
    ['a founder index out of range', { ...base, edges: [[2, 0, 5]] }, 'edges[0][0]', 'edges[0][0]: founder index 2 out of range (expected 0..1)'],
    ['a negative mentor index', { ...base, edges: [[0, -1, 5]] }, 'edges[0][1]', 'edges[0][1]: mentor index -1 out of range (expected 0..1)'],
    ['a mentor index 7', { ...base, edges: [[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 7, 5]] }, 'edges[3][1]', 'edges[3][1]: mentor index 7 out of range (expected 0..1)'],
    ['a fractional index', { ...base, edges: [[0.5, 0, 5]] }, 'edges[0][0]', 'edges[0][0]: founder index must be an integer (got 0.5)'],
    ['a null index', { ...base, edges: [[0, null, 5]] }, 'edges[0][1]', 'edges[0][1]: mentor index must be an integer (got null)'],
    ['no mentors at all', { ...base, mentors: [] }, 'edges[0][1]', 'edges[0][1]: mentor index 0 out of range (there are no mentors)'],
    ['a zero score', { ...base, edges: [[0, 0, 0]] }, 'edges[0][2]', 'edges[0][2]: score must be an integer in 1..1000 (got 0)'],
    ['a large score', { ...base, edges: [[0, 0, 100000]] }, 'edges[0][2]', 'edges[0][2]: score must be an integer in 1..1000 (got 100000)'],
    ['a fractional score', { ...base, edges: [[0, 0, 7.25]] }, 'edges[0][2]', 'edges[0][2]: score must be an integer in 1..1000 (got 7.25)'],
    ['an exponent score', { ...base, edges: [[0, 0, 1e3], [0, 1, 1e4]] }, 'edges[1][2]', 'edges[1][2]: score must be an integer in 1..1000 (got 10000)'],
    ['a duplicate edge', { ...base, edges: [[0, 0, 5], [1, 1, 5], [1, 0, 2], [1, 1, 9]] }, 'edges[3]', 'edges[3]: duplicate edge for founder 1 and mentor 1 (first given as edges[1])'],
    ['fixed not an array', { ...base, fixed: 'all' }, 'fixed', 'fixed: expected an array of [founderIndex, mentorIndex] pairs (got "all")'],
    ['a malformed fixed pair', { ...base, fixed: [[0, 0, 1]] }, 'fixed[0]', 'fixed[0]: expected [founderIndex, mentorIndex] (got [0,0,1])'],
    ['a forbidden index out of range', { ...base, forbidden: [[0, 0], [5, 0]] }, 'forbidden[1][0]', 'forbidden[1][0]: founder index 5 out of range (expected 0..1)'],
    ['a fixed pair that is not an edge', { ...base, fixed: [[0, 1]] }, 'fixed[0]', 'fixed[0]: pair [0, 1] is not a candidate edge (infeasible)'],
    ['fixed pairs over a founder capacity', { ...base, fixed: [[1, 0], [1, 1], [0, 0]] }, 'fixed[2]', 'fixed[2]: mentor 0 is in more fixed pairs than its capacity 1 (infeasible)'],
    ['a fixed pair that is forbidden', { ...base, fixed: [[1, 1]], forbidden: [[1, 1]] }, 'fixed[0]', 'fixed[0]: pair [1, 1] is also forbidden (infeasible)'],
  ])('names the field for %s', (_label, doc, field, message) => {
    const error = errorOf(doc);
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });

  it('accepts null fixed and forbidden, and extra fields', () => {
    const sol = solveMatching(packMatchInstance({ ...base, fixed: null, forbidden: null, cohort: 'spring' }));
    expect(sol.objective).toBe(13); // (1,0)+(1,1) = 6 + 7 beats (0,0)+(1,1) = 5 + 7
  });
});

describe('parseMatchJson', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('reads the same instance as JSON.parse + packMatchInstance, whatever the layout', () => {
    const inst = randomInstance(3, { founders: 40, mentors: 15, density: 0.3, maxScore: 1000, maxFounderCapacity: 2, maxMentorCapacity: 3, fixedRate: 0.01, forbiddenRate: 0.05 });
    const expected = solveMatching(packMatchInstance(inst));
    const layouts = [
      JSON.stringify(inst),
      JSON.stringify(inst, null, 2),
      `\ufeff ${JSON.stringify({ edges: inst.edges, forbidden: inst.forbidden, mentors: inst.mentors, founders: inst.founders, fixed: inst.fixed })} \n`,
      JSON.stringify(inst).replace(/,/g, ' ,\t'),
    ];
    for (const text of layouts) {
      const sol = solveMatching(parseMatchJson(encode(text)));
      expect(sol.pairs).toEqual(expected.pairs);
      expect(sol.objective).toBe(expected.objective);
    }
  });

  it('falls back to the general reader for unusual but valid JSON', () => {
    const text = '{"founders":[{"id":"a","capacity":1}],"mentors":[{"id":"\\u006d","capacity":1}],"edges":[[0,0,5.0e0]],"edges2":[]}';
    expect(solveMatching(parseMatchJson(encode(text))).objective).toBe(5);
    const repeated = '{"founders":[{"id":"a","capacity":1}],"mentors":[{"id":"m","capacity":1}],"edges":[[0,0,9]],"edges":[[0,0,4]]}';
    expect(solveMatching(parseMatchJson(encode(repeated))).objective).toBe(4); // JSON.parse keeps the last
  });

  it('reports malformed JSON and bad bytes on one line', () => {
    expect(() => parseMatchJson(encode('{"founders": [}'))).toThrow(/^input: invalid JSON \(.+\)$/);
    expect(() => parseMatchJson(encode(''))).toThrow(/^input: invalid JSON/);
    expect(() => parseMatchJson(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow('input: not valid UTF-8');
    expect(() => parseMatchJson(encode('{"founders":[],"mentors":[],"edges":[[0,0,1]]} x'))).toThrow(/^input: invalid JSON/);
  });
});
