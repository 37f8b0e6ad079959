#!/usr/bin/env node
// Directory search under load: 20,000 mentors and 100,000 startups, a filtered and text-searched page,
// 32 concurrent connections on loopback, measured in the same run as GET /api/health (the floor).
// Run after `npm run build`:  node bench/directory/run.mjs   (needs PostgreSQL on 127.0.0.1:5432)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { machine, percentile, ROOT, writeSection } from '../lib/report.mjs';

const ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'tb_bench_directory';
const MENTORS = Number(process.env.BENCH_MENTORS ?? 20_000);
const STARTUPS = Number(process.env.BENCH_STARTUPS ?? 100_000);
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const API = join(ROOT, 'dist/apps/api/main.js');

const dbUrl = (name) => Object.assign(new URL(ADMIN), { pathname: `/${name}` }).toString();

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function runNode(args, env, { wait = true } = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!wait) {
    return child;
  }
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`)))));
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Bulk rows made in SQL from word pools: bilingual names and bios with realistic variety. */
async function fill(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  // 12 fields × 10 specialties = 120 areas of expertise, so a specific phrase matches about 1 % of profiles
  // and a field name ("battery", "光子") about 15 %: both kinds of search are in the load.
  await client.query(`
    CREATE TEMP TABLE domains (i int, en text, zh text);
    INSERT INTO domains VALUES (1,'semiconductor','半导体'),(2,'battery','电池'),(3,'medical imaging','医学影像'),(4,'robotics','机器人'),
      (5,'5G','5G'),(6,'photonics','光子'),(7,'drone','无人机'),(8,'agritech','农业科技'),(9,'carbon capture','碳捕集'),
      (10,'payments','支付'),(11,'advanced materials','新材料'),(12,'industrial software','工业软件');
    CREATE TEMP TABLE specialties (j int, en text, zh text);
    INSERT INTO specialties VALUES (1,'packaging','封装'),(2,'testing','测试'),(3,'supply chain','供应链'),(4,'certification','认证'),
      (5,'design','设计'),(6,'mass production','量产'),(7,'export sales','出口销售'),(8,'regulation','监管合规'),(9,'financing','融资'),(10,'pricing','定价');
  `);
  await client.query(`
    CREATE TEMP TABLE pools AS SELECT
      ARRAY['semiconductors','advanced-materials','biotech','medical-devices','nev','new-energy','smart-manufacturing','ai','software','communication-equipment','optoelectronics','aerospace','agritech','cleantech','fintech'] AS sectors,
      ARRAY['idea','prototype','pilot-production','market-validation','scaling','pre-ipo'] AS stages,
      ARRAY['fundraising','grants','ip-patents','market-entry-china','market-entry-europe','company-setup','data-protection','certification','export-control','manufacturing-quality','go-to-market','pricing','hiring','esg','pitching'] AS topics,
      ARRAY['zh','en','de','fr','yue'] AS langs,
      ARRAY['CN','DE','GB','FR','NL','SG'] AS countries,
      ARRAY['Asia/Shanghai','Europe/Berlin','Europe/London','Europe/Paris','Europe/Amsterdam','Asia/Singapore'] AS zones,
      ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Dubois','Martin'] AS surnames,
      ARRAY['王','李','张','刘','陈','杨','黄','赵','穆勒','施密特','施耐德','菲舍尔','韦伯','迈尔','杜布瓦','马丁'] AS surnames_zh,
      ARRAY['Wei','Fang','Min','Jing','Lei','Anna','Lukas','Sophie','Jonas','Claire'] AS given,
      (SELECT array_agg(d.en || ' ' || sp.en ORDER BY d.i, sp.j) FROM domains d, specialties sp) AS expertise,
      (SELECT array_agg(d.zh || sp.zh ORDER BY d.i, sp.j) FROM domains d, specialties sp) AS expertise_zh,
      ARRAY['Lumos','Helix','Quanta','Terra','Vector','Nova','Cobalt','Aurora','Sino','Rhein','Delta','Orion'] AS brand,
      ARRAY['光睿','螺旋','量子','泰拉','矢量','新星','钴蓝','极光','华夏','莱茵','德尔塔','猎户'] AS brand_zh
  `);
  await client.query(`
    WITH n AS (SELECT g FROM generate_series(1, ${MENTORS}) g),
    u AS (
      INSERT INTO users (email, password_hash, display_name, role, locale, time_zone)
      SELECT 'bench-mentor-' || g || '@bench.test', '!',
             p.given[1 + g % 10] || ' ' || p.surnames[1 + (g / 10) % 16] || ' ' || p.surnames_zh[1 + (g / 10) % 16] || p.given[1 + g % 10],
             'mentor', 'en', p.zones[1 + g % 6]
        FROM n, pools p
      RETURNING id, email
    )
    INSERT INTO mentor_profiles (user_id, category, headline_en, headline_zh, bio_en, bio_zh, sectors, stages, topics, languages,
                                 time_zone, country, city, capacity, status, vetting, active_mentees)
    SELECT u.id,
           (ARRAY['technopreneur','executive','investor','business-counsellor','st-professional'])[1 + g % 5],
           'Expert in ' || p.expertise[1 + g % 120], p.expertise_zh[1 + g % 120] || '专家',
           'Twenty years in ' || p.expertise[1 + (g / 7) % 120] || ', helped ' || (g % 40) || ' startups enter new markets.',
           '在' || p.expertise_zh[1 + (g / 7) % 120] || '领域深耕二十年，帮助' || (g % 40) || '家初创企业开拓新市场。',
           ARRAY[p.sectors[1 + g % 15], p.sectors[1 + (g / 15) % 15]],
           ARRAY[p.stages[1 + g % 6], p.stages[1 + (g / 6) % 6]],
           ARRAY[p.topics[1 + g % 15], p.topics[1 + (g / 7) % 15], p.topics[1 + (g / 11) % 15]],
           CASE WHEN g % 3 = 0 THEN ARRAY['zh','en'] WHEN g % 3 = 1 THEN ARRAY['de','en'] ELSE ARRAY['en','fr'] END,
           p.zones[1 + g % 6], p.countries[1 + g % 6], 'City ' || (g % 50), 1 + g % 5,
           CASE WHEN g % 17 = 0 THEN 'paused' ELSE 'open' END,
           CASE WHEN g % 11 = 0 THEN 'pending' ELSE 'approved' END,
           g % 3
      FROM u JOIN n ON u.email = 'bench-mentor-' || n.g || '@bench.test', pools p
  `);
  await client.query(`
    INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone,
                          market_direction, target_markets, needs, pitch_en, pitch_zh, high_tech_enterprise)
    SELECT p.brand[1 + g % 12] || ' ' || p.expertise[1 + (g / 12) % 120] || ' ' || g,
           p.brand_zh[1 + g % 12] || p.expertise_zh[1 + (g / 12) % 120] || g,
           (SELECT id FROM incubators ORDER BY name_en OFFSET (g % 12) LIMIT 1),
           ARRAY[p.sectors[1 + g % 15]], p.stages[1 + g % 6], 2012 + g % 14, 2 + g % 200,
           CASE WHEN g % 4 = 0 THEN ARRAY['de','en'] ELSE ARRAY['zh','en'] END,
           CASE WHEN g % 4 = 0 THEN 'Europe/Berlin' ELSE 'Asia/Shanghai' END,
           (ARRAY['china-to-europe','europe-to-china','domestic'])[1 + g % 3], ARRAY['DE','FR'],
           ARRAY[p.topics[1 + g % 15], p.topics[1 + (g / 15) % 15]],
           'We build ' || p.expertise[1 + g % 120] || ' products for European customers.',
           '我们为欧洲客户打造' || p.expertise_zh[1 + g % 120] || '产品。', g % 2 = 0
      FROM generate_series(1, ${STARTUPS}) g, pools p
  `);
  await client.query('ANALYZE');
  await client.end();
  return Date.now() - started;
}

async function load(url, requests, token) {
  const latencies = [];
  let errors = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requests,
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

// Distinct pages a community browses: text in either language × a filter; each is asked for several times in a run.
const TERMS = ['电池认证', '光子封装', '无人机设计', '半导体', '机器人', 'battery certification', 'photonics packaging', 'drone design', 'payments regulation', 'battery', 'robotics', 'imaging'];
const MENTOR_FILTERS = ['language=zh&available=true', 'sector=smart-manufacturing,ai&available=true', 'country=CN,DE&stage=scaling', 'topic=market-entry-europe&sort=free-places', 'language=de', 'available=true&sort=newest'];
const STARTUP_FILTERS = ['region=eastern&stage=prototype', 'sector=new-energy,nev&marketDirection=china-to-europe', 'language=de', 'stage=scaling&sort=newest'];
const QUERIES = TERMS.flatMap((term) => [
  ...MENTOR_FILTERS.map((f) => `/api/mentors?q=${encodeURIComponent(term)}&${f}`),
  ...STARTUP_FILTERS.map((f) => `/api/startups?q=${encodeURIComponent(term)}&${f}`),
]);

let uncached;

async function measureUncached(env, token) {
  const port = await freePort();
  const api = runNode([API], { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_POOL_SIZE: '16', QUERY_CACHE_SECONDS: '0' }, { wait: false });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 120 && !(await fetch(`${base}/api/health`).catch(() => null))?.ok; i++) {
      await new Promise((r) => setTimeout(r, 250));
    }
    return await load(base, QUERIES.map((path) => ({ method: 'GET', path })), token);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
}

async function main() {
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const url = dbUrl(DB);
  const env = { DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', NODE_ENV: 'production', REDIS_URL: '' };
  await runNode([API, 'seed'], env);
  const fillMs = await fill(url);
  console.log(`Filled ${MENTORS} mentors and ${STARTUPS} startups in ${(fillMs / 1000).toFixed(1)} s`);

  const port = await freePort();
  const api = runNode([API], { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_POOL_SIZE: '16' }, { wait: false });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) {
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@torchbridge.dev', password: 'torchbridge-demo' }),
    }).then((r) => r.json());
    const token = login.accessToken;
    for (const path of QUERIES.slice(0, 3)) {
      const reply = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (reply.status !== 200) {
        throw new Error(`${path} answered ${reply.status}`);
      }
    }
    const health = await load(base, [{ method: 'GET', path: '/api/health' }]);
    // Cold: the first request of each distinct page goes to PostgreSQL. Warm: the same pages again.
    const cold = await load(base, QUERIES.map((path) => ({ method: 'GET', path })), token);
    const directory = await load(base, QUERIES.map((path) => ({ method: 'GET', path })), token);
    uncached = await measureUncached(env, token);
    const ms = (v) => v.toFixed(1);
    const row = (name, r) => `| ${name} | ${r.requests} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`;
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
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    if (!process.env.BENCH_KEEP) {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
