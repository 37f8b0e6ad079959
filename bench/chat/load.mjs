// Load client helpers: open many sockets in batches, fire at a fixed rate, and meter deliveries.
import { io } from 'socket.io-client';

export function socketFor(url, options) {
  return new Promise((resolve, reject) => {
    const { readyEvent, ...rest } = options;
    const s = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...rest,
    });
    const timer = setTimeout(
      () => reject(new Error(`connect timeout ${url}`)),
      30000,
    );
    s.once(readyEvent ?? 'connect', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Opens both sides of `pairs` conversations, side 0 on the first server and side 1 on the second. */
export async function openPairs(pairs, open) {
  const sides = [];
  for (let i = 0; i < pairs; i += 100) {
    const batch = [];
    for (let c = i; c < Math.min(pairs, i + 100); c++) {
      batch.push(Promise.all([open(c, 0), open(c, 1)]));
    }
    sides.push(...(await Promise.all(batch)));
  }
  return sides;
}

/** Counts sends, acknowledgements and deliveries; latency is send→deliver on one clock (one process). */
export class Meter {
  constructor(pairs) {
    this.latencies = [];
    this.sent = 0;
    this.acked = 0;
    this.failed = 0;
    this.received = 0;
    // Which sends were acknowledged and which arrived, by the sender's order number: a loss is an acknowledged
    // send that never arrived, whatever happened to the others (an unacknowledged send may still arrive).
    this.ackedSends = new Set();
    this.receivedSends = new Set();
    this.duplicate = 0;
    this.outOfOrder = 0;
    this.seen = Array.from({ length: pairs }, () => ({
      ids: new Set(),
      last: 0,
    }));
  }

  ack(ok, sentAt, sent) {
    if (!ok) {
      this.failed++;
      return;
    }
    this.acked++;
    this.ackedSends.add(sent);
    if (process.env.BENCH_TRACE) {
      (this.ackLatency ??= new Map()).set(sentAt, performance.now() - sentAt);
    }
  }

  /**
   * `order` is the sequence deliveries must follow within a conversation; `sent` the sender's order number; `key`
   * the send's clientMessageId, by which server-side traces are looked up.
   */
  receive(c, id, order, sentAt, sent, key) {
    const s = this.seen[c];
    if (s.ids.has(id) || this.receivedSends.has(sent)) {
      this.duplicate++;
      return;
    }
    s.ids.add(id);
    this.receivedSends.add(sent);
    if (order < s.last) {
      this.outOfOrder++;
    }
    s.last = Math.max(s.last, order);
    this.received++;
    const now = performance.now();
    this.latencies.push(now - sentAt);
    if (key !== undefined) {
      (this.deliveries ??= []).push({
        key,
        sent: performance.timeOrigin + sentAt,
        delivered: performance.timeOrigin + now,
      });
    }
    if (process.env.BENCH_TRACE) {
      (this.trace ??= []).push([sentAt, performance.now() - sentAt]);
    }
  }

  result(rate, seconds) {
    if (this.trace) {
      const t0 = Math.min(...this.trace.map((t) => t[0]));
      const buckets = {};
      for (const [at, l] of this.trace) {
        const b = Math.floor((at - t0) / 250);
        buckets[b] = Math.max(buckets[b] ?? 0, l);
      }
      console.log(
        'trace max per 250 ms:',
        Object.values(buckets)
          .map((v) => v.toFixed(0))
          .join(' '),
      );
      // Wall-clock times of slow deliveries and their send→ack latency, to line up with server-side traces: a slow
      // ack puts the delay on the sending instance or the database, a quick ack on Redis or the receiving instance.
      for (const [at, l] of this.trace.filter(([, l]) => l > 50).slice(0, 20)) {
        console.log(
          `slow: sent at ${new Date(performance.timeOrigin + at).toISOString()}, delivered after ${l.toFixed(0)} ms, acked after ${this.ackLatency?.get(at)?.toFixed(0) ?? '—'} ms`,
        );
      }
    }
    const l = this.latencies.sort((a, b) => a - b);
    const pct = (p) =>
      l.length
        ? l[Math.min(l.length - 1, Math.ceil((p / 100) * l.length) - 1)]
        : NaN;
    // The slowest 1 % of deliveries, kept for the server-side traces (by clientMessageId and wall-clock times).
    const slowest = (this.deliveries ?? [])
      .sort((a, b) => b.delivered - b.sent - (a.delivered - a.sent))
      .slice(0, Math.max(1, Math.ceil((this.deliveries?.length ?? 0) / 100)));
    const typical = (this.deliveries ?? []).filter((_, i) => i % 100 === 0);
    return {
      slowest,
      typical,
      rate,
      achieved: Math.round(this.sent / seconds),
      sent: this.sent,
      acked: this.acked,
      failed: this.failed,
      lost: [...this.ackedSends].filter((n) => !this.receivedSends.has(n))
        .length,
      duplicate: this.duplicate,
      outOfOrder: this.outOfOrder,
      p50: pct(50),
      p99: pct(99),
    };
  }
}

/** Calls fire(i) `rate` times a second for `seconds`; returns the seconds it really took. */
export async function pace(rate, seconds, fire) {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  let next = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(
        total,
        Math.floor(((performance.now() - start) / 1000) * rate),
      );
      for (; next < due; next++) {
        fire(next);
      }
      if (next >= total) {
        resolve();
      } else {
        setTimeout(tick, 1);
      }
    };
    tick();
  });
  return (performance.now() - start) / 1000;
}
