import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { useLang } from "../i18n/LangContext";
import type { OnAction, OnKam, OnToggle } from "../state/callbacks";
import type { PaneKam } from "../state/kam";
import type { ActionKind, ActionState } from "../state/usePane";
import { ActionCard } from "./ActionCard";
import { KamPicker } from "./KamPicker";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ActionCallbacks {
  plan: OnAction;
  confirm: OnAction;
  cancel: OnAction;
  dismissError: OnAction;
}

/** One card per workbook action; the KAM options sit with the KAM action. */
export function WriteSection(props: {
  result: AnalysisResult;
  actions: Record<ActionKind, ActionState>;
  busy: boolean;
  kam: PaneKam;
  on: ActionCallbacks;
  onKam: OnKam;
  /** The XYZ and growth columns option (only for data with a time axis). */
  timeColumns?: { checked: boolean; onChange: OnToggle };
}) {
  const { t } = useLang();
  const s = useStyles();
  const { kam, on } = props;
  const card = (kind: ActionKind) => ({
    kind,
    state: props.actions[kind],
    disabled: props.busy,
    onPlan: () => on.plan(kind),
    onConfirm: () => on.confirm(kind),
    onCancel: () => on.cancel(kind),
    onDismissError: () => on.dismissError(kind),
  });
  return (
    <div className={s.list}>
      <ActionCard
        {...card("columns")}
        title={t("columnsTitle")}
        label={t("writeColumns")}
        hint={t("writeColumnsHint")}
      >
        {props.timeColumns && props.result.time && (
          <Checkbox
            checked={props.timeColumns.checked}
            label={t("timeColumnsOption")}
            data-testid="time-columns"
            onChange={(_, d) => props.timeColumns!.onChange(d.checked === true)}
          />
        )}
      </ActionCard>
      <ActionCard
        {...card("analysis")}
        title={t("analysisTitle")}
        label={t("writeAnalysis")}
        hint={t("writeAnalysisHint")}
      />
      <ActionCard
        {...card("kam")}
        title={t("kamTitle")}
        label={t("writeKam")}
        hint={t("writeKamHint")}
      >
        <div className={s.options}>
          <Checkbox
            checked={kam.includeB}
            label={t("includeB")}
            data-testid="kam-include-b"
            onChange={(_, d) => props.onKam({ includeB: d.checked === true })}
          />
          <KamPicker
            result={props.result}
            includeB={kam.includeB}
            extraKeys={kam.extraKeys}
            disabled={props.busy}
            onChange={(extraKeys) => props.onKam({ extraKeys })}
          />
          {!kam.roadmapDone && (
            <Checkbox
              checked={kam.roadmap}
              label={t("roadmap")}
              data-testid="kam-roadmap"
              onChange={(_, d) => props.onKam({ roadmap: d.checked === true })}
            />
          )}
        </div>
      </ActionCard>
    </div>
  );
}
