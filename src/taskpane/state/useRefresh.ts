// The monthly slice: the stored run (loaded when the pane opens) and Refresh, which repeats it.
import { useCallback, useEffect } from "react";
import type { AnalysisResult } from "../../core/analyze";
import type { RunRecord } from "../../core/time/runRecord";
import type { Language } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import type { RunSettings, SourceData } from "../../excel/types";
import { refreshRun } from "./flows";
import { kamFromStored } from "./kam";
import { noticeOf, throttled } from "./notice";
import { readingProgress, refreshOutcome } from "./outcomes";
import { IDLE } from "./paneState";
import { refreshSettings } from "./settings";
import type { PaneStore } from "./store";

/** What Refresh needs of the data slice. */
export interface AnalysisSlice {
  analyze(
    source: SourceData,
    run: RunSettings,
    id: number,
    lastRun: RunRecord | null
  ): Promise<AnalysisResult | null>;
  adoptSource(run: RunSettings): void;
  keepLastRun(lastRun: RunRecord | null): void;
}

export function useRefresh(
  { latest, patch, op, setBusy }: PaneStore,
  api: ExcelApi,
  lang: Language,
  { analyze, adoptSource, keepLastRun }: AnalysisSlice
) {
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
          const { settings, run } = refreshSettings(stored.settings, latest.current.settings);
          adoptSource(run);
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
        analyze: (source, run, lastRun) => {
          // Later re-runs of this data (other settings) compare with the same record.
          keepLastRun(lastRun);
          return analyze(source, run, id, lastRun);
        },
        onWriting: () => setBusy({ label: { kind: "ui", key: "progressWriting" } }),
        isCurrent,
      });
      if (!isCurrent()) return;
      if (outcome.kind === "none")
        patch({ busy: null, storedRun: null, info: { kind: "ui", key: "refreshNone" } });
      else if (outcome.kind === "sourceMissing") patch({ busy: null, error: outcome.error });
      else if (outcome.kind === "done")
        patch({
          busy: null,
          storedRun: outcome.stored,
          changes: outcome.changes,
          journey: "refresh",
          step: "results",
          outcome: refreshOutcome(outcome.report, outcome.result.summary),
        });
    } catch (err) {
      if (isCurrent()) patch({ busy: null, error: noticeOf(err) });
    }
  }, [api, lang, analyze, adoptSource, keepLastRun, patch, setBusy, latest, op]);

  return { refresh };
}
