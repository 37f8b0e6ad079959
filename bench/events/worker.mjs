// One measurement in a fresh process (so peak memory is its own). Prints one JSON line on stdout.
//   node worker.mjs ours  <dir> <case.json>                  our scheduler and the verifier on the generated event
//   node worker.mjs highs <case.json> <lp|mip> <seconds>     HiGHS on the time-indexed model of the same event
//   node worker.mjs cli   <dir> <case.json> <inFile> <outFile>  `event schedule --in --out` through the CLI command
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateEvent } from './generator.mjs';

const require = createRequire(import.meta.url);
const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const peakRssMiB = () => mib(process.resourceUsage().maxRSS * 1024);
const report = (result) => process.stdout.write(`${JSON.stringify(result)}\n`);

function ours(dir, spec) {
  const { scheduleEvent, verifyEventSchedule } = require(
    join(dir, 'events/index.js'),
  );
  const instance = generateEvent(spec);
  const rssBeforeMiB = mib(process.memoryUsage().rss);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const schedule = scheduleEvent(instance);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const peak = peakRssMiB();
  const check = verifyEventSchedule(instance, schedule);
  report({
    objective: schedule.objective,
    upperBound: schedule.upperBound,
    meetings: schedule.meetings.length,
    solveMs: Math.round(wallMs * 10) / 10,
    boundMs: Math.round(schedule.stats.boundMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    passes: schedule.stats.passes,
    valid: check.valid,
    reason: check.reason ?? null,
    rssBeforeMiB,
    peakRssMiB: peak,
  });
}

/**
 * x[e][r] for each request e and round r both participants attend: each request at most once, each participant
 * in at most one meeting a round, at most `tables` meetings a round; maximise the total priority. As a MIP this is
 * the exact problem; with the integrality dropped it is the LP relaxation, whose optimum bounds the MIP.
 */
async function highs(spec, kind, seconds) {
  const instance = generateEvent(spec);
  const { rounds, tables, participants, requests } = instance;
  const n = participants.length;
  const away = new Uint8Array(n * rounds);
  participants.forEach((p, i) =>
    (p.unavailableRounds ?? []).forEach((r) => (away[i * rounds + r] = 1)),
  );
  // Rows: requests, then participant × round, then rounds.
  const pRow = (p, r) => requests.length + p * rounds + r;
  const roundRow = (r) => requests.length + n * rounds + r;
  const numRows = requests.length + n * rounds + rounds;
  const starts = [0];
  const indices = [];
  const colCost = [];
  requests.forEach(([a, b, w], e) => {
    for (let r = 0; r < rounds; r++) {
      if (away[a * rounds + r] || away[b * rounds + r]) {
        continue;
      }
      indices.push(e, pRow(a, r), pRow(b, r), roundRow(r));
      starts.push(indices.length);
      colCost.push(w);
    }
  });
  const numCols = colCost.length;
  const loadHighs = require('highs');
  const solver = await loadHighs();
  const rowUpper = new Float64Array(numRows).fill(1);
  rowUpper.fill(tables, requests.length + n * rounds);
  const started = performance.now();
  const model = solver.createModel({
    numCols,
    numRows,
    sense: solver.constants.objectiveSense.maximize,
    colCost: Float64Array.from(colCost),
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows).fill(-solver.infinity),
    rowUpper,
    matrix: {
      format: 'csc',
      numRows,
      numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(1),
    },
    ...(kind === 'mip'
      ? {
          integrality: new Int32Array(numCols).fill(
            solver.constants.variableType.integer,
          ),
        }
      : {}),
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: seconds,
      ...(kind === 'mip' ? { mip_rel_gap: 0 } : {}),
    });
    model.run();
    const status = model.getModelStatus();
    const info = (name) => {
      try {
        return Number(model.info.get(name));
      } catch {
        return null;
      }
    };
    report({
      kind,
      columns: numCols,
      objective: model.getObjectiveValue(),
      dualBound:
        kind === 'mip' ? info('mip_dual_bound') : model.getObjectiveValue(),
      optimal: status === solver.constants.modelStatus.optimal,
      status,
      ms: Math.round(performance.now() - started),
      peakRssMiB: peakRssMiB(),
    });
  } finally {
    model.dispose?.();
  }
}

async function cli(dir, spec, inFile, outFile) {
  writeFileSync(inFile, JSON.stringify(generateEvent(spec)));
  const { eventCommand } = require(join(dir, 'event-command.js'));
  const stderr = new PassThrough();
  let errors = '';
  stderr.on('data', (data) => (errors += data));
  const started = performance.now();
  const code = await eventCommand(
    ['schedule', '--in', inFile, '--out', outFile],
    {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr,
    },
  );
  const wallMs = performance.now() - started;
  const output =
    code === 0 ? JSON.parse(readFileSync(outFile, 'utf8')) : undefined;
  report({
    code,
    stderr: errors.trim(),
    bytes: statSync(inFile).size,
    wallMs: Math.round(wallMs),
    objective: output?.objective,
    peakRssMiB: peakRssMiB(),
  });
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'ours') {
  ours(args[0], JSON.parse(args[1]));
} else if (mode === 'highs') {
  await highs(JSON.parse(args[0]), args[1], Number(args[2]));
} else if (mode === 'cli') {
  await cli(args[0], JSON.parse(args[1]), args[2], args[3]);
} else {
  process.stderr.write('usage: node worker.mjs ours|highs|cli ...\n');
  process.exit(2);
}
