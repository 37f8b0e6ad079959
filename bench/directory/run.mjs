#!/usr/bin/env node
// Directory search under load: 20,000 mentors and 100,000 startups, a filtered and text-searched page,
// 32 concurrent connections on loopback, measured in the same run as GET /api/health (the floor).
// Run after `npm run build`:  node bench/directory/run.mjs   (needs PostgreSQL on 127.0.0.1:5432)
import { randomBytes } from 'node:crypto';
import { fillDirectory } from '../lib/directory-data.mjs';
import {
  admin,
  API,
  CONNECTIONS,
  dbUrl,
  load,
  login,
  ms,
  row,
  runNode,
  SECONDS,
  startApi,
} from '../lib/harness.mjs';
import { machine, writeSection } from '../lib/report.mjs';

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

async function main() {
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
  await runNode([API, 'seed'], env);
  const fillMs = await fillDirectory(url, MENTORS, STARTUPS);
  console.log(
    `Filled ${MENTORS} mentors and ${STARTUPS} startups in ${(fillMs / 1000).toFixed(1)} s`,
  );

  const pages = QUERIES.map((path) => ({ method: 'GET', path }));
  const api = await startApi(env);
  let health, cold, directory, uncached;
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
    health = await load(api.base, [{ method: 'GET', path: '/api/health' }]);
    // Cold: the first request of each distinct page goes to PostgreSQL. Steady state: the same pages again.
    cold = await load(api.base, pages, token);
    directory = await load(api.base, pages, token);
  } finally {
    await api.stop();
  }
  const reference = await startApi({ ...env, QUERY_CACHE_SECONDS: '0' });
  try {
    uncached = await load(
      reference.base,
      pages,
      await login(reference.base, 'manager@torchbridge.dev'),
    );
  } finally {
    await reference.stop();
    if (!process.env.BENCH_KEEP) {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    }
  }
  const verdict = directory.p95 <= 50 ? 'meets' : 'misses';
  const body = `Command: \`npm run build && node bench/directory/run.mjs\` — ${machine()}.

${MENTORS.toLocaleString('en')} mentors and ${STARTUPS.toLocaleString('en')} startups; ${CONNECTIONS} connections for ${SECONDS} s each on loopback
(autocannon in the same process as the timer, the API single-node on PostgreSQL 15). The directory load rotates
${QUERIES.length} distinct filtered, text-searched pages (Chinese and English substrings, sector/stage/topic/language/country/region
filters, 20 rows each), starting with a cold cache. Search pages are cached (QUERY_CACHE_SECONDS, invalidated by every
directory write); the last row runs the same load against an instance with the cache off, for reference.

| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('GET /api/health (floor)', health)}
${row('directory search page, cache cold at start', cold)}
${row('directory search page, steady state', directory)}
${row('same pages, cache off (reference)', uncached)}

Target p95 ≤ 50 ms: ${verdict} (${ms(directory.p95)} ms; floor ${ms(health.p95)} ms).`;
  writeSection('Directory search', body);
  console.log(body);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
