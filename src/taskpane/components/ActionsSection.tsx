import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { useLang } from "../i18n/LangContext";
import type { ActionKind, Pane } from "../state/usePane";
import { ActionItem } from "./ActionItem";
import { KamPicker } from "./KamPicker";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function ActionsSection({ pane, result }: { pane: Pane; result: AnalysisResult }) {
  const { t } = useLang();
  const s = useStyles();
  const { actions, busy, kam } = pane.state;
  const item = (kind: ActionKind, label: string, hint: string) => ({
    kind,
    label,
    hint,
    state: actions[kind],
    disabled: !!busy,
    onPlan: () => void pane.planAction(kind),
    onConfirm: () => void pane.confirmAction(kind),
    onCancel: () => pane.cancelAction(kind),
    onDismiss: () => pane.dismissReport(kind),
  });
  return (
    <Section id="actions" title={t("actionsHeading")}>
      <div className={s.list}>
        <ActionItem {...item("columns", t("writeColumns"), t("writeColumnsHint"))} />
        <ActionItem {...item("analysis", t("writeAnalysis"), t("writeAnalysisHint"))} />
        <ActionItem {...item("kam", t("writeKam"), t("writeKamHint"))}>
          <div className={s.options}>
            <Checkbox
              checked={kam.includeB}
              label={t("includeB")}
              data-testid="kam-include-b"
              onChange={(_, d) => pane.setKam({ includeB: d.checked === true })}
            />
            <KamPicker
              result={result}
              includeB={kam.includeB}
              extraKeys={kam.extraKeys}
              disabled={!!busy}
              onChange={(extraKeys) => pane.setKam({ extraKeys })}
            />
            {!kam.roadmapDone && (
              <Checkbox
                checked={kam.roadmap}
                label={t("roadmap")}
                data-testid="kam-roadmap"
                onChange={(_, d) => pane.setKam({ roadmap: d.checked === true })}
              />
            )}
          </div>
        </ActionItem>
      </div>
    </Section>
  );
}
