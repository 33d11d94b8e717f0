// Binary search over sorted offsets (line starts): shared by the position index, the lazy JSON tree and the fix diff.

/** Index of the last element of `sorted` (ascending, sorted[0] <= value) at or before `value`. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
