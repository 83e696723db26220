// The one-pager action of the pane: pick a key account, see what will be written, confirm. Its own
// state, next to usePane; the outcome and the stored run go back through `done`.
import { useCallback, useMemo, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import type { ActionReport, RunSettings, SourceData, StoredRun } from "../../excel/types";
import type { ActionState } from "./usePane";
import { kamOptionsOf, type PaneKam } from "./kam";
import { noticeOf } from "./notice";
import { onePagerChoices, storedRunWithOnePager } from "./onePager";
import { withScoreSettings } from "./scoreKeys";

export interface OnePagerInput {
  result: AnalysisResult | null;
  /** The data of `result` (its rating columns count in the score). */
  source: SourceData | null;
  kam: PaneKam;
  storedRun: StoredRun | null;
  /** The run's settings: the user's score weights (the one-pager shows the pane's score). */
  run: RunSettings | null;
  /** A one-pager was written: the pane shows the outcome and keeps the run that remembers it. */
  done(report: ActionReport, stored: StoredRun | null): void;
}

export function useOnePager(api: ExcelApi, lang: Language, input: OnePagerInput) {
  const { result, source, kam, storedRun, run, done } = input;
  const [key, setKey] = useState<string | null>(null);
  const [action, setAction] = useState<ActionState>({ phase: "idle" });
  const choices = useMemo(
    () => (result ? onePagerChoices(result, kamOptionsOf(kam)) : []),
    [result, kam]
  );
  // What the one-pager is written with, the data's ratings read once per analysis.
  const options = useMemo(
    () =>
      result && source
        ? withScoreSettings(kamOptionsOf(kam), { source, result, run: run ?? undefined })
        : null,
    [result, source, kam, run]
  );
  // A key account that is no longer one (other choices, new data) is not offered.
  const picked = key !== null && choices.some((c) => c.key === key) ? key : null;

  const plan = useCallback(async () => {
    if (!result || !options || picked === null) return;
    setAction({ phase: "planning" });
    try {
      const report = await api.planOnePager(result, picked, options, lang);
      setAction({ phase: "confirm", plan: report });
    } catch (err) {
      setAction({ phase: "idle", error: noticeOf(err) });
    }
  }, [api, lang, result, picked, options]);

  const confirm = useCallback(async () => {
    if (!result || !options || picked === null) return;
    setAction({ phase: "running" });
    try {
      const report = await api.writeOnePager(result, picked, options, lang);
      // Nothing written (not the add-in's sheet, rows inserted ...): the reason, in the card.
      if (!report.touched.length) {
        setAction({ phase: "idle", error: { kind: "core", message: report.lines[0] } });
        return;
      }
      // Remembered for Refresh.
      const stored = storedRun ? storedRunWithOnePager(storedRun, picked) : null;
      if (stored) await api.saveRun(stored);
      setAction({ phase: "idle" });
      done(report, stored);
    } catch (err) {
      setAction({ phase: "idle", error: noticeOf(err) });
    }
  }, [api, lang, result, picked, options, storedRun, done]);

  return {
    choices,
    picked,
    action,
    pick: (k: string | null) => {
      setKey(k);
      setAction({ phase: "idle" });
    },
    plan,
    confirm,
    cancel: () => setAction({ phase: "idle" }),
    dismissError: () => setAction({ phase: "idle" }),
  };
}

export type OnePager = ReturnType<typeof useOnePager>;
