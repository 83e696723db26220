// Computed ABC analysis (Ultsch & Lötsch 2015, doi:10.1371/journal.pone.0129767): the A|B and B|C
// limits come from the shape of the ABC curve, not from fixed 80/95 % shares. Matches
// ABCanalysis() of the R package ABCanalysis 1.2.1 item for item on non-degenerate data.
//
// Rules where R fails or degenerates (mirrored in docs/computed-abc.md):
// - Negative and non-finite values count as 0, for the curve and for the class; every item stays.
//   The limits are read from these cleaned values too (R ranks the raw data and drops its NA), so
//   results differ from R only if a limit falls among such items.
// - No items: no classes; degenerate "tooFew".
// - All values 0 (R stops with an error): every item C, since nobody brings revenue; limits are
//   +Infinity; degenerate "allZero". This takes precedence over the rules below.
// - One item with revenue > 0: it is A (it brings all the revenue); limits 0; degenerate "tooFew".
// - Two or more items, all with the same revenue > 0 (R returns three empty classes): every item
//   B, since no customer stands out and none is negligible; both limits equal that revenue;
//   degenerate "constant".
// - A limit rank that rounds to 0 (R indexes sort(x)[0], gets an empty limit and drops the A and
//   B items) is taken as rank 1, so the limit is the largest value.
// Degenerate results carry NaN efforts: there is no curve point behind them.

import type { AbcClass } from "../types";
import { abcCurveFromSorted, cleanValue, sortedDescending } from "./abcCurve";

export interface ComputedLimits {
  /** A = value > abLimit. */
  abLimit: number;
  /** B = bcLimit <= value <= abLimit; C = value < bcLimit. */
  bcLimit: number;
  /** True when the break-even point lies left of the Pareto point and so marks A|B (R's ABexchanged). */
  abExchanged: boolean;
  /** Effort of the curve point nearest to (0, 1). */
  paretoEffort: number;
  /** Effort where the curve's slope is closest to 1. */
  breakEvenEffort: number;
  /** Effort of the curve point nearest to (larger of the two efforts above, 1); marks B|C. */
  submarginalEffort: number;
  degenerate?: "constant" | "allZero" | "tooFew";
}

/** R's round(): halves go to the even neighbour (IEC 60559), unlike Math.round. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Degenerate result: one limit value for both limits, no curve points. */
function flat(limit: number, degenerate: ComputedLimits["degenerate"]): ComputedLimits {
  return {
    abLimit: limit,
    bcLimit: limit,
    abExchanged: false,
    paretoEffort: NaN,
    breakEvenEffort: NaN,
    submarginalEffort: NaN,
    degenerate,
  };
}

/** Limits from cleaned values sorted largest first. */
function limitsFromSorted(sorted: Float64Array): ComputedLimits {
  const n = sorted.length;
  if (n === 0) return flat(Infinity, "tooFew");
  if (!(sorted[0] > 0)) return flat(Infinity, "allZero");
  if (n === 1) return flat(0, "tooFew");
  if (sorted[0] === sorted[n - 1]) return flat(sorted[0], "constant");

  const { effort, yield: yieldAt, slope } = abcCurveFromSorted(sorted);
  const m = effort.length;

  // Pareto point: nearest grid point to (0, 1). Strict < keeps the first minimum (which.min).
  let pareto = 0;
  let best = Infinity;
  for (let k = 0; k < m; k++) {
    const gap = 1 - yieldAt[k];
    const dist = effort[k] * effort[k] + gap * gap;
    if (dist < best) {
      best = dist;
      pareto = k;
    }
  }

  // Break-even point: slope closest to 1 (first minimum).
  let breakEven = 0;
  best = Infinity;
  for (let k = 0; k < m; k++) {
    const dist = Math.abs(slope[k] - 1);
    if (dist < best) {
      best = dist;
      breakEven = k;
    }
  }

  // The point with less effort marks A|B; the other one's effort anchors the submarginal point.
  const abExchanged = effort[breakEven] < effort[pareto];
  const abPoint = abExchanged ? breakEven : pareto;
  const anchor = effort[abExchanged ? pareto : breakEven];

  let submarginal = 0;
  best = Infinity;
  for (let k = 0; k < m; k++) {
    const dx = anchor - effort[k];
    const gap = 1 - yieldAt[k];
    const dist = dx * dx + gap * gap;
    if (dist < best) {
      best = dist;
      submarginal = k;
    }
  }

  // Limits are data values at descending rank round(effort * n), 1-based; ties are never split.
  const valueAtEffort = (e: number): number =>
    sorted[Math.min(n, Math.max(1, roundHalfEven(e * n))) - 1];
  return {
    abLimit: valueAtEffort(effort[abPoint]),
    bcLimit: valueAtEffort(effort[submarginal]),
    abExchanged,
    paretoEffort: effort[pareto],
    breakEvenEffort: effort[breakEven],
    submarginalEffort: effort[submarginal],
  };
}

/** Computed A|B and B|C limits of the values (see the rules at the top of this file). */
export function computedAbcLimits(values: ArrayLike<number>): ComputedLimits {
  return limitsFromSorted(sortedDescending(values));
}

/** classes in input order: A = value > abLimit, B = bcLimit <= value <= abLimit, C = value < bcLimit */
export function classifyComputed(values: ArrayLike<number>): {
  classes: AbcClass[];
  limits: ComputedLimits;
} {
  const limits = computedAbcLimits(values);
  const { abLimit, bcLimit } = limits;
  const n = values.length;
  const classes = new Array<AbcClass>(n);
  for (let i = 0; i < n; i++) {
    const v = cleanValue(values[i]);
    classes[i] = v > abLimit ? "A" : v >= bcLimit ? "B" : "C";
  }
  return { classes, limits };
}
