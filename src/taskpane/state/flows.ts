// The pane's workbook flows as plain async functions (no React): plan and write one output, the
// stored run after an action, and Refresh. The hook in ./usePane.ts keeps the state around them;
// jest runs them against the fake Excel host (test/taskpane/flows.test.ts).
import type { AnalysisResult } from "../../core/analyze";
import { calendarDay, isoDate } from "../../core/kam/dates";
import { runChanges, runFigures, type RunChanges } from "../../core/run/changes";
import type { RunRecord } from "../../core/time/runRecord";
import { runRecordOf } from "../../core/time/runRecordOf";
import type { Language, Message } from "../../core/types";
import type { ExcelApi, KamOptions, Progress } from "../../excel/api";
import type { ActionReport, RunSettings, SourceData, StoredRun } from "../../excel/types";
import { refreshKamOptions, storedKamAfter, type PaneKam } from "./kam";
import { noticeOf, type Notice } from "./notice";
import { withScoreKeys, withScoreSettings } from "./scoreKeys";
import { writeKam } from "./writeKam";

export type ActionKind = "columns" | "analysis" | "kam";

/** Everything one write needs: the data, its analysis, the settings and the KAM choices. */
export interface RunInput {
  source: SourceData;
  result: AnalysisResult;
  run: RunSettings;
  kam: KamOptions;
}

/** What an action will touch, asked before it runs. */
export async function planOutput(
  api: ExcelApi,
  kind: ActionKind,
  input: Pick<RunInput, "source" | "result" | "kam"> & { run?: RunSettings },
  lang: Language
): Promise<ActionReport> {
  if (kind === "columns")
    return api.planClassColumns(input.source, lang, {
      timeColumns: !!input.run?.timeColumns && !!input.result.time,
    });
  if (kind === "analysis") return api.planAnalysisSheet(lang);
  return api.planKamSheets(input.result, await withScoreKeys(api, input), lang);
}

/** Runs one writer and returns its report. */
export async function writeOutput(
  api: ExcelApi,
  kind: ActionKind,
  input: RunInput,
  lang: Language,
  onProgress?: Progress
): Promise<ActionReport> {
  const { source, result, run } = input;
  if (kind === "columns")
    return api.writeClassColumns(source, result, lang, onProgress, {
      timeColumns: run.timeColumns,
    });
  if (kind === "analysis") return api.writeAnalysisSheet(source, result, run, lang, onProgress);
  return writeKam(api, result, await withScoreKeys(api, input), lang, onProgress);
}

/** The outputs a stored run has, in the order Refresh rewrites them. */
export function outputKinds(stored: StoredRun): ActionKind[] {
  const kinds: ActionKind[] = [];
  if (stored.outputs.classColumns) kinds.push("columns");
  if (stored.outputs.analysisSheet) kinds.push("analysis");
  if (stored.outputs.kamSheets?.length) kinds.push("kam");
  return kinds;
}

/** The last run's record when the stored run is of this source (a record of other data says nothing). */
export async function lastRunRecord(
  api: ExcelApi,
  stored: StoredRun | null,
  source: SourceData
): Promise<RunRecord | null> {
  if (!stored || !sameSource(stored, source)) return null;
  return api.loadRunRecord();
}

/**
 * Keeps this run's record (period, classes, XYZ per customer) for the next run's comparison,
 * dated by the user's day (toISOString's UTC day is yesterday's in Berlin at half past midnight).
 */
export async function saveRunRecordOf(
  api: ExcelApi,
  result: AnalysisResult,
  now: Date = new Date()
): Promise<void> {
  if (result.time) await api.saveRunRecord(runRecordOf(result, isoDate(calendarDay(now))));
}

function sameSource(prev: StoredRun, source: SourceData): boolean {
  return (
    prev.source.sheet === source.ref.sheet &&
    (prev.source.name ?? prev.source.address) === (source.ref.name ?? source.ref.address)
  );
}

/** The stored run after an action: same source keeps its outputs, a new source starts over. */
export function storedRunAfter(
  prev: StoredRun | null,
  kind: ActionKind,
  report: ActionReport,
  input: RunInput,
  lang: Language,
  now: Date = new Date()
): StoredRun {
  const { source, run, kam } = input;
  const same = !!prev && sameSource(prev, source);
  const outputs: StoredRun["outputs"] = same && prev ? { ...prev.outputs } : {};
  if (!same && prev) {
    // The analysis and KAM sheets belong to the workbook, not to one source range.
    if (prev.outputs.analysisSheet) outputs.analysisSheet = prev.outputs.analysisSheet;
    if (prev.outputs.kamSheets) outputs.kamSheets = prev.outputs.kamSheets;
  }
  const first = report.touched[0] ?? source.ref.address;
  if (kind === "columns")
    outputs.classColumns = { name: first, address: first, inTable: source.ref.kind === "table" };
  if (kind === "analysis") outputs.analysisSheet = first;
  if (kind === "kam") outputs.kamSheets = report.touched.length ? report.touched : [first];
  // The KAM sheets belong to the workbook: their choices stay until the next KAM run.
  const kamStored = kind === "kam" ? storedKamAfter(prev, kam) : prev?.kam;
  return {
    version: 1,
    source: source.ref,
    settings: run,
    ranAt: now.toISOString(),
    language: lang,
    outputs,
    ...(kamStored ? { kam: kamStored } : {}),
    figures: runFigures(input.result),
    // The one-pagers belong to the workbook, like the KAM sheets.
    ...(prev?.onePagers?.length ? { onePagers: prev.onePagers } : {}),
  };
}

