// The pane's flow: read the selection, analyze in the worker, plan and write outputs, refresh.
// Components get the state and these functions; they hold no flow of their own.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import { MESSAGES } from "../../core/i18n/messages";
import type { Language, Message, ProgressPhase } from "../../core/types";
import type { ExcelApi, KamOptions } from "../../excel/api";
import type { ActionReport, RunSettings, SourceData, StoredRun } from "../../excel/types";
import type { StringKey } from "../i18n/strings";
import type { Params } from "../i18n/text";
import { analysisRequest, rowsAddress } from "../logic/source";
import { Cancelled, type AnalysisRunner } from "../worker/client";
import {
  DEFAULT_KAM,
  kamFromStored,
  kamOptionsOf,
  refreshKamOptions,
  storedKamAfter,
  type PaneKam,
} from "./kam";
import { writeKam } from "./writeKam";
import { DEFAULT_SETTINGS, fromRunSettings, toRunSettings, type PaneSettings } from "./settings";

/** A text to show: a core/Excel-layer message or one of the pane's own strings. */
export type Notice =
  { kind: "core"; message: Message } | { kind: "ui"; key: StringKey; params?: Params };

export interface Busy {
  label: Notice;
  /** 0..1, or undefined while the length is unknown. */
  value?: number;
}

export type ActionKind = "columns" | "analysis" | "kam";

export interface ActionState {
  phase: "idle" | "planning" | "confirm" | "running" | "done";
  plan?: ActionReport;
  report?: ActionReport;
  /** Shown next to the action's button, where the user is looking. */
  error?: Notice;
}

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
  /** Outcome of the last refresh, in the Refresh section. */
  refreshInfo: Notice | null;
  actions: Record<ActionKind, ActionState>;
  /** Key-account choices; restored from the stored run on load and by Refresh. */
  kam: PaneKam;
  storedRun: StoredRun | null;
  refreshReport: ActionReport | null;
}

const IDLE: Record<ActionKind, ActionState> = {
  columns: { phase: "idle" },
  analysis: { phase: "idle" },
  kam: { phase: "idle" },
};

/** An error as a notice: AnalysisError and Excel-layer codes have texts; others say what failed. */
export function noticeOf(err: unknown): Notice {
  const e = err as { code?: unknown; params?: unknown; message?: unknown };
  if (e && typeof e.code === "string" && MESSAGES[e.code]) {
    return { kind: "core", message: { code: e.code, params: e.params as Message["params"] } };
  }
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return { kind: "ui", key: "errorUnexpected", params: { message } };
}

/** Progress callbacks fire per chunk; the pane repaints at most every 100 ms. */
function throttled(set: (b: Busy) => void, label: (done: number, total: number) => Notice) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    set({ label: label(done, total), value: total > 0 ? done / total : undefined });
  };
}

