/** Herfindahl-Hirschman index in points (0-10,000): the sum of squared percentage shares. */
export function hhi(values: ArrayLike<number>, total: number): number {
  if (!(total > 0)) return NaN;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const share = values[i] / total;
    s += share * share;
  }
  return s * 10000;
}
