import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ExcelApi } from "../../excel/api";
import { useLang } from "../i18n/LangContext";
import { headline } from "../logic/results";
import type { Pane, Step } from "../state/usePane";
import type { OnePager } from "../state/useOnePager";
import { DataSection } from "./DataSection";
import { DataSummary } from "./DataSummary";
import { MethodSection } from "./MethodSection";
import { ResultsSection } from "./ResultsSection";
import { TimeSection } from "./TimeSection";
import { ValueColumnChoice } from "./ValueColumnChoice";
import { WriteSection } from "./WriteSection";

const useStyles = makeStyles({
  steps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  echo: { margin: "0", fontWeight: tokens.fontWeightSemibold },
});

const STEPS: Step[] = ["data", "results", "write"];
// Short labels: the three tabs fit side by side at 320 px in both languages.
const LABELS = { data: "stepData", results: "stepResults", write: "stepWriteShort" } as const;

/** The first analysis as three short steps; each fits the pane without a long scroll. */
export function Steps({
  pane,
  api,
  onePager,
}: {
  pane: Pane;
  api?: ExcelApi;
  onePager?: OnePager;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const st = pane.state;
  const { step, source, result, busy } = st;
  const top = useRef<HTMLDivElement>(null);
  // A new step starts at the top of the view.
  useEffect(() => {
    const el = top.current;
    if (el && el.getBoundingClientRect().top < 0) el.scrollIntoView?.({ block: "start" });
  }, [step]);
  const goToMethod = () => {
    const m = document.getElementById("method");
    m?.scrollIntoView?.({ block: "start" });
    m?.querySelector<HTMLInputElement>("input:checked")?.focus({ preventScroll: true });
  };
  return (
    <div className={s.steps} ref={top}>
      <TabList
        className={s.tabs}
        selectedValue={step}
        onTabSelect={(_, d) => pane.setStep(d.value as Step)}
        aria-label={t("stepsLabel")}
        size="medium"
        data-testid="steps"
      >
        {STEPS.map((k) => (
          <Tab
            key={k}
            value={k}
            id={`step-${k}`}
            aria-controls={`panel-${k}`}
            disabled={k !== "data" && !result}
            data-testid={`step-${k}`}
            aria-label={k === "write" ? t("stepWrite") : undefined}
          >
            {t(LABELS[k])}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`panel-${step}`}
        aria-labelledby={`step-${step}`}
        className={s.panel}
        data-testid={`panel-${step}`}
      >
        {(step === "data" || !result) && (
          <DataSection
            source={source}
            result={result}
            lastTable={st.lastTable}
            settings={st.settings}
            busy={!!busy}
            dataInfo={st.dataInfo}
            onRead={() => void pane.readSelection()}
            onSettings={pane.updateSettings}
            onSelectRows={() => void pane.selectRows()}
            onDismissNote={() => pane.dismiss("dataInfo")}
          />
        )}
        {step === "results" && result && source && (
          <>
            <DataSummary source={source} result={result} onChange={() => pane.setStep("data")} />
            <ResultsSection result={result} onChangeMethod={goToMethod} />
            <TimeSection
              result={result}
              period={st.settings.period}
              onPeriod={(period) => pane.updateSettings({ period })}
              xyzLimits={st.settings.xyzLimits}
              onXyzLimits={(xyzLimits) => pane.updateSettings({ xyzLimits })}
              disabled={!!busy}
            />
            <MethodSection settings={st.settings} onSettings={pane.updateSettings}>
              <p className={s.echo} data-testid="method-headline" aria-live="polite">
                {headline(result.summary, lang, result.table.valueColumn)}
              </p>
            </MethodSection>
            <ValueColumnChoice
              result={result}
              settings={st.settings}
              onSettings={pane.updateSettings}
            />
            <Button
              appearance="primary"
              onClick={() => pane.setStep("write")}
              data-testid="next-write"
            >
              {t("nextWrite")}
            </Button>
          </>
        )}
        {step === "write" && result && (
          <WriteSection
            result={result}
            actions={st.actions}
            busy={!!busy}
            kam={st.kam}
            on={{
              plan: (k) => void pane.planAction(k),
              confirm: (k) => void pane.confirmAction(k),
              cancel: pane.cancelAction,
              dismissError: pane.dismissActionError,
            }}
            onKam={pane.setKam}
            onePager={onePager}
            timeColumns={{
              checked: st.settings.timeColumns,
              onChange: (timeColumns) => pane.updateSettings({ timeColumns }),
            }}
            score={
              api && source
                ? {
                    api,
                    source,
                    weights: st.settings.scoreWeights,
                    onWeights: (scoreWeights) => pane.updateSettings({ scoreWeights }),
                  }
                : undefined
            }
          />
        )}
      </div>
    </div>
  );
}
