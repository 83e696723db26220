import { countToReach, SHARE_EPSILON } from "../pareto/countToReach";
import { classesFromCounts, extendOverTies, retreatBeforeTies } from "./classCodes";

export interface ClassBoundaries {
  classes: Uint8Array;
  /** Customers in A, and in A plus B, counted along the ranking. */
  aCount: number;
  bCount: number;
}

/**
 * Fixed thresholds on the cumulative revenue share (shares 0-1, e.g. 0.8 and 0.95).
 * Default: A is the smallest set of top customers that reaches `a`, so the customer that crosses
 * it is in A; B likewise up to `b`. Strict: a customer is in A only while the cumulative share
 * including it stays within `a`. Equal revenue at a boundary is never split: the default keeps
 * the group in the better class, strict in the worse one (it would not stay within the limit).
 */
export function classifyFixed(
  descending: ArrayLike<number>,
  cumulative: ArrayLike<number>,
  a: number,
  b: number,
  strict = false
): ClassBoundaries {
  let aCount: number;
  let bCount: number;
  if (strict) {
    aCount = retreatBeforeTies(descending, countWithin(cumulative, a), 0);
    bCount = retreatBeforeTies(descending, Math.max(aCount, countWithin(cumulative, b)), aCount);
  } else {
    aCount = extendOverTies(descending, countToReach(cumulative, a));
    bCount = extendOverTies(descending, Math.max(aCount, countToReach(cumulative, b)));
  }
  return { classes: classesFromCounts(descending, aCount, bCount), aCount, bCount };
}

/** Leading items whose cumulative share stays within `share`. */
function countWithin(cumulative: ArrayLike<number>, share: number): number {
  let lo = 0;
  let hi = cumulative.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] <= share + SHARE_EPSILON) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
