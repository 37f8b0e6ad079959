// Shared by the HTTP benchmarks: scratch databases, the built API as a child process, and an autocannon run
// that records every request's latency so percentiles are exact.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { percentile, ROOT } from './report.mjs';
import { fixed, whole } from './runs.mjs';

export const ADMIN =
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_API points at another build of the API (a bundled main.js that resolves its packages from node_modules).
export let API = process.env.BENCH_API ?? join(ROOT, 'dist/apps/api/main.js');
export const CONNECTIONS = 32;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

export const dbUrl = (name) =>
  Object.assign(new URL(ADMIN), { pathname: `/${name}` }).toString();

export async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let frozen;

/**
 * Copies the built API into a temporary directory and runs it from there, so every run of a benchmark measures the
 * same build even if dist/ is rebuilt meanwhile. Returns the build's modification time and a hash of it.
 */
export function freezeBuild() {
  if (frozen) {
    return frozen;
  }
  const source = API;
  const bytes = readFileSync(source);
  const dir = mkdtempSync(join(os.tmpdir(), 'tb-bench-api-'));
  API = join(dir, 'main.js');
  copyFileSync(source, API);
  if (existsSync(`${source}.map`)) {
    copyFileSync(`${source}.map`, `${API}.map`);
  }
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  frozen = {
    built: statSync(source).mtime.toISOString().slice(0, 16).replace('T', ' '),
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12),
  };
  return frozen;
}

export function runNode(args, env, { wait = true, nodeArgs = [] } = {}) {
  // BENCH_NODE_ARGS passes flags to the servers under test, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const flags = [
    ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ...nodeArgs,
  ];
  // A frozen copy of the bundle lives outside the repository: its packages still come from the repository's node_modules.
  const nodePath = [join(ROOT, 'node_modules'), process.env.NODE_PATH]
    .filter(Boolean)
    .join(delimiter);
  const child = spawn(process.execPath, [...flags, ...args], {
    env: { ...process.env, NODE_PATH: nodePath, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!wait) {
    return child;
  }
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(' ')} exited ${code}`)),
    ),
  );
}

export function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API on a free port and waits until it is healthy; `nodeArgs` are flags for this instance only. */
export async function startApi(env, { nodeArgs = [] } = {}) {
  const port = await freePort();
  const child = runNode(
    [API],
    { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_POOL_SIZE: '16' },
    { wait: false, nodeArgs },
  );
  const base = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 240 && !(await fetch(`${base}/api/health`).catch(() => null))?.ok;
    i++
  ) {
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function login(base, email, password = 'lantern-orchard-42') {
  const reply = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (await reply.json()).accessToken;
}

export const ms = fixed(1);

/** The figures of one autocannon load, for the summary table of bench/lib/runs.mjs. */
export const HTTP_FIGURES = [
  { key: 'rps', label: 'req/s', better: 'higher', format: whole },
  { key: 'p50', label: 'p50 ms', better: 'lower', format: ms },
  { key: 'p95', label: 'p95 ms', better: 'lower', format: ms },
  { key: 'p99', label: 'p99 ms', better: 'lower', format: ms },
];
export const HTTP_TOTALS = [{ keys: ['errors'], label: 'errors (all runs)' }];
export const describeHttp = (r) =>
  `${r.rps} req/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)} ms${r.errors ? `, ${r.errors} errors` : ''}`;

export async function load(url, requests, token, headersFor) {
  const latencies = [];
  let errors = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requests: headersFor
      ? requests.map((r, i) => ({ ...r, headers: headersFor(i) }))
      : requests,
    setupClient: (client) => {
      client.on('response', (status, _bytes, ms) => {
        latencies.push(ms);
        if (status !== 200) {
          errors += 1;
        }
      });
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts,
  };
}
