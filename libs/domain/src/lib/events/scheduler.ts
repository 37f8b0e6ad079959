/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { eventUpperBound } from './bound';
import { buildEventModel, type EventModel } from './model';
import type { EventInstance, EventMeeting, EventSchedule } from './types';

export interface ScheduleEventOptions {
  /** Most improvement passes over the unscheduled requests after the greedy start (default 30). */
  maxPasses?: number;
}

/**
 * Meetings per round, participants' rounds and the running total, with an optional journal so that a tentative
 * move can be undone.
 */
class Rounds {
  readonly roundOf: Int32Array;
  /** `slot[p * rounds + r]`: the request participant p meets in round r, or -1. */
  readonly slot: Int32Array;
  readonly count: Int32Array;
  /** Requests in round r: members[r * width .. r * width + count[r]). */
  private readonly members: Int32Array;
  private readonly position: Int32Array;
  private readonly width: number;
  objective = 0;
  private journal: number[] | undefined;

  constructor(private readonly model: EventModel) {
    const { rounds, tables, participants } = model;
    const m = model.first.length;
    this.width = Math.max(1, Math.min(tables, Math.floor(participants / 2)));
    this.roundOf = new Int32Array(m).fill(-1);
    this.slot = new Int32Array(participants * rounds).fill(-1);
    this.count = new Int32Array(rounds);
    this.members = new Int32Array(rounds * this.width);
    this.position = new Int32Array(m);
  }

  /** Both participants of request e are available and free in round r. */
  fits(e: number, r: number): boolean {
    const { rounds, available } = this.model;
    const a = this.model.first[e]! * rounds + r;
    const b = this.model.second[e]! * rounds + r;
    return (
      available[a] === 1 &&
      available[b] === 1 &&
      this.slot[a] === -1 &&
      this.slot[b] === -1
    );
  }

  /** Both participants of request e are available in round r (busy or not). */
  allowed(e: number, r: number): boolean {
    const { rounds, available } = this.model;
    return (
      available[this.model.first[e]! * rounds + r] === 1 &&
      available[this.model.second[e]! * rounds + r] === 1
    );
  }

  member(r: number, i: number): number {
    return this.members[r * this.width + i]!;
  }

  place(e: number, r: number): void {
    const { rounds } = this.model;
    this.roundOf[e] = r;
    this.slot[this.model.first[e]! * rounds + r] = e;
    this.slot[this.model.second[e]! * rounds + r] = e;
    const i = this.count[r]!++;
    this.members[r * this.width + i] = e;
    this.position[e] = i;
    this.objective += this.model.weight[e]!;
    this.journal?.push(e, r);
  }

  remove(e: number): void {
    const { rounds } = this.model;
    const r = this.roundOf[e]!;
    this.roundOf[e] = -1;
    this.slot[this.model.first[e]! * rounds + r] = -1;
    this.slot[this.model.second[e]! * rounds + r] = -1;
    const last = --this.count[r]!;
    const moved = this.members[r * this.width + last]!;
    const i = this.position[e]!;
    this.members[r * this.width + i] = moved;
    this.position[moved] = i;
    this.objective -= this.model.weight[e]!;
    this.journal?.push(e, -1 - r);
  }

  move(e: number, r: number): void {
    this.remove(e);
    this.place(e, r);
  }

  /** Starts a tentative change (they nest); returns the mark to commit or roll back to. */
  begin(): number {
    this.journal ??= [];
    return this.journal.length;
  }

  commit(mark: number): void {
    if (mark === 0) {
      this.journal = undefined;
    }
  }

  rollback(mark: number): void {
    const journal = this.journal ?? [];
    this.journal = undefined;
    for (let i = journal.length - 2; i >= mark; i -= 2) {
      const e = journal[i]!;
      const r = journal[i + 1]!;
      if (r >= 0) {
        this.remove(e);
      } else {
        this.place(e, -1 - r);
      }
    }
    journal.length = mark;
    this.journal = mark === 0 ? undefined : journal;
  }
}

