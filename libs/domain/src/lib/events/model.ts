import { EventInputError, MAX_PRIORITY, type EventInstance } from './types';

/** Most rounds an event may have (a guard against documents that would allocate participants × rounds cells). */
export const MAX_ROUNDS = 1000;

/** A validated instance in column form. Request `k` is `[first[k], second[k], weight[k]]`. */
export interface EventModel {
  rounds: number;
  tables: number;
  participants: number;
  first: Int32Array;
  second: Int32Array;
  weight: Int32Array;
  /** `available[p * rounds + r]` is 1 when participant p can meet in round r. */
  available: Uint8Array;
  /** Locked round per request, -1 when not locked. */
  lockRound: Int32Array;
  /** Locked table per request, -1 when none was given. */
  lockTable: Int32Array;
  /** Locked requests in input order. */
  locks: number[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short printable form of an input value for error messages. */
function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function positiveInteger(field: string, value: unknown, max: number): number {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < 1 ||
    value > max
  ) {
    throw new EventInputError(
      field,
      `expected an integer in 1..${max} (got ${describe(value)})`,
    );
  }
  return value;
}

function indexIn(
  field: string,
  value: unknown,
  count: number,
  what: string,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new EventInputError(
      field,
      `${what} index must be an integer (got ${describe(value)})`,
    );
  }
  if (value < 0 || value >= count) {
    const range =
      count === 0 ? `there are no ${what}s` : `expected 0..${count - 1}`;
    throw new EventInputError(
      field,
      `${what} index ${value} out of range (${range})`,
    );
  }
  return value;
}

/**
 * Validates an untrusted `event schedule` document (for example the result of `JSON.parse`) and converts it to
 * column form. Throws {@link EventInputError} naming the first offending field.
 */
