#!/usr/bin/env node
// Chat under load: 2,000 sockets in 1,000 conversations over 2 API instances with Redis, every message
// persisted, acknowledged and fanned out across instances; in the same run the same load against a bare
// socket.io relay (2 processes, Redis adapter, no auth, no database) as the reference.
// Run after `npm run build`:  node bench/chat/run.mjs [--runs=3] [--no-write]   (needs PostgreSQL and Redis on loopback)
// Each run sweeps the rate ladder on Torchbridge (fresh database and instances), then on the relay; the report gives
// the median and the worst of the runs. Any lost, duplicated or out-of-order delivery fails the benchmark (exit 1).
// BENCH_TRACE=1 also prints the worst latency per 250 ms and the slowest deliveries with wall-clock times and their
// ack latency; BENCH_NODE_ARGS passes flags to the API processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { execFileSync, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import Redis from 'ioredis';
import {
  admin,
  dbUrl,
  freePort,
  freezeBuild,
  runNode,
  API,
  startApi,
} from '../lib/harness.mjs';
import { machine, ROOT, writeSection } from '../lib/report.mjs';
import {
  fixed,
  loadAverage,
  perRunTable,
  repeat,
  revision,
  runOptions,
  spread,
  summaryTable,
  whole,
} from '../lib/runs.mjs';
import { Meter, openPairs, pace, socketFor } from './load.mjs';
import { explain, instanceFigures, readTraces, SEGMENTS } from './trace.mjs';

const DB = 'tb_bench_chat';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RATES = (
  process.env.BENCH_RATES ?? '500,1000,2000,3000,4000,6000,8000,12000'
)
  .split(',')
  .map(Number);
const WARMUP_RATE = 500;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = randomBytes(32).toString('hex');

const rssMiB = (pid) =>
  Number(
    /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ??
      0,
  ) / 1024;

async function setup(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    INSERT INTO users (email, password_hash, display_name, role, locale, time_zone)
    SELECT 'chat-' || g || '@bench.test', '!', 'Chat ' || g, CASE WHEN g % 2 = 0 THEN 'mentor' ELSE 'founder' END, 'en', 'UTC'
      FROM generate_series(1, ${PAIRS * 2}) g`);
  await client.query(
    `INSERT INTO conversations (kind, title) SELECT 'group', 'bench ' || g FROM generate_series(1, ${PAIRS}) g`,
  );
  await client.query(`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY title, id) AS n FROM conversations),
         u AS (SELECT id, (regexp_replace(email, '\\D', '', 'g'))::int AS n FROM users WHERE email LIKE 'chat-%')
    INSERT INTO conversation_members (conversation_id, user_id)
    SELECT c.id, u.id FROM c JOIN u ON c.n = (u.n + 1) / 2`);
  const { rows } = await client.query(`
    SELECT c.id AS conversation, array_agg(u.id ORDER BY u.email) AS members
      FROM conversations c JOIN conversation_members m ON m.conversation_id = c.id JOIN users u ON u.id = m.user_id
     GROUP BY c.id ORDER BY c.id`);
  await client.end();
  return rows;
}

async function token(userId) {
  return new SignJWT({ role: 'founder', sid: randomUUID() })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('torchbridge')
    .setAudience('torchbridge-api')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(SECRET));
}

const CLOCK_TICKS = Number(
  (() => {
    try {
      return execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    } catch {
      return '100';
    }
  })(),
);

/** CPU time (user + system) the processes have used so far, in ms: less disturbed by a noisy machine than latency. */
function cpuMs(pids) {
  return pids.reduce((sum, pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
    return (
      sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
    );
  }, 0);
}

async function sweep(label, open, sendOn, subscribe, pids) {
  const pairs = await openPairs(PAIRS, open);
  const results = [];
  // Warm-up, not recorded: the servers finish the connection burst and compile their hot paths, so the first
  // recorded rate measures steady state like the others.
  for (const [step, rate] of [WARMUP_RATE, ...RATES].entries()) {
    const meter = new Meter(PAIRS);
    pairs.forEach((pair, c) => subscribe(pair[1 - (c % 2)], c, meter));
    let order = 0;
    const cpuBefore = cpuMs(pids);
    const from = performance.timeOrigin + performance.now();
    const seconds = await pace(rate, SECONDS, (i) => {
      const c = i % PAIRS;
      meter.sent++;
      const sentAt = performance.now();
      const sent = ++order;
      sendOn(pairs[c][c % 2], c, sent, sentAt).then(
        (ok) => meter.ack(ok, sentAt, sent),
        () => meter.failed++,
      );
    });
    // Every send settles (acknowledged or timed out) before deliveries are counted, so a slow server shows up
    // as latency, not as loss.
    for (
      let waited = 0;
      meter.acked + meter.failed < meter.sent && waited < 15000;
      waited += 50
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1500));
    pairs
      .flat()
      .forEach((s) =>
        s.removeAllListeners('message:new').removeAllListeners('msg'),
      );
    const r = meter.result(rate, seconds);
    r.from = from;
    r.to = performance.timeOrigin + performance.now();
    // Server CPU per 1,000 messages sent, both server processes, from the first send until deliveries are counted.
    r.cpu = ((cpuMs(pids) - cpuBefore) * 1000) / meter.sent;
    if (step === 0) {
      continue;
    }
    results.push(r);
    const { slowest, typical, ...shown } = r;
    console.log(label, JSON.stringify(shown));
    if (r.p99 > 250 || r.achieved < rate * 0.8) {
      break;
    }
  }
  pairs.flat().forEach((s) => s.disconnect());
  return results;
}

function best(results) {
  return results
    .filter((r) => r.p99 <= 50 && r.lost === 0)
    .reduce((m, r) => Math.max(m, r.achieved), 0);
}

/** Deliveries gone wrong in one result: lost, duplicated or out of order (failed acks are reported, not counted). */
const faults = (r) => r.lost + r.duplicate + r.outOfOrder;

/** Deletes the keys the API instances left under their prefix (queues, caches, rate limits); SCAN is bounded. */
async function dropKeys(prefix) {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    let rounds = 0;
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${prefix}*`,
        'COUNT',
        1000,
      );
      if (keys.length) {
        await redis.unlink(...keys);
      }
      cursor = next;
    } while (cursor !== '0' && ++rounds < 10_000);
  } finally {
    redis.disconnect();
  }
}

