// Where one request's time goes: requests sent one at a time to an otherwise idle instance, the CPU the API process
// and its PostgreSQL backends spent on them (from /proc), and a CPU profile of the slot requests split by function.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startApi } from '../lib/harness.mjs';
import { percentile } from '../lib/report.mjs';
import {
  bookingTasks,
  postBooking,
  random,
  slotsPath,
  SPAN_DAYS,
} from './traffic.mjs';

// Linux's clock tick for /proc/<pid>/stat times (USER_HZ), 100 on every mainstream kernel.
const TICK_MS = 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** User + system CPU of a process in ms; 0 once it is gone. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU of the API process and of every PostgreSQL backend connected to the database, by pid. */
async function cpuSnapshot(client, apiPid, db) {
  const pids = (
    await client.query(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [db],
    )
  ).rows.map((r) => r.pid);
  return {
    api: cpuMs(apiPid),
    pg: new Map(pids.map((pid) => [pid, cpuMs(pid)])),
  };
}

function cpuSpent(before, after) {
  let pgMs = 0;
  for (const [pid, ms] of after.pg) {
    pgMs += ms - (before.pg.get(pid) ?? 0);
  }
  return { api: after.api - before.api, pg: pgMs };
}

/**
 * Runs `work` and answers its result with the CPU spent meanwhile, in cores (CPU ms per wall ms): the API process,
 * the database's PostgreSQL backends, and this process (the load generator).
 */
export async function withCpu(client, apiPid, db, work) {
  const before = await cpuSnapshot(client, apiPid, db);
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wall = performance.now() - started;
  const own = process.cpuUsage(ownBefore);
  const spent = cpuSpent(before, await cpuSnapshot(client, apiPid, db));
  return {
    result,
    cores: {
      api: spent.api / wall,
      pg: spent.pg / wall,
      bench: (own.user + own.system) / 1000 / wall,
    },
    cpuMs: { api: spent.api, pg: spent.pg },
  };
}

/** Waits until the API process has been nearly idle for a second (its background deliveries are done); answers the ms waited. */
export async function settle(pid, limitMs = 120_000) {
  const started = Date.now();
  let quiet = 0;
  let last = cpuMs(pid);
  while (quiet < 2 && Date.now() - started < limitMs) {
    await sleep(500);
    const now = cpuMs(pid);
    quiet = now - last <= 20 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - started;
}

/** CPU per ms the instance and its backends spend with no requests (pollers, sweeps), to take out of each phase. */
async function idleRate(client, api, db, ms = 4000) {
  const before = await cpuSnapshot(client, api.pid, db);
  await sleep(ms);
  const spent = cpuSpent(before, await cpuSnapshot(client, api.pid, db));
  return { api: spent.api / ms, pg: spent.pg / ms };
}

/**
 * `count` requests one after another; latencies, and CPU per request of the API and of PostgreSQL beyond the idle
 * rate (the deliveries after each answer included when `drain`).
 */
async function oneByOne(
  client,
  api,
  db,
  idle,
  count,
  send,
  { drain = false } = {},
) {
  const before = await cpuSnapshot(client, api.pid, db);
  const started = performance.now();
  const latencies = [];
  for (let i = 0; i < count; i++) {
    latencies.push(await send(i));
  }
  const drainedMs = drain ? await settle(api.pid) : 0;
  const spent = cpuSpent(before, await cpuSnapshot(client, api.pid, db));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    count,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    apiCpu: Math.max(0, spent.api - idle.api * elapsed) / count,
    pgCpu: Math.max(0, spent.pg - idle.pg * elapsed) / count,
    drainedMs,
  };
}