export function buildEventModel(raw: unknown): EventModel {
  if (!isRecord(raw)) {
    throw new EventInputError(
      'input',
      `expected a JSON object with rounds, tables, participants and requests (got ${describe(raw)})`,
    );
  }
  const doc = raw as Partial<Record<keyof EventInstance, unknown>>;
  const rounds = positiveInteger('rounds', doc.rounds, MAX_ROUNDS);
  const tables = positiveInteger('tables', doc.tables, 1_000_000);

  const list = doc.participants;
  if (!Array.isArray(list)) {
    throw new EventInputError(
      'participants',
      `expected an array of { id, unavailableRounds? } (got ${describe(list)})`,
    );
  }
  const participants = list.length;
  const available = new Uint8Array(participants * rounds).fill(1);
  const ids = new Map<string, number>();
  list.forEach((item: unknown, p) => {
    if (!isRecord(item)) {
      throw new EventInputError(
        `participants[${p}]`,
        `expected { id, unavailableRounds? } (got ${describe(item)})`,
      );
    }
    const id = item['id'];
    if (typeof id !== 'string' || id === '') {
      throw new EventInputError(
        `participants[${p}].id`,
        `expected a non-empty string (got ${describe(id)})`,
      );
    }
    const seen = ids.get(id);
    if (seen !== undefined) {
      throw new EventInputError(
        `participants[${p}].id`,
        `"${id}" is also participants[${seen}]`,
      );
    }
    ids.set(id, p);
    const off = item['unavailableRounds'];
    if (off === undefined || off === null) {
      return;
    }
    if (!Array.isArray(off)) {
      throw new EventInputError(
        `participants[${p}].unavailableRounds`,
        `expected an array of round numbers (got ${describe(off)})`,
      );
    }
    off.forEach((round: unknown, k) => {
      const r = indexIn(
        `participants[${p}].unavailableRounds[${k}]`,
        round,
        rounds,
        'round',
      );
      available[p * rounds + r] = 0;
    });
  });

  const requests = doc.requests;
  if (!Array.isArray(requests)) {
    throw new EventInputError(
      'requests',
      `expected an array of [participantIndex, participantIndex, priority] (got ${describe(requests)})`,
    );
  }
  const m = requests.length;
  const first = new Int32Array(m);
  const second = new Int32Array(m);
  const weight = new Int32Array(m);
  const pairs = new Map<number, number>();
  for (let k = 0; k < m; k++) {
    const request: unknown = requests[k];
    if (!Array.isArray(request) || request.length !== 3) {
      throw new EventInputError(
        `requests[${k}]`,
        `expected [participantIndex, participantIndex, priority] (got ${describe(request)})`,
      );
    }
    const a = indexIn(
      `requests[${k}][0]`,
      request[0],
      participants,
      'participant',
    );
    const b = indexIn(
      `requests[${k}][1]`,
      request[1],
      participants,
      'participant',
    );
    if (a === b) {
      throw new EventInputError(
        `requests[${k}][1]`,
        `a participant cannot meet themselves (both are ${a})`,
      );
    }
    const priority: unknown = request[2];
    if (
      typeof priority !== 'number' ||
      !Number.isInteger(priority) ||
      priority < 1 ||
      priority > MAX_PRIORITY
    ) {
      throw new EventInputError(
        `requests[${k}][2]`,
        `priority must be an integer in 1..${MAX_PRIORITY} (got ${describe(priority)})`,
      );
    }
    const key = Math.min(a, b) * participants + Math.max(a, b);
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      throw new EventInputError(
        `requests[${k}]`,
        `participants ${a} and ${b} are already paired by requests[${earlier}]`,
      );
    }
    pairs.set(key, k);
    first[k] = a;
    second[k] = b;
    weight[k] = priority;
  }

  const lockRound = new Int32Array(m).fill(-1);
  const lockTable = new Int32Array(m).fill(-1);
  const locks: number[] = [];
  const lockedRaw = doc.locked;
  if (lockedRaw !== undefined && lockedRaw !== null) {
    if (!Array.isArray(lockedRaw)) {
      throw new EventInputError(
        'locked',
        `expected an array of { request, round, table? } (got ${describe(lockedRaw)})`,
      );
    }
    // Which lock holds each participant's round and each round's table, to name the clash.
    const busy = new Map<number, number>();
    const taken = new Map<number, number>();
    const perRound = new Int32Array(rounds);
    const lockOf = new Map<number, number>();
    lockedRaw.forEach((lock: unknown, k) => {
      const field = `locked[${k}]`;
      if (!isRecord(lock)) {
        throw new EventInputError(
          field,
          `expected { request, round, table? } (got ${describe(lock)})`,
        );
      }
      const e = indexIn(`${field}.request`, lock['request'], m, 'request');
      const earlier = lockOf.get(e);
      if (earlier !== undefined) {
        throw new EventInputError(
          `${field}.request`,
          `request ${e} is already locked by locked[${earlier}]`,
        );
      }
      lockOf.set(e, k);
      const r = indexIn(`${field}.round`, lock['round'], rounds, 'round');
      for (const p of [first[e] ?? 0, second[e] ?? 0]) {
        if (available[p * rounds + r] === 0) {
          throw new EventInputError(
            `${field}.round`,
            `participant ${p} is unavailable in round ${r}`,
          );
        }
        const other = busy.get(p * rounds + r);
        if (other !== undefined) {
          throw new EventInputError(
            `${field}.round`,
            `participant ${p} already meets in round ${r} (locked[${other}])`,
          );
        }
      }
      const rawTable = lock['table'];
      let table = -1;
      if (rawTable !== undefined && rawTable !== null) {
        table = indexIn(`${field}.table`, rawTable, tables, 'table');
        const other = taken.get(r * tables + table);
        if (other !== undefined) {
          throw new EventInputError(
            `${field}.table`,
            `table ${table} in round ${r} is already locked by locked[${other}]`,
          );
        }
        taken.set(r * tables + table, k);
      }
      perRound[r] = (perRound[r] ?? 0) + 1;
      if ((perRound[r] ?? 0) > tables) {
        throw new EventInputError(
          `${field}.round`,
          `more meetings are locked in round ${r} than there are tables (${tables})`,
        );
      }
      busy.set((first[e] ?? 0) * rounds + r, k);
      busy.set((second[e] ?? 0) * rounds + r, k);
      lockRound[e] = r;
      lockTable[e] = table;
      locks.push(e);
    });
  }
  return {
    rounds,
    tables,
    participants,
    first,
    second,
    weight,
    available,
    lockRound,
    lockTable,
    locks,
  };
}
