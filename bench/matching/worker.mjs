// One measurement in a fresh process (so peak memory is its own). Prints one JSON line on stdout.
//   node worker.mjs ours  <solverDir> <founders> <mentors> <seed>   our solver on the generated instance
//   node worker.mjs highs <founders> <mentors> <seed>               HiGHS LP relaxation of the same instance
//   node worker.mjs json  <founders> <mentors> <seed> <file>        write the instance as a JSON file
//   node worker.mjs cli   <solverDir> <inFile> <outFile>            `match solve --in --out` through the CLI command
import {
  closeSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateInstance } from './generator.mjs';

const require = createRequire(import.meta.url);
const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const peakRssMiB = () => mib(process.resourceUsage().maxRSS * 1024);
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};
const report = (result) => process.stdout.write(`${JSON.stringify(result)}\n`);

function ours(solverDir, founders, mentors, seed) {
  const { solveMatching, verifyCertificate } = require(
    join(solverDir, 'index.js'),
  );
  const instance = generateInstance({ founders, mentors, seed });
  const rssAfterGenerateMiB = mib(process.memoryUsage().rss);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const solution = solveMatching(instance);
  const wallMs = performance.now() - started;
  const solveCpuMs = cpuMs(cpu);
  const peak = peakRssMiB();
  const verifyStarted = performance.now();
  const check = verifyCertificate(instance, solution);
  const verifyMs = performance.now() - verifyStarted;
  report({
    edges: instance.edgeFounder.length,
    objective: solution.objective,
    pairs: solution.pairs.length,
    phases: solution.stats.phases,
    solveMs: Math.round(wallMs * 10) / 10,
    cpuMs: solveCpuMs,
    verifyMs: Math.round(verifyMs),
    certificateValid: check.valid,
    certificateReason: check.reason ?? null,
    rssAfterGenerateMiB,
    peakRssMiB: peak,
  });
}

/** Tracks the solver's WebAssembly memory (HiGHS's heap, capped at 2 GiB by its build). */
function watchWasmMemory() {
  const memories = [];
  const seen = { peak: 0 };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (...args) {
    const result = await instantiate.apply(this, args);
    for (const value of Object.values((result.instance ?? result).exports)) {
      if (value instanceof WebAssembly.Memory) {
        memories.push(value);
      }
    }
    return result;
  };
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function (pages) {
    const result = grow.call(this, pages);
    seen.peak = Math.max(seen.peak, this.buffer.byteLength);
    return result;
  };
  return {
    bytes: () =>
      Math.max(
        seen.peak,
        ...memories.map((memory) => memory.buffer.byteLength),
      ),
  };
}

async function highs(founders, mentors, seed) {
  const wasm = watchWasmMemory();
  const instance = generateInstance({ founders, mentors, seed });
  const edges = instance.edgeFounder.length;
  const loadHighs = require('highs');
  const solver = await loadHighs();
  const started = performance.now();
  let model;
  try {
    // max sum s_e x_e  s.t.  sum_{e at f} x_e <= cap_f,  sum_{e at m} x_e <= cap_m,  0 <= x_e <= 1 (an LP:
    // the constraint matrix of bipartite b-matching is totally unimodular, so the LP optimum is integral).
    const starts = new Int32Array(edges + 1);
    const indices = new Int32Array(2 * edges);
    const colCost = new Float64Array(edges);
    for (let e = 0; e < edges; e++) {
      starts[e + 1] = 2 * (e + 1);
      indices[2 * e] = instance.edgeFounder[e];
      indices[2 * e + 1] = founders + instance.edgeMentor[e];
      colCost[e] = instance.edgeScore[e];
    }
    const rowUpper = new Float64Array(founders + mentors);
    rowUpper.set(instance.founderCapacity, 0);
    rowUpper.set(instance.mentorCapacity, founders);
    model = solver.createModel({
      numCols: edges,
      numRows: founders + mentors,
      sense: solver.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(edges),
      colUpper: new Float64Array(edges).fill(1),
      rowLower: new Float64Array(founders + mentors).fill(-solver.infinity),
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: founders + mentors,
        numCols: edges,
        starts,
        indices,
        values: new Float64Array(2 * edges).fill(1),
      },
    });
    model.options.set({ output_flag: false, time_limit: 300 });
    const runStarted = performance.now();
    model.run();
    const runMs = performance.now() - runStarted;
    const status = model.getModelStatus();
    report({
      edges,
      objective: model.getObjectiveValue(),
      optimal: status === solver.constants.modelStatus.optimal,
      status,
      totalMs: Math.round(performance.now() - started),
      runMs: Math.round(runMs),
      wasmHeapMiB: mib(wasm.bytes()),
      peakRssMiB: peakRssMiB(),
    });
  } catch (error) {
    const message = (
      error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    ).split('\n')[0];
    report({
      edges,
      error: message,
      afterMs: Math.round(performance.now() - started),
      wasmHeapMiB: mib(wasm.bytes()),
      peakRssMiB: peakRssMiB(),
    });
  } finally {
    try {
      model?.dispose();
    } catch {
      // the Wasm runtime may be unusable after running out of memory
    }
  }
}

function writeJson(founders, mentors, seed, file) {
  const instance = generateInstance({ founders, mentors, seed });
  const fd = openSync(file, 'w');
  let chunk = '{"founders":[';
  const flush = (force) => {
    if (force || chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  };
  for (let f = 0; f < founders; f++) {
    chunk += `${f ? ',' : ''}{"id":"f-${f}","capacity":${instance.founderCapacity[f]}}`;
    flush(false);
  }
  chunk += '],"mentors":[';
  for (let m = 0; m < mentors; m++) {
    chunk += `${m ? ',' : ''}{"id":"m-${m}","capacity":${instance.mentorCapacity[m]}}`;
    flush(false);
  }
  chunk += '],"edges":[';
  for (let e = 0; e < instance.edgeFounder.length; e++) {
    chunk += `${e ? ',' : ''}[${instance.edgeFounder[e]},${instance.edgeMentor[e]},${instance.edgeScore[e]}]`;
    flush(false);
  }
  chunk += ']}\n';
  flush(true);
  closeSync(fd);
  report({ bytes: statSync(file).size });
}

async function cli(solverDir, inFile, outFile) {
  const { matchCommand } = require(join(solverDir, 'match-command.js'));
  const stderr = new PassThrough();
  let errors = '';
  stderr.on('data', (data) => (errors += data));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const code = await matchCommand(['solve', '--in', inFile, '--out', outFile], {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
  });
  const wallMs = performance.now() - started;
  const solveCpuMs = cpuMs(cpu);
  const peak = peakRssMiB();
  const output =
    code === 0 ? JSON.parse(readFileSync(outFile, 'utf8')) : undefined;
  report({
    code,
    stderr: errors.trim(),
    wallMs: Math.round(wallMs),
    cpuMs: solveCpuMs,
    solveMs: output?.stats.solveMs,
    objective: output?.objective,
    peakRssMiB: peak,
  });
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'ours') {
  ours(args[0], Number(args[1]), Number(args[2]), Number(args[3]));
} else if (mode === 'highs') {
  await highs(Number(args[0]), Number(args[1]), Number(args[2]));
} else if (mode === 'json') {
  writeJson(Number(args[0]), Number(args[1]), Number(args[2]), args[3]);
} else if (mode === 'cli') {
  await cli(args[0], args[1], args[2]);
} else {
  process.stderr.write('usage: node worker.mjs ours|highs|json|cli ...\n');
  process.exit(2);
}