class Scheduler {
  private readonly state: Rounds;
  private readonly rounds: number;
  private readonly tables: number;
  private readonly seen: Int32Array;
  private readonly parent: Int32Array;
  private readonly via: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private readonly path: number[] = [];

  constructor(private readonly model: EventModel) {
    this.state = new Rounds(model);
    this.rounds = model.rounds;
    this.tables = model.tables;
    this.seen = new Int32Array(model.rounds);
    this.parent = new Int32Array(model.rounds);
    this.via = new Int32Array(model.rounds);
    this.queue = new Int32Array(model.rounds);
  }

  get objective(): number {
    return this.state.objective;
  }

  get roundOf(): Int32Array {
    return this.state.roundOf;
  }

  placeLocks(): void {
    for (const e of this.model.locks) {
      this.state.place(e, this.model.lockRound[e]!);
    }
  }

  /** Into a round where both are free and a table is left, the emptiest such round. */
  direct(e: number): boolean {
    const { state } = this;
    let best = -1;
    for (let r = 0; r < this.rounds; r++) {
      if (
        state.count[r]! < this.tables &&
        state.fits(e, r) &&
        (best === -1 || state.count[r]! < state.count[best]!)
      ) {
        best = r;
      }
    }
    if (best === -1) {
      return false;
    }
    state.place(e, best);
    return true;
  }

