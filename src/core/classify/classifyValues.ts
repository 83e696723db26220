import { validateThresholds } from "../analyze";
import { DEFAULT_THRESHOLDS } from "../thresholds";
import { rankValues } from "../pareto/rankValues";
import type { Method } from "../types";
import { classifyRanked } from "./classifyRanked";

/** Class code of a value that cannot be classified (see rankValues). */
export const NO_CLASS = 255;

export interface ValueClassOptions {
  method?: Method;
  /** Percent, as AnalysisOptions.thresholds; the method's defaults when left out. */
  thresholds?: readonly [number, number];
  strict?: boolean;
}

/**
 * ABC class of each value in input order (0 = A, 1 = B, 2 = C, NO_CLASS where the value is not
 * usable): every value is one customer, classified by the same rules as analyze().
 */
export function classifyValues(
  values: ArrayLike<number>,
  options: ValueClassOptions = {}
): Uint8Array {
  const method = options.method ?? "fixed";
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS[method];
  validateThresholds(method, thresholds);
  const ranked = rankValues(values);
  const strict = method === "fixed" && !!options.strict;
  const { classes } = classifyRanked(
    ranked.descending,
    ranked.cumulative,
    method,
    thresholds,
    strict
  );
  const out = new Uint8Array(values.length).fill(NO_CLASS);
  for (let r = 0; r < ranked.order.length; r++) out[ranked.order[r]] = classes[r];
  return out;
}
