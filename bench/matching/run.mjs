#!/usr/bin/env node
// Matching solver benchmark: our exact solver against the HiGHS LP on the same seeded instances, each run in its
// own process so that peak memory is measured per run. Writes the "## Matching solver" section of
// docs/benchmarks.md (other sections are kept) and exits non-zero if an objective or a certificate disagrees.
//
//   node bench/matching/run.mjs [--sizes=small,medium,large] [--runs=3] [--no-highs] [--no-cli] [--no-write]
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
import { compileSolver, root } from './compile.mjs';

const SIZES = [
  { key: 'small', founders: 1000, mentors: 200, target: { seconds: 0.2 } },
  {
    key: 'medium',
    founders: 10000,
    mentors: 2000,
    target: { seconds: 1.5, mib: 300 },
  },
  {
    key: 'large',
    founders: 50000,
    mentors: 5000,
    target: { seconds: 8, mib: 512 },
  },
];
const SEED = 42;
const COMMAND = 'node bench/matching/run.mjs';

const options = {
  sizes: SIZES.map((s) => s.key),
  runs: 3,
  highs: true,
  cli: true,
  write: true,
};
for (const arg of process.argv.slice(2)) {
  const [name, value] = arg.replace(/^--/, '').split('=');
  if (name === 'sizes' && value) {
    options.sizes = value.split(',');
  } else if (name === 'runs' && value) {
    options.runs = Math.max(1, Number(value));
  } else if (name === 'no-highs' || name === 'no-cli' || name === 'no-write') {
    options[name.slice(3)] = false;
  } else {
    process.stderr.write(
      `unknown argument ${arg}\nusage: ${COMMAND} [--sizes=small,medium,large] [--runs=3] [--no-highs] [--no-cli] [--no-write]\n`,
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
const fmtBytes = (bytes) =>
  bytes < 2 ** 20
    ? `${Math.round(bytes / 1024)} KiB`
    : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const started = Date.now();
const solverDir = compileSolver();
const scratch = mkdtempSync(join(os.tmpdir(), 'torchbridge-matching-json-'));
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
  `Matching benchmark — ${machine.cpu}, Node ${machine.node}, load average ${machine.load}`,
);

const rows = [];
let failures = 0;
for (const size of SIZES.filter((s) => options.sizes.includes(s.key))) {
  const label = `${fmtCount(size.founders)} × ${fmtCount(size.mentors)}`;
  const runs = [];
  for (let i = 0; i < options.runs; i++) {
    const run = measure(
      ['ours', solverDir, size.founders, size.mentors, SEED],
      180,
    );
    say(`  ${label} ours run ${i + 1}: ${JSON.stringify(run)}`);
    runs.push(run);
  }
  const ok = runs.filter((r) => !r.error);
  const row = { size, label, runs, ours: ok[0] };
  if (
    ok.length !== runs.length ||
    ok.some((r) => !r.certificateValid || r.objective !== ok[0].objective)
  ) {
    row.problem = 'our runs failed or disagree';
    failures++;
  }
  if (ok.length) {
    row.solveMs = median(ok.map((r) => r.solveMs));
    row.cpuMs = median(ok.map((r) => r.cpuMs));
    row.peakRssMiB = Math.max(...ok.map((r) => r.peakRssMiB));
    row.instanceRssMiB = Math.max(...ok.map((r) => r.rssAfterGenerateMiB));
  }
  if (options.highs) {
    row.highs = measure(['highs', size.founders, size.mentors, SEED], 300);
    say(`  ${label} HiGHS: ${JSON.stringify(row.highs)}`);
    if (!row.highs.error && row.ours) {
      const rounded = Math.round(row.highs.objective);
      row.highsEqual =
        row.highs.optimal &&
        rounded === row.ours.objective &&
        Math.abs(row.highs.objective - rounded) < 1e-6;
      if (!row.highsEqual) {
        row.problem = `HiGHS objective ${row.highs.objective} differs from ours ${row.ours.objective}`;
        failures++;
      }
    }
  }
  if (options.cli) {
    const file = join(scratch, `${size.key}.json`);
    const written = measure(
      ['json', size.founders, size.mentors, SEED, file],
      180,
    );
    row.cli = written.error
      ? written
      : {
          bytes: written.bytes,
          ...measure(['cli', solverDir, file, `${file}.out`], 180),
        };
    rmSync(file, { force: true });
    rmSync(`${file}.out`, { force: true });
    say(`  ${label} CLI: ${JSON.stringify(row.cli)}`);
    if (
      !row.cli.error &&
      (row.cli.code !== 0 || row.cli.objective !== row.ours?.objective)
    ) {
      row.problem = `CLI result differs: ${JSON.stringify(row.cli)}`;
      failures++;
    }
  }
  rows.push(row);
}
rmSync(scratch, { recursive: true, force: true });
rmSync(solverDir, { recursive: true, force: true });
const totalSeconds = Math.round((Date.now() - started) / 1000);

function targetCell(row) {
  const { seconds, mib } = row.size.target;
  const timeOk = row.solveMs !== undefined && row.solveMs <= seconds * 1000;
  const memOk =
    mib === undefined ||
    (row.peakRssMiB !== undefined && row.peakRssMiB <= mib);
  return `≤ ${seconds} s${mib ? `, ≤ ${mib} MiB` : ''}: ${timeOk && memOk ? 'met' : 'NOT met'}`;
}

function highsCell(row) {
  if (!row.highs) {
    return ['not run', '', ''];
  }
  if (row.highs.error) {
    return [
      `failed after ${fmtSeconds(row.highs.afterMs ?? 0)}: \`${row.highs.error.replace(/\.? Build with .*$/, '')}\``,
      `${fmtMiB(row.highs.peakRssMiB ?? 0)} (Wasm memory ${fmtMiB(row.highs.wasmHeapMiB ?? 0)} of its 2,048 MiB maximum: out of memory)`,
      'no reference',
    ];
  }
  return [
    `${fmtSeconds(row.highs.totalMs)} (simplex ${fmtSeconds(row.highs.runMs)})`,
    `${fmtMiB(row.highs.peakRssMiB)} (Wasm memory ${fmtMiB(row.highs.wasmHeapMiB)})`,
    row.highsEqual
      ? row.highs.objective === row.ours.objective
        ? `yes (both ${fmtCount(row.ours.objective)})`
        : `yes (${fmtCount(row.ours.objective)}; HiGHS ${row.highs.objective})`
      : `**NO** (ours ${row.ours.objective}, HiGHS ${row.highs.objective})`,
  ];
}

const lines = [
  '## Matching solver',
  '',
  '`torchbridge match solve` (libs/domain/src/lib/matching): exact maximum-score founder↔mentor assignment with a',
  'dual certificate, against the LP relaxation solved by HiGHS (npm `highs`, WebAssembly). The b-matching',
  'constraint matrix is totally unimodular, so the LP optimum is the integer optimum and both objectives must be',
  'equal exactly.',
  '',
  `Reproduce: \`${COMMAND}\` (about ${Math.max(1, Math.round(totalSeconds / 60))} min; \`--sizes=small,medium\`, \`--runs=1\`, \`--no-highs\`, \`--no-cli\`,`,
  '`--no-write` shorten it). The script compiles the solver with SWC into a temporary directory and measures each',
  'run in a fresh Node process.',
  '',
  `Instances: seeded generator (\`bench/matching/generator.mjs\`, seed ${SEED}): each founder–mentor pair is a candidate`,
  'with probability 5 %, scores uniform in 1..100, founder capacity 1, mentor capacity uniform in 1..5.',
  '',
  `Machine: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}, ${machine.date}. Load average at`,
  `start ${machine.load} (the machine was shared; CPU time is less affected by that than wall time).`,
  '',
  `| Founders × mentors | Candidate pairs | Ours: solve (median of ${options.runs}) | Ours: CPU | Ours: peak RSS | Target | Phases | Certificate | HiGHS LP: time | HiGHS: peak RSS | Objective equal |`,
  '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- | --- | --- |',
];
for (const row of rows) {
  if (!row.ours) {
    lines.push(
      `| ${row.label} | — | failed: ${row.runs[0]?.error ?? 'no run'} | | | | | | | | |`,
    );
    continue;
  }
  const [highsTime, highsMem, equal] = highsCell(row);
  lines.push(
    `| ${row.label} | ${fmtCount(row.ours.edges)} | ${fmtSeconds(row.solveMs)} | ${fmtSeconds(row.cpuMs)} | ${fmtMiB(row.peakRssMiB)} (${fmtMiB(row.instanceRssMiB)} before solving) | ${targetCell(row)} | ${row.ours.phases} | ${
      row.runs.every((r) => r.certificateValid)
        ? `valid (checked in ${fmtSeconds(row.ours.verifyMs)})`
        : '**invalid**'
    } | ${highsTime} | ${highsMem} | ${equal} |`,
  );
}
lines.push(
  '',
  '- *Solve* is `solveMatching` on the instance in column form (typed arrays): validation, graph construction, the',
  '  solve and its own certificate check. *Peak RSS* is the whole process: Node runtime, the generated instance',
  '  (about 10 bytes per candidate pair; the RSS *before solving* covers both) and the solver. HiGHS time covers',
  '  passing the model and the solve.',
);
if (rows.some((r) => r.cli)) {
  lines.push(
    '- The command-line path (`match solve --in FILE --out FILE`, the same code the CLI runs, without Node start-up):',
    '',
    '| Founders × mentors | JSON input | Read + parse + solve + write | CPU | Peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows.filter((r) => r.cli)) {
    lines.push(
      row.cli.error
        ? `| ${row.label} | — | failed: ${row.cli.error} | | |`
        : `| ${row.label} | ${fmtBytes(row.cli.bytes)} | ${fmtSeconds(row.cli.wallMs)} | ${fmtSeconds(row.cli.cpuMs)} | ${fmtMiB(row.cli.peakRssMiB)} |`,
    );
  }
}
lines.push(
  '',
  'Certificate (checked by `verifyCertificate` in one pass over the candidate pairs, without a solver): mentor prices',
  '`v_m ≥ 0` with `Σ_m cap_m·v_m + Σ_f (sum of f’s cap_f largest max(0, s_fm − v_m)) = objective`. With fixed pairs',
  'the identity is stated on the residual instance — capacities reduced by the fixed pairs, fixed and forbidden',
  'pairs removed — plus the fixed pairs’ scores (see `libs/domain/src/lib/matching/README.md`).',
);
if (failures) {
  lines.push('', `**${failures} check(s) failed in this run.**`);
}
const section = `${lines.join('\n')}\n`;
say('');
say(section);

if (options.write) {
  const file = join(root, 'docs/benchmarks.md');
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by its benchmark script; the command to reproduce it is in the section.\n';
  const start = current.search(/^## Matching solver\s*$/m);
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
