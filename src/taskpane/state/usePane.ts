// The hook that keeps the pane's state around the flows of ./flows.ts: read the selection, analyze
// (worker), plan and write outputs, refresh. Components get narrow slices of it and callbacks.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import type { RunChanges } from "../../core/run/changes";
import type { Language, ProgressPhase } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import type { ActionReport, RunSettings, SourceData, StoredRun } from "../../excel/types";
import { goToAddress, sheetOfAddress } from "../logic/goTo";
import { analysisRequest, rowsAddress } from "../logic/source";
import { Cancelled, type AnalysisRunner } from "../worker/client";
import {
  planOutput,
  refreshRun,
  storedRunAfter,
  writeOutput,
  type ActionKind,
  type RunInput,
} from "./flows";
import { DEFAULT_KAM, kamFromStored, kamOptionsOf, type PaneKam } from "./kam";
import { noticeOf, selectedNotice, throttled, type Busy, type Notice } from "./notice";
import { DEFAULT_SETTINGS, fromRunSettings, toRunSettings, type PaneSettings } from "./settings";

export type { ActionKind } from "./flows";
export type { Busy, Notice } from "./notice";

export interface ActionState {
  phase: "idle" | "planning" | "confirm" | "running";
  plan?: ActionReport;
  /** Shown in the action's card, where the user is looking. */
  error?: Notice;
}

