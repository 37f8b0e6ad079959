// The requests of the booking benchmark: who takes part, signing them in, the slot load, bookings that should
// succeed, and the race for one start.
import autocannon from 'autocannon';
import pg from 'pg';
import { CONNECTIONS, load, login } from '../lib/harness.mjs';
import { percentile } from '../lib/report.mjs';

export const DAY = 86_400_000;
export const SPAN_DAYS = 56;
export const LENGTH = 30;

/** Runs `work` over `items` with at most `width` at a time; answers the results in order. */
export async function inPool(items, width, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

/** A small seeded generator, so every run draws the same kind of traffic. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const slotsPath = (mentorId, from, days, length = LENGTH) =>
  `/api/mentors/${mentorId}/slots?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(
    new Date(from.getTime() + days * DAY).toISOString(),
  )}&length=${length}`;

export async function getJson(base, path, token) {
  const reply = await fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await reply.json().catch(() => null);
  if (reply.status !== 200) {
    throw new Error(
      `GET ${path} answered ${reply.status} ${JSON.stringify(body)}`,
    );
  }
  return body;
}

/**
 * Who takes part, read from the filled database: the bench mentors' ids, founders 1…bookers with their mentorships
 * (oldest first), and the racers (founders after `founders`) with the one mentor they share.
 */
export async function cast(url, { bookers, founders, racers }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const mentors = (
      await client.query(
        `SELECT a.mentor_id FROM mentor_availability a JOIN mentor_profiles mp ON mp.id = a.mentor_id JOIN users u ON u.id = mp.user_id
          WHERE u.email LIKE 'bench-mentor-%@bench.test' ORDER BY a.mentor_id`,
      )
    ).rows.map((r) => r.mentor_id);
    const rows = (
      await client.query(
        `SELECT p.f, p.email, m.id AS mentorship_id, m.mentor_id
           FROM (SELECT u.id, u.email, substring(u.email FROM '^bench-founder-(\\d+)@')::int AS f
                   FROM users u WHERE u.email LIKE 'bench-founder-%@bench.test') p
           JOIN startup_founders sf ON sf.user_id = p.id
           JOIN mentorships m ON m.startup_id = sf.startup_id AND m.status = 'active'
          WHERE p.f <= $1 OR p.f > $2
          ORDER BY p.f, m.started_at DESC, m.id`,
        [bookers, founders],
      )
    ).rows;
    const byFounder = new Map();
    for (const r of rows) {
      const entry = byFounder.get(r.f) ?? {
        f: r.f,
        email: r.email,
        mentorships: [],
      };
      entry.mentorships.push({ id: r.mentorship_id, mentorId: r.mentor_id });
      byFounder.set(r.f, entry);
    }
    const people = [...byFounder.values()].sort((a, b) => a.f - b.f);
    const racing = people.filter((p) => p.f > founders);
    const raceMentorId = racing[0]?.mentorships[0]?.mentorId;
    if (
      racing.length !== racers ||
      racing.some(
        (r) =>
          r.mentorships.length !== 1 ||
          r.mentorships[0].mentorId !== raceMentorId,
      )
    ) {
      throw new Error('the racers do not share one mentorship with one mentor');
    }
    return {
      mentors,
      bookers: people.filter((p) => p.f <= bookers),
      racers: racing,
      raceMentorId,
    };
  } finally {
    await client.end();
  }
}

/** Signs each person in with the demo password (eight at a time), keeping the token on them. */
export async function signIn(base, people) {
  await inPool(people, 8, async (p) => {
    p.token = await login(base, p.email);
    if (!p.token) {
      throw new Error(`${p.email} could not sign in`);
    }
  });
}

/** A request to GET a random mentor's next 8 weeks as a random viewer, drawn anew each time it is sent. */
export function slotsRequest(mentors, viewers, next) {
  return {
    method: 'GET',
    path: '/api/health',
    setupRequest: (request) => {
      const mentorId = mentors[Math.floor(next() * mentors.length)];
      const viewer = viewers[Math.floor(next() * viewers.length)];
      return {
        ...request,
        path: slotsPath(mentorId, new Date(), SPAN_DAYS),
        headers: {
          ...request.headers,
          authorization: `Bearer ${viewer.token}`,
        },
      };
    },
  };
}

/** 32 connections for the harness's duration, each request a random mentor's next 8 weeks seen by a random founder. */
export function slotsLoad(base, mentors, viewers, seed) {
  return load(base, [slotsRequest(mentors, viewers, random(seed))]);
}

