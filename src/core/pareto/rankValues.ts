import { cumulativeShares } from "./cumulativeShares";
import { rankOrder } from "./rankOrder";
import { sum } from "./sum";

/** Plain values ranked as customers, largest first: each usable value is one customer. */
export interface RankedValues {
  /** Index into the input of each rank. */
  order: Int32Array;
  descending: Float64Array;
  total: number;
  cumulative: Float64Array;
}

/**
 * Ranks the finite values >= 0; NaN, infinities and negative values are left out, as the
 * analysis leaves out customers with a negative total (equal values keep their input order).
 */
export function rankValues(values: ArrayLike<number>): RankedValues {
  const order = rankOrder(values, null, (i) => values[i] >= 0 && values[i] < Infinity);
  const n = order.length;
  const descending = new Float64Array(n);
  for (let r = 0; r < n; r++) descending[r] = values[order[r]];
  const total = sum(descending);
  return { order, descending, total, cumulative: cumulativeShares(descending, total) };
}
