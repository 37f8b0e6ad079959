/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */

/** Sum of the `k` largest of `values[0..count-1]` (all >= 0). May reorder `values`. */
export function sumOfLargest(values: Float64Array, count: number, k: number): number {
  if (k <= 0 || count === 0) {
    return 0;
  }
  let sum = 0;
  if (k >= count) {
    for (let i = 0; i < count; i++) {
      sum += values[i]!;
    }
    return sum;
  }
  if (k === 1) {
    let best = 0;
    for (let i = 0; i < count; i++) {
      if (values[i]! > best) {
        best = values[i]!;
      }
    }
    return best;
  }
  const part = values.subarray(0, count).sort();
  for (let i = count - k; i < count; i++) {
    sum += part[i]!;
  }
  return sum;
}
