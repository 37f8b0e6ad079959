#!/usr/bin/env node
// Directory search under load: 20,000 mentors and 100,000 startups, a filtered and text-searched page,
// 32 concurrent connections on loopback, measured in the same run as GET /api/health (the floor).
// Run after `npm run build`:  node bench/directory/run.mjs [--runs=3] [--no-write]   (needs PostgreSQL on 127.0.0.1:5432)
// Each run starts fresh instances (cold cache) and measures the floor, the search load and the cache-off reference.
import { randomBytes } from 'node:crypto';
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

const DB = 'tb_bench_directory';
const MENTORS = Number(process.env.BENCH_MENTORS ?? 20_000);
const STARTUPS = Number(process.env.BENCH_STARTUPS ?? 100_000);

// Distinct pages a community browses: text in either language × a filter; each is asked for several times in a run.
const TERMS = [
  '电池认证',
  '光子封装',
  '无人机设计',
  '半导体',
  '机器人',
  'battery certification',
  'photonics packaging',
  'drone design',
  'payments regulation',
  'battery',
  'robotics',
  'imaging',
];
const MENTOR_FILTERS = [
  'language=zh&available=true',
  'sector=smart-manufacturing,ai&available=true',
  'country=CN,DE&stage=scaling',
  'topic=market-entry-europe&sort=free-places',
  'language=de',
  'available=true&sort=newest',
];
const STARTUP_FILTERS = [
  'region=eastern&stage=prototype',
  'sector=new-energy,nev&marketDirection=china-to-europe',
  'language=de',
  'stage=scaling&sort=newest',
];
const QUERIES = TERMS.flatMap((term) => [
  ...MENTOR_FILTERS.map(
    (f) => `/api/mentors?q=${encodeURIComponent(term)}&${f}`,
  ),
  ...STARTUP_FILTERS.map(
    (f) => `/api/startups?q=${encodeURIComponent(term)}&${f}`,
  ),
]);

// The figures published before the architecture step (commit e3c6506, 2026-11-24, one run), for comparison.
const BEFORE = {
  health: { rps: 2278, p50: 12.8, p95: 22.5, p99: 30.3 },
  cold: { rps: 1247, p50: 20.3, p95: 52.0, p99: 142.7 },
  steady: { rps: 1505, p50: 20.0, p95: 30.6, p99: 43.4 },
  uncached: { rps: 723, p50: 28.9, p95: 134.6, p99: 163.3 },
};
const ROWS = [
  { key: 'health', cells: ['GET /api/health (floor)'] },
  { key: 'cold', cells: ['directory search page, cache cold at start'] },
  { key: 'steady', cells: ['directory search page, steady state'] },
  { key: 'uncached', cells: ['same pages, cache off (reference)'] },
].map((r) => ({ ...r, before: BEFORE[r.key] }));

/** One run: the floor, cold and steady search on a fresh instance, then the same pages on a cache-off instance. */
async function measure(env, pages) {
  const api = await startApi(env);
  const result = {};
  try {
    const token = await login(api.base, 'manager@torchbridge.dev');
    for (const path of QUERIES.slice(0, 3)) {
      const reply = await fetch(`${api.base}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (reply.status !== 200) {
        throw new Error(`${path} answered ${reply.status}`);
      }
    }
    result.health = await load(api.base, [
      { method: 'GET', path: '/api/health' },
    ]);
    // Cold: the first request of each distinct page goes to PostgreSQL. Steady state: the same pages again.
    result.cold = await load(api.base, pages, token);
    result.steady = await load(api.base, pages, token);
  } finally {
    await api.stop();
  }
  const reference = await startApi({ ...env, QUERY_CACHE_SECONDS: '0' });
  try {
    result.uncached = await load(
      reference.base,
      pages,
      await login(reference.base, 'manager@torchbridge.dev'),
    );
  } finally {
    await reference.stop();
  }
  for (const row of ROWS) {
    console.log(`${row.cells[0]}: ${describeHttp(result[row.key])}`);
  }
  return result;
}

async function main() {
  const options = runOptions('node bench/directory/run.mjs');
  const startLoad = loadAverage();
  const commit = revision();
  const build = freezeBuild();
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const url = dbUrl(DB);
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
    const fillMs = await fillDirectory(url, MENTORS, STARTUPS);
    console.log(
      `Filled ${MENTORS} mentors and ${STARTUPS} startups in ${(fillMs / 1000).toFixed(1)} s`,
    );
    const pages = QUERIES.map((path) => ({ method: 'GET', path }));
    series = await repeat(options.runs, () => measure(env, pages));
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
  const body = `Command: \`npm run build && node bench/directory/run.mjs\` (\`--runs=N\`, default 3) — ${machine()}, commit ${commit}
(API bundle of ${build.built} UTC, sha256 ${build.hash}). Load average at start ${startLoad} (1 / 5 / 15 min; the machine
is shared); ${n} runs in ${(series.seconds / 60).toFixed(1)} min.

${MENTORS.toLocaleString('en')} mentors and ${STARTUPS.toLocaleString('en')} startups; ${CONNECTIONS} connections for ${SECONDS} s each on loopback
(autocannon in the same process as the timer, the API single-node on PostgreSQL 15). The directory load rotates
${QUERIES.length} distinct filtered, text-searched pages (Chinese and English substrings, sector/stage/topic/language/country/region
filters, 20 rows each), starting with a cold cache. Search pages are cached (QUERY_CACHE_SECONDS, invalidated by every
directory write); the last row runs the same load against an instance with the cache off, for reference.
Each run starts a fresh instance (so its cache starts cold) and measures the floor, the search load and the
cache-off reference in turn; the table gives the median and the worst of the ${n} runs for each figure (worst =
lowest req/s, highest latency), errors summed over the runs, and in the last column the figures published before the
architecture step (commit e3c6506, 2026-11-24, one run).

${summaryTable({
  head: ['endpoint'],
  rows: ROWS,
  runs,
  figures: HTTP_FIGURES,
  totals: HTTP_TOTALS,
  before: 'before (e3c6506): req/s · p50 · p95 · p99',
})}

Target p95 ≤ 50 ms: ${verdict}.

Same-run throughput relative to the floor (req/s ÷ health req/s, higher is better): steady state
${spread(ratio('steady'), 'higher', fixed(2))}, before ${before('steady')}; cold start
${spread(ratio('cold'), 'higher', fixed(2))}, before ${before('cold')}; cache off
${spread(ratio('uncached'), 'higher', fixed(2))}, before ${before('uncached')}.

${perRunTable({ head: 'endpoint', rows: ROWS, runs, loads: series.loads, describe: describeHttp })}`;
  if (options.write) {
    writeSection('Directory search', body);
  }
  console.log(body);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
