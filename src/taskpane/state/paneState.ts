// The pane's state as one object: what each slice holds, and how a fresh pane starts.
import type { AnalysisResult } from "../../core/analyze";
import type { RunChanges } from "../../core/run/changes";
import type { ActionReport, SourceData, StoredRun } from "../../excel/types";
import type { ActionKind } from "./flows";
import { DEFAULT_KAM, type PaneKam } from "./kam";
import type { Busy, Notice } from "./notice";
import { DEFAULT_SETTINGS, type PaneSettings } from "./settings";

export interface ActionState {
  phase: "idle" | "planning" | "confirm" | "running";
  plan?: ActionReport;
  /** Shown in the action's card, where the user is looking. */
  error?: Notice;
}

/** The one-line confirmation of the last action or refresh; a newer one replaces it. */
export interface Outcome {
  kind: ActionKind | "refresh";
  notice: Notice;
  report: ActionReport;
  /** Where "Go to sheet" goes (sheet-qualified address), if anywhere. */
  target?: string;
}

/** Monthly refresh: the last run's card on top. First analysis: the steps. */
export type Journey = "refresh" | "first";
export type Step = "data" | "results" | "write";

export interface PaneState {
  settings: PaneSettings;
  source: SourceData | null;
  result: AnalysisResult | null;
  /** The table of the last successful analysis of this source (for the mapping after an error). */
  lastTable: AnalysisResult["table"] | null;
  busy: Busy | null;
  /** Reading and analysis errors, shown at the top (sticky). */
  error: Notice | null;
  /** Short-lived note at the top, e.g. "Stopped". */
  info: Notice | null;
  /** Note under the affected rows (rows selected). */
  dataInfo: Notice | null;
  actions: Record<ActionKind, ActionState>;
  outcome: Outcome | null;
  /** What the last refresh changed (null before the first refresh of this session). */
  changes: RunChanges | null;
  /** Key-account choices; restored from the stored run on load and by Refresh. */
  kam: PaneKam;
  storedRun: StoredRun | null;
  journey: Journey;
  step: Step;
}

export const IDLE: Record<ActionKind, ActionState> = {
  columns: { phase: "idle" },
  analysis: { phase: "idle" },
  kam: { phase: "idle" },
};

export const INITIAL_STATE: PaneState = {
  settings: DEFAULT_SETTINGS,
  source: null,
  result: null,
  lastTable: null,
  busy: null,
  error: null,
  info: null,
  dataInfo: null,
  actions: IDLE,
  outcome: null,
  changes: null,
  kam: DEFAULT_KAM,
  storedRun: null,
  journey: "first",
  step: "data",
};
