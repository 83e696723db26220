// The analysis figures of one key account for its one-pager: revenue, margin, score, time axis.
import type { AnalysisResult } from "../../analyze";
import {
  DEFAULT_SCORE_WEIGHTS,
  scoreAnalysis,
  type RatingSources,
  type ScoreWeights,
} from "../../score";
import { NO_XYZ, XYZ_LETTERS } from "../../time/xyz";
import type { KeyAccount } from "../keyAccounts";
import type { OnePagerTime } from "./layout";
import { TREND_MONTHS } from "./layout";

export interface OnePagerFigures {
  revenue: number;
  margin: number | null;
  totalRevenue: number;
  score: number;
  time?: OnePagerTime;
}

/**
 * Revenue and margin of the customer (whichever the classes were built on), the key-account score
 * with the user's weights (the pane's, as the portfolio uses them), the time axis figures and the
 * latest months of the period. `ratings`: the plan's typed ratings and the data's rating columns,
 * the score's soft criteria, as the pane scores them.
 */
export function onePagerFigures(
  result: AnalysisResult,
  account: KeyAccount,
  ratings: RatingSources,
  weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS
): OnePagerFigures {
  const { customers, ranking } = result;
  const c = ranking.customer[account.rank - 1];
  const time = result.time;
  const scored = scoreAnalysis(result, weights, ratings);
  const margin = customers.margin ? customers.margin[c] : NaN;
  const figures: OnePagerFigures = {
    revenue: customers.revenue[c],
    margin: Number.isNaN(margin) ? null : margin,
    totalRevenue: result.summary.total,
    score: scored.score[account.rank - 1],
  };
  if (!time) return figures;
  const { period } = time;
  const first = Math.max(0, period.months - TREND_MONTHS);
  const months = [];
  for (let j = first; j < period.months; j++) {
    months.push({
      month: period.from + j,
      revenue: time.monthly[c * period.months + j],
    });
  }
  return {
    ...figures,
    time: {
      growth: time.growth[c],
      xyz: time.xyz[c] === NO_XYZ ? "" : XYZ_LETTERS[time.xyz[c]],
      previous: time.previousRevenue ? time.previousRevenue[c] : null,
      months,
    },
  };
}
