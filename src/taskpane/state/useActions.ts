// The write slice: plan an action (what it will touch), confirm and run it, store the run after
// it; the key-account choices that go with the KAM action.
import { useCallback } from "react";
import type { Language } from "../../core/types";
import type { ExcelApi } from "../../excel/api";
import {
  planOutput,
  saveRunRecordOf,
  storedRunAfter,
  writeOutput,
  type ActionKind,
  type RunInput,
} from "./flows";
import { kamOptionsOf } from "./kam";
import { noticeOf, throttled } from "./notice";
import { actionOutcome, writingProgress } from "./outcomes";
import type { ActionState, PaneState } from "./paneState";
import { toRunSettings } from "./settings";
import type { PaneStore } from "./store";

export function useActions(
  { latest, patch, op, setBusy }: PaneStore,
  api: ExcelApi,
  lang: Language
) {
  const setAction = useCallback(
    (kind: ActionKind, a: ActionState) => patch((s) => ({ actions: { ...s.actions, [kind]: a } })),
    [patch]
  );

  /** The current data, analysis and choices as one write's input; null while incomplete. */
  const input = useCallback((): RunInput | null => {
    const { source, result, settings, kam } = latest.current;
    const run = toRunSettings(settings);
    return source && result && run ? { source, result, run, kam: kamOptionsOf(kam) } : null;
  }, [latest]);

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
    [api, lang, setAction, input]
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
        const report = await writeOutput(api, kind, now, lang, throttled(setBusy, writingProgress));
        const stored = storedRunAfter(latest.current.storedRun, kind, report, now, lang);
        await api.saveRun(stored);
        await saveRunRecordOf(api, now.result);
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
    [api, lang, patch, setAction, setBusy, input, latest, op]
  );

  /** New key-account choices; a KAM plan on screen is for the old ones and is closed. */
  const setKam = useCallback(
    (p: Partial<PaneState["kam"]>) =>
      patch((s) => ({
        kam: { ...s.kam, ...p },
        actions:
          s.actions.kam.phase === "confirm" ? { ...s.actions, kam: { phase: "idle" } } : s.actions,
      })),
    [patch]
  );

  return {
    planAction,
    confirmAction,
    cancelAction,
    setKam,
    dismissActionError: cancelAction,
  };
}
