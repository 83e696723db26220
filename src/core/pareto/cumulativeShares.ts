/**
 * Cumulative shares of values in the given order (compensated running sum / total). The last
 * share is exactly 1 so that "100%" never shows as 99.99...%.
 */
export function cumulativeShares(values: ArrayLike<number>, total: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0 || total === 0) return out;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
    out[i] = Math.min(1, (s + c) / total);
  }
  out[n - 1] = 1;
  return out;
}
