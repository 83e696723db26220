import { classesFromCounts, extendOverTies } from "./classCodes";
import type { ClassBoundaries } from "./fixed";

/**
 * By count: the top `a` share of customers (e.g. 0.2) are A, up to the top `b` share B.
 * Counts round up, so that 20% of 57 customers are 12; equal revenue at a boundary stays together
 * in the better class.
 */
export function classifyByCount(
  descending: ArrayLike<number>,
  a: number,
  b: number
): ClassBoundaries {
  const n = descending.length;
  const aCount = extendOverTies(descending, Math.min(n, Math.ceil(a * n - 1e-9)));
  const bCount = extendOverTies(descending, Math.max(aCount, Math.min(n, Math.ceil(b * n - 1e-9))));
  return { classes: classesFromCounts(descending, aCount, bCount), aCount, bCount };
}
