/**
 * Gini coefficient of values sorted largest first:
 * G = 2·Σ i·x(i) / (n·Σx) − (n+1)/n over the ascending order, zeros included. 0 = all equal,
 * (n−1)/n = one customer has everything. NaN when the total is not positive.
 */
export function gini(descending: ArrayLike<number>, total: number): number {
  const n = descending.length;
  if (n === 0 || !(total > 0)) return NaN;
  let weighted = 0;
  for (let j = 0; j < n; j++) weighted += (n - j) * descending[j];
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
