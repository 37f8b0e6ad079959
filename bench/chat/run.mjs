#!/usr/bin/env node
// Chat under load: 2,000 sockets in 1,000 conversations over 2 API instances with Redis, every message
// persisted, acknowledged and fanned out across instances; in the same run the same load against a bare
// socket.io relay (2 processes, Redis adapter, no auth, no database) as the reference.
// Run after `npm run build`:  node bench/chat/run.mjs   (needs PostgreSQL and Redis on loopback)
// BENCH_TRACE=1 also prints the worst latency per 250 ms and the slowest deliveries with wall-clock times and their
// ack latency; BENCH_NODE_ARGS passes flags to the API processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import {
  admin,
  dbUrl,
  freePort,
  runNode,
  API,
  startApi,
} from '../lib/harness.mjs';
import { machine, ROOT, writeSection } from '../lib/report.mjs';
import { Meter, openPairs, pace, socketFor } from './load.mjs';

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

async function sweep(label, open, sendOn, subscribe) {
  const pairs = await openPairs(PAIRS, open);
  const results = [];
  // Warm-up, not recorded: the servers finish the connection burst and compile their hot paths, so the first
  // recorded rate measures steady state like the others.
  for (const [step, rate] of [WARMUP_RATE, ...RATES].entries()) {
    const meter = new Meter(PAIRS);
    pairs.forEach((pair, c) => subscribe(pair[1 - (c % 2)], c, meter));
    let order = 0;
    const seconds = await pace(rate, SECONDS, (i) => {
      const c = i % PAIRS;
      meter.sent++;
      const sentAt = performance.now();
      sendOn(pairs[c][c % 2], c, ++order, sentAt).then(
        (ok) => meter.ack(ok, sentAt),
        () => meter.failed++,
      );
    });
    // Every send settles (acknowledged or timed out) before deliveries are counted, so a slow server shows up
    // as latency, not as loss.
    for (let waited = 0; meter.acked + meter.failed < meter.sent && waited < 15000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1500));
    pairs.flat().forEach((s) =>
      s.removeAllListeners('message:new').removeAllListeners('msg'),
    );
    const r = meter.result(rate, seconds);
    if (step === 0) {
      continue;
    }
    results.push(r);
    console.log(label, JSON.stringify(r));
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

async function main() {
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const env = {
    DATABASE_URL: dbUrl(DB),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    REDIS_URL,
    REDIS_PREFIX: `tb:${DB}:${Date.now()}:`,
  };
  await runNode([API, 'migrate'], env);
  const conversations = await setup(env.DATABASE_URL);
  const apis = [await startApi(env), await startApi(env)];
  let ours;
  let idleMiB;
  try {
    const before = apis.map((a) => rssMiB(a.pid));
    const tokens = await Promise.all(
      conversations.flatMap((c) => c.members.map((m) => token(m))),
    );
    ours = await sweep(
      'api',
      async (c, side) => {
        const s = await socketFor(`${apis[side].base}/realtime`, {
          auth: { token: tokens[c * 2 + side] },
          readyEvent: 'session:ready',
        });
        if (c === PAIRS - 1 && side === 1) {
          const after = apis.map((a) => rssMiB(a.pid));
          idleMiB =
            ((after[0] - before[0] + after[1] - before[1]) * 1024) /
            (PAIRS * 2);
        }
        return s;
      },
      (socket, c, order, sentAt) =>
        socket
          .timeout(10000)
          .emitWithAck('message:send', {
            conversationId: conversations[c].conversation,
            clientMessageId: randomUUID(),
            body: JSON.stringify({ sentAt, order }),
          })
          .then((reply) => reply.ok),
      (receiver, c, meter) =>
        receiver.on('message:new', (m) => {
          const { sentAt } = JSON.parse(m.body);
          meter.receive(c, m.id, m.seq, sentAt);
        }),
    );
  } finally {
    await Promise.all(apis.map((a) => a.stop()));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }

  if (process.env.BENCH_ONLY === 'api') {
    console.log(JSON.stringify(ours));
    return;
  }
  const key = `tbrelay:${Date.now()}`;
  const relays = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const child = fork(
      join(ROOT, 'bench/chat/relay.mjs'),
      [String(port), REDIS_URL, key],
      { stdio: 'inherit' },
    );
    await new Promise((r) => child.once('message', r));
    relays.push({ base: `http://127.0.0.1:${port}`, child });
  }
  let reference;
  try {
    reference = await sweep(
      'relay',
      (c, side) => socketFor(relays[side].base, { query: { c: String(c) } }),
      (socket, c, order, sentAt) =>
        socket
          .timeout(10000)
          .emitWithAck('send', { id: randomUUID(), order, sentAt })
          .then((r) => r.ok),
      (receiver, c, meter) =>
        receiver.on('msg', (p) => meter.receive(c, p.id, p.order, p.sentAt)),
    );
  } finally {
    relays.forEach((r) => r.child.kill('SIGTERM'));
  }

  const f = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');
  const rows = (label, list) =>
    list
      .map(
        (r) =>
          `| ${label} | ${r.rate} | ${r.achieved} | ${f(r.p50)} | ${f(r.p99)} | ${r.lost} | ${r.duplicate} | ${r.outOfOrder} | ${r.failed} |`,
      )
      .join('\n');
  const oursBest = best(ours);
  const refBest = best(reference);
  const at2000 = ours.find((r) => r.rate === 2000);
  const body = `Command: \`npm run build && node bench/chat/run.mjs\` — ${machine()}.

${PAIRS * 2} sockets in ${PAIRS} conversations; the two members of each conversation are connected to different
instances, so every delivery crosses Redis; half of the conversations send from each instance. Each rate runs ${SECONDS} s, after an unrecorded ${SECONDS} s warm-up at ${WARMUP_RATE} msg/s. Torchbridge: 2 API instances, every message
validated, membership-checked, committed in PostgreSQL, acknowledged, then fanned out. Reference: a bare socket.io
relay, 2 processes with the same Redis adapter, no auth, no database. Latency is send→deliver, measured in one
load-client process (same clock), which shares the 2 cores with the servers.

| server | target msg/s | achieved msg/s | p50 ms | p99 ms | lost | duplicated | out of order | failed acks |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows('Torchbridge', ours)}
${rows('bare relay', reference)}

- p99 at 2,000 msg/s: ${at2000 ? `${f(at2000.p99)} ms` : 'not reached'} (target ≤ 50 ms).
- Highest rate with p99 ≤ 50 ms and nothing lost: Torchbridge ${oursBest} msg/s, bare relay ${refBest} msg/s,
  ratio ${refBest ? ((100 * oursBest) / refBest).toFixed(0) : '—'} % (target ≥ 25 %).
- Memory per connected idle socket (RSS of both API instances, before and after connecting all sockets):
  ${idleMiB ? `${idleMiB.toFixed(1)} KiB` : '—'}.`;
  writeSection('Chat', body);
  console.log(body);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
