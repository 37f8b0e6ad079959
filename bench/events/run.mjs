#!/usr/bin/env node
// Event scheduling benchmark: our scheduler against HiGHS (exact MIP with a time limit, and its LP relaxation for
// the bound) on the same seeded events, each run in its own process so that peak memory is measured per run.
// Writes the "## Event scheduling" section of docs/benchmarks.md (other sections are kept) and exits non-zero if
// a schedule fails the verifier or a target is missed.
//
//   node bench/events/run.mjs [--cases=binding,open,large] [--runs=3] [--no-highs] [--no-write]
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { compileScheduler, root } from './compile.mjs';

const SEED = 42;
const CASES = [
  {
    key: 'binding',
    title: 'tables binding',
    spec: {
      participants: 300,
      rounds: 12,
      tables: 60,
      requests: 2000,
      seed: SEED,
    },
    target: { seconds: 1, equalOptimum: true },
    mipSeconds: 120,
  },
  {
    key: 'open',
    title: 'tables not binding',
    spec: {
      participants: 300,
      rounds: 12,
      tables: 150,
      requests: 2000,
      seed: SEED,
    },
    target: { seconds: 1, ofLp: 0.98 },
    mipSeconds: 120,
  },
  {
    key: 'large',
    title: 'large',
    spec: {
      participants: 1000,
      rounds: 16,
      tables: 250,
      requests: 8000,
      seed: SEED,
    },
    target: { seconds: 5, mib: 500 },
    mipSeconds: 60,
  },
];
const COMMAND = 'flock /tmp/bench.lock node bench/events/run.mjs';

const options = {
  cases: CASES.map((c) => c.key),
  runs: 3,
  highs: true,
  write: true,
};
for (const arg of process.argv.slice(2)) {
  const [name, value] = arg.replace(/^--/, '').split('=');
  if (name === 'cases' && value) {
    options.cases = value.split(',');
  } else if (name === 'runs' && value) {
    options.runs = Math.max(1, Number(value));
  } else if (name === 'no-highs' || name === 'no-write') {
    options[name.slice(3)] = false;
  } else {
    process.stderr.write(
      `unknown argument ${arg}\nusage: node bench/events/run.mjs [--cases=binding,open,large] [--runs=3] [--no-highs] [--no-write]\n`,
    );
    process.exit(2);
  }
}

const say = (line) => process.stdout.write(`${line}\n`);
const worker = join(import.meta.dirname, 'worker.mjs');

/** Runs worker.mjs in a child process; returns its JSON report or { error }. */
function measure(args, timeoutSeconds) {
  const child = spawnSync(process.execPath, [worker, ...args.map(String)], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 << 20,
  });
  const lines = (child.stdout ?? '').trim().split('\n').filter(Boolean);
  const last = lines[lines.length - 1];
  if (child.status === 0 && last) {
    return JSON.parse(last);
  }
  const reason =
    child.error?.code === 'ETIMEDOUT'
      ? `timed out after ${timeoutSeconds} s`
      : `exit ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().split('\n').slice(-1)[0] ?? ''}`;
  return { error: reason };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const fmtSeconds = (ms) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
const fmtMiB = (mib) => `${Math.round(mib)} MiB`;
const fmtCount = (n) => n.toLocaleString('en-US');
const fmtBound = (x) =>
  Math.abs(x - Math.round(x)) < 1e-6 ? fmtCount(Math.round(x)) : x.toFixed(2);

const started = Date.now();
const dir = compileScheduler();
const scratch = mkdtempSync(join(os.tmpdir(), 'torchbridge-events-json-'));
const machine = {
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  date: new Date().toISOString().slice(0, 10),
  load: os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / '),
};
say(
  `Event scheduling benchmark — ${machine.cpu}, Node ${machine.node}, load average ${machine.load}`,
);

