import { classesFromCounts } from "./classCodes";
import { computedAbcLimits } from "./computed";
import type { ClassBoundaries } from "./fixed";

/**
 * Computed ABC (Ultsch & Lötsch) on revenue in rank order. The package's limits are data values:
 * A = value > abLimit, B = bcLimit <= value <= abLimit, C = value < bcLimit, so ties never split.
 */
export function classifyComputedRanked(
  descending: Float64Array
): ClassBoundaries & { limits: { abLimit: number; bcLimit: number; degenerate?: string } } {
  const limits = computedAbcLimits(descending);
  let aCount = 0;
  while (aCount < descending.length && descending[aCount] > limits.abLimit) aCount++;
  let bCount = aCount;
  while (bCount < descending.length && descending[bCount] >= limits.bcLimit) bCount++;
  return { classes: classesFromCounts(descending, aCount, bCount), aCount, bCount, limits };
}
