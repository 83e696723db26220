import { runningSums } from "./sum";

/**
 * Cumulative shares of values in the given order (compensated running sum / total). The last
 * share is exactly 1 so that "100%" never shows as 99.99...%.
 */
export function cumulativeShares(values: ArrayLike<number>, total: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0 || total === 0) return out;
  runningSums(values, out);
  for (let i = 0; i < n; i++) out[i] = Math.min(1, out[i] / total);
  out[n - 1] = 1;
  return out;
}
