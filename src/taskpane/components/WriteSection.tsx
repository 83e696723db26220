import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import type { ScoreCriterion } from "../../core/score";
import type { ExcelApi } from "../../excel/api";
import type { SourceData } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import type { OnAction, OnKam, OnToggle, OnWeights } from "../state/callbacks";
import type { PaneKam } from "../state/kam";
import type { OnePager } from "../state/useOnePager";
import type { ActionKind, ActionState } from "../state/usePane";
import { ActionCard } from "./ActionCard";
import { KamPicker } from "./KamPicker";
import { OnePagerCard } from "./OnePagerCard";
import { ScorePanel } from "./ScorePanel";

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
  /** The one-pager action, below the KAM action it builds on. */
  onePager?: OnePager;
  /** The XYZ and growth columns option (only for data with a time axis). */
  timeColumns?: { checked: boolean; onChange: OnToggle };
  /** The score proposal next to the classes (absent in callers without the score). */
  score?: {
    api: ExcelApi;
    source: SourceData;
    weights: Record<ScoreCriterion, number>;
    onWeights: OnWeights;
  };
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
          {props.score && (
            <ScorePanel
              {...props.score}
              result={props.result}
              kam={kam}
              busy={props.busy}
              onProposal={(proposal) => props.onKam({ proposal })}
            />
          )}
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
      {props.onePager && <OnePagerCard onePager={props.onePager} busy={props.busy} />}
    </div>
  );
}
