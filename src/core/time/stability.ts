// Optional stability of the classes: a customer keeps last run's class while it stays within a
// margin of the limit, so that a customer at the edge does not flip between A and B every month.
import { CLASS_C } from "../classify/classCodes";
import type { Method } from "../types";
import { NO_CLASS } from "./previousClasses";

/** Default margin: 2 percentage points of cumulative share (or of customers, by count). */
export const DEFAULT_STABILITY_MARGIN = 0.02;

export interface StabilityResult {
  /** Per rank: the class after stability. */
  classes: Uint8Array;
  /** Per rank: the class the rule gave this run (before stability). */
  ruleClasses: Uint8Array;
  /** Per rank: true where the customer kept last run's class against this run's. */
  kept: Uint8Array;
  /** Per rank: the position compared with the limits (share 0-1). */
  position: Float64Array;
  keptCount: number;
}

/**
 * Fixed thresholds compare the cumulative share before the customer (strict: including it), by
 * count its rank share (customers before it / all), with the limits a and b (shares 0-1). A
 * customer whose last class differs keeps it while its position lies within `margin` of that
 * class's range: A below a + margin, B from a − margin to below b + margin, C from b − margin.
 * Customers without revenue stay C. Null for the computed method (its limits are revenue).
 */
export function stableClasses(
  classes: Uint8Array,
  value: Float64Array,
  cumulative: Float64Array,
  lastClass: Uint8Array,
  method: Method,
  thresholds: readonly [number, number],
  strict: boolean,
  margin = DEFAULT_STABILITY_MARGIN
): StabilityResult | null {
  if (method === "computed") return null;
  const n = classes.length;
  const a = thresholds[0] / 100;
  const b = thresholds[1] / 100;
  const out = classes.slice();
  const kept = new Uint8Array(n);
  const position = new Float64Array(n);
  let keptCount = 0;
  for (let r = 0; r < n; r++) {
    const x = method === "count" ? r / n : strict ? cumulative[r] : r === 0 ? 0 : cumulative[r - 1];
    position[r] = x;
    const last = lastClass[r];
    if (last === NO_CLASS || last === classes[r] || value[r] <= 0) continue;
    const lo = last === 0 ? -Infinity : (last === 1 ? a : b) - margin;
    const hi = last === CLASS_C ? Infinity : (last === 0 ? a : b) + margin;
    if (x >= lo && x < hi) {
      out[r] = last;
      kept[r] = 1;
      keptCount++;
    }
  }
  return { classes: out, ruleClasses: classes, kept, position, keptCount };
}
