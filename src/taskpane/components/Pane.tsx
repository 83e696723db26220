import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelApi } from "../../excel/api";
import { useLang } from "../i18n/LangContext";
import { usePane } from "../state/usePane";
import type { AnalysisRunner } from "../worker/client";
import { ActionsSection } from "./ActionsSection";
import { DataSection } from "./DataSection";
import { MethodSection } from "./MethodSection";
import { NoticeBar } from "./NoticeBar";
import { ProgressPanel } from "./ProgressPanel";
import { RefreshSection } from "./RefreshSection";
import { ResultsSection } from "./ResultsSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXL,
    minWidth: "0",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: { paddingTop: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
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

export function Pane({ api, runner }: { api: ExcelApi; runner: AnalysisRunner }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const pane = usePane(api, runner, lang);
  const { result, error, info, busy } = pane.state;
  return (
    <main className={s.root} aria-busy={!!busy || pane.pending} data-pending={pane.pending}>
      <header className={s.header}>
        <h1 className={s.title}>{t("appTitle")}</h1>
        <Text size={200}>{t("appSubtitle")}</Text>
      </header>
      {/* Progress and messages stay in view while the user scrolls the long pane. */}
      {/* The live region stays mounted (screen readers announce changes); the strip only when needed. */}
      <div className={busy || error || info ? s.sticky : undefined}>
        <ProgressPanel busy={busy} onStop={pane.stop} />
        {error && (
          <NoticeBar intent="error" notice={error} onDismiss={() => pane.dismiss("error")} />
        )}
        {info && <NoticeBar intent="info" notice={info} onDismiss={() => pane.dismiss("info")} />}
      </div>
      <DataSection pane={pane} />
      <MethodSection pane={pane} />
      {result && <ResultsSection result={result} />}
      {result && <ActionsSection pane={pane} result={result} />}
      <RefreshSection pane={pane} />
    </main>
  );
}
