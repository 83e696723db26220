// The ABC class each customer had in the previous period, by the same method.
import { classifyRanked } from "../classify/classifyRanked";
import { cumulativeShares } from "../pareto/cumulativeShares";
import { rankOrder, type KeyComparator } from "../pareto/rankOrder";
import { sum } from "../pareto/sum";
import type { Method } from "../types";

/** Byte code for "no class" next to CLASS_A/B/C (0-2). */
export const NO_CLASS = 255;

/**
 * Per customer (index as in `revenue`): its class among the customers with a positive total,
 * NO_CLASS for the others. The same rule as the period's ABC (method, thresholds, strict, ties
 * by key: the keys, or their order as rankOrder takes it).
 */
export function classesOfRevenue(
  revenue: Float64Array,
  keys: readonly string[] | KeyComparator,
  method: Method,
  thresholds: readonly [number, number],
  strict: boolean
): Uint8Array {
  const out = new Uint8Array(revenue.length).fill(NO_CLASS);
  const ranked = rankOrder(revenue, keys, (i) => revenue[i] > 0);
  const n = ranked.length;
  if (n === 0) return out;
  const value = new Float64Array(n);
  for (let r = 0; r < n; r++) value[r] = revenue[ranked[r]];
  const cumulative = cumulativeShares(value, sum(value));
  // The computed method needs a curve: with one customer that customer is simply A.
  const classes =
    method === "computed" && n < 2
      ? new Uint8Array(n)
      : classifyRanked(value, cumulative, method, thresholds, strict).classes;
  for (let r = 0; r < n; r++) out[ranked[r]] = classes[r];
  return out;
}
