/**
 * Adds `x` (NaN: the row has none, as a row without a margin) to customer c's compensated
 * (Neumaier) sum, kept as [sum, compensation] at acc[2c] and acc[2c + 1] (acc filled with NaN
 * beforehand). The sum stays NaN until the customer's first value, so "no margin" and "a margin
 * of 0" stay apart.
 */
export function addCompensated(acc: Float64Array, c: number, x: number): void {
  if (Number.isNaN(x)) return;
  const s = acc[2 * c];
  if (Number.isNaN(s)) {
    acc[2 * c] = x;
    acc[2 * c + 1] = 0;
  } else {
    const t = s + x;
    acc[2 * c + 1] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    acc[2 * c] = t;
  }
}

/** The sums of addCompensated: NaN for a customer without any value. */
export function compensatedTotals(acc: Float64Array): Float64Array {
  const out = new Float64Array(acc.length / 2);
  for (let c = 0; c < out.length; c++) {
    const s = acc[2 * c];
    out[c] = Number.isNaN(s) ? NaN : s + acc[2 * c + 1];
  }
  return out;
}

/**
 * Per customer (`customerOf[i]` is the customer of `values[i]`, below `count`), the compensated
 * sum of its values; NaN for a customer without any.
 */
export function compensatedSumsBy(
  values: Float64Array,
  customerOf: Int32Array,
  count: number
): Float64Array {
  // Sum and compensation side by side: one cache line per random access.
  const acc = new Float64Array(2 * count).fill(NaN);
  for (let i = 0; i < values.length; i++) addCompensated(acc, customerOf[i], values[i]);
  return compensatedTotals(acc);
}
