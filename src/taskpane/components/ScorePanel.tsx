import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import { formatNumber } from "../../core/i18n/format";
import type { KeyAccountProposal } from "../../core/kam/keyAccounts";
import { differenceReason, scoreReason, type ScoreCriterion } from "../../core/score";
import type { ExcelApi } from "../../excel/api";
import type { SourceData } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import type { T } from "../i18n/text";
import { chosenCount } from "../../core/kam/keyAccounts";
import { nameAtRank } from "../logic/score";
import type { OnProposal, OnWeights } from "../state/callbacks";
import type { PaneKam } from "../state/kam";
import { useScore, type ChoiceBasis, type ScoreState } from "../state/useScore";
import { usePlainList } from "./plainList";
import { ScoreWeights } from "./ScoreWeights";
import { WholeNumberSpin } from "./WholeNumberSpin";

/** Longer lists stay readable at 320 px; the sheets hold them all. */
const SHOWN = 25;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "0",
  },
  heading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rule: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  spin: { width: "8em" },
  item: { display: "flex", flexDirection: "column", minWidth: "0" },
  itemButton: { justifyContent: "flex-start", textAlign: "left", minWidth: "0", maxWidth: "100%" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  summary: { overflowWrap: "anywhere" },
});

/** The confirmed choice in one line, shown above the panel's button. */
export function choiceText(proposal: KeyAccountProposal | undefined, t: T): string {
  if (!proposal) return t("choiceByClass");
  const { rule } = proposal;
  const both = proposal.basis === "both";
  if (rule.kind === "top")
    return t(both ? "choiceBothTop" : "choiceByScoreTop", { count: rule.count });
  return t(both ? "choiceBothMin" : "choiceByScoreMin", { score: rule.score });
}

export interface ScorePanelProps {
  api: ExcelApi;
  result: AnalysisResult;
  source: SourceData;
  weights: Record<ScoreCriterion, number>;
  kam: PaneKam;
  busy: boolean;
  onWeights: OnWeights;
  onProposal: OnProposal;
  /** Opened from the start (tests, and a caller that shows only the proposal). */
  initiallyOpen?: boolean;
}

/**
 * The key accounts by score next to the ABC proposal (issue: key accounts on numbers and facts):
 * a closed disclosure with the confirmed choice in one line; opened, the weights, the rule, where
 * the two proposals differ and why, each customer's score reason on focus, and the confirmation.
 */
export function ScorePanel(props: ScorePanelProps) {
  const { t } = useLang();
  const s = useStyles();
  const [open, setOpen] = useState(props.initiallyOpen === true);
  return (
    <div className={s.rule}>
      <Text size={200} className={s.summary} data-testid="choice-summary">
        {choiceText(props.kam.proposal, t)}
      </Text>
      <Button
        appearance="secondary"
        aria-expanded={open}
        aria-controls="score-panel"
        onClick={() => setOpen(!open)}
        data-testid="score-open"
      >
        {t("scoreOpen")}
      </Button>
      {open && <OpenPanel {...props} />}
    </div>
  );
}

function OpenPanel(props: ScorePanelProps) {
  const { t } = useLang();
  const s = useStyles();
  const score = useScore({
    api: props.api,
    result: props.result,
    source: props.source,
    weights: props.weights,
    kam: props.kam,
    onConfirm: props.onProposal,
  });
  const both = score.byScore.filter((r) => score.byAbc.includes(r)).length;
  return (
    <section
      id="score-panel"
      className={s.root}
      aria-labelledby="score-h"
      data-testid="score-panel"
    >
      <h3 id="score-h" className={s.heading}>
        {t("scoreHeading")}
      </h3>
      <Text size={200}>{t("scoreIntro")}</Text>
      <ScoreWeights
        weights={props.weights}
        missing={score.missing}
        disabled={props.busy}
        onChange={props.onWeights}
      />
      <RuleChoice state={score} disabled={props.busy} />
      <Text data-testid="proposal-counts" aria-live="polite">
        {t(props.kam.includeB ? "proposalCountsB" : "proposalCounts", {
          score: score.byScore.length,
          abc: score.byAbc.length,
          both,
        })}
      </Text>
      <Differences result={props.result} state={score} />
      <ScoreList result={props.result} state={score} />
      <Choice state={score} disabled={props.busy} />
    </section>
  );
}

