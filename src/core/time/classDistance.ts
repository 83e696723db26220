// How far each customer is from the next better class and from the next worse one, in revenue.

export interface ClassDistance {
  /**
   * Per rank: revenue the customer lacks to reach the smallest customer of the next better class
   * (NaN in A, or when that class is empty above it).
   */
  lacking: Float64Array;
  /**
   * Per rank: revenue it can lose before it falls below the largest customer of the next worse
   * class (NaN in C, or when no worse class follows).
   */
  buffer: Float64Array;
}

/**
 * Measured against the neighbouring customers, the others' revenue unchanged: an estimate that
 * ignores how the customer's own change moves the total and the cumulative limits.
 */
export function classDistance(value: Float64Array, classes: Uint8Array): ClassDistance {
  const n = value.length;
  const lacking = new Float64Array(n).fill(NaN);
  const buffer = new Float64Array(n).fill(NaN);
  // Blocks of equal class along the ranking (classes never rise with rank).
  let start = 0;
  let previousEnd = -1; // last rank of the block before
  while (start < n) {
    let end = start;
    while (end + 1 < n && classes[end + 1] === classes[start]) end++;
    const hasBetter = previousEnd >= 0;
    const hasWorse = end + 1 < n;
    for (let r = start; r <= end; r++) {
      if (hasBetter) lacking[r] = value[previousEnd] - value[r];
      if (hasWorse) buffer[r] = value[r] - value[end + 1];
    }
    previousEnd = end;
    start = end + 1;
  }
  return { lacking, buffer };
}