/**
 * One booking per booker on their mentorship `round` mod 4 (a mentor no other booker of the round books), at a start
 * drawn from what GET slots offers them between 1 and 15 days ahead, so every request is one that should succeed.
 */
export async function bookingTasks(base, bookers, round) {
  const next = random(round * 7919);
  const from = new Date(Date.now() + DAY);
  const tasks = await inPool(bookers, 16, async (booker) => {
    const mentorship =
      booker.mentorships[(round - 1) % booker.mentorships.length];
    const view = await getJson(
      base,
      slotsPath(mentorship.mentorId, from, 14),
      booker.token,
    );
    if (view.slots.length === 0) {
      return null;
    }
    const slot = view.slots[Math.floor(next() * view.slots.length)];
    return {
      token: booker.token,
      body: JSON.stringify({
        mentorshipId: mentorship.id,
        start: slot.start,
        lengthMinutes: LENGTH,
        topic: 'Distributor contracts',
      }),
    };
  });
  return tasks.filter(Boolean);
}

/** Sends one task's POST; answers its status and latency. */
export async function postBooking(base, task) {
  const started = performance.now();
  const reply = await fetch(`${base}/api/bookings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${task.token}`,
    },
    body: task.body,
  });
  await reply.arrayBuffer();
  return { status: reply.status, ms: performance.now() - started };
}

/**
 * The tasks at 32 connections, each sent at most once (autocannon builds each connection's next request ahead, so
 * the last 32 stay unsent); latencies of the 201s, every answer counted by status.
 */
export async function bookLoad(base, tasks) {
  const created = [];
  const statuses = {};
  let taken = 0;
  const started = performance.now();
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: tasks.length - CONNECTIONS,
    requests: [
      {
        method: 'POST',
        path: '/api/bookings',
        setupRequest: (request) => {
          const task = tasks[Math.min(taken++, tasks.length - 1)];
          return {
            ...request,
            body: task.body,
            headers: {
              ...request.headers,
              'content-type': 'application/json',
              authorization: `Bearer ${task.token}`,
            },
          };
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (status, _bytes, latency) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) {
          created.push(latency);
        }
      });
    },
  });
  const seconds = (performance.now() - started) / 1000;
  created.sort((a, b) => a - b);
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    requests: answered,
    created: created.length,
    rps: Math.round(answered / seconds),
    p50: percentile(created, 50),
    p95: percentile(created, 95),
    p99: percentile(created, 99),
    errors: answered - created.length + result.errors + result.timeouts,
    statuses,
  };
}

/**
 * Every racer asks for the same start at once, spread over the instances: wall time from the first send to the last
 * answer, the answers by status and code, and how many sessions the database holds at that start afterwards.
 */
export async function race(bases, racers, raceMentorId, url, round) {
  const view = await getJson(
    bases[0],
    slotsPath(raceMentorId, new Date(Date.now() + 2 * DAY), 28),
    racers[0].token,
  );
  const slot = view.slots[(round * 11) % view.slots.length];
  if (!slot) {
    throw new Error('the race mentor has no free slot');
  }
  const requests = racers.map((r, i) => ({
    to: `${bases[i % bases.length]}/api/bookings`,
    init: {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${r.token}`,
      },
      body: JSON.stringify({
        mentorshipId: r.mentorships[0].id,
        start: slot.start,
        lengthMinutes: LENGTH,
      }),
    },
  }));
  const counts = { created: 0, conflicts: 0, other: 0 };
  const codes = {};
  const started = performance.now();
  let last = started;
  await Promise.all(
    requests.map(async ({ to, init }) => {
      const reply = await fetch(to, init);
      const body = await reply.json().catch(() => null);
      last = Math.max(last, performance.now());
      const kind =
        reply.status === 201
          ? 'created'
          : reply.status === 409
            ? 'conflicts'
            : 'other';
      counts[kind] += 1;
      const code =
        reply.status === 201 ? '201' : `${reply.status} ${body?.code ?? '?'}`;
      codes[code] = (codes[code] ?? 0) + 1;
    }),
  );
  const wall = last - started;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const held = (
      await client.query(
        `SELECT count(*)::int AS n FROM bookings b JOIN mentor_profiles mp ON mp.user_id = b.mentor_user_id
          WHERE mp.id = $1 AND b.starts_at = $2 AND b.status IN ('requested', 'confirmed')`,
        [raceMentorId, slot.start],
      )
    ).rows[0].n;
    return { wall, ...counts, held, codes };
  } finally {
    await client.end();
  }
}