  /**
   * Into a full round where both are free, after moving one of its meetings to another round, and so on until a
   * round with a free table takes the last moved meeting (breadth-first over rounds, so the chain is shortest).
   */
  chain(e: number): boolean {
    const { state, rounds, tables, seen, parent, via, queue } = this;
    const stamp = ++this.stamp;
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rounds; r++) {
      if (state.count[r]! >= tables && state.fits(e, r)) {
        seen[r] = stamp;
        parent[r] = -1;
        queue[tail++] = r;
      }
    }
    while (head < tail) {
      const r = queue[head++]!;
      for (let i = 0; i < state.count[r]!; i++) {
        const f = state.member(r, i);
        if (this.model.lockRound[f] !== -1) {
          continue;
        }
        for (let next = 0; next < rounds; next++) {
          if (seen[next] === stamp || !state.fits(f, next)) {
            continue;
          }
          parent[next] = r;
          via[next] = f;
          if (state.count[next]! < tables) {
            let at = next;
            while (parent[at] !== -1) {
              state.move(via[at]!, at);
              at = parent[at]!;
            }
            state.place(e, at);
            return true;
          }
          seen[next] = stamp;
          queue[tail++] = next;
        }
      }
    }
    return false;
  }

  /**
   * Kempe-chain swap: x is free in round a where y meets someone, y is free in round b. Swapping rounds a and b
   * along the alternating a/b path that starts at y frees y in a (the path cannot end at x, which is checked), so
   * request e fits in a.
   */
  kempe(e: number): boolean {
    const { state, rounds, tables, path } = this;
    const ends = [this.model.first[e]!, this.model.second[e]!];
    for (let side = 0; side < 2; side++) {
      const x = ends[side]!;
      const y = ends[1 - side]!;
      for (let a = 0; a < rounds; a++) {
        if (
          !state.allowed(e, a) ||
          state.slot[x * rounds + a] !== -1 ||
          state.slot[y * rounds + a] === -1
        ) {
          continue;
        }
        for (let b = 0; b < rounds; b++) {
          if (b === a || state.slot[y * rounds + b] !== -1) {
            continue;
          }
          if (this.walk(x, y, a, b)) {
            // Odd paths move one meeting from a to b; even paths move as many each way.
            const shift = path.length % 2;
            if (
              state.count[a]! - shift + 1 > tables ||
              state.count[b]! + shift > tables
            ) {
              continue;
            }
            for (const f of path) {
              state.remove(f);
            }
            path.forEach((f, i) => state.place(f, i % 2 === 0 ? b : a));
            state.place(e, a);
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Collects the alternating a/b path from y into this.path; false when it cannot be swapped. */
  private walk(x: number, y: number, a: number, b: number): boolean {
    const { state, rounds, path } = this;
    const { first, second, lockRound } = this.model;
    path.length = 0;
    let at = y;
    let round = a;
    let other = b;
    for (;;) {
      const f = state.slot[at * rounds + round]!;
      if (f === -1) {
        return true;
      }
      if (lockRound[f] !== -1 || !state.allowed(f, other)) {
        return false;
      }
      const next = first[f] === at ? second[f]! : first[f]!;
      if (next === x) {
        return false;
      }
      path.push(f);
      at = next;
      round = other;
      other = round === a ? b : a;
    }
  }

  /** Any move that adds e without removing anything. */
  insert(e: number): boolean {
    return this.direct(e) || this.chain(e) || this.kempe(e);
  }

  /**
   * Puts e into a round by taking out what stands in the way (the meetings of its two participants there, and the
   * round's lightest meeting when no table is left), then tries to place those elsewhere; kept only when the
   * total rises.
   */
  evict(e: number): boolean {
    const { state, rounds, tables } = this;
    const { first, second, weight, lockRound } = this.model;
    const before = state.objective;
    const taken: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (!state.allowed(e, r)) {
        continue;
      }
      taken.length = 0;
      for (const p of [first[e]!, second[e]!]) {
        const f = state.slot[p * rounds + r]!;
        if (f !== -1 && !taken.includes(f)) {
          taken.push(f);
        }
      }
      if (taken.some((f) => lockRound[f] !== -1)) {
        continue;
      }
      if (state.count[r]! - taken.length >= tables) {
        let lightest = -1;
        for (let i = 0; i < state.count[r]!; i++) {
          const f = state.member(r, i);
          if (
            lockRound[f] === -1 &&
            !taken.includes(f) &&
            (lightest === -1 || weight[f]! < weight[lightest]!)
          ) {
            lightest = f;
          }
        }
        if (lightest === -1) {
          continue;
        }
        taken.push(lightest);
      }
      const mark = state.begin();
      for (const f of taken) {
        state.remove(f);
      }
      state.place(e, r);
      for (const f of taken) {
        this.insert(f);
      }
      if (state.objective > before) {
        state.commit(mark);
        return true;
      }
      state.rollback(mark);
    }
    return false;
  }

  /**
   * Takes a lighter meeting away from one or both participants of e, in any rounds, then adds e by any move that
   * removes nothing and puts the taken meetings back where they fit; kept only when the total rises. This is the
   * b-matching exchange: a saturated participant trades a light meeting for a heavy one.
   */
  exchange(e: number): boolean {
    const { state, rounds } = this;
    const { first, second, weight, lockRound, available } = this.model;
    const u = first[e]!;
    const v = second[e]!;
    const w = weight[e]!;
    const before = state.objective;
    const options = (p: number): number[] => {
      const list = [-1];
      for (let r = 0; r < rounds; r++) {
        const f = state.slot[p * rounds + r]!;
        if (
          available[p * rounds + r] &&
          f !== -1 &&
          lockRound[f] === -1 &&
          weight[f]! < w &&
          !list.includes(f)
        ) {
          list.push(f);
        }
      }
      return list.sort(
        (x, y) => (x === -1 ? 0 : weight[x]!) - (y === -1 ? 0 : weight[y]!),
      );
    };
    const atU = options(u);
    const atV = options(v);
    for (const fu of atU) {
      for (const fv of atV) {
        const loss =
          (fu === -1 ? 0 : weight[fu]!) + (fv === -1 ? 0 : weight[fv]!);
        if ((fu === -1 && fv === -1) || fu === fv || loss >= w) {
          continue;
        }
        const mark = state.begin();
        const taken = [fu, fv].filter((f) => f !== -1);
        for (const f of taken) {
          state.remove(f);
        }
        if (this.insert(e)) {
          for (const f of taken) {
            this.insert(f);
          }
          if (state.objective > before) {
            state.commit(mark);
            return true;
          }
        }
        state.rollback(mark);
      }
    }
    return false;
  }

  /** Locked tables as given; every other meeting at the lowest table left in its round, in request order. */
  tableOf(): Int32Array {
    const { state, tables } = this;
    const { lockTable } = this.model;
    const m = state.roundOf.length;
    const table = new Int32Array(m).fill(-1);
    const used = new Set<number>();
    for (let e = 0; e < m; e++) {
      if (state.roundOf[e]! >= 0 && lockTable[e] !== -1) {
        table[e] = lockTable[e]!;
        used.add(state.roundOf[e]! * tables + lockTable[e]!);
      }
    }
    const nextFree = new Int32Array(this.rounds);
    for (let e = 0; e < m; e++) {
      const r = state.roundOf[e]!;
      if (r < 0 || table[e] !== -1) {
        continue;
      }
      let t = nextFree[r]!;
      while (used.has(r * tables + t)) {
        t++;
      }
      table[e] = t;
      nextFree[r] = t + 1;
    }
    return table;
  }
}

function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * Schedules accepted meeting requests into rounds and tables, keeping the locked meetings, to maximise the total
 * priority of the meetings held. Greedy into the emptiest round (the requests the bound's relaxation holds first,
 * then by priority), then passes that add unscheduled requests by moving meetings between rounds (chains through
 * full rounds, Kempe swaps between two rounds), by displacing lighter ones or by trading a saturated participant's
 * lighter meeting; stops as soon as the total reaches the proven upper bound. Deterministic.
 * Throws {@link EventInputError} for malformed input.
 */
export function scheduleEvent(
  instance: EventInstance,
  options: ScheduleEventOptions = {},
): EventSchedule {
  const started = performance.now();
  const model = buildEventModel(instance);
  const bound = eventUpperBound(model);
  const boundMs = performance.now() - started;
  const { first, second, weight, lockRound } = model;
  const m = first.length;

  // The requests the relaxation's optimum holds first, then heavier first; among equals, the one with fewer rounds
  // both can attend.
  const common = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    for (let r = 0; r < model.rounds; r++) {
      common[e]! +=
        model.available[first[e]! * model.rounds + r]! &
        model.available[second[e]! * model.rounds + r]!;
    }
  }
  const order: number[] = [];
  for (let e = 0; e < m; e++) {
    if (lockRound[e] === -1 && common[e]! > 0) {
      order.push(e);
    }
  }
  const { preferred } = bound;
  order.sort(
    (x, y) =>
      preferred[y]! - preferred[x]! ||
      weight[y]! - weight[x]! ||
      common[x]! - common[y]! ||
      x - y,
  );

  const scheduler = new Scheduler(model);
  scheduler.placeLocks();
  for (const e of order) {
    if (scheduler.objective >= bound.value) {
      break;
    }
    scheduler.direct(e);
  }
  const maxPasses = options.maxPasses ?? 30;
  let passes = 0;
  while (passes < maxPasses && scheduler.objective < bound.value) {
    passes++;
    let improved = false;
    for (const e of order) {
      if (scheduler.objective >= bound.value) {
        break;
      }
      if (
        scheduler.roundOf[e] === -1 &&
        (scheduler.insert(e) || scheduler.evict(e) || scheduler.exchange(e))
      ) {
        improved = true;
      }
    }
    if (!improved) {
      break;
    }
  }

  const table = scheduler.tableOf();
  const meetings: EventMeeting[] = [];
  for (let e = 0; e < m; e++) {
    const round = scheduler.roundOf[e]!;
    if (round >= 0) {
      meetings.push({ request: e, round, table: table[e]! });
    }
  }
  meetings.sort((x, y) => x.round - y.round || x.table - y.table);
  const objective = scheduler.objective;
  return {
    meetings,
    objective,
    upperBound: bound.value,
    stats: {
      solveMs: roundMs(performance.now() - started),
      boundMs: roundMs(boundMs),
      requests: m,
      scheduled: meetings.length,
      optimal: objective === bound.value,
      passes,
    },
  };
}
