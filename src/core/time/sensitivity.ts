// How many customers would change class if both limits moved by ±5 points.
import { classifyRanked } from "../classify/classifyRanked";
import type { Method } from "../types";

/** Points both limits move by. */
export const SENSITIVITY_POINTS = 5;

export interface Sensitivity {
  /** Limits moved down by 5 points (80/95 -> 75/90): customers whose class changes. */
  lower: number;
  /** Limits moved up by 5 points (80/95 -> 85/100), B capped at 100. */
  higher: number;
}

/** Null for the computed method, whose limits come from the data, not from percentages. */
export function classSensitivity(
  value: Float64Array,
  cumulative: Float64Array,
  classes: Uint8Array,
  method: Method,
  thresholds: readonly [number, number],
  strict: boolean
): Sensitivity | null {
  if (method === "computed") return null;
  const changed = (a: number, b: number) => {
    const moved = classifyRanked(value, cumulative, method, [a, b], strict).classes;
    let k = 0;
    for (let r = 0; r < classes.length; r++) if (moved[r] !== classes[r]) k++;
    return k;
  };
  const [a, b] = thresholds;
  const d = SENSITIVITY_POINTS;
  return {
    lower: changed(Math.max(a - d, 0.01), Math.max(b - d, Math.max(a - d, 0.01) + 0.01)),
    higher: changed(Math.min(a + d, 99.99), Math.min(b + d, 100)),
  };
}