// The busy-times read of a slots request as apps/api/src/modules/bookings/busy-times.ts writes it.
const BUSY_TIMES = `SELECT 'mentor' AS side, lower(b.block) AS start, upper(b.block) AS end, b.starts_at AS session_start
       FROM bookings b
      WHERE b.mentor_user_id = $1 AND b.status IN ('requested', 'confirmed') AND b.kind = 'mentorship'
        AND b.starts_at >= $3::timestamptz - interval '8 days' AND b.starts_at < $4::timestamptz + interval '8 days'
        AND b.id IS DISTINCT FROM $5::uuid
     UNION ALL
     SELECT 'mentor', lower(o.block), upper(o.block), o.starts_at
       FROM office_hours o
      WHERE o.mentor_user_id = $1 AND o.cancelled_at IS NULL
        AND o.starts_at >= $3::timestamptz - interval '8 days' AND o.starts_at < $4::timestamptz + interval '8 days'
     UNION ALL
     SELECT 'booker', b.starts_at, b.ends_at, b.starts_at
       FROM bookings b
      WHERE b.founder_user_id = $2 AND b.status IN ('requested', 'confirmed')
        AND b.starts_at >= $3::timestamptz - interval '1 day' AND b.starts_at < $4::timestamptz AND b.ends_at > $3::timestamptz
        AND b.id IS DISTINCT FROM $5::uuid`;

/** The busy-times read for random mentor and viewer pairs under EXPLAIN ANALYZE: planning and execution ms, rows, pages. */
async function busyTimesPlan(client, people, next, count = 100) {
  const mentors = Array.from(
    { length: count },
    () => people.mentors[Math.floor(next() * people.mentors.length)],
  );
  const viewers = Array.from(
    { length: count },
    () => people.bookers[Math.floor(next() * people.bookers.length)].email,
  );
  const mentorUsers = new Map(
    (
      await client.query(
        'SELECT id, user_id FROM mentor_profiles WHERE id = ANY($1::uuid[])',
        [mentors],
      )
    ).rows.map((r) => [r.id, r.user_id]),
  );
  const viewerUsers = new Map(
    (
      await client.query(
        'SELECT email, id FROM users WHERE email = ANY($1::text[])',
        [viewers],
      )
    ).rows.map((r) => [r.email, r.id]),
  );
  const samples = { planning: [], execution: [], rows: [], pages: [] };
  for (let i = 0; i < count; i++) {
    const from = new Date();
    const to = new Date(from.getTime() + SPAN_DAYS * 86_400_000);
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = (
      await client.query(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${BUSY_TIMES}`,
        [
          mentorUsers.get(mentors[i]),
          viewerUsers.get(viewers[i]),
          from,
          to,
          null,
        ],
      )
    ).rows;
    samples.planning.push(plan['Planning Time']);
    samples.execution.push(plan['Execution Time']);
    samples.rows.push(plan.Plan['Actual Rows']);
    samples.pages.push(
      plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'],
    );
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [
      k,
      percentile(
        v.sort((a, b) => a - b),
        50,
      ),
    ]),
  );
}

const timed = async (work) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

async function get(base, path, token) {
  const reply = await fetch(`${base}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  await reply.arrayBuffer();
  if (reply.status !== 200) {
    throw new Error(`GET ${path} answered ${reply.status}`);
  }
}

/** What owns a profile frame: a package under node_modules, the API's own code (the bundle), or Node itself. */
function ownerOf(frame) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (match) {
    return match[1];
  }
  if (frame.url.endsWith('main.js')) {
    return 'API code';
  }
  if (frame.functionName === '(garbage collector)') {
    return 'garbage collection';
  }
  return 'Node.js (HTTP, sockets, timers, natives)';
}

/**
 * Profile time per request from the first slot expansion on (start-up left out): inclusive time of the named parts
 * (a function counted once per stack) and self time by owner.
 */
function profileSplit(dir, count, parts) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) {
    return null;
  }
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) {
    for (const child of n.children ?? []) {
      parent.set(child, n.id);
    }
  }
  const stackOf = (id) => {
    const frames = [];
    for (let at = id; at !== undefined; at = parent.get(at)) {
      frames.push(byId.get(at).callFrame);
    }
    return frames;
  };
  const first = profile.samples.findIndex((id) =>
    stackOf(id).some((f) => f.functionName === 'expandSlots'),
  );
  const inclusive = Object.fromEntries(Object.keys(parts).map((k) => [k, 0]));
  const owners = {};
  let active = 0;
  for (let i = Math.max(first, 0); i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack = stackOf(profile.samples[i]);
    const leaf = stack[0];
    if (leaf.functionName === '(idle)' || leaf.functionName === '(program)') {
      continue;
    }
    active += ms;
    const owner = ownerOf(leaf);
    owners[owner] = (owners[owner] ?? 0) + ms;
    for (const [part, match] of Object.entries(parts)) {
      if (stack.some(match)) {
        inclusive[part] += ms;
      }
    }
  }
  const perRequest = (o) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v / count]));
  return {
    ...perRequest(inclusive),
    active: active / count,
    owners: perRequest(owners),
  };
}

