// The score of the customers an ABC analysis ranked: its figures become the score's criteria.
import type { AnalysisResult } from "../analyze";
import type { ScoreWeights } from "./criteria";
import { scoreCustomers, type ScoreResult } from "./scoreCustomers";
import { scoreInputs, type RatingSources } from "./scoreInputs";

/**
 * Scores the ranked customers; the result is indexed by rank (0 = rank 1), so equal scores keep
 * the ABC order. Revenue and margin are read whichever of the two the classes were built on;
 * growth, stability and the ratings as `scoreInputs` builds them.
 */
export function scoreAnalysis(
  result: AnalysisResult,
  weights: ScoreWeights,
  ratings: RatingSources = {}
): ScoreResult {
  const { ranking, customers } = result;
  const n = ranking.count;
  const extras = scoreInputs(result, ratings);
  const byRank = (values: ArrayLike<number> | null | undefined) => {
    if (!values) return null;
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) out[r] = values[ranking.customer[r]];
    return out;
  };
  const onMargin = result.table.valueColumn === "margin";
  const revenue = onMargin ? customers.margin : customers.revenue;
  const margin = onMargin ? customers.revenue : customers.margin;
  return scoreCustomers(
    {
      count: n,
      revenue: byRank(revenue) ?? new Float64Array(n).fill(NaN),
      margin: byRank(margin),
      growth: byRank(extras.growth),
      cv: byRank(extras.cv),
      satisfaction: byRank(extras.satisfaction),
      potential: byRank(extras.potential),
    },
    weights
  );
}