function RuleChoice({ state, disabled }: { state: ScoreState; disabled: boolean }) {
  const { t } = useLang();
  const s = useStyles();
  const { rule, setRule } = state;
  return (
    <div className={s.rule}>
      <Field label={t("ruleLabel")}>
        <RadioGroup
          value={rule.kind}
          disabled={disabled}
          data-testid="rule"
          onChange={(_, d) =>
            setRule(
              d.value === "top"
                ? { kind: "top", count: state.byScore.length || 1 }
                : { kind: "minScore", score: 50 }
            )
          }
        >
          <Radio value="top" label={t("ruleTop")} />
          <Radio value="minScore" label={t("ruleMin")} />
        </RadioGroup>
      </Field>
      {rule.kind === "top" ? (
        <WholeNumberSpin
          className={s.spin}
          label={t("ruleTopCount")}
          value={rule.count}
          min={1}
          max={Math.max(1, state.score.count)}
          disabled={disabled}
          testId="rule-count"
          onValue={(count) => setRule({ kind: "top", count })}
        />
      ) : (
        <WholeNumberSpin
          className={s.spin}
          label={t("ruleMinScore")}
          value={rule.score}
          min={0}
          max={100}
          step={5}
          disabled={disabled}
          testId="rule-score"
          onValue={(score) => setRule({ kind: "minScore", score })}
        />
      )}
    </div>
  );
}

function Differences({ result, state }: { result: AnalysisResult; state: ScoreState }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const plain = usePlainList();
  const { differences } = state;
  const n = state.score.count;
  return (
    <>
      <h4 className={s.heading} id="differences-h">
        {t("differencesHeading", { count: differences.length })}
      </h4>
      {differences.length === 0 ? (
        <Text size={200}>{t("differencesNone")}</Text>
      ) : (
        <ul className={plain.list} aria-labelledby="differences-h" data-testid="differences">
          {differences.slice(0, SHOWN).map((d) => (
            <li key={d.customer} className={s.item}>
              <span>
                {nameAtRank(result, d.customer)}{" "}
                <span className={s.meta}>
                  ({t(d.side === "scoreOnly" ? "differenceScoreOnly" : "differenceAbcOnly")})
                </span>
              </span>
              <span className={s.meta}>{differenceReason(d, n, lang)}</span>
            </li>
          ))}
          {differences.length > SHOWN && (
            <li className={s.meta}>{t("scoreListMore", { count: differences.length - SHOWN })}</li>
          )}
        </ul>
      )}
    </>
  );
}

/** The score proposal in score order; focusing a customer shows how its score came about. */
function ScoreList({ result, state }: { result: AnalysisResult; state: ScoreState }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const plain = usePlainList();
  const [focused, setFocused] = useState<number | null>(null);
  const { byScore } = state;
  const points = (r: number) => {
    const v = state.score.score[r];
    return Number.isNaN(v) ? t("scoreNone") : formatNumber(v, lang);
  };
  return (
    <>
      <h4 className={s.heading} id="score-list-h">
        {t("scoreListHeading", { count: byScore.length })}
      </h4>
      <ol className={plain.list} aria-labelledby="score-list-h" data-testid="score-list">
        {byScore.slice(0, SHOWN).map((r, i) => {
          const name = nameAtRank(result, r);
          const reasonId = `score-reason-${r}`;
          return (
            <li key={r} className={s.item}>
              <Button
                className={s.itemButton}
                size="small"
                appearance="subtle"
                aria-describedby={focused === r ? reasonId : undefined}
                aria-expanded={focused === r}
                onFocus={() => setFocused(r)}
                onClick={() => setFocused(focused === r ? null : r)}
                data-testid="score-item"
              >
                {t("scoreItem", { place: i + 1, name, score: points(r) })}
              </Button>
              {focused === r && (
                <span id={reasonId} className={s.reason} data-testid="score-reason">
                  {scoreReason(state.score, r, lang)}
                </span>
              )}
            </li>
          );
        })}
        {byScore.length > SHOWN && (
          <li className={s.meta}>{t("scoreListMore", { count: byScore.length - SHOWN })}</li>
        )}
      </ol>
    </>
  );
}

function Choice({ state, disabled }: { state: ScoreState; disabled: boolean }) {
  const { t } = useLang();
  const s = useStyles();
  const count = (basis: ChoiceBasis) => chosenCount(state.byScore, state.byAbc, basis);
  // The ABC proposal is what holds without any confirmation; "confirmed" is said once one happened.
  const [clicked, setClicked] = useState(false);
  const said = state.confirmed && (clicked || state.basis !== "abc");
  return (
    <div className={s.rule}>
      <Field label={t("choiceLabel")}>
        <RadioGroup
          value={state.basis}
          disabled={disabled}
          data-testid="choice"
          onChange={(_, d) => state.setBasis(d.value as ChoiceBasis)}
        >
          <Radio value="abc" label={t("choiceAbc", { count: count("abc") })} />
          <Radio value="score" label={t("choiceScore", { count: count("score") })} />
          <Radio value="both" label={t("choiceBoth", { count: count("both") })} />
        </RadioGroup>
      </Field>
      <Button
        appearance="primary"
        disabled={disabled || state.confirmed}
        onClick={() => {
          setClicked(true);
          state.confirm();
        }}
        data-testid="confirm-choice"
      >
        {t("confirmChoice")}
      </Button>
      <Text size={200} role="status" data-testid="choice-status">
        {said ? t("choiceConfirmed") : ""}
      </Text>
    </div>
  );
}
