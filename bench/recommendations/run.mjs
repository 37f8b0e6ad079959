#!/usr/bin/env node
// Founders' top-10 mentor recommendations over 20,000 mentors, 32 concurrent connections on loopback,
// measured in the same run as GET /api/health (the floor). Every request ranks all mentors afresh.
// Run after `npm run build`:  node bench/recommendations/run.mjs [--runs=3] [--no-write]   (needs PostgreSQL on 127.0.0.1:5432)
// Each run starts a fresh instance (cold cache), measures the floor, cold start and steady state, then times one ranking.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fillDirectory } from '../lib/directory-data.mjs';
import {
  admin,
  API,
  CONNECTIONS,
  dbUrl,
  describeHttp,
  freezeBuild,
  HTTP_FIGURES,
  HTTP_TOTALS,
  load,
  login,
  ms,
  runNode,
  SECONDS,
  startApi,
} from '../lib/harness.mjs';
import { machine, writeSection } from '../lib/report.mjs';
import {
  fixed,
  loadAverage,
  median,
  perRunTable,
  repeat,
  revision,
  runOptions,
  spread,
  summaryTable,
  worst,
} from '../lib/runs.mjs';

const DB = 'tb_bench_recommendations';
const MENTORS = Number(process.env.BENCH_MENTORS ?? 20_000);
const FOUNDERS = 64;

