import type { Method } from "../types";
import { classifyByCount } from "./byCount";
import { classifyComputedRanked } from "./computedRanked";
import { classifyFixed, type ClassBoundaries } from "./fixed";

/** Limits of the computed method, in revenue. */
export type ComputedRankedLimits = { abLimit: number; bcLimit: number; degenerate?: string };

/**
 * Classes of values in rank order (largest first) by one of the three methods; thresholds in
 * percent as AnalysisOptions takes them. The one dispatch shared by the whole analysis and the
 * worksheet functions, so that both classify alike.
 */
export function classifyRanked(
  descending: Float64Array,
  cumulative: Float64Array,
  method: Method,
  thresholds: readonly [number, number],
  strict = false
): ClassBoundaries & { limits: ComputedRankedLimits | null } {
  if (method === "fixed") {
    const b = classifyFixed(
      descending,
      cumulative,
      thresholds[0] / 100,
      thresholds[1] / 100,
      strict
    );
    return { ...b, limits: null };
  }
  if (method === "count") {
    return {
      ...classifyByCount(descending, thresholds[0] / 100, thresholds[1] / 100),
      limits: null,
    };
  }
  return classifyComputedRanked(descending);
}