/** The one-line confirmation of the last action or refresh; a newer one replaces it. */
export interface Outcome {
  kind: ActionKind | "refresh" | "onePager";
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

const IDLE: Record<ActionKind, ActionState> = {
  columns: { phase: "idle" },
  analysis: { phase: "idle" },
  kam: { phase: "idle" },
};

const OUTCOME_KEYS = {
  columns: "doneColumns",
  analysis: "doneAnalysis",
  kam: "doneKam",
} as const;

const readingProgress = (done: number, total: number): Notice => ({
  kind: "ui",
  key: "progressReadingRows",
  params: { done, total },
});

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
    actions: IDLE,
    outcome: null,
    changes: null,
    kam: DEFAULT_KAM,
    storedRun: null,
    journey: "first",
    step: "data",
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
      (storedRun) =>
        patch((s) => ({
          storedRun,
          kam: kamFromStored(storedRun, s.kam),
          // Opened with a stored run and nothing read yet: the monthly refresh is the common case.
          journey: storedRun && !s.source ? "refresh" : s.journey,
        })),
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
        patch((s) => ({
          result,
          lastTable: result.table,
          error: null,
          busy: null,
          // The first result of newly read data: the user wants to see it.
          step: s.step === "data" && !s.result && s.journey === "first" ? "results" : s.step,
        }));
        return result;
      } catch (err) {
        if (err instanceof Cancelled || op.current !== id) return null;
        patch({ result: null, error: noticeOf(err), busy: null, step: "data" });
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
        outcome: null,
        changes: null,
        journey: "first",
        step: "data",
        settings: { ...s.settings, columns: {}, headerRow: undefined },
      }));
    } catch (err) {
      if (op.current === id) patch({ busy: null, error: noticeOf(err), step: "data" });
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
      patch({ dataInfo: selectedNotice(selected, count) });
    } catch (err) {
      patch({ dataInfo: noticeOf(err) });
    }
  }, [api, patch]);

  const setAction = useCallback(
    (kind: ActionKind, a: ActionState) => patch((s) => ({ actions: { ...s.actions, [kind]: a } })),
    [patch]
  );

  /** The current data, analysis and choices as one write's input; null while incomplete. */
  const input = (): RunInput | null => {
    const { source, result, settings, kam } = latest.current;
    const run = toRunSettings(settings);
    return source && result && run ? { source, result, run, kam: kamOptionsOf(kam) } : null;
  };

  const planAction = useCallback(
    async (kind: ActionKind) => {
      const now = input();
      if (!now) return;
      setAction(kind, { phase: "planning" });
      try {
        setAction(kind, { phase: "confirm", plan: await planOutput(api, kind, now, lang) });
      } catch (err) {
        setAction(kind, { phase: "idle", error: noticeOf(err) });
      }
    },
    [api, lang, setAction]
  );

  const cancelAction = useCallback(
    (kind: ActionKind) => setAction(kind, { phase: "idle" }),
    [setAction]
  );

  const confirmAction = useCallback(
    async (kind: ActionKind) => {
      const now = input();
      if (!now) return;
      const id = ++op.current;
      setAction(kind, { phase: "running" });
      setBusy({ label: { kind: "ui", key: "progressWriting" } });
      try {
        const report = await writeOutput(
          api,
          kind,
          now,
          lang,
          throttled(setBusy, (done, total) => ({
            kind: "ui",
            key: "progressWritingSteps",
            params: { done, total },
          }))
        );
        const stored = storedRunAfter(latest.current.storedRun, kind, report, now, lang);
        await api.saveRun(stored);
        if (op.current !== id) return;
        patch((s) => ({
          busy: null,
          storedRun: stored,
          actions: { ...s.actions, [kind]: { phase: "idle" } },
          outcome: actionOutcome(kind, report),
          kam: kind === "kam" && s.kam.roadmap ? { ...s.kam, roadmapDone: true } : s.kam,
        }));
      } catch (err) {
        if (op.current !== id) return;
        setAction(kind, { phase: "idle", error: noticeOf(err) });
        patch({ busy: null });
      }
    },
    [api, lang, patch, setAction, setBusy]
  );

  const refresh = useCallback(async () => {
    const id = ++op.current;
    const isCurrent = () => op.current === id;
    patch({ error: null, info: null, outcome: null, changes: null });
    setBusy({ label: { kind: "ui", key: "progressReading" } });
    try {
      const outcome = await refreshRun(api, latest.current.storedRun, {
        lang,
        kam: latest.current.kam,
        onProgress: throttled((b) => isCurrent() && setBusy(b), readingProgress),
        onSource: (source, stored) => {
          const settings = fromRunSettings(stored.settings, latest.current.settings);
          const run = toRunSettings(settings) ?? stored.settings;
          sourceVersion.current++;
          // The effect must not start a second analysis of the same data.
          analyzedKey.current = `${sourceVersion.current}|${JSON.stringify(run)}`;
          // The key-account choices of the stored run are shown (and used, see refreshRun).
          patch((s) => ({
            source,
            settings,
            result: null,
            actions: IDLE,
            kam: kamFromStored(stored, s.kam),
          }));
          return run;
        },
        analyze: (source, run) => analyze(source, run, id),
        onWriting: () => setBusy({ label: { kind: "ui", key: "progressWriting" } }),
        isCurrent,
      });
      if (!isCurrent()) return;
      if (outcome.kind === "none")
        patch({ busy: null, storedRun: null, info: { kind: "ui", key: "refreshNone" } });
      else if (outcome.kind === "sourceMissing") patch({ busy: null, error: outcome.error });
      else if (outcome.kind === "done") {
        const { result, report, stored } = outcome;
        patch({
          busy: null,
          storedRun: stored,
          changes: outcome.changes,
          journey: "refresh",
          step: "results",
          outcome: {
            kind: "refresh",
            report,
            target: report.touched[0] ? goToAddress(report.touched[0]) : undefined,
            notice: {
              kind: "ui",
              key: "refreshDone",
              params: {
                customers: result.summary.customers,
                rows: result.summary.rowsUsed,
                outputs: report.touched.length,
              },
            },
          },
        });
      }
    } catch (err) {
      if (isCurrent()) patch({ busy: null, error: noticeOf(err) });
    }
  }, [api, lang, analyze, patch, setBusy]);

  const goTo = useCallback(
    async (address: string) => {
      try {
        await api.select(address);
      } catch (err) {
        patch({ error: noticeOf(err) });
      }
    },
    [api, patch]
  );

  /** A one-pager was written (useOnePager): its outcome, and the run that remembers it. */
  const onePagerDone = useCallback(
    (report: ActionReport, stored: StoredRun | null) =>
      patch((s) => ({ outcome: onePagerOutcome(report), storedRun: stored ?? s.storedRun })),
    [patch]
  );

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
    goTo,
    setStep: (step: Step) => patch({ step }),
    /** New key-account choices; a KAM plan on screen is for the old ones and is closed. */
    setKam: (p: Partial<PaneState["kam"]>) =>
      patch((s) => ({
        kam: { ...s.kam, ...p },
        actions:
          s.actions.kam.phase === "confirm" ? { ...s.actions, kam: { phase: "idle" } } : s.actions,
      })),
    dismiss: (what: "error" | "info" | "dataInfo" | "outcome") => patch({ [what]: null }),
    dismissActionError: (kind: ActionKind) => setAction(kind, { phase: "idle" }),
    onePagerDone,
  };
}

export type Pane = ReturnType<typeof usePane>;

/** The one-line confirmation of an action, in the past tense, with where to look. */
function actionOutcome(kind: ActionKind, report: ActionReport): Outcome {
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

/** The one-line confirmation of a one-pager written (touched holds its printed area). */
function onePagerOutcome(report: ActionReport): Outcome {
  const first = report.touched[0];
  return {
    kind: "onePager",
    report,
    target: goToAddress(first),
    notice: { kind: "ui", key: "doneOnePager", params: { target: sheetOfAddress(first) } },
  };
}

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
