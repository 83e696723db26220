// What the KAM sheets need of the score: the user's weights and the data's rating columns (the
// portfolio and the one-pagers score as the pane does), and a confirmed score proposal, which is a
// rule, not a list: right before the KAM sheets are planned or written (also by Refresh) it is
// applied to the current analysis and the plan's typed ratings.
import type { ExcelApi, KamOptions } from "../../excel/api";
import type { RunSettings, SourceData } from "../../excel/types";
import type { AnalysisResult } from "../../core/analyze";
import type { DataRatings } from "../../core/score";
import { dataRatings, paneScore, proposalKeys } from "../logic/score";
import { weightsOf } from "./settings";

export interface ScoreSource {
  source: SourceData;
  result: AnalysisResult;
  run?: RunSettings;
}

/**
 * The KAM options with the user's score weights from the run settings (absent when the user kept
 * the defaults) and the rating columns of the analysed data.
 */
export function withScoreSettings(
  kam: KamOptions,
  input: ScoreSource
): KamOptions & { dataRatings: DataRatings } {
  return {
    ...kam,
    ...(input.run?.scoreWeights ? { scoreWeights: input.run.scoreWeights } : {}),
    dataRatings: dataRatings(input.result, input.source.grid),
  };
}

export async function withScoreKeys(
  api: ExcelApi,
  input: ScoreSource & { kam: KamOptions }
): Promise<KamOptions> {
  const kam = withScoreSettings(input.kam, input);
  if (!kam.proposal) return kam;
  const plan = await api.readPlanRatings();
  const weights = weightsOf(input.run?.scoreWeights);
  const score = paneScore(input.result, kam.dataRatings, weights, plan);
  return { ...kam, scoreKeys: proposalKeys(input.result, score, kam.proposal.rule) };
}
