/** Neumaier-compensated sum: cent amounts add up exactly in any order for realistic data. */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Running Neumaier-compensated sums: out[offset + i] = sum of values[0..i]. */
export function runningSums(values: ArrayLike<number>, out: Float64Array, offset = 0): void {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
    out[offset + i] = s + c;
  }
}
