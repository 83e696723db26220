import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ExcelApi } from "../../excel/api";
import { useLang } from "../i18n/LangContext";
import { isSelectionMistake, selectionAdvice } from "../logic/selectionAdvice";
import { usePane } from "../state/usePane";
import { useOnePager } from "../state/useOnePager";
import type { AnalysisRunner } from "../worker/client";
import { useDueItems } from "../state/useDueItems";
import { ChangesCard } from "./ChangesCard";
import { DueItemsCard } from "./DueItemsCard";
import { LastRunCard } from "./LastRunCard";
import { NoticeBar } from "./NoticeBar";
import { OutcomeBar } from "./OutcomeBar";
import { ProgressPanel } from "./ProgressPanel";
import { sheetLinks } from "./sheetLinks";
import { Steps } from "./Steps";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXL,
    minWidth: "0",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: { paddingTop: tokens.spacingVerticalM, display: "flex", flexDirection: "column" },
  title: {
    margin: "0",
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  sticky: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/**
 * The pane around two journeys: the monthly refresh (last run card with Refresh, then what changed)
 * and the first analysis (steps Data · Results · Write to workbook). Progress, messages and the
 * one-line confirmation of the last action stay in view at the top.
 */
export function Pane({ api, runner }: { api: ExcelApi; runner: AnalysisRunner }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const pane = usePane(api, runner, lang);
  const st = pane.state;
  const due = useDueItems(api, st.storedRun);
  const onePager = useOnePager(api, lang, {
    result: st.result,
    source: st.source,
    kam: st.kam,
    storedRun: st.storedRun,
    run: pane.runSettings,
    done: pane.onePagerDone,
  });
  const { error, info, busy, outcome } = st;
  // After a refresh, what changed is the first thing to read.
  useEffect(() => {
    if (st.changes) window.scrollTo?.({ top: 0 });
  }, [st.changes]);
  const mistake = error ? isSelectionMistake(error) : false;
  const advice = error ? selectionAdvice(error, st.result ? null : st.source) : null;
  const { say } = useLang();
  const strip = useRef<HTMLDivElement>(null);
  const monthly = st.journey === "refresh" && st.storedRun;
  return (
    <main className={s.root} aria-busy={!!busy || pane.pending} data-pending={pane.pending}>
      <header className={s.header}>
        <h1 className={s.title}>{t("appTitle")}</h1>
        <Text size={200}>{t("appSubtitle")}</Text>
      </header>
      {/* The live region stays mounted (screen readers announce changes); the strip only when needed. */}
      <div ref={strip} className={busy || error || info || outcome ? s.sticky : undefined}>
        <ProgressPanel busy={busy} onStop={pane.stop} />
        {error && (
          <NoticeBar
            intent={mistake ? "warning" : "error"}
            title={mistake ? t("checkSelection") : undefined}
            notice={error}
            advice={advice ? say(advice) : undefined}
            onDismiss={() => pane.dismiss("error")}
          />
        )}
        {info && <NoticeBar intent="info" notice={info} onDismiss={() => pane.dismiss("info")} />}
        {outcome && (
          <OutcomeBar
            key={`${outcome.kind}|${outcome.report.touched.join()}|${say(outcome.notice)}`}
            outcome={outcome}
            onGoTo={(a) => void pane.goTo(a)}
            onDismiss={() => pane.dismiss("outcome")}
          />
        )}
      </div>
      {monthly && st.changes && (
        <ChangesCard
          changes={st.changes}
          links={sheetLinks(st.storedRun!, t)}
          onGoTo={(a) => void pane.goTo(a)}
        />
      )}
      {monthly && (
        <LastRunCard run={st.storedRun!} busy={!!busy} onRefresh={() => void pane.refresh()} />
      )}
      {monthly && due.length > 0 && <DueItemsCard items={due} onGoTo={(a) => void pane.goTo(a)} />}
      <Steps pane={pane} api={api} onePager={onePager} />
      {!monthly && st.storedRun && (
        <LastRunCard run={st.storedRun} busy={!!busy} onRefresh={() => void pane.refresh()} />
      )}
    </main>
  );
}
