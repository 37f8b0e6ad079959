import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { verifyEventSchedule, type EventInstance } from '@torchbridge/domain';
import { eventCommand } from './event';

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
  const code = await eventCommand(args, { stdin, stdout, stderr });
  return {
    code,
    stdout: Buffer.concat(out).toString(),
    stderr: Buffer.concat(err).toString(),
  };
}

const instance: EventInstance = {
  rounds: 2,
  tables: 1,
  participants: [
    { id: 'founder-1' },
    { id: 'mentor-1', unavailableRounds: [0] },
    { id: 'investor-1' },
  ],
  requests: [
    [0, 1, 3],
    [0, 2, 2],
    [1, 2, 1],
  ],
};

function expectOneLine(result: Run, code: number, message: string): void {
  expect(result).toEqual({ code, stdout: '', stderr: `${message}\n` });
}

describe('torchbridge event schedule', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'torchbridge-event-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('schedules from stdin to stdout with exit 0', async () => {
    const result = await run(['schedule'], JSON.stringify(instance));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const schedule = JSON.parse(result.stdout);
    expect(schedule).toMatchObject({
      meetings: [
        { request: 1, round: 0, table: 0 },
        { request: 0, round: 1, table: 0 },
      ],
      objective: 5,
      upperBound: 5,
      stats: { optimal: true, requests: 3, scheduled: 2 },
    });
    expect(verifyEventSchedule(instance, schedule).valid).toBe(true);
  });

  it('reads --in and writes --out, keeping locked meetings', async () => {
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(
      input,
      JSON.stringify(
        { ...instance, locked: [{ request: 2, round: 1 }] },
        null,
        2,
      ),
    );
    const result = await run(['schedule', '--in', input, `--out=${output}`]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const schedule = JSON.parse(readFileSync(output, 'utf8'));
    expect(schedule.meetings).toEqual([
      { request: 1, round: 0, table: 0 },
      { request: 2, round: 1, table: 0 },
    ]);
    expect(schedule.objective).toBe(3);
  });

  it('exits 2 naming the field for malformed input, writing nothing', async () => {
    const output = join(dir, 'never.json');
    expectOneLine(
      await run(
        ['schedule', '--out', output],
        JSON.stringify({ ...instance, requests: [[0, 0, 3]] }),
      ),
      2,
      'requests[0][1]: a participant cannot meet themselves (both are 0)',
    );
    expectOneLine(
      await run(['schedule'], JSON.stringify({ ...instance, tables: 0 })),
      2,
      'tables: expected an integer in 1..1000000 (got 0)',
    );
    expectOneLine(
      await run(
        ['schedule'],
        JSON.stringify({ ...instance, locked: [{ request: 0, round: 0 }] }),
      ),
      2,
      'locked[0].round: participant 1 is unavailable in round 0',
    );
    const notJson = await run(['schedule'], '{"rounds": 2');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^input: invalid JSON \(.*\)\n$/);
    expect(existsSync(output)).toBe(false);
  });

  it('exits 2 for bad arguments and an unreadable file', async () => {
    expectOneLine(
      await run([]),
      2,
      'event: missing subcommand (usage: torchbridge event schedule [--in FILE] [--out FILE])',
    );
    expectOneLine(
      await run(['plan']),
      2,
      'event: unknown subcommand "plan" (usage: torchbridge event schedule [--in FILE] [--out FILE])',
    );
    expectOneLine(
      await run(['schedule', '--in']),
      2,
      '--in: expected a file name',
    );
    expectOneLine(
      await run(['schedule', '--fast']),
      2,
      'event schedule: unknown argument "--fast" (usage: torchbridge event schedule [--in FILE] [--out FILE])',
    );
    expectOneLine(
      await run(['schedule', '--in', join(dir, 'missing.json')]),
      2,
      `--in: cannot read ${join(dir, 'missing.json')} (ENOENT)`,
    );
  });

  it('exits 1 when the output cannot be written', async () => {
    const result = await run(
      ['schedule', '--out', join(dir, 'no-such-dir', 'out.json')],
      JSON.stringify(instance),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^--out: cannot write .* \(ENOENT\)\n$/);
  });

  it('prints the usage for help', async () => {
    const result = await run(['schedule', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'torchbridge event schedule [--in FILE] [--out FILE]',
    );
  });
});
