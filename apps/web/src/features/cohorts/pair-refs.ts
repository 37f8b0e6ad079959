import type { PairRef } from '@torchbridge/contracts';

const same = (a: PairRef, b: PairRef) =>
  a.startupId === b.startupId && a.mentorId === b.mentorId;

export function hasPair(list: readonly PairRef[], pair: PairRef): boolean {
  return list.some((item) => same(item, pair));
}

/** Adds the pair when absent, removes it when present. */
export function togglePair(list: readonly PairRef[], pair: PairRef): PairRef[] {
  const ref = { startupId: pair.startupId, mentorId: pair.mentorId };
  return hasPair(list, ref)
    ? list.filter((item) => !same(item, ref))
    : [...list, ref];
}

export function withoutPair(
  list: readonly PairRef[],
  pair: PairRef,
): PairRef[] {
  return list.filter((item) => !same(item, pair));
}
