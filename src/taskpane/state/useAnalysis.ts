// The data slice: read the selection, keep the settings, analyse (in the worker) whenever the
// source or valid settings change, stop, select the rows a note is about.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import type { RunRecord } from "../../core/time/runRecord";
import type { RunSettings, SourceData } from "../../excel/types";
import { DEFAULT_PERIOD } from "../logic/period";
import { analysisRequest, rowsAddress } from "../logic/source";
import { Cancelled, type AnalysisRunner } from "../worker/client";
import { lastRunRecord } from "./flows";
import { noticeOf, selectedNotice, throttled } from "./notice";
import { analysisStepBusy, readingProgress } from "./outcomes";
import { IDLE } from "./paneState";
import { toRunSettings, type PaneSettings } from "./settings";
import type { PaneStore } from "./store";

export function useAnalysis(
  { latest, patch, op, setBusy, state }: PaneStore,
  api: ExcelApi,
  runner: AnalysisRunner,
  lang: Language
) {
  const analyzedKey = useRef("");
  const sourceVersion = useRef(0);
  /** The last run's record of the current source, compared with by every analysis of it. */
  const lastRun = useRef<RunRecord | null>(null);

  const analyze = useCallback(
    async (
      source: SourceData,
      run: RunSettings,
      id: number,
      record: RunRecord | null = lastRun.current
    ): Promise<AnalysisResult | null> => {
      const rows = source.grid.length;
      setBusy({ label: { kind: "ui", key: "progressAnalyzing", params: { rows } } });
      try {
        const result = await runner.run(
          source.grid,
          analysisRequest(run, source, lang, record),
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
    [runner, lang, patch, setBusy, op]
  );

  const runSettings = useMemo(() => toRunSettings(state.settings), [state.settings]);
  const runKey = analysisKey(runSettings);

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

  /** A source read by another flow (refresh) and analysed by it: the effect must not run again. */
  const adoptSource = useCallback((run: RunSettings) => {
    sourceVersion.current++;
    analyzedKey.current = `${sourceVersion.current}|${analysisKey(run)}`;
  }, []);

  /** The record later analyses of the current source compare with (refresh loads it). */
  const keepLastRun = useCallback((record: RunRecord | null) => {
    lastRun.current = record;
  }, []);

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
      // A first analysis of the stored run's source says what changed since that run.
      const record = await lastRunRecord(api, latest.current.storedRun, source).catch(() => null);
      if (op.current !== id) return;
      lastRun.current = record;
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
        // A chosen period may not exist in other data: back to the latest 12 months.
        settings: { ...s.settings, columns: {}, headerRow: undefined, period: DEFAULT_PERIOD },
      }));
    } catch (err) {
      if (op.current === id) patch({ busy: null, error: noticeOf(err), step: "data" });
    }
  }, [api, patch, setBusy, op, latest]);

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
  }, [runner, patch, op]);

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
  }, [api, patch, latest]);

  return {
    /** A re-run waits for the end of typing: results on screen are about to change. */
    pending: scheduled,
    runSettings,
    analyze,
    adoptSource,
    keepLastRun,
    readSelection,
    updateSettings,
    stop,
    selectRows,
  };
}

/** What the analysis depends on: the class-columns option changes only what is written. */
function analysisKey(run: RunSettings | null): string {
  return JSON.stringify(run && { ...run, timeColumns: undefined });
}