/** What Refresh asks of the pane while it runs. */
export interface RefreshSteps {
  /** The pane's language; outputs are rewritten in the language they were created in. */
  lang: Language;
  /** The pane's key-account choices (used only for runs stored before the choices were kept). */
  kam: PaneKam;
  onProgress?: Progress;
  /** The stored source was read: the pane shows it; returns the settings to analyze with. */
  onSource(source: SourceData, stored: StoredRun): RunSettings;
  /**
   * Analyses (in the worker) against the last run's record; null when stopped or failed (the
   * pane has shown why).
   */
  analyze(
    source: SourceData,
    run: RunSettings,
    lastRun: RunRecord | null
  ): Promise<AnalysisResult | null>;
  onWriting?(kind: ActionKind): void;
  /** False once Stop or a newer operation made this refresh stale. */
  isCurrent(): boolean;
}

export type RefreshOutcome =
  | { kind: "none" }
  | { kind: "stopped" }
  | { kind: "sourceMissing"; error: Notice }
  | {
      kind: "done";
      stored: StoredRun;
      source: SourceData;
      result: AnalysisResult;
      report: ActionReport;
      changes: RunChanges;
    };

/**
 * Repeats the stored run: reads its source again (grown or moved), analyses with the stored
 * settings, rewrites every output it had with the stored key-account choices, stores the run with
 * its new figures and returns what changed since the last run.
 */
export async function refreshRun(
  api: ExcelApi,
  fallback: StoredRun | null,
  steps: RefreshSteps
): Promise<RefreshOutcome> {
  const stored = (await api.loadRun()) ?? fallback;
  if (!stored) return { kind: "none" };
  let source: SourceData;
  try {
    source = await api.readSource({ ref: stored.source, onProgress: steps.onProgress });
  } catch (err) {
    const n = noticeOf(err);
    return {
      kind: "sourceMissing",
      error: n.kind === "core" ? n : { kind: "ui", key: "errorRefreshSource" },
    };
  }
  if (!steps.isCurrent()) return { kind: "stopped" };
  const run = steps.onSource(source, stored);
  const kam = refreshKamOptions(stored, steps.kam);
  // The period rule is applied to the new data; the record says what changed since the last run.
  // The source is the stored run's own, even when it grew: its record is this data's last run.
  const lastRun = await api.loadRunRecord();
  const result = await steps.analyze(source, run, lastRun);
  if (!result || !steps.isCurrent()) return { kind: "stopped" };
  const writeLang = stored.language ?? steps.lang;
  const lines: Message[] = [];
  const touched: string[] = [];
  let syncs = 0;
  const kinds = outputKinds(stored);
  for (const kind of kinds) {
    steps.onWriting?.(kind);
    const r = await writeOutput(api, kind, { source, result, run, kam }, writeLang);
    lines.push(...r.lines);
    touched.push(...r.touched);
    syncs += r.syncs;
    if (!steps.isCurrent()) return { kind: "stopped" };
  }
  // The data's ratings are read once for all one-pagers.
  const onePagers = stored.onePagers ?? [];
  const onePagerKam = onePagers.length ? withScoreSettings(kam, { source, result, run }) : kam;
  for (const key of onePagers) {
    const r = await api.writeOnePager(result, key, onePagerKam, writeLang);
    lines.push(...r.lines);
    touched.push(...r.touched);
    syncs += r.syncs;
    if (!steps.isCurrent()) return { kind: "stopped" };
  }
  const next: StoredRun = {
    ...stored,
    source: source.ref,
    settings: run,
    ranAt: new Date().toISOString(),
    figures: runFigures(result),
  };
  if (kinds.includes("kam")) next.kam = storedKamAfter(stored, kam);
  await api.saveRun(next);
  await saveRunRecordOf(api, result);
  if (!steps.isCurrent()) return { kind: "stopped" };
  return {
    kind: "done",
    stored: next,
    source,
    result,
    report: { lines, touched, syncs },
    changes: runChanges(stored.figures, next.figures!, lines, result),
  };
}
