// What the pane shows while and after it works: progress labels and one-line confirmations.
import type { ProgressPhase } from "../../core/types";
import type { ActionReport } from "../../excel/types";
import { goToAddress, sheetOfAddress } from "../logic/goTo";
import type { ActionKind } from "./flows";
import type { Busy, Notice } from "./notice";
import type { Outcome } from "./paneState";

const OUTCOME_KEYS = {
  columns: "doneColumns",
  analysis: "doneAnalysis",
  kam: "doneKam",
} as const;

export const readingProgress = (done: number, total: number): Notice => ({
  kind: "ui",
  key: "progressReadingRows",
  params: { done, total },
});

export const writingProgress = (done: number, total: number): Notice => ({
  kind: "ui",
  key: "progressWritingSteps",
  params: { done, total },
});

/** The one-line confirmation of an action, in the past tense, with where to look. */
export function actionOutcome(kind: ActionKind, report: ActionReport): Outcome {
  // The KAM writer also touches its lists sheet; the plan (a sheet-qualified address) is the goal.
  const first =
    kind === "kam"
      ? (report.touched.find((a) => a.includes("!")) ?? report.touched[0])
      : report.touched[0];
  const target = first ? goToAddress(first) : undefined;
  const where = !first ? "" : kind === "columns" ? first : sheetOfAddress(first);
  return {
    kind,
    report,
    target,
    notice: { kind: "ui", key: OUTCOME_KEYS[kind], params: { target: where } },
  };
}

/** The one-line confirmation of a refresh: customers, rows and outputs rewritten. */
export function refreshOutcome(
  report: ActionReport,
  summary: { customers: number; rowsUsed: number }
): Outcome {
  return {
    kind: "refresh",
    report,
    target: report.touched[0] ? goToAddress(report.touched[0]) : undefined,
    notice: {
      kind: "ui",
      key: "refreshDone",
      params: {
        customers: summary.customers,
        rows: summary.rowsUsed,
        outputs: report.touched.length,
      },
    },
  };
}

/** Where the analysis stands: reading counts rows; the later steps are short and fixed points. */
export function analysisStepBusy(step: ProgressPhase, done: number, total: number): Busy {
  if (step === "read") {
    return {
      label: { kind: "ui", key: "progressStepRead", params: { done, total } },
      value: total ? (0.7 * done) / total : undefined,
    };
  }
  const at = { aggregate: 0.7, rank: 0.85, classify: 0.95 }[step];
  const key = (
    {
      aggregate: "progressStepAggregate",
      rank: "progressStepRank",
      classify: "progressStepClassify",
    } as const
  )[step];
  return { label: { kind: "ui", key, params: { total } }, value: at };
}
