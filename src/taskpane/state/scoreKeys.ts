// A confirmed score proposal is a rule, not a list: right before the KAM sheets are planned or
// written (also by Refresh) it is applied to the current analysis and the plan's typed ratings.
// The user's weights go along for the portfolio sheet.
import type { ExcelApi, KamOptions } from "../../excel/api";
import type { RunSettings, SourceData } from "../../excel/types";
import type { AnalysisResult } from "../../core/analyze";
import { paneScore, proposalKeys } from "../logic/score";
import { weightsOf } from "./settings";

/**
 * The KAM options with the user's score weights from the run settings: the portfolio's
 * attractiveness and the one-pager's score use them (the defaults when the user kept them).
 */
export function withScoreWeights(kam: KamOptions, run: RunSettings | undefined): KamOptions {
  return run?.scoreWeights ? { ...kam, scoreWeights: run.scoreWeights } : kam;
}

export async function withScoreKeys(
  api: ExcelApi,
  input: { source: SourceData; result: AnalysisResult; run?: RunSettings; kam: KamOptions }
): Promise<KamOptions> {
  const kam = withScoreWeights(input.kam, input.run);
  if (!kam.proposal) return kam;
  const plan = await api.readPlanRatings();
  const weights = weightsOf(input.run?.scoreWeights);
  const score = paneScore(input.result, input.source.grid, weights, plan);
  return { ...kam, scoreKeys: proposalKeys(input.result, score, kam.proposal.rule) };
}
