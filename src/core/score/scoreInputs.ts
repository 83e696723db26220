// What the key-account score is fed besides the analysis: satisfaction and potential (typed in the
// KAM plan, else from rating columns of the data) and growth and stability from the time axis. The
// rule lives only here, so the pane, the one-pager, the portfolio and the command line show one
// score for one customer.
import type { AnalysisResult } from "../analyze";

/** Satisfaction and potential of one customer, 1-5; NaN (or anything outside 1-5) = not known. */
export interface Ratings {
  satisfaction: number;
  potential: number;
}

/** Ratings from columns of the data (`readRatings`), per customer; null without such a column. */
export interface DataRatings {
  satisfaction: ArrayLike<number> | null;
  potential: ArrayLike<number> | null;
}

/** Where ratings come from; either may be absent (no rating columns, no KAM plan). */
export interface RatingSources {
  /** Rating columns of the analysed data, index as in `Customers`. */
  data?: DataRatings | null;
  /** Typed in the KAM plan, by customer key (`Customers.keys`). */
  typed?: ReadonlyMap<string, Ratings> | null;
}

/** Per-customer figures the analysis does not hold (index = customer, as in `Customers`). */
export interface ScoreExtras {
  growth: ArrayLike<number> | null;
  cv: ArrayLike<number> | null;
  satisfaction: ArrayLike<number> | null;
  potential: ArrayLike<number> | null;
}

const isRating = (v: number) => v >= 1 && v <= 5;

/**
 * The score's inputs per customer. A rating typed in the plan (1-5) wins: that is where managers
 * keep them up to date; a rating column of the data fills the customers the plan lacks, and a
 * typed value outside 1-5 leaves the data's rating standing.
 */
export function scoreInputs(result: AnalysisResult, sources: RatingSources = {}): ScoreExtras {
  const { keys } = result.customers;
  const n = keys.length;
  const typed = sources.typed;
  const merged = (data: ArrayLike<number> | null | undefined, pick: (r: Ratings) => number) => {
    if (!typed || typed.size === 0) return data ?? null;
    const out = new Float64Array(n).fill(NaN);
    if (data) for (let i = 0; i < n; i++) out[i] = data[i];
    for (let i = 0; i < n; i++) {
      const r = typed.get(keys[i]);
      if (r && isRating(pick(r))) out[i] = pick(r);
    }
    return out;
  };
  return {
    growth: result.time?.growth ?? null,
    cv: result.time?.cv ?? null,
    satisfaction: merged(sources.data?.satisfaction, (r) => r.satisfaction),
    potential: merged(sources.data?.potential, (r) => r.potential),
  };
}
