#!/usr/bin/env node
// Founders' top-10 mentor recommendations over 20,000 mentors, 32 concurrent connections on loopback,
// measured in the same run as GET /api/health (the floor). Every request ranks all mentors afresh.
// Run after `npm run build`:  node bench/recommendations/run.mjs   (needs PostgreSQL on 127.0.0.1:5432)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
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
async function timeRanking() {
  const api = await startApi({ ...envFor(), QUERY_CACHE_SECONDS: '0' });
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

let envFor;

async function main() {
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const url = dbUrl(DB);
  // Sixty-four sign-ins from one address would trip the login limit meant for attackers.
  const env = {
    DATABASE_URL: url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    REDIS_URL: '',
    LOGIN_RATE_PER_IP: '1000',
  };
  envFor = () => env;
  try {
    await runNode([API, 'seed'], env);
    await fillDirectory(url, MENTORS, 5_000);
    await attachFounders(url);
    const api = await startApi(env);
    let health, cold, recommendations, ranking;
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
      health = await load(api.base, [{ method: 'GET', path: '/api/health' }]);
      const requests = tokens.map(() => ({
        method: 'GET',
        path: '/api/recommendations?limit=10',
      }));
      const auth = (i) => ({ authorization: `Bearer ${tokens[i]}` });
      // Cold: each founder's first request ranks all mentors. Steady state: lists served until the directory changes.
      cold = await load(api.base, requests, undefined, auth);
      recommendations = await load(api.base, requests, undefined, auth);
      ranking = await timeRanking();
    } finally {
      await api.stop();
    }
    const verdict = recommendations.p95 <= 50 ? 'meets' : 'misses';
    const body = `Command: \`npm run build && node bench/recommendations/run.mjs\` — ${machine()}.

${MENTORS.toLocaleString('en')} mentors (bench data as in the directory benchmark); ${FOUNDERS} founders each ask for their top 10,
${CONNECTIONS} connections for ${SECONDS} s on loopback. A founder's first request scores every mentor through the
compiled mentor index (bitmasks and typed arrays) and explains the ten it returns;
the list is then cached until any directory write (or the next calendar day) invalidates it. Ranking one startup
against all ${MENTORS.toLocaleString('en')} mentors took ${ms(ranking)} ms per request when measured alone (cache off, sequential).

| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('GET /api/health (floor)', health)}
${row('GET /api/recommendations?limit=10, cold start', cold)}
${row('GET /api/recommendations?limit=10, steady state', recommendations)}

Target p95 ≤ 50 ms: ${verdict} (${ms(recommendations.p95)} ms; floor ${ms(health.p95)} ms).`;
    writeSection('Recommendations', body);
    console.log(body);
  } finally {
    if (!process.env.BENCH_KEEP) {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
