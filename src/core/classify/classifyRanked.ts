import type { Method } from "../types";
import { classifyByCount } from "./byCount";
import { classifyComputedRanked } from "./computedRanked";
import { classifyFixed } from "./fixed";

export interface RankedClasses {
  classes: Uint8Array;
  aCount: number;
  bCount: number;
  /** Limits of the computed method, in revenue. */
  limits: { abLimit: number; bcLimit: number; degenerate?: string } | null;
}

/**
 * The classes of revenue in rank order (largest first) by one of the three methods; thresholds
 * in percent. The one place that picks the method, for the period and for the previous period.
 */
export function classifyRanked(
  value: Float64Array,
  cumulative: Float64Array,
  method: Method,
  thresholds: readonly [number, number],
  strict: boolean
): RankedClasses {
  if (method === "fixed") {
    const b = classifyFixed(value, cumulative, thresholds[0] / 100, thresholds[1] / 100, strict);
    return { ...b, limits: null };
  }
  if (method === "count") {
    return { ...classifyByCount(value, thresholds[0] / 100, thresholds[1] / 100), limits: null };
  }
  return classifyComputedRanked(value);
}