const held = new WeakMap();

/**
 * Sends a message as ChatClient does: an acknowledgement refusing it with `chat.busy` (or `rate_limited`) holds this socket's sends
 * until `retryAfterMs` has passed, then every held send goes again, in the order first sent, with the same
 * clientMessageId. Resolves true once acknowledged (the latency counts from the first attempt).
 */
function sendOnce(socket, payload) {
  return new Promise((resolve) => {
    const entry = { payload, resolve, at: performance.now() };
    const state = held.get(socket) ?? { until: 0, queue: [] };
    held.set(socket, state);
    const emit = (e) =>
      socket
        .timeout(10000)
        .emitWithAck('message:send', e.payload)
        .then(
          (reply) => {
            if (reply.ok) {
              e.resolve(true);
            } else if (
              reply.code === 'chat.busy' ||
              reply.code === 'rate_limited'
            ) {
              state.queue.push(e);
              hold(reply.retryAfterMs ?? (reply.retryAfterSeconds ?? 1) * 1000);
            } else {
              e.resolve(false);
            }
          },
          () => e.resolve(false),
        );
    const hold = (ms) => {
      const until = performance.now() + ms;
      if (until <= state.until) {
        return;
      }
      state.until = until;
      setTimeout(() => {
        if (state.until !== until) {
          return;
        }
        state.until = 0;
        state.queue
          .splice(0)
          .sort((a, b) => a.at - b.at)
          .forEach(emit);
      }, ms);
    };
    if (state.until > performance.now()) {
      state.queue.push(entry);
    } else {
      emit(entry);
    }
  });
}

