// The pane's hook: one state object (./store.ts) and the slices that act on it — the data and its
// analysis (./useAnalysis.ts), the workbook actions (./useActions.ts), the stored run and Refresh
// (./useRefresh.ts). The flows themselves are plain functions in ./flows.ts. Components get narrow
// slices of the state and callbacks.
import { useCallback } from "react";
import type { Language } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import type { AnalysisRunner } from "../worker/client";
import { noticeOf } from "./notice";
import type { Step } from "./paneState";
import { usePaneStore } from "./store";
import { useActions } from "./useActions";
import { useAnalysis } from "./useAnalysis";
import { useRefresh } from "./useRefresh";

export type { ActionKind } from "./flows";
export type { Busy, Notice } from "./notice";
export type { ActionState, Journey, Outcome, PaneState, Step } from "./paneState";

export function usePane(api: ExcelApi, runner: AnalysisRunner, lang: Language) {
  const store = usePaneStore();
  const { patch } = store;
  const analysis = useAnalysis(store, api, runner, lang);
  const actions = useActions(store, api, lang);
  const { refresh } = useRefresh(store, api, lang, analysis);

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

  return {
    state: store.state,
    /** A re-run waits for the end of typing: results on screen are about to change. */
    pending: analysis.pending,
    runSettings: analysis.runSettings,
    readSelection: analysis.readSelection,
    updateSettings: analysis.updateSettings,
    stop: analysis.stop,
    selectRows: analysis.selectRows,
    planAction: actions.planAction,
    confirmAction: actions.confirmAction,
    cancelAction: actions.cancelAction,
    refresh,
    goTo,
    setStep: (step: Step) => patch({ step }),
    setKam: actions.setKam,
    dismiss: (what: "error" | "info" | "dataInfo" | "outcome") => patch({ [what]: null }),
    dismissActionError: actions.dismissActionError,
  };
}

export type Pane = ReturnType<typeof usePane>;
