// The key-account score of one ranked customer as the writers show it.
import { SCORE_CRITERIA, type ScoreCriterion } from "../core/score/criteria";
import type { ScoreResult } from "../core/score/scoreCustomers";

/** Points per weighted criterion the customer has ({"revenue": 27.5, ...}); they add up to the score. */
export function scoreParts(
  score: ScoreResult,
  rank: number
): Partial<Record<ScoreCriterion, number>> {
  const parts: Partial<Record<ScoreCriterion, number>> = {};
  for (const c of SCORE_CRITERIA) {
    const p = score.parts[c][rank];
    if (!Number.isNaN(p)) parts[c] = p;
  }
  return parts;
}

/** The score, null when the customer has none of the weighted criteria. */
export function scoreValue(score: ScoreResult, rank: number): number | null {
  const s = score.score[rank];
  return Number.isNaN(s) ? null : s;
}