/** Torchbridge: a fresh database and 2 API instances, the whole ladder; returns its results and idle socket memory. */
async function sweepApi({ trace = false } = {}) {
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const env = {
    DATABASE_URL: dbUrl(DB),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    REDIS_URL,
    REDIS_PREFIX: `tb:${DB}:${Date.now()}:`,
    // In the trace run each instance times every send's path, its GC pauses and loop stalls, and writes them when it
    // stops; the measured runs are not traced (the trace keeps every send's times, which the collector then carries).
    CHAT_TRACE: String(trace),
  };
  let apis = [];
  try {
    await runNode([API, 'migrate'], env);
    const conversations = await setup(env.DATABASE_URL);
    apis = [await startApi(env), await startApi(env)];
    const before = apis.map((a) => rssMiB(a.pid));
    const tokens = await Promise.all(
      conversations.flatMap((c) => c.members.map((m) => token(m))),
    );
    let idleKiB;
    const results = await sweep(
      'api',
      async (c, side) => {
        const s = await socketFor(`${apis[side].base}/realtime`, {
          auth: { token: tokens[c * 2 + side] },
          readyEvent: 'session:ready',
        });
        if (c === PAIRS - 1 && side === 1) {
          const after = apis.map((a) => rssMiB(a.pid));
          idleKiB =
            ((after[0] - before[0] + after[1] - before[1]) * 1024) /
            (PAIRS * 2);
        }
        return s;
      },
      (socket, c, order, sentAt) =>
        sendOnce(socket, {
          conversationId: conversations[c].conversation,
          clientMessageId: randomUUID(),
          body: JSON.stringify({ sentAt, order }),
        }),
      (receiver, c, meter) =>
        receiver.on('message:new', (m) => {
          const { sentAt, order } = JSON.parse(m.body);
          meter.receive(c, m.id, m.seq, sentAt, order, m.clientMessageId);
        }),
      apis.map((a) => a.pid),
    );
    await Promise.all(apis.map((a) => a.stop()));
    const traces = readTraces(apis.map((a) => a.pid));
    apis = [];
    for (const r of results) {
      if (traces) {
        r.tail = explain(r.slowest, traces);
        r.typicalPath = explain(r.typical, traces);
        r.instances = instanceFigures(traces, r.from, r.to);
        console.log(
          `trace ${r.rate}: slowest 1 % ${JSON.stringify(r.tail)}; sample ${JSON.stringify(r.typicalPath)}; instances ${JSON.stringify(r.instances)}`,
        );
      }
      delete r.slowest;
      delete r.typical;
    }
    return { results, idleKiB };
  } finally {
    await Promise.all(apis.map((a) => a.stop()));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await dropKeys(env.REDIS_PREFIX);
  }
}