const PROFILE_PARTS = {
  expand: (f) => f.functionName === 'expandSlots',
  rank: (f) => f.functionName === 'rankSlots' || f.functionName === 'bestSlots',
  view: (f) => f.functionName === 'toSlot',
  json: (f) => f.functionName === 'stringify' && f.url.includes('express'),
  guard: (f) => f.functionName === 'canActivate',
  handler: (f) => f.functionName === 'slots' && f.url.endsWith('main.js'),
};

/**
 * On a fresh instance with nothing else running against it: GET /api/health, GET slots (8 weeks) and POST bookings
 * one at a time, with the CPU each costs; then slots again on a profiled instance, split by function.
 */
export async function anatomy({
  env,
  db,
  people,
  round,
  count = 300,
  bookings = 100,
}) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const next = random(round * 104729);
  const viewer = () =>
    people.bookers[Math.floor(next() * people.bookers.length)].token;
  const mentor = () =>
    people.mentors[Math.floor(next() * people.mentors.length)];
  const result = {};
  try {
    const api = await startApi(env);
    try {
      await settle(api.pid, 30_000);
      for (let i = 0; i < 20; i++) {
        await get(
          api.base,
          slotsPath(mentor(), new Date(), SPAN_DAYS),
          viewer(),
        );
      }
      const idle = await idleRate(client, api, db);
      result.idle = idle;
      result.health = await oneByOne(client, api, db, idle, count, () =>
        timed(() => get(api.base, '/api/health')),
      );
      result.slots = await oneByOne(client, api, db, idle, count, () =>
        timed(() =>
          get(api.base, slotsPath(mentor(), new Date(), SPAN_DAYS), viewer()),
        ),
      );
      const sample = await fetch(
        `${api.base}${slotsPath(people.mentors[0], new Date(), SPAN_DAYS)}`,
        {
          headers: { authorization: `Bearer ${people.bookers[0].token}` },
        },
      );
      const body = await sample.text();
      result.slotBytes = body.length;
      result.slotCount = JSON.parse(body).slots.length;
      const tasks = await bookingTasks(
        api.base,
        people.bookers.slice(0, bookings),
        round,
      );
      await settle(api.pid, 30_000);
      const statuses = {};
      result.book = await oneByOne(
        client,
        api,
        db,
        idle,
        tasks.length,
        async (i) => {
          const { status, ms } = await postBooking(api.base, tasks[i]);
          statuses[status] = (statuses[status] ?? 0) + 1;
          return ms;
        },
        { drain: true },
      );
      result.book.statuses = statuses;
    } finally {
      await api.stop();
    }
    result.busyTimes = await busyTimesPlan(client, people, next);
    const dir = mkdtempSync(join(os.tmpdir(), 'tb-bench-prof-'));
    try {
      const profiled = await startApi(env, {
        nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
      });
      try {
        for (let i = 0; i < count; i++) {
          await get(
            profiled.base,
            slotsPath(mentor(), new Date(), SPAN_DAYS),
            viewer(),
          );
        }
      } finally {
        await profiled.stop();
      }
      result.profile = profileSplit(dir, count, PROFILE_PARTS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await client.end();
  }
  return result;
}
