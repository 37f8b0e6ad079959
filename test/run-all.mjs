#!/usr/bin/env node
// The whole suite, in the order a failure is cheapest to find: static checks, unit, integration, browser.
// Prints one line per step and ends with the total over every suite: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_INTERACTIVE: 'false', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const { status } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) {
    totals.passed += 1;
  } else {
    totals.failed += 1;
  }
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
}

function jest(label, config, extra = []) {
  const output = join(results, `${label}.json`);
  rmSync(output, { force: true });
  const { ok, seconds } = run(label, join(root, 'node_modules/.bin/jest'), ['-c', config, '--ci', '--json', `--outputFile=${output}`, ...extra]);
  if (!existsSync(output)) {
    totals.failed += 1;
    lines.push(`${label}: FAILED before reporting (${seconds} s)`);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  // A suite that could not run (syntax error, failed hook) has no failed assertions but still fails.
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
  let failed = report.numFailedTests + brokenSuites;
  if (!ok && failed === 0) {
    failed = 1;
  }
  totals.passed += report.numPassedTests;
  totals.failed += failed;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  lines.push(`${label}: ${report.numPassedTests} passed, ${failed} failed, ${report.numPendingTests} skipped (${seconds} s)`);
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

mkdirSync(results, { recursive: true });
const nx = join(root, 'node_modules/.bin/nx');

for (const [name, port] of [['PostgreSQL', 5432], ['Redis', 6379]]) {
  if (!(await reachable(port))) {
    // Integration tests never skip: a missing service is a failure with a reason.
    totals.failed += 1;
    lines.push(`${name} is not answering on 127.0.0.1:${port}: integration and browser tests cannot run`);
  }
}

check('lint', nx, ['run-many', '-t', 'lint', '--outputStyle=static']);
check('typecheck', nx, ['run-many', '-t', 'typecheck', '--outputStyle=static']);
const built = check('build', nx, ['run-many', '-t', 'build', '-p', 'api', 'web', 'cli', '--outputStyle=static']);
jest('unit', 'jest.config.ts');
jest('integration', 'apps/api/jest.int.config.cts');
if (built) {
  jest('e2e', 'test/jest.e2e.config.cts', ['--runInBand']);
} else {
  totals.failed += 1;
  lines.push('e2e: not run because the build failed');
}

process.stdout.write(`\n${lines.join('\n')}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
