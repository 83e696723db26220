import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CRITERION_LABELS,
  DEFAULT_SCORE_WEIGHTS,
  isDefaultScoreWeights,
  SCORE_CRITERIA,
  type ScoreCriterion,
} from "../../core/score";
import { useLang } from "../i18n/LangContext";
import type { StringKey } from "../i18n/strings";
import type { OnWeights } from "../state/callbacks";
import { FieldGroup } from "./FieldGroup";
import { WholeNumberSpin } from "./WholeNumberSpin";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  sum: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const LABELS: Record<ScoreCriterion, StringKey> = {
  revenue: "weightRevenue",
  margin: "weightMargin",
  growth: "weightGrowth",
  stability: "weightStability",
  satisfaction: "weightSatisfaction",
  potential: "weightPotential",
};

/**
 * The six weights of the score with their sum. Weights need not add up to 100: the note says
 * each counts as its share, and which criteria no customer has (they are scaled away).
 */
export function ScoreWeights(props: {
  weights: Record<ScoreCriterion, number>;
  missing: readonly ScoreCriterion[];
  disabled: boolean;
  onChange: OnWeights;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { weights } = props;
  const sum = SCORE_CRITERIA.reduce((n, c) => n + weights[c], 0);
  const isDefault = isDefaultScoreWeights(weights);
  return (
    <FieldGroup legend={t("weightsLabel")} testId="score-weights">
      <div className={s.grid}>
        {SCORE_CRITERIA.map((c) => (
          <WholeNumberSpin
            key={c}
            label={t(LABELS[c])}
            value={weights[c]}
            min={0}
            max={100}
            step={5}
            disabled={props.disabled}
            testId={`weight-${c}`}
            onValue={(w) => props.onChange({ ...weights, [c]: w })}
          />
        ))}
      </div>
      <div className={s.sum}>
        <Text weight="semibold" data-testid="weights-sum" aria-live="polite">
          {t("weightsSum", { sum })}
        </Text>
        {!isDefault && (
          <Button
            size="small"
            appearance="transparent"
            disabled={props.disabled}
            onClick={() => props.onChange({ ...DEFAULT_SCORE_WEIGHTS })}
          >
            {t("weightsDefault")}
          </Button>
        )}
      </div>
      {sum === 0 && (
        <Text size={200} role="alert">
          {t("weightsZero")}
        </Text>
      )}
      {sum > 0 && sum !== 100 && (
        <Text size={200} data-testid="weights-scaled">
          {t("weightsScaled", { sum })}
        </Text>
      )}
      {sum > 0 && props.missing.length > 0 && (
        <Text size={200} data-testid="weights-missing">
          {t("weightsMissing", {
            criteria: props.missing.map((c) => CRITERION_LABELS[c][lang]).join(", "),
          })}
        </Text>
      )}
    </FieldGroup>
  );
}
