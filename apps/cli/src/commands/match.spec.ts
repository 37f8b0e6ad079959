import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { verifyCertificate, type MatchInstance } from '@torchbridge/domain';
import { matchCommand } from './match';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdinText = ''): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(stdinText);
  const code = await matchCommand(args, { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const instance: MatchInstance = {
  founders: [
    { id: 'f-001', capacity: 1 },
    { id: 'f-002', capacity: 1 },
  ],
  mentors: [
    { id: 'm-001', capacity: 1 },
    { id: 'm-002', capacity: 1 },
  ],
  edges: [
    [0, 0, 10],
    [0, 1, 9],
    [1, 0, 9],
  ],
};

function expectOneLine(result: Run, code: number, message: string): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`${message}\n`);
}

describe('torchbridge match solve', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'torchbridge-match-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('solves from stdin to stdout with exit 0', async () => {
    const result = await run(['solve'], JSON.stringify(instance));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const solution = JSON.parse(result.stdout);
    expect(solution).toMatchObject({ pairs: [[0, 1], [1, 0]], objective: 18, optimal: true, stats: { edges: 3 } });
    expect(verifyCertificate(instance, solution).valid).toBe(true);
  });

  it('reads --in and writes --out', async () => {
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(input, JSON.stringify({ ...instance, fixed: [[0, 0]] }, null, 2));
    const result = await run(['solve', '--in', input, `--out=${output}`]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const solution = JSON.parse(readFileSync(output, 'utf8'));
    expect(solution.pairs).toEqual([[0, 0]]);
    expect(solution.objective).toBe(10);
  });

  it('reads a multi-megabyte file in chunks, and unusual JSON through the general reader', async () => {
    const founders = 3000;
    const mentors = 400;
    const edges: Array<[number, number, number]> = [];
    for (let f = 0; f < founders; f++) {
      for (let m = f % 3; m < mentors; m += 3) {
        edges.push([f, m, 1 + ((f * 31 + m * 17) % 100)]);
      }
    }
    const big: MatchInstance = {
      founders: Array.from({ length: founders }, (_, i) => ({ id: `f${i}`, capacity: 1 })),
      mentors: Array.from({ length: mentors }, (_, i) => ({ id: `m${i}`, capacity: 1 + (i % 5) })),
      edges,
    };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(5 << 20);
    const input = join(dir, 'big.json');
    writeFileSync(input, text);
    const fromFile = await run(['solve', '--in', input]);
    expect(fromFile.code).toBe(0);
    const solution = JSON.parse(fromFile.stdout);
    expect(verifyCertificate(big, solution).valid).toBe(true);
    const fromStdin = await run(['solve'], text);
    expect(JSON.parse(fromStdin.stdout).pairs).toEqual(solution.pairs);

    const unusual = join(dir, 'unusual.json');
    writeFileSync(unusual, JSON.stringify(instance).replace('[0,0,10]', '[0,0,1.0e1]'));
    const general = await run(['solve', '--in', unusual]);
    expect(JSON.parse(general.stdout).objective).toBe(18);
    expect((await run(['solve'], JSON.stringify(instance).replace('[0,0,10]', '[0,0,1.0e1]'))).code).toBe(0);
  });

  it.each([
    ['a wrong type', { ...instance, edges: [[0, '1', 5]] }, 'edges[0][1]: mentor index must be an integer (got "1")'],
    ['an index out of range', { ...instance, edges: [[0, 0, 5], [1, 1, 5], [1, 0, 3], [0, 7, 5]] }, 'edges[3][1]: mentor index 7 out of range (expected 0..1)'],
    ['a negative capacity', { ...instance, mentors: [{ id: 'm', capacity: -1 }] }, 'mentors[0].capacity: capacity must be a non-negative integer (got -1)'],
    ['a fractional score', { ...instance, edges: [[0, 0, 2.5]] }, 'edges[0][2]: score must be an integer in 1..1000 (got 2.5)'],
    ['a score out of range', { ...instance, edges: [[0, 0, 1001]] }, 'edges[0][2]: score must be an integer in 1..1000 (got 1001)'],
    ['a duplicate edge', { ...instance, edges: [[0, 0, 5], [1, 0, 5], [0, 0, 7]] }, 'edges[2]: duplicate edge for founder 0 and mentor 0 (first given as edges[0])'],
    ['a fixed pair that is not an edge', { ...instance, fixed: [[1, 1]] }, 'fixed[0]: pair [1, 1] is not a candidate edge (infeasible)'],
    ['fixed pairs beyond a capacity', { ...instance, fixed: [[0, 0], [1, 0]] }, 'fixed[1]: mentor 0 is in more fixed pairs than its capacity 1 (infeasible)'],
    ['a missing field', { founders: [], edges: [] }, 'mentors: expected an array of { id, capacity } (got nothing)'],
  ])('exits 2 with one line for %s', async (_label, doc, message) => {
    expectOneLine(await run(['solve'], JSON.stringify(doc)), 2, message);
  });

  it('exits 2 for text that is not JSON', async () => {
    const result = await run(['solve'], '{"founders": [');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^input: invalid JSON \(.+\)\n$/);
  });

  it('exits 2 for bad arguments and a missing file', async () => {
    expectOneLine(await run([]), 2, 'match: missing subcommand (usage: torchbridge match solve [--in FILE] [--out FILE])');
    expectOneLine(await run(['optimise']), 2, 'match: unknown subcommand "optimise" (usage: torchbridge match solve [--in FILE] [--out FILE])');
    expectOneLine(await run(['solve', '--fast']), 2, 'match solve: unknown argument "--fast" (usage: torchbridge match solve [--in FILE] [--out FILE])');
    expectOneLine(await run(['solve', '--in']), 2, '--in: expected a file name');
    expectOneLine(await run(['solve', '--in', join(dir, 'missing.json')]), 2, `--in: cannot read ${join(dir, 'missing.json')} (ENOENT)`);
  });

  it('prints usage', async () => {
    const result = await run(['solve', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('torchbridge match solve [--in FILE] [--out FILE]');
  });
});
