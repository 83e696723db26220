// The key-account score as the pane shows it: the core's score over the analysed customers with
// the data's rating columns and the plan's typed ratings (the core's rule), and the two proposals.
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import {
  compareProposals,
  proposeByScore,
  scoreAnalysis,
  type DataRatings,
  type ProposalDifference,
  type ProposalRule,
  type ScoreResult,
  type ScoreWeights,
} from "../../core/score";
import { readRatings } from "../../core/table/readRatings";
import type { Grid } from "../../core/types";
import type { PlanRating } from "../../excel/types";

/** The rating columns of the analysed grid, per customer: read once per analysis. */
export const dataRatings = (result: AnalysisResult, grid: Grid): DataRatings =>
  readRatings(grid, result.table, result.customers.count);

/** The score of every ranked customer (index = rank - 1). */
export function paneScore(
  result: AnalysisResult,
  data: DataRatings,
  weights: ScoreWeights,
  plan: readonly PlanRating[]
): ScoreResult {
  return scoreAnalysis(result, weights, { data, typed: new Map(plan.map((r) => [r.key, r])) });
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