/** Gives FOUNDERS of the bench startups a founder account that signs in with the demo password. */
async function attachFounders(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    WITH picked AS (SELECT id, row_number() OVER (ORDER BY name_en) AS n FROM startups ORDER BY name_en LIMIT ${FOUNDERS}),
    created AS (
      INSERT INTO users (email, password_hash, display_name, role, locale, time_zone)
      SELECT 'bench-founder-' || n || '@bench.test', (SELECT password_hash FROM users WHERE email = 'founder@demo.torchbridge.dev'),
             'Bench Founder ' || n, 'founder', 'en', 'Asia/Shanghai'
        FROM picked
      RETURNING id, email
    )
    INSERT INTO startup_founders (startup_id, user_id)
    SELECT p.id, c.id FROM picked p JOIN created c ON c.email = 'bench-founder-' || p.n || '@bench.test'`);
  await client.end();
}

/** Sequential requests against an instance with the cache off: the cost of one full ranking. */
async function timeRanking(env) {
  const api = await startApi({ ...env, QUERY_CACHE_SECONDS: '0' });
  try {
    const token = await login(api.base, 'bench-founder-1@bench.test');
    const ask = () =>
      fetch(`${api.base}/api/recommendations?limit=10`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.json());
    for (let i = 0; i < 20; i++) {
      await ask();
    }
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      await ask();
    }
    return (performance.now() - started) / 100;
  } finally {
    await api.stop();
  }
}

// The figures published before the architecture step (commit db7c9ca, 2026-11-24, one run), for comparison.
const BEFORE = {
  health: { rps: 2133, p50: 13.7, p95: 23.2, p99: 35.0 },
  cold: { rps: 1326, p50: 22.5, p95: 36.4, p99: 50.6 },
  steady: { rps: 1513, p50: 20.5, p95: 26.9, p99: 41.6 },
  ranking: 4.1,
};
const ROWS = [
  { key: 'health', cells: ['GET /api/health (floor)'] },
  { key: 'cold', cells: ['GET /api/recommendations?limit=10, cold start'] },
  {
    key: 'steady',
    cells: ['GET /api/recommendations?limit=10, steady state'],
  },
].map((r) => ({ ...r, before: BEFORE[r.key] }));

/** One run: a fresh instance (every founder's list uncached), the floor, cold start, steady state; then one ranking. */
async function measure(env) {
  const api = await startApi(env);
  const result = {};
  try {
    const tokens = [];
    for (let n = 1; n <= FOUNDERS; n++) {
      tokens.push(await login(api.base, `bench-founder-${n}@bench.test`));
    }
    const probe = await fetch(`${api.base}/api/recommendations?limit=10`, {
      headers: { authorization: `Bearer ${tokens[0]}` },
    });
    const sample = await probe.json();
    if (probe.status !== 200 || sample.length !== 10) {
      throw new Error(
        `recommendations answered ${probe.status}: ${JSON.stringify(sample).slice(0, 200)}`,
      );
    }
    result.health = await load(api.base, [
      { method: 'GET', path: '/api/health' },
    ]);
    const requests = tokens.map(() => ({
      method: 'GET',
      path: '/api/recommendations?limit=10',
    }));
    const auth = (i) => ({ authorization: `Bearer ${tokens[i]}` });
    // Cold: each founder's first request ranks all mentors. Steady state: lists served until the directory changes.
    result.cold = await load(api.base, requests, undefined, auth);
    result.steady = await load(api.base, requests, undefined, auth);
  } finally {
    await api.stop();
  }
  result.ranking = await timeRanking(env);
  for (const row of ROWS) {
    console.log(`${row.cells[0]}: ${describeHttp(result[row.key])}`);
  }
  console.log(`one ranking alone: ${ms(result.ranking)} ms`);
  return result;
}

async function main() {
  const options = runOptions('node bench/recommendations/run.mjs');
  const startLoad = loadAverage();
  const commit = revision();
  const build = freezeBuild();
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const url = dbUrl(DB);
  // Sixty-four sign-ins from one address are fine: the login limits count failures only.
  const env = {
    DATABASE_URL: url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    REDIS_URL: '',
  };
  let series;
  try {
    await runNode([API, 'seed'], env);
    await fillDirectory(url, MENTORS, 5_000);
    await attachFounders(url);
    series = await repeat(options.runs, () => measure(env));
  } finally {
    if (!process.env.BENCH_KEEP) {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    }
  }
  const runs = series.results;
  const n = runs.length;
  const p95 = runs.map((r) => r.steady.p95);
  const floorP95 = runs.map((r) => r.health.p95);
  const verdict =
    worst(p95, 'lower') <= 50
      ? `meets in every run (median ${ms(median(p95))} ms, worst ${ms(worst(p95, 'lower'))} ms; floor median ${ms(median(floorP95))} ms)`
      : `${median(p95) <= 50 ? 'meets in the median, misses in the worst run' : 'misses'} (median ${ms(median(p95))} ms, worst ${ms(worst(p95, 'lower'))} ms; floor median ${ms(median(floorP95))} ms)`;
  const ratio = (key) => runs.map((r) => r[key].rps / r.health.rps);
  const before = (key) => (BEFORE[key].rps / BEFORE.health.rps).toFixed(2);
  const body = `Command: \`npm run build && node bench/recommendations/run.mjs\` (\`--runs=N\`, default 3) — ${machine()}, commit ${commit}
(API bundle of ${build.built} UTC, sha256 ${build.hash}). Load average at start ${startLoad} (1 / 5 / 15 min; the machine
is shared); ${n} runs in ${(series.seconds / 60).toFixed(1)} min.

${MENTORS.toLocaleString('en')} mentors (bench data as in the directory benchmark); ${FOUNDERS} founders each ask for their top 10,
${CONNECTIONS} connections for ${SECONDS} s on loopback. A founder's first request scores every mentor through the
compiled mentor index (bitmasks and typed arrays) and explains the ten it returns;
the list is then cached until any directory write (or the next calendar day) invalidates it. Each run starts a fresh
instance (no list cached) and measures the floor, cold start and steady state in turn; the table gives the median and
the worst of the ${n} runs for each figure (worst = lowest req/s, highest latency), errors summed over the runs, and in
the last column the figures published before the architecture step (commit db7c9ca, 2026-11-24, one run).

${summaryTable({
  head: ['endpoint'],
  rows: ROWS,
  runs,
  figures: HTTP_FIGURES,
  totals: HTTP_TOTALS,
  before: 'before (db7c9ca): req/s · p50 · p95 · p99',
})}

Target p95 ≤ 50 ms: ${verdict}.

Same-run throughput relative to the floor (req/s ÷ health req/s, higher is better): steady state
${spread(ratio('steady'), 'higher', fixed(2))}, before ${before('steady')}; cold start
${spread(ratio('cold'), 'higher', fixed(2))}, before ${before('cold')}.

Ranking one startup against all ${MENTORS.toLocaleString('en')} mentors, measured alone after each run (cache off, 100 sequential
requests after 20 unrecorded): ${spread(
    runs.map((r) => r.ranking),
    'lower',
    fixed(1),
    ' ms',
  )} per request; before ${BEFORE.ranking} ms.

${perRunTable({ head: 'endpoint', rows: ROWS, runs, loads: series.loads, describe: describeHttp })}`;
  if (options.write) {
    writeSection('Recommendations', body);
  }
  console.log(body);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