const rows = [];
let failures = 0;
for (const c of CASES.filter((x) => options.cases.includes(x.key))) {
  const spec = JSON.stringify(c.spec);
  const label = `${fmtCount(c.spec.participants)} × ${c.spec.rounds} rounds × ${c.spec.tables} tables, ${fmtCount(c.spec.requests)} requests`;
  const runs = [];
  for (let i = 0; i < options.runs; i++) {
    const run = measure(['ours', dir, spec], 120);
    say(`  ${c.key} ours run ${i + 1}: ${JSON.stringify(run)}`);
    runs.push(run);
  }
  const ok = runs.filter((r) => !r.error);
  const row = { c, label, runs, ours: ok[0], problems: [] };
  if (
    ok.length !== runs.length ||
    ok.some((r) => !r.valid || r.objective !== ok[0].objective)
  ) {
    row.problems.push('a run failed, failed the verifier, or runs disagree');
  }
  if (ok.length) {
    row.medianMs = median(ok.map((r) => r.solveMs));
    row.worstMs = Math.max(...ok.map((r) => r.solveMs));
    row.peakRssMiB = Math.max(...ok.map((r) => r.peakRssMiB));
  }
  if (options.highs) {
    row.lp = measure(['highs', spec, 'lp', 300], 360);
    say(`  ${c.key} HiGHS LP: ${JSON.stringify(row.lp)}`);
    row.mip = measure(['highs', spec, 'mip', c.mipSeconds], c.mipSeconds + 120);
    say(`  ${c.key} HiGHS MIP: ${JSON.stringify(row.mip)}`);
  }
  const file = join(scratch, `${c.key}.json`);
  row.cli = measure(['cli', dir, spec, file, `${file}.out`], 120);
  say(`  ${c.key} CLI: ${JSON.stringify(row.cli)}`);
  if (
    row.cli.error ||
    row.cli.code !== 0 ||
    row.cli.objective !== row.ours?.objective
  ) {
    row.problems.push(`CLI result differs: ${JSON.stringify(row.cli)}`);
  }

  // Targets.
  const { seconds, mib, equalOptimum, ofLp } = c.target;
  const checks = [];
  checks.push([
    `worst ≤ ${seconds} s`,
    row.worstMs !== undefined && row.worstMs <= seconds * 1000,
  ]);
  if (mib) {
    checks.push([
      `≤ ${mib} MiB`,
      row.peakRssMiB !== undefined && row.peakRssMiB <= mib,
    ]);
  }
  if (equalOptimum) {
    const proven =
      (row.ours && row.ours.objective === row.ours.upperBound) ||
      (row.mip &&
        !row.mip.error &&
        row.mip.optimal &&
        Math.round(row.mip.objective) === row.ours?.objective);
    checks.push(['= proven optimum', Boolean(proven)]);
  }
  if (ofLp && options.highs) {
    checks.push([
      `≥ ${Math.round(ofLp * 100)} % of LP bound`,
      Boolean(
        row.lp &&
          !row.lp.error &&
          row.ours &&
          row.ours.objective >= ofLp * row.lp.objective,
      ),
    ]);
  }
  row.targets = checks;
  for (const [name, met] of checks) {
    if (!met) {
      row.problems.push(`target not met: ${name}`);
    }
  }
  // Our bound must not be below a solution HiGHS found.
  if (
    row.mip &&
    !row.mip.error &&
    row.ours &&
    Math.round(row.mip.objective) > row.ours.upperBound
  ) {
    row.problems.push(
      `HiGHS found ${row.mip.objective} above our upper bound ${row.ours.upperBound}`,
    );
  }
  failures += row.problems.length;
  rows.push(row);
}
rmSync(scratch, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
const totalSeconds = Math.round((Date.now() - started) / 1000);

function mipCell(row) {
  if (!row.mip) {
    return 'not run';
  }
  if (row.mip.error) {
    return `failed: ${row.mip.error}`;
  }
  const obj = fmtBound(row.mip.objective);
  return row.mip.optimal
    ? `${obj}, optimal (${fmtSeconds(row.mip.ms)})`
    : `${obj}, bound ${fmtBound(row.mip.dualBound)} at the ${row.c.mipSeconds} s limit`;
}

const lines = [
  '## Event scheduling',
  '',
  '`torchbridge event schedule` (libs/domain/src/lib/events): accepted meeting requests placed into rounds and',
  'tables to maximise the total priority, with an upper bound the scheduler proves itself (LP relaxation of the',
  'per-participant b-matching with the total table capacity, solved exactly through the matching solver on the',
  'bipartite double cover). Reference: HiGHS (npm `highs`, WebAssembly) on the time-indexed model — one binary',
  'per request and round both participants attend; each request once, each participant once a round, at most',
  '`tables` a round — as an exact MIP with a time limit and as its LP relaxation for the bound.',
  '',
  `Reproduce: \`${COMMAND}\` (about ${Math.max(1, Math.round(totalSeconds / 60))} min; \`--cases=binding,open\`, \`--runs=1\`, \`--no-highs\`,`,
  '`--no-write` shorten it). The script compiles the scheduler with SWC into a temporary directory and measures',
  'each run in a fresh Node process; every schedule is checked by `verifyEventSchedule`.',
  '',
  `Instances: seeded generator (\`bench/events/generator.mjs\`, seed ${SEED}): 65 % founders, the rest mentors and`,
  'investors (2:1); a quarter of the participants miss a block of 1–3 rounds; founders request experts chosen',
  'with weight 1/(rank + 5) (a few are in high demand), 5 % of requests are founder–founder; priority 3 / 2 / 1',
  'with probability 20 / 35 / 45 %.',
  '',
  `Machine: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}, ${machine.date}. Load average at`,
  `start ${machine.load} (the machine was shared).`,
  '',
  `| Event | Ours: objective / own bound | Ours: solve, median / worst of ${options.runs} | Ours: peak RSS | HiGHS LP bound | HiGHS MIP | Ours vs LP | Targets |`,
  '| --- | --- | ---: | ---: | --- | --- | ---: | --- |',
];
for (const row of rows) {
  if (!row.ours) {
    lines.push(
      `| ${row.label} | failed: ${row.runs[0]?.error ?? 'no run'} | | | | | | |`,
    );
    continue;
  }
  const lp = row.lp && !row.lp.error ? row.lp.objective : undefined;
  lines.push(
    `| ${row.c.title}: ${row.label} | ${fmtCount(row.ours.objective)} / ${fmtCount(row.ours.upperBound)}${row.ours.objective === row.ours.upperBound ? ' (proven optimal)' : ''} | ${fmtSeconds(row.medianMs)} / ${fmtSeconds(row.worstMs)} | ${fmtMiB(row.peakRssMiB)} | ${lp === undefined ? (row.lp?.error ?? 'not run') : `${fmtBound(lp)} (${fmtSeconds(row.lp.ms)})`} | ${mipCell(row)} | ${lp === undefined ? '—' : `${((100 * row.ours.objective) / lp).toFixed(2)} %`} | ${row.targets.map(([name, met]) => `${name}: ${met ? 'met' : '**NOT met**'}`).join('; ')} |`,
  );
}
lines.push(
  '',
  '- *Solve* is `scheduleEvent` on the generated instance: validation, the bound (three exact b-matchings on the',
  '  double cover) and the schedule. *Peak RSS* is the whole process (Node runtime, instance, scheduler).',
  '  HiGHS times cover passing the model and the solve.',
  '- The command-line path (`event schedule --in FILE --out FILE`, the same code the CLI runs, without Node start-up):',
  '',
  '| Event | JSON input | Read + parse + schedule + write | Peak RSS |',
  '| --- | ---: | ---: | ---: |',
);
for (const row of rows) {
  lines.push(
    row.cli.error
      ? `| ${row.c.title} | — | failed: ${row.cli.error} | |`
      : `| ${row.c.title} | ${Math.round(row.cli.bytes / 1024)} KiB | ${fmtSeconds(row.cli.wallMs)} | ${fmtMiB(row.cli.peakRssMiB)} |`,
  );
}
if (failures) {
  lines.push(
    '',
    `**${failures} check(s) failed in this run:** ${rows.flatMap((r) => r.problems).join('; ')}`,
  );
}
const section = `${lines.join('\n')}\n`;
say('');
say(section);

if (options.write) {
  const file = join(root, 'docs/benchmarks.md');
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by its benchmark script; the command to reproduce it is in the section.\n';
  const start = current.search(/^## Event scheduling\s*$/m);
  let next;
  if (start >= 0) {
    const after = current.slice(start + 1).search(/^## /m);
    next =
      after >= 0
        ? `${current.slice(0, start)}${section}\n${current.slice(start + 1 + after)}`
        : `${current.slice(0, start)}${section}`;
  } else {
    next = `${current.replace(/\n*$/, '\n\n')}${section}`;
  }
  writeFileSync(file, next);
  say(`wrote ${file}`);
}
process.exit(failures ? 1 : 0);
