/** Half-open [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** Sorted, disjoint spans covering the same instants as the input; empty spans vanish. */
export function unionOf(spans: Iterable<Span>): Span[] {
  const sorted = [...spans]
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    // Touching spans merge too: the set of instants is the same, and so is every overlap answer.
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/** Index of the first span of a union that ends after `instant` (union.length if none). */
function firstEndingAfter(union: readonly Span[], instant: number): number {
  let lo = 0;
  let hi = union.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((union[mid] as Span).end > instant) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/** Whether [start, end) shares an instant with the union; touching is not overlapping. */
export function overlapsUnion(
  union: readonly Span[],
  start: number,
  end: number,
): boolean {
  const hit = union[firstEndingAfter(union, start)];
  return hit !== undefined && hit.start < end;
}

/** Milliseconds of [start, end) that the union covers. */
export function coveredBy(
  union: readonly Span[],
  start: number,
  end: number,
): number {
  let covered = 0;
  for (let i = firstEndingAfter(union, start); i < union.length; i++) {
    const span = union[i] as Span;
    if (span.start >= end) {
      break;
    }
    covered += Math.min(end, span.end) - Math.max(start, span.start);
  }
  return covered;
}

/** Instants both unions cover, as a union. */
export function intersectUnions(
  a: readonly Span[],
  b: readonly Span[],
): Span[] {
  const both: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) {
      both.push({ start, end });
    }
    if (x.end < y.end) {
      i++;
    } else {
      j++;
    }
  }
  return both;
}
