import { MAX_SCORE, MatchInputError, type MatchPair } from './types';

/** Short printable form of an input value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function checkCapacity(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new MatchInputError(field, `capacity must be a non-negative integer (got ${describeValue(value)})`);
  }
  return value;
}

/** An index into the founders (`kind` "founder") or mentors array. */
export function checkIndex(field: string, value: unknown, count: number, kind: 'founder' | 'mentor'): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new MatchInputError(field, `${kind} index must be an integer (got ${describeValue(value)})`);
  }
  if (value < 0 || value >= count) {
    const range = count === 0 ? `there are no ${kind}s` : `expected 0..${count - 1}`;
    throw new MatchInputError(field, `${kind} index ${value} out of range (${range})`);
  }
  return value;
}

export function checkScore(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_SCORE) {
    throw new MatchInputError(field, `score must be an integer in 1..${MAX_SCORE} (got ${describeValue(value)})`);
  }
  return value;
}

/** Validates `fixed` or `forbidden` pairs against the instance size; returns them as plain pairs. */
export function checkPairs(name: 'fixed' | 'forbidden', pairs: readonly MatchPair[] | undefined, founders: number, mentors: number): Array<[number, number]> {
  if (pairs === undefined) {
    return [];
  }
  if (!Array.isArray(pairs)) {
    throw new MatchInputError(name, `expected an array of [founderIndex, mentorIndex] pairs (got ${describeValue(pairs)})`);
  }
  const out: Array<[number, number]> = [];
  pairs.forEach((pair: unknown, k) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new MatchInputError(`${name}[${k}]`, `expected [founderIndex, mentorIndex] (got ${describeValue(pair)})`);
    }
    const f = checkIndex(`${name}[${k}][0]`, pair[0], founders, 'founder');
    const m = checkIndex(`${name}[${k}][1]`, pair[1], mentors, 'mentor');
    out.push([f, m]);
  });
  return out;
}