/** The reference: 2 bare relay processes with the Redis adapter, the whole ladder. */
async function sweepRelay() {
  const key = `tbrelay:${Date.now()}`;
  const relays = [];
  try {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const child = fork(
        join(ROOT, 'bench/chat/relay.mjs'),
        [String(port), REDIS_URL, key],
        { stdio: 'inherit' },
      );
      relays.push({ base: `http://127.0.0.1:${port}`, child });
      await new Promise((r) => child.once('message', r));
    }
    return await sweep(
      'relay',
      (c, side) => socketFor(relays[side].base, { query: { c: String(c) } }),
      (socket, c, order, sentAt) =>
        socket
          .timeout(10000)
          .emitWithAck('send', { id: randomUUID(), order, sentAt })
          .then((r) => r.ok),
      (receiver, c, meter) =>
        receiver.on('msg', (p) =>
          meter.receive(c, p.id, p.order, p.sentAt, p.order),
        ),
      relays.map((r) => r.child.pid),
    );
  } finally {
    await Promise.all(
      relays.map(
        (r) =>
          new Promise((resolve) => {
            r.child.once('exit', resolve);
            r.child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** One run: Torchbridge's ladder, then the relay's (the reference in the same run). */
async function measure() {
  const api = await sweepApi();
  const run = { idleKiB: api.idleKiB, ours: api.results };
  if (process.env.BENCH_ONLY !== 'api') {
    run.reference = await sweepRelay();
  }
  // Keyed by row for the tables: "api:2000", "relay:8000".
  run.rows = Object.fromEntries([
    ...run.ours.map((r) => [`api:${r.rate}`, r]),
    ...(run.reference ?? []).map((r) => [`relay:${r.rate}`, r]),
  ]);
  return run;
}

// The figures published before the architecture step (commit 8f3fcf3, 2026-11-24, one run), for comparison.
const BEFORE = {
  'api:500': { achieved: 500, p50: 1.3, p99: 6.2 },
  'api:1000': { achieved: 1000, p50: 1.1, p99: 5.6 },
  'api:2000': { achieved: 2000, p50: 3.2, p99: 33.3 },
  'api:3000': { achieved: 2999, p50: 4.0, p99: 40.0 },
  'api:4000': { achieved: 3999, p50: 5.8, p99: 62.5 },
  'api:6000': { achieved: 5999, p50: 10.3, p99: 71.0 },
  'api:8000': { achieved: 7968, p50: 84.4, p99: 336.5 },
  'relay:500': { achieved: 500, p50: 0.4, p99: 2.0 },
  'relay:1000': { achieved: 1000, p50: 0.3, p99: 1.6 },
  'relay:2000': { achieved: 2000, p50: 0.4, p99: 1.8 },
  'relay:3000': { achieved: 3000, p50: 0.6, p99: 12.7 },
  'relay:4000': { achieved: 3998, p50: 0.6, p99: 2.5 },
  'relay:6000': { achieved: 5999, p50: 0.8, p99: 18.3 },
  'relay:8000': { achieved: 7995, p50: 1.5, p99: 28.4 },
  'relay:12000': { achieved: 11799, p50: 71.8, p99: 232.4 },
};
const BEFORE_BEST = { ours: 2999, reference: 7995, idleKiB: 26.1 };

const FIGURES = [
  { key: 'achieved', label: 'achieved msg/s', better: 'higher', format: whole },
  { key: 'p50', label: 'p50 ms', better: 'lower', format: fixed(1) },
  { key: 'p99', label: 'p99 ms', better: 'lower', format: fixed(1) },
  {
    key: 'cpu',
    label: 'server CPU ms per 1k msgs',
    better: 'lower',
    format: whole,
  },
];
const TOTALS = [
  {
    keys: ['lost', 'duplicate', 'outOfOrder', 'failed'],
    label: 'lost / duplicated / out of order / failed acks (all runs)',
  },
];
const describe = (r) =>
  `${r.achieved}/s, p50 ${fixed(1)(r.p50)}, p99 ${fixed(1)(r.p99)} ms, CPU ${whole(r.cpu)}${faults(r) + r.failed ? `, ${r.lost} lost, ${r.duplicate} dup, ${r.outOfOrder} ooo, ${r.failed} failed acks` : ''}`;

const ms1 = fixed(1);

/** Where the slowest 1 % of deliveries of each rate spent their time, from the trace run, next to a 1 % sample of all. */
function traceSection(traced) {
  const segments = (t) => SEGMENTS.map(([k]) => ms1(t[k])).join(' · ');
  const lines = traced.map((r) => {
    const i = r.instances;
    return `| ${r.rate} | ${ms1(r.p99)} | ${ms1(r.tail.total)} | ${segments(r.tail)} | ${ms1(r.tail.stall)} | ${ms1(r.tail.gc)} (${ms1(r.tail.majorGc)}) | ${ms1(r.typicalPath.total)} | ${segments(r.typicalPath)} | ${i.batches} · ${whole(i.batchSize)} · ${ms1(i.commitMs)} · ${ms1(i.commitMaxMs)} | ${i.gcs} · ${whole(i.gcMs)} · ${ms1(i.gcMaxMs)} · ${i.majorGcs} | ${i.stalls} · ${ms1(i.stallMaxMs)} |`;
  });
  const moments = traced
    .filter((r) => r.instances.majorAt || r.instances.stallAt)
    .map(
      (r) =>
        `- ${r.rate} msg/s: mark-compact GCs ${r.instances.majorAt || 'none'}; stalls of 20 ms or more ${r.instances.stallAt || 'none'}.`,
    );
  return `
### Where the slowest deliveries spend their time (trace run)

After the measured runs, one more Torchbridge ladder runs with \`CHAT_TRACE=1\`: each instance timestamps every send
(received and validated, admitted by the event budget, batch started, batch committed, published) and records its GC
pauses (perf_hooks) and event-loop stalls (a 5 ms timer firing 10 ms or more late); the load client keeps its slowest
1 % of deliveries and a 1 % sample of all, and joins them to the instances' timestamps by clientMessageId (one clock:
same machine). Segments, median ms over the deliveries: ${SEGMENTS.map(([, label]) => label).join(' · ')}. Stall and GC
columns: ms of loop stall or GC pause on either instance while the delivery was under way (summed over both instances;
in brackets the part in mark-compact GCs and their incremental marking). Instance columns cover the rate's whole
window on both instances.

| msg/s | p99 ms | slowest 1 %: total | slowest 1 %: segments | slowest 1 %: stall | slowest 1 %: GC (major) | sample: total | sample: segments | batches · median size · commit median · max ms | GCs · total ms · max ms · major | stalls · max ms |
| ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- | --- | --- |
${lines.join('\n')}

When each instance (A, B) paused, in s from the start of the rate:

${moments.join('\n')}
`;
}

async function main() {
  const options = runOptions('node bench/chat/run.mjs');
  const startLoad = loadAverage();
  const commit = revision();
  const build = freezeBuild();
  // All runs complete even after a fault, so the report shows whether it recurs; the exit code fails afterwards.
  const series = await repeat(options.runs, measure);
  // One more Torchbridge ladder with CHAT_TRACE on, to show where the slowest deliveries spent their time.
  const traced =
    process.env.BENCH_CHAT_TRACE === '0'
      ? null
      : (await sweepApi({ trace: true })).results.filter((r) => r.tail);
  const runs = series.results;
  const n = runs.length;
  const faulty = runs.flatMap((run, i) =>
    Object.entries(run.rows)
      .filter(([, r]) => faults(r) > 0)
      .map(
        ([key, r]) =>
          `run ${i + 1}, ${key.startsWith('api') ? 'Torchbridge' : 'bare relay'} at ${r.rate} msg/s: ${r.lost} lost, ${r.duplicate} duplicated, ${r.outOfOrder} out of order`,
      ),
  );

  const rows = ['api', 'relay'].flatMap((server) =>
    RATES.filter((rate) =>
      runs.some((run) => run.rows[`${server}:${rate}`]),
    ).map((rate) => ({
      key: `${server}:${rate}`,
      cells: [server === 'api' ? 'Torchbridge' : 'bare relay', String(rate)],
      before: BEFORE[`${server}:${rate}`],
    })),
  );
  const oursBest = runs.map((run) => best(run.ours));
  const refBest = runs.map((run) =>
    run.reference ? best(run.reference) : NaN,
  );
  const ratio = runs.map((_, i) => (100 * oursBest[i]) / refBest[i]);
  const at2000 = runs.map((run) => run.rows['api:2000']?.p99 ?? NaN);
  const body = `Command: \`npm run build && node bench/chat/run.mjs\` (\`--runs=N\`, default 3) — ${machine()}, commit ${commit}
(API bundle of ${build.built} UTC, sha256 ${build.hash}). Load average at start ${startLoad} (1 / 5 / 15 min; the machine
is shared); ${n} runs in ${(series.seconds / 60).toFixed(1)} min.

${PAIRS * 2} sockets in ${PAIRS} conversations; the two members of each conversation are connected to different
instances, so every delivery crosses Redis; half of the conversations send from each instance. Each rate runs ${SECONDS} s, after an unrecorded ${SECONDS} s warm-up at ${WARMUP_RATE} msg/s; a ladder stops after the first rate with p99 above 250 ms or under 80 % of its target. Torchbridge: 2 API instances, every message
validated, membership-checked, committed in PostgreSQL, acknowledged, then fanned out. Reference: a bare socket.io
relay, 2 processes with the same Redis adapter, no auth, no database. Latency is send→deliver, measured in one
load-client process (same clock), which shares the 2 cores with the servers. Server CPU is the user + system CPU
time of both server processes from a rate's first send until its deliveries are counted, per 1,000 messages: less
disturbed by the shared machine than latency, and not measured before this change.
Each run sweeps the ladder on Torchbridge (fresh database, fresh instances), then on the relay, so every run has its
own reference; the table gives the median and the worst of the ${n} runs for each figure (worst = lowest achieved
rate, highest latency), delivery faults summed over the runs, and in the last column the figures published before the
architecture step (commit 8f3fcf3, 2026-11-24, one run${SECONDS === 5 ? ', same durations' : ', 5 s per rate'}). Any lost, duplicated or out-of-order delivery
fails the benchmark${faulty.length ? ` — **this benchmark FAILED**: ${faulty.join('; ')}` : ''}.

${summaryTable({
  head: ['server', 'target msg/s'],
  rows,
  runs: runs.map((run) => run.rows),
  figures: FIGURES,
  totals: TOTALS,
  before: 'before (8f3fcf3): achieved · p50 · p99',
})}

- p99 at 2,000 msg/s: ${spread(at2000, 'lower', fixed(1), ' ms')}; before 33.3 ms (target ≤ 50 ms).
- Highest rate with p99 ≤ 50 ms and nothing lost — Torchbridge: ${spread(oursBest, 'higher', whole, ' msg/s')};
  bare relay: ${spread(refBest, 'higher', whole, ' msg/s')}; ratio in the same run: ${spread(ratio, 'higher', fixed(0), ' %')}
  (target ≥ 50 %). Before: ${BEFORE_BEST.ours} and ${BEFORE_BEST.reference} msg/s, ${((100 * BEFORE_BEST.ours) / BEFORE_BEST.reference).toFixed(0)} %.
- Memory per connected idle socket (RSS of both API instances, before and after connecting all sockets):
  ${spread(
    runs.map((run) => run.idleKiB ?? NaN),
    'lower',
    fixed(1),
    ' KiB',
  )}; before ${BEFORE_BEST.idleKiB} KiB.

${perRunTable({ head: 'server, target msg/s', rows, runs: runs.map((run) => run.rows), loads: series.loads, describe })}
${traced?.length ? traceSection(traced) : ''}`;
  // A failed run is published too (with the failure at the top of the table), so the page never shows stale figures
  // as current; the exit code still fails.
  if (options.write) {
    writeSection('Chat', body);
  }
  console.log(body);
  if (faulty.length) {
    console.error(`FAILED: ${faulty.join('; ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
