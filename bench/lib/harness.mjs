// Shared by the HTTP benchmarks: scratch databases, the built API as a child process, and an autocannon run
// that records every request's latency so percentiles are exact.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { percentile, ROOT } from './report.mjs';

export const ADMIN =
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
export const API = join(ROOT, 'dist/apps/api/main.js');
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

export function runNode(args, env, { wait = true } = {}) {
  // BENCH_NODE_ARGS passes flags to the servers under test, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const flags = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...args], {
    env: { ...process.env, ...env },
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

/** Starts the built API on a free port and waits until it is healthy. */
export async function startApi(env) {
  const port = await freePort();
  const child = runNode(
    [API],
    { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_POOL_SIZE: '16' },
    { wait: false },
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

export async function login(base, email, password = 'torchbridge-demo') {
  const reply = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (await reply.json()).accessToken;
}

export const ms = (v) => v.toFixed(1);
export const row = (name, r) =>
  `| ${name} | ${r.requests} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`;

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
