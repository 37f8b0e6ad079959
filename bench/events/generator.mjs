// Seeded brokerage-event instances: founders request mentors and investors (popular ones more often), a few
// founders request each other, some participants miss a block of rounds, priorities 1..3.

/** Deterministic 32-bit PRNG (mulberry32), returns floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of founders; the rest are mentors and investors (2:1). */
const FOUNDERS = 0.65;
/** Share of participants who miss a block of 1..3 rounds. */
const PARTLY_AWAY = 0.25;
/** Share of requests between two founders (so the request graph is not bipartite). */
const PEER = 0.05;

export function generateEvent({
  participants,
  rounds,
  tables,
  requests,
  seed,
}) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const founders = Math.round(participants * FOUNDERS);
  const experts = participants - founders;
  const people = [];
  for (let p = 0; p < participants; p++) {
    const kind =
      p < founders ? 'f' : p < founders + (2 * experts) / 3 ? 'm' : 'i';
    const person = { id: `${kind}-${String(p).padStart(4, '0')}` };
    if (next() < PARTLY_AWAY) {
      const length = 1 + pick(3);
      const start = pick(rounds - length + 1);
      person.unavailableRounds = Array.from({ length }, (_, k) => start + k);
    }
    people.push(person);
  }
  // Popularity: expert k is chosen with weight 1 / (k + 5), so the first few are in demand.
  const cumulative = [];
  let total = 0;
  for (let k = 0; k < experts; k++) {
    total += 1 / (k + 5);
    cumulative.push(total);
  }
  const expert = () => {
    const x = next() * total;
    let lo = 0;
    let hi = experts - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return founders + lo;
  };
  const seen = new Set();
  const list = [];
  while (list.length < requests) {
    const a = pick(founders);
    const b = next() < PEER ? pick(founders) : expert();
    const key = a < b ? a * participants + b : b * participants + a;
    if (a === b || seen.has(key)) {
      continue;
    }
    seen.add(key);
    const x = next();
    const priority = x < 0.2 ? 3 : x < 0.55 ? 2 : 1;
    list.push(next() < 0.5 ? [a, b, priority] : [b, a, priority]);
  }
  return { rounds, tables, participants: people, requests: list };
}
