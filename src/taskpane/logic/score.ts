// The key-account score as the pane shows it: the core's score over the analysed customers, with
// the ratings people typed (KAM plan first, then rating columns of the data), and the two proposals.
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import {
  compareProposals,
  proposeByScore,
  scoreAnalysis,
  type ProposalDifference,
  type ProposalRule,
  type ScoreResult,
  type ScoreWeights,
} from "../../core/score";
import { readRatings } from "../../core/table/readRatings";
import type { Grid } from "../../core/types";
import type { PlanRating } from "../../excel/types";

/**
 * Ratings per customer (index as in `Customers`). What is typed in the KAM plan wins: it is where
 * managers keep them up to date; a rating column of the data fills the customers the plan lacks.
 */
export function customerRatings(
  result: AnalysisResult,
  grid: Grid,
  plan: readonly PlanRating[]
): { satisfaction: Float64Array | null; potential: Float64Array | null } {
  const n = result.customers.count;
  const data = readRatings(grid, result.table, n);
  if (plan.length === 0) return { satisfaction: data.satisfaction, potential: data.potential };
  const index = new Map<string, number>();
  result.customers.keys.forEach((k, i) => index.set(k, i));
  const merged = (from: Float64Array | null, pick: (r: PlanRating) => number) => {
    const out = from ? Float64Array.from(from) : new Float64Array(n).fill(NaN);
    for (const r of plan) {
      const i = index.get(r.key);
      const v = pick(r);
      if (i !== undefined && v >= 1 && v <= 5) out[i] = v;
    }
    return out;
  };
  return {
    satisfaction: merged(data.satisfaction, (r) => r.satisfaction),
    potential: merged(data.potential, (r) => r.potential),
  };
}

/** The score of every ranked customer (index = rank - 1), growth and stability from the time axis. */
export function paneScore(
  result: AnalysisResult,
  grid: Grid,
  weights: ScoreWeights,
  plan: readonly PlanRating[]
): ScoreResult {
  return scoreAnalysis(result, weights, {
    ...customerRatings(result, grid, plan),
    growth: result.time?.growth ?? null,
    cv: result.time?.cv ?? null,
  });
}

export const keyAtRank = (result: AnalysisResult, rank: number): string =>
  result.customers.keys[result.ranking.customer[rank]];

export const nameAtRank = (result: AnalysisResult, rank: number): string =>
  result.customers.names[result.ranking.customer[rank]];

/** The customers (keys) a proposal rule chooses in this analysis. */
export function proposalKeys(
  result: AnalysisResult,
  score: ScoreResult,
  rule: ProposalRule
): string[] {
  return proposeByScore(score, rule).map((r) => keyAtRank(result, r));
}

/** Where the score and the ABC proposal disagree, in score order. */
export function proposalDifferences(
  result: AnalysisResult,
  score: ScoreResult,
  byScore: readonly number[],
  byAbc: readonly number[]
): ProposalDifference[] {
  return compareProposals(score, byScore, byAbc, (r) => CLASS_LETTERS[result.ranking.classes[r]]);
}
