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
  const aCount = extendOverTies(descending, topCount(n, a));
  const bCount = extendOverTies(descending, Math.max(aCount, topCount(n, b)));
  return { classes: classesFromCounts(descending, aCount, bCount), aCount, bCount };
}

/** The top `share` of n customers, rounded up (20% of 57 are 12), at most n. */
export function topCount(n: number, share: number): number {
  return Math.min(n, Math.ceil(share * n - 1e-9));
}
