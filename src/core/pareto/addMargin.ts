/**
 * Adds contribution margin `x` (NaN: the row has none) to customer c's compensated (Neumaier)
 * sum, kept as [sum, compensation] at acc[2c] and acc[2c + 1]. The sum stays NaN until the
 * customer's first margin, so "no margin" and "a margin of 0" stay apart.
 */
export function addMargin(acc: Float64Array, c: number, x: number): void {
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

/** The margin sums of addMargin: NaN for a customer without any margin. */
export function marginTotals(acc: Float64Array): Float64Array {
  const out = new Float64Array(acc.length / 2);
  for (let c = 0; c < out.length; c++) {
    const s = acc[2 * c];
    out[c] = Number.isNaN(s) ? NaN : s + acc[2 * c + 1];
  }
  return out;
}
