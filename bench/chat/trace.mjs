// Where the slowest deliveries spent their time: the API instances run with CHAT_TRACE=1 and write, when they stop,
// each send's stages (received, queued, batch started, committed, published), their batches, GC pauses and
// event-loop stalls; the load client keeps its slowest 1 % of deliveries (and a 1 % sample of all) by clientMessageId.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const traceFile = (pid) =>
  join(tmpdir(), `torchbridge-chat-trace-${pid}.json`);

/** Reads and deletes the traces of these API processes; null when an instance wrote none. */
export function readTraces(pids) {
  const traces = [];
  for (const pid of pids) {
    const file = traceFile(pid);
    if (!existsSync(file)) {
      return null;
    }
    traces.push(JSON.parse(readFileSync(file, 'utf8')));
    rmSync(file, { force: true });
  }
  return traces;
}

/** The path of a delivery, in ms per segment, from the load client's send to its delivery. */
export const SEGMENTS = [
  ['in', 'client → sender instance (socket, validation)'],
  ['budget', 'event budget (Redis round trip)'],
  ['wait', 'waiting for a batch'],
  ['commit', 'batch in PostgreSQL (chat_send_batch, commit)'],
  ['fanout', 'batch results → published'],
  ['out', 'published → delivered (Redis, receiving instance, client)'],
];

/** perf_hooks GC kinds: 1 scavenge (young generation), 4 mark-compact, 8 incremental marking, 16 weak callbacks. */
const isMajor = (gc) => gc[2] === 4 || gc[2] === 8;

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** Sum of the parts of [from, to] covered by the intervals [start, start + ms]. */
const overlap = (intervals, from, to) =>
  intervals.reduce(
    (sum, [start, ms]) =>
      sum + Math.max(0, Math.min(to, start + ms) - Math.max(from, start)),
    0,
  );

/**
 * For a set of deliveries: the median ms of each segment, of the total, of GC pause and event-loop stall time on
 * both instances during the delivery, and of the size of the batch it was written in.
 */
export function explain(deliveries, traces) {
  const sends = new Map();
  const batches = traces.flatMap((t) => t.batches);
  for (const t of traces) {
    for (const [key, times] of Object.entries(t.sends)) {
      sends.set(key, times);
    }
  }
  const gcs = traces.flatMap((t) => t.gcs.map(([start, ms]) => [start, ms]));
  const majors = traces.flatMap((t) => t.gcs.filter(isMajor));
  const stalls = traces.flatMap((t) => t.stalls);
  const rows = [];
  for (const d of deliveries) {
    const times = sends.get(d.key);
    if (!times) {
      continue;
    }
    const [received, queued, batchStart, committed, published] = times;
    const batch = batches.find((b) => b[0] === batchStart);
    rows.push({
      total: d.delivered - d.sent,
      in: received - d.sent,
      budget: queued - received,
      wait: batchStart - queued,
      commit: committed - batchStart,
      fanout: published - committed,
      out: d.delivered - published,
      gc: overlap(gcs, d.sent, d.delivered),
      majorGc: overlap(majors, d.sent, d.delivered),
      stall: overlap(stalls, d.sent, d.delivered),
      batch: batch?.[1] ?? NaN,
    });
  }
  const keys = [
    'total',
    ...SEGMENTS.map(([k]) => k),
    'gc',
    'majorGc',
    'stall',
    'batch',
  ];
  return {
    n: rows.length,
    ...Object.fromEntries(keys.map((k) => [k, median(rows.map((r) => r[k]))])),
  };
}

function moments(traces, pick, from, to) {
  return traces
    .flatMap((t, i) =>
      pick(t)
        .filter((x) => x[0] >= from && x[0] < to)
        .map(
          (x) =>
            `${'AB'[i] ?? i}@${((x[0] - from) / 1000).toFixed(2)}s ${Math.round(x[1])}ms`,
        ),
    )
    .join(', ');
}

/** Both instances' batches, GC pauses and event-loop stalls between the wall-clock times `from` and `to`. */
export function instanceFigures(traces, from, to) {
  const within = (xs) => xs.filter((x) => x[0] >= from && x[0] < to);
  const batches = within(traces.flatMap((t) => t.batches));
  const gcs = within(traces.flatMap((t) => t.gcs));
  const stalls = within(traces.flatMap((t) => t.stalls));
  const max = (xs) => xs.reduce((m, x) => Math.max(m, x), 0);
  return {
    batches: batches.length,
    batchSize: median(batches.map((b) => b[1])),
    commitMs: median(batches.map((b) => b[3])),
    commitMaxMs: max(batches.map((b) => b[3])),
    gcs: gcs.length,
    gcMs: gcs.reduce((sum, g) => sum + g[1], 0),
    gcMaxMs: max(gcs.map((g) => g[1])),
    majorGcs: gcs.filter(isMajor).length,
    // When, in s from the rate's start, each instance (A, B) paused for a mark-compact or stalled 20 ms or more.
    majorAt: moments(traces, (t) => t.gcs.filter(isMajor), from, to),
    stallAt: moments(
      traces,
      (t) => t.stalls.filter((s) => s[1] >= 20),
      from,
      to,
    ),
    majorGcMs: gcs.filter(isMajor).reduce((sum, g) => sum + g[1], 0),
    stalls: stalls.length,
    stallMaxMs: max(stalls.map((s) => s[1])),
  };
}
