import { countToReach } from "./countToReach";
import { gini } from "./gini";
import { hhi } from "./hhi";
import { rankValues } from "./rankValues";

/** The concentration figures of plain values, each one customer (see rankValues for what counts). */
export interface ValueFigures {
  /** Values that count. */
  count: number;
  total: number;
  /** Fewest values that make 80% of the total. */
  n80: number;
  gini: number;
  /** Points, 0-10,000. */
  hhi: number;
}

/** n80, Gini and HHI as the analysis summary computes them, for values without customer names. */
export function valueFigures(values: ArrayLike<number>): ValueFigures {
  const { descending, total, cumulative } = rankValues(values);
  return {
    count: descending.length,
    total,
    n80: total > 0 ? countToReach(cumulative, 0.8) : 0,
    gini: gini(descending, total),
    hhi: hhi(descending, total),
  };
}
