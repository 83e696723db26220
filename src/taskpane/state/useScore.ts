// The pane's state around the key-account score: the plan's typed ratings, the proposal rule being
// tried, the score and ABC proposals with their differences, and the choice the user confirms.
import { useEffect, useMemo, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import type { KeyAccountProposal } from "../../core/kam/keyAccounts";
import { proposeByScore, type ProposalRule, type ScoreCriterion } from "../../core/score";
import type { ExcelApi } from "../../excel/api";
import type { PlanRating, SourceData } from "../../excel/types";
import { classRanks } from "../../core/kam/keyAccounts";
import { dataRatings, paneScore, proposalDifferences } from "../logic/score";
import type { PaneKam } from "./kam";
import { useWorkbookRead } from "./useWorkbookRead";

const NO_RATINGS: readonly PlanRating[] = [];

export type ChoiceBasis = KeyAccountProposal["basis"] | "abc";

export interface ScoreInputs {
  api: ExcelApi;
  result: AnalysisResult;
  source: SourceData;
  weights: Record<ScoreCriterion, number>;
  kam: PaneKam;
  /** The confirmed choice goes to the pane's key-account choices (stored with the next KAM run). */
  onConfirm(proposal: KeyAccountProposal | undefined): void;
}

/** Without a confirmed rule: as many customers by score as class A (B) has, at least one. */
function defaultRule(result: AnalysisResult, includeB: boolean): ProposalRule {
  const count = includeB ? result.bCount : result.aCount;
  return { kind: "top", count: Math.max(1, Math.min(count, result.ranking.count)) };
}

export function useScore({ api, result, source, weights, kam, onConfirm }: ScoreInputs) {
  // Ratings typed in the KAM plan count once it exists; without one the list is empty.
  const plan = useWorkbookRead(() => api.readPlanRatings(), NO_RATINGS, [api, result]);

  const [rule, setRule] = useState<ProposalRule>(
    () => kam.proposal?.rule ?? defaultRule(result, kam.includeB)
  );
  const [basis, setBasis] = useState<ChoiceBasis>(kam.proposal?.basis ?? "abc");
  // A choice confirmed elsewhere (restored by Refresh) is what the panel shows.
  useEffect(() => {
    if (kam.proposal) {
      setRule(kam.proposal.rule);
      setBasis(kam.proposal.basis);
    }
  }, [kam.proposal]);

  // Read once per analysis, not again for every change of a weight.
  const data = useMemo(() => dataRatings(result, source.grid), [result, source]);
  const score = useMemo(
    () => paneScore(result, data, weights, plan),
    [result, data, weights, plan]
  );
  const byScore = useMemo(() => proposeByScore(score, rule), [score, rule]);
  const byAbc = useMemo(() => classRanks(result, kam.includeB), [result, kam.includeB]);
  const differences = useMemo(
    () => proposalDifferences(result, score, byScore, byAbc),
    [result, score, byScore, byAbc]
  );
  /** Criteria with a weight that no customer has: the note says they are scaled away. */
  const missing = useMemo(
    () =>
      (Object.keys(score.criterionPoints) as ScoreCriterion[]).filter(
        (c) => weights[c] > 0 && score.criterionPoints[c].every((p) => Number.isNaN(p))
      ),
    [score, weights]
  );

  const proposal: KeyAccountProposal | undefined = basis === "abc" ? undefined : { basis, rule };
  const confirmed = JSON.stringify(proposal) === JSON.stringify(kam.proposal);

  return {
    score,
    rule,
    setRule,
    basis,
    setBasis,
    byScore,
    byAbc,
    differences,
    missing,
    /** The choice on screen is the one the KAM sheets will use. */
    confirmed,
    confirm: () => onConfirm(proposal),
  };
}

export type ScoreState = ReturnType<typeof useScore>;