export function usePane(api: ExcelApi, runner: AnalysisRunner, lang: Language) {
  const [state, setState] = useState<PaneState>(() => ({
    settings: DEFAULT_SETTINGS,
    source: null,
    result: null,
    lastTable: null,
    busy: null,
    error: null,
    info: null,
    dataInfo: null,
    refreshInfo: null,
    actions: IDLE,
    kam: DEFAULT_KAM,
    storedRun: null,
    refreshReport: null,
  }));
  const latest = useRef(state);
  latest.current = state;
  const patch = useCallback((p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
    setState((s) => ({ ...s, ...(typeof p === "function" ? p(s) : p) }));
  }, []);
  // Each long operation has an id; Stop or a newer operation makes older results stale.
  const op = useRef(0);
  const analyzedKey = useRef("");
  const sourceVersion = useRef(0);
  const setBusy = useCallback((busy: Busy | null) => patch({ busy }), [patch]);

  useEffect(() => {
    api.loadRun().then(
      (storedRun) => patch((s) => ({ storedRun, kam: kamFromStored(storedRun, s.kam) })),
      () => undefined // No stored run is the normal first start.
    );
  }, [api, patch]);

  const analyze = useCallback(
    async (source: SourceData, run: RunSettings, id: number): Promise<AnalysisResult | null> => {
      const rows = source.grid.length;
      setBusy({ label: { kind: "ui", key: "progressAnalyzing", params: { rows } } });
      try {
        const result = await runner.run(
          source.grid,
          analysisRequest(run, source, lang),
          (phase, done, total, step) => {
            if (op.current !== id) return;
            if (phase === "sending")
              setBusy({
                label: { kind: "ui", key: "progressSending", params: { done, total } },
                value: total ? done / total : undefined,
              });
            else if (step) setBusy(analysisStepBusy(step, done, total));
            else setBusy({ label: { kind: "ui", key: "progressAnalyzing", params: { rows } } });
          }
        );
        if (op.current !== id) return null;
        patch({ result, lastTable: result.table, error: null, busy: null });
        return result;
      } catch (err) {
        if (err instanceof Cancelled || op.current !== id) return null;
        patch({ result: null, error: noticeOf(err), busy: null });
        return null;
      }
    },
    [runner, lang, patch, setBusy]
  );

  const runSettings = useMemo(() => toRunSettings(state.settings), [state.settings]);
  const runKey = JSON.stringify(runSettings);

  // Re-run whenever the source or valid settings change (debounced for typing).
  const [scheduled, setScheduled] = useState(false);
  useEffect(() => {
    const { source } = latest.current;
    const key = `${sourceVersion.current}|${runKey}`;
    if (!source || !runSettings || key === analyzedKey.current) {
      setScheduled(false);
      return;
    }
    setScheduled(true);
    const timer = setTimeout(() => {
      setScheduled(false);
      analyzedKey.current = key;
      const id = ++op.current;
      patch({ actions: IDLE });
      void analyze(source, runSettings, id);
    }, 200);
    return () => clearTimeout(timer);
  }, [state.source, runKey]);

  const readingProgress = (done: number, total: number): Notice => ({
    kind: "ui",
    key: "progressReadingRows",
    params: { done, total },
  });

  const readSelection = useCallback(async () => {
    const id = ++op.current;
    patch({
      busy: { label: { kind: "ui", key: "progressReading" } },
      error: null,
      info: null,
      dataInfo: null,
    });
    try {
      const source = await api.readSource({
        onProgress: throttled((b) => op.current === id && setBusy(b), readingProgress),
      });
      if (op.current !== id) return;
      sourceVersion.current++;
      // Mapping and header row belong to the previous data.
      patch((s) => ({
        source,
        result: null,
        lastTable: null,
        busy: null,
        actions: IDLE,
        refreshReport: null,
        settings: { ...s.settings, columns: {}, headerRow: undefined },
      }));
    } catch (err) {
      if (op.current === id) patch({ busy: null, error: noticeOf(err) });
    }
  }, [api, patch, setBusy]);

  const updateSettings = useCallback(
    (p: Partial<PaneSettings>) => patch((s) => ({ settings: { ...s.settings, ...p } })),
    [patch]
  );

  const stop = useCallback(() => {
    op.current++;
    runner.cancel();
    // Settings stay as they are; the same settings may be run again later.
    analyzedKey.current = "";
    patch({ busy: null, info: { kind: "ui", key: "stopped" } });
  }, [runner, patch]);

  const selectRows = useCallback(async () => {
    const { source, result } = latest.current;
    if (!source || !result) return;
    const rows = result.table.issues.map((i) => i.row);
    const address = rowsAddress(source, rows, result.table.width);
    if (!address) return;
    const count = new Set(rows).size;
    try {
      const selected = await api.select(address);
      patch({
        dataInfo:
          selected.selectedAreas < selected.areas
            ? {
                kind: "ui",
                key: "selectedRowsFirstBlock",
                params: { count: selected.rows, total: count, address: selected.address },
              }
            : { kind: "ui", key: "selectedRows", params: { count: selected.rows } },
      });
    } catch (err) {
      patch({ dataInfo: noticeOf(err) });
    }
  }, [api, patch]);

  const setAction = (kind: ActionKind, a: ActionState) =>
    patch((s) => ({ actions: { ...s.actions, [kind]: a } }));

  const kamOptions = (): KamOptions => kamOptionsOf(latest.current.kam);

  const planAction = useCallback(
    async (kind: ActionKind) => {
      const { source, result } = latest.current;
      if (!source || !result) return;
      setAction(kind, { phase: "planning" });
      try {
        const plan =
          kind === "columns"
            ? await api.planClassColumns(source, lang)
            : kind === "analysis"
              ? await api.planAnalysisSheet(lang)
              : await api.planKamSheets(result, kamOptions(), lang);
        setAction(kind, { phase: "confirm", plan });
      } catch (err) {
        setAction(kind, { phase: "idle", error: noticeOf(err) });
      }
    },
    [api, lang, patch]
  );

  const cancelAction = useCallback(
    (kind: ActionKind) => setAction(kind, { phase: "idle" }),
    [patch]
  );

  const writeProgress = throttled(setBusy, (done, total) => ({
    kind: "ui",
    key: "progressWritingSteps",
    params: { done, total },
  }));

  /** Runs one writer; returns its report. */
  const write = async (
    kind: ActionKind,
    source: SourceData,
    result: AnalysisResult,
    run: RunSettings,
    writeLang: Language,
    kam: KamOptions
  ): Promise<ActionReport> => {
    if (kind === "columns") return api.writeClassColumns(source, result, writeLang, writeProgress);
    if (kind === "analysis")
      return api.writeAnalysisSheet(source, result, run, writeLang, writeProgress);
    return writeKam(api, result, kam, writeLang, writeProgress);
  };

  /** The stored run after an action: same source keeps its outputs, a new source starts over. */
  const storedAfter = (
    kind: ActionKind,
    report: ActionReport,
    source: SourceData,
    run: RunSettings,
    kam: KamOptions
  ): StoredRun => {
    const prev = latest.current.storedRun;
    const sameSource =
      !!prev &&
      prev.source.sheet === source.ref.sheet &&
      (prev.source.name ?? prev.source.address) === (source.ref.name ?? source.ref.address);
    const outputs: StoredRun["outputs"] = sameSource && prev ? { ...prev.outputs } : {};
    if (!sameSource && prev) {
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
      ranAt: new Date().toISOString(),
      language: lang,
      outputs,
      ...(kamStored ? { kam: kamStored } : {}),
    };
  };

  const confirmAction = useCallback(
    async (kind: ActionKind) => {
      const { source, result, settings } = latest.current;
      const run = toRunSettings(settings);
      if (!source || !result || !run) return;
      const id = ++op.current;
      setAction(kind, { phase: "running" });
      setBusy({ label: { kind: "ui", key: "progressWriting" } });
      try {
        const kam = kamOptions();
        const report = await write(kind, source, result, run, lang, kam);
        const stored = storedAfter(kind, report, source, run, kam);
        await api.saveRun(stored);
        if (op.current !== id) return;
        patch((s) => ({
          busy: null,
          storedRun: stored,
          actions: { ...s.actions, [kind]: { phase: "done", report } },
          kam: kind === "kam" && s.kam.roadmap ? { ...s.kam, roadmapDone: true } : s.kam,
        }));
      } catch (err) {
        if (op.current !== id) return;
        setAction(kind, { phase: "idle", error: noticeOf(err) });
        patch({ busy: null });
      }
    },
    [api, lang, patch, setBusy]
  );

  const refresh = useCallback(async () => {
    const id = ++op.current;
    patch({ error: null, info: null, refreshInfo: null, refreshReport: null });
    setBusy({ label: { kind: "ui", key: "progressReading" } });
    try {
      const stored = (await api.loadRun()) ?? latest.current.storedRun;
      if (!stored) {
        patch({ busy: null, storedRun: null, refreshInfo: { kind: "ui", key: "refreshNone" } });
        return;
      }
      let source: SourceData;
      try {
        source = await api.readSource({
          ref: stored.source,
          onProgress: throttled((b) => op.current === id && setBusy(b), readingProgress),
        });
      } catch (err) {
        const n = noticeOf(err);
        patch({
          busy: null,
          error: n.kind === "core" ? n : { kind: "ui", key: "errorRefreshSource" },
        });
        return;
      }
      if (op.current !== id) return;
      const settings = fromRunSettings(stored.settings, latest.current.settings);
      const run = toRunSettings(settings) ?? stored.settings;
      sourceVersion.current++;
      // The effect must not start a second analysis of the same data.
      analyzedKey.current = `${sourceVersion.current}|${JSON.stringify(run)}`;
      // The key-account choices of the stored run, shown and used (not what the pane holds now).
      const kam = refreshKamOptions(stored, latest.current.kam);
      patch((s) => ({
        source,
        settings,
        result: null,
        actions: IDLE,
        kam: kamFromStored(stored, s.kam),
      }));
      const result = await analyze(source, run, id);
      if (!result || op.current !== id) return;
      // Outputs are rewritten in the language they were created in, so the same sheets update.
      const writeLang = stored.language ?? lang;
      const lines: Message[] = [];
      const touched: string[] = [];
      let syncs = 0;
      const kinds: ActionKind[] = [];
      if (stored.outputs.classColumns) kinds.push("columns");
      if (stored.outputs.analysisSheet) kinds.push("analysis");
      if (stored.outputs.kamSheets?.length) kinds.push("kam");
      for (const kind of kinds) {
        setBusy({ label: { kind: "ui", key: "progressWriting" } });
        const r = await write(kind, source, result, run, writeLang, kam);
        lines.push(...r.lines);
        touched.push(...r.touched);
        syncs += r.syncs;
        if (op.current !== id) return;
      }
      const next: StoredRun = {
        ...stored,
        source: source.ref,
        settings: run,
        ranAt: new Date().toISOString(),
      };
      if (kinds.includes("kam")) next.kam = storedKamAfter(stored, kam);
      await api.saveRun(next);
      if (op.current !== id) return;
      patch({
        busy: null,
        storedRun: next,
        refreshReport: { lines, touched, syncs },
        refreshInfo: {
          kind: "ui",
          key: "refreshDone",
          params: { customers: result.summary.customers, rows: result.summary.rowsUsed },
        },
      });
    } catch (err) {
      if (op.current === id) patch({ busy: null, error: noticeOf(err) });
    }
  }, [api, lang, analyze, patch, setBusy]);

  return {
    state,
    /** A re-run waits for the end of typing: results on screen are about to change. */
    pending: scheduled,
    runSettings,
    readSelection,
    updateSettings,
    stop,
    selectRows,
    planAction,
    confirmAction,
    cancelAction,
    refresh,
    /** New key-account choices; a KAM plan on screen is for the old ones and is closed. */
    setKam: (p: Partial<PaneState["kam"]>) =>
      patch((s) => ({
        kam: { ...s.kam, ...p },
        actions:
          s.actions.kam.phase === "confirm" ? { ...s.actions, kam: { phase: "idle" } } : s.actions,
      })),
    dismiss: (what: "error" | "info" | "dataInfo" | "refreshInfo") => patch({ [what]: null }),
    dismissReport: (kind: ActionKind) => setAction(kind, { phase: "idle" }),
  };
}

export type Pane = ReturnType<typeof usePane>;

/** Where the analysis stands: reading counts rows; the later steps are short and fixed points. */
function analysisStepBusy(step: ProgressPhase, done: number, total: number): Busy {
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
