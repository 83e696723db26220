// The ABC curve of Ultsch & Lötsch: effort (share of items, largest first) against yield (share of
// the total they bring), smoothed by an fmm spline on a fixed effort grid. Mirrors ABCcurve() of
// the R package ABCanalysis 1.2.1 so the computed limits land on the same grid points.

import { runningSums } from "../pareto/sum";
import { fmmSpline, splineEval } from "./spline";

export interface AbcCurve {
  /** Effort grid 0, step, ..., 1: step 0.01 below 101 items, else 0.001 (as R's seq(0, 1, by)). */
  readonly effort: Float64Array;
  /** Spline yield at each effort; 1 from the first grid point where it reaches 1 (spline overshoot). */
  readonly yield: Float64Array;
  /**
   * Slope of a second spline through (effort, yield). As in the R package it is taken at k/m for
   * k = 1..m (m = grid length), not at the grid points themselves; slope[k-1] pairs with effort[k-1].
   */
  readonly slope: Float64Array;
}

/** Revenue as the curve sees it: negative and non-finite values become 0, every item stays. */
export function cleanValue(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Cleaned copy sorted largest first (typed-array sort: numeric, no comparator calls). Values
 * already in that order, as analyze passes them, are not sorted again (~60 ms for 500,000).
 */
export function sortedDescending(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const sorted = new Float64Array(n);
  let descending = true;
  for (let i = 0; i < n; i++) {
    const v = cleanValue(values[i]);
    sorted[i] = v;
    if (i > 0 && v > sorted[i - 1]) descending = false;
  }
  return descending ? sorted : sorted.sort().reverse();
}

/** The effort grid R uses for n items: from + i * by, capped at 1. */
export function effortGrid(n: number): Float64Array {
  const steps = n < 101 ? 100 : 1000;
  const by = n < 101 ? 0.01 : 0.001;
  const grid = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) grid[i] = Math.min(i * by, 1);
  return grid;
}

/**
 * Knots of the empirical curve: (0, 0) and (i/n, share of the i largest). R's cumsum adds in
 * extended precision; a compensated (Neumaier) sum keeps us as close to it as doubles allow.
 */
function curveKnots(sorted: Float64Array): { x: Float64Array; y: Float64Array } {
  const n = sorted.length;
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  runningSums(sorted, y, 1);
  const total = y[n];
  for (let i = 1; i <= n; i++) {
    x[i] = i / n;
    y[i] = y[i] / total;
  }
  return { x, y };
}

/**
 * ABC curve from cleaned values sorted largest first. The total must be positive (R stops on
 * all-zero data); callers handle that case before.
 */
export function abcCurveFromSorted(sorted: Float64Array): AbcCurve {
  const n = sorted.length;
  if (n === 0 || !(sorted[0] > 0)) throw new RangeError("abcCurve: needs a positive total");
  const knots = curveKnots(sorted);
  const effort = effortGrid(n);
  const yieldAt = splineEval(fmmSpline(knots.x, knots.y), effort);

  // From the first grid point at or above 1 the yield is 1 (the spline may overshoot there).
  const m = effort.length;
  let first = 0;
  while (first < m && !(yieldAt[first] >= 1)) first++;
  if (first < m - 1) yieldAt.fill(1, first);

  const at = new Float64Array(m);
  for (let k = 0; k < m; k++) at[k] = (k + 1) / m;
  const slope = splineEval(fmmSpline(effort, yieldAt), at, 1);
  return { effort, yield: yieldAt, slope };
}

/** ABC curve of raw values (see cleanValue). */
export function abcCurve(values: ArrayLike<number>): AbcCurve {
  return abcCurveFromSorted(sortedDescending(values));
}
