// A confirmed score proposal is a rule, not a list: right before the KAM sheets are planned or
// written (also by Refresh) it is applied to the current analysis and the plan's typed ratings.
// The user's weights go along for the portfolio sheet.
import type { ExcelApi, KamOptions } from "../../excel/api";
import type { RunSettings, SourceData } from "../../excel/types";
import type { AnalysisResult } from "../../core/analyze";
import { paneScore, proposalKeys } from "../logic/score";
import { weightsOf } from "./settings";

export async function withScoreKeys(
  api: ExcelApi,
  input: { source: SourceData; result: AnalysisResult; run?: RunSettings; kam: KamOptions }
): Promise<KamOptions> {
  // The portfolio's attractiveness is the score with the user's weights.
  const kam = input.run?.scoreWeights
    ? { ...input.kam, scoreWeights: input.run.scoreWeights }
    : input.kam;
  if (!kam.proposal) return kam;
  const plan = await api.readPlanRatings();
  const weights = weightsOf(input.run?.scoreWeights);
  const score = paneScore(input.result, input.source.grid, weights, plan);
  return { ...kam, scoreKeys: proposalKeys(input.result, score, kam.proposal.rule) };
}
