import { MAX_SCORE, MatchInputError, type MatchPair, type PackedMatchInstance } from './types';
import { checkCapacity, checkIndex, checkPairs, checkScore, describeValue } from './validate';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function participantCapacities(doc: Record<string, unknown>, name: 'founders' | 'mentors'): Float64Array {
  const list = doc[name];
  if (!Array.isArray(list)) {
    throw new MatchInputError(name, `expected an array of { id, capacity } (got ${describeValue(list)})`);
  }
  const capacities = new Float64Array(list.length);
  list.forEach((item: unknown, i) => {
    if (!isRecord(item)) {
      throw new MatchInputError(`${name}[${i}]`, `expected { id, capacity } (got ${describeValue(item)})`);
    }
    if (typeof item['id'] !== 'string') {
      throw new MatchInputError(`${name}[${i}].id`, `expected a string (got ${describeValue(item['id'])})`);
    }
    capacities[i] = checkCapacity(`${name}[${i}].capacity`, item['capacity']);
  });
  return capacities;
}

function pairList(doc: Record<string, unknown>, name: 'fixed' | 'forbidden', founders: number, mentors: number): MatchPair[] | undefined {
  const value = doc[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  return checkPairs(name, value as readonly MatchPair[], founders, mentors);
}

/**
 * Validates an untrusted `match solve` document (for example the result of `JSON.parse`) and converts it to
 * column form. Throws {@link MatchInputError} naming the first offending field. Duplicate edges and infeasible
 * fixed pairs are reported by the solver, which needs the graph to find them.
 */
export function packMatchInstance(raw: unknown): PackedMatchInstance {
  if (!isRecord(raw)) {
    throw new MatchInputError('input', `expected a JSON object with founders, mentors and edges (got ${describeValue(raw)})`);
  }
  const founderCapacity = participantCapacities(raw, 'founders');
  const mentorCapacity = participantCapacities(raw, 'mentors');
  const n = founderCapacity.length;
  const mCount = mentorCapacity.length;
  const edges = raw['edges'];
  if (!Array.isArray(edges)) {
    throw new MatchInputError('edges', `expected an array of [founderIndex, mentorIndex, score] (got ${describeValue(edges)})`);
  }
  const count = edges.length;
  const edgeFounder = new Int32Array(count);
  const edgeMentor = new Int32Array(count);
  const edgeScore = new Int16Array(count);
  for (let k = 0; k < count; k++) {
    const edge: unknown = edges[k];
    if (!Array.isArray(edge) || edge.length !== 3) {
      throw new MatchInputError(`edges[${k}]`, `expected [founderIndex, mentorIndex, score] (got ${describeValue(edge)})`);
    }
    const f: unknown = edge[0];
    const m: unknown = edge[1];
    const s: unknown = edge[2];
    // Fast path for the common case; the checks below produce the messages.
    if (typeof f === 'number' && typeof m === 'number' && typeof s === 'number' && (f | 0) === f && (m | 0) === m && (s | 0) === s && f >= 0 && f < n && m >= 0 && m < mCount && s >= 1 && s <= MAX_SCORE) {
      edgeFounder[k] = f;
      edgeMentor[k] = m;
      edgeScore[k] = s;
      continue;
    }
    edgeFounder[k] = checkIndex(`edges[${k}][0]`, f, n, 'founder');
    edgeMentor[k] = checkIndex(`edges[${k}][1]`, m, mCount, 'mentor');
    edgeScore[k] = checkScore(`edges[${k}][2]`, s);
  }
  const fixed = pairList(raw, 'fixed', n, mCount);
  const forbidden = pairList(raw, 'forbidden', n, mCount);
  return {
    founderCapacity,
    mentorCapacity,
    edgeFounder,
    edgeMentor,
    edgeScore,
    ...(fixed ? { fixed } : {}),
    ...(forbidden ? { forbidden } : {}),
  };
}
