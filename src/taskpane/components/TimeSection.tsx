import {
  Field,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { monthText } from "../../core/i18n/dates";
import { monthLabel, parseMonthLabel } from "../../core/time/months";
import type { TimeAnalysis } from "../../core/time/timeFigures";
import { xyzLimitsText } from "../../core/time/xyzLimitsText";
import type { PeriodRule } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import type { OnPeriod, OnXyzLimits } from "../state/callbacks";
import { DEFAULT_PERIOD, fixedPeriod, monthChoices } from "../logic/period";
import { largestMovers, matrixRows, periodTexts, type MoverView } from "../logic/timeResults";
import { ClassBadge } from "./ResultsSection";
import { XyzLimitsChoice } from "./XyzLimitsChoice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sub: { margin: "0", fontSize: tokens.fontSizeBase300 },
  line: { margin: "0" },
  range: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  select: { minWidth: "0" },
  table: { tableLayout: "fixed", width: "100%" },
  cell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    fontVariantNumeric: "tabular-nums",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { justifyContent: "flex-end" },
  count: { fontWeight: tokens.fontWeightSemibold },
  share: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  name: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * The time axis in the results: the period and the XYZ limits (and their choice), the ABC-XYZ
 * matrix and the largest movers. Shown only when the data has dates or month columns (result.time).
 */
export function TimeSection(props: {
  result: AnalysisResult;
  period: PeriodRule;
  onPeriod: OnPeriod;
  xyzLimits: readonly [number, number];
  onXyzLimits: OnXyzLimits;
  disabled?: boolean;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const time = props.result.time;
  if (!time) return null;
  const texts = periodTexts(time, lang);
  const movers = largestMovers(props.result, lang);
  return (
    <div className={s.root} data-testid="time">
      <h3 className={s.sub}>{t("periodHeading")}</h3>
      <p className={s.line} data-testid="period-line">
        {texts.period}
      </p>
      <Text size={200}>{texts.base}</Text>
      <PeriodChoice
        time={time}
        rule={props.period}
        onPeriod={props.onPeriod}
        disabled={props.disabled}
      />
      <XyzLimitsChoice
        limits={props.xyzLimits}
        used={time.xyzLimits}
        onLimits={props.onXyzLimits}
        disabled={props.disabled}
      />
      <h3 className={s.sub} id="matrix-h">
        {t("matrixHeading")}
      </h3>
      <Text size={200}>{t("matrixHint")}</Text>
      <Text size={200} data-testid="matrix-limits">
        {t("matrixLimits", { limits: xyzLimitsText(time.xyzLimits, lang) })}
      </Text>
      <Matrix time={time} />
      {movers && (
        <>
          <h3 className={s.sub}>{t("moversHeading")}</h3>
          <Text size={200}>{movers.since}</Text>
          {movers.up.length + movers.down.length === 0 ? (
            <Text size={200}>{t("moversNone")}</Text>
          ) : (
            <>
              <MoverList title={t("moversUp")} movers={movers.up} testId="movers-up" />
              <MoverList title={t("moversDown")} movers={movers.down} testId="movers-down" />
            </>
          )}
        </>
      )}
    </div>
  );
}

/** "Latest 12 months" (a rule that moves with new data) or a fixed range of the data's months. */
function PeriodChoice(props: {
  time: TimeAnalysis;
  rule: PeriodRule;
  onPeriod: OnPeriod;
  disabled?: boolean;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { time, rule } = props;
  const months = monthChoices(time.dataFrom, time.dataTo);
  const latest = rule.kind === "latest" ? rule : DEFAULT_PERIOD;
  const shown = rule.kind === "fixed" ? rule : null;
  const from = shown?.from ?? monthLabel(time.period.from);
  const to = shown?.to ?? monthLabel(time.period.to);
  const options = months.map((m) => (
    <option key={m} value={m}>
      {monthText(parseMonthLabel(m), lang)}
    </option>
  ));
  return (
    <>
      <Field label={t("periodChoice")}>
        <RadioGroup
          value={rule.kind}
          disabled={props.disabled}
          data-testid="period-kind"
          onChange={(_, d) =>
            props.onPeriod(d.value === "fixed" ? fixedPeriod(from, to) : DEFAULT_PERIOD)
          }
        >
          <Radio value="latest" label={t("periodLatest", { months: latest.months })} />
          <Radio value="fixed" label={t("periodFixed")} />
        </RadioGroup>
      </Field>
      {shown && (
        <div className={s.range}>
          <Field label={t("periodFrom")}>
            <Select
              className={s.select}
              value={from}
              disabled={props.disabled}
              data-testid="period-from"
              onChange={(_, d) => props.onPeriod(fixedPeriod(d.value, to))}
            >
              {options}
            </Select>
          </Field>
          <Field label={t("periodTo")}>
            <Select
              className={s.select}
              value={to}
              disabled={props.disabled}
              data-testid="period-to"
              onChange={(_, d) => props.onPeriod(fixedPeriod(from, d.value))}
            >
              {options}
            </Select>
          </Field>
        </div>
      )}
    </>
  );
}

/** 3×3: count and revenue share per cell; each cell says what it means on hover and focus. */
function Matrix({ time }: { time: TimeAnalysis }) {
  const { t, lang } = useLang();
  const s = useStyles();
  return (
    <Table
      size="extra-small"
      className={s.table}
      aria-labelledby="matrix-h"
      aria-describedby="matrix-caption"
      data-testid="abc-xyz"
    >
      <caption id="matrix-caption" className={s.hidden}>
        {t("matrixCaption")}
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "2.6em" }}>
            <span aria-hidden>ABC</span>
          </TableHeaderCell>
          {/* The letters fit 320 px; the hint line above names them, screen readers hear them. */}
          <TableHeaderCell button={{ className: s.head }} aria-label={t("matrixX")}>
            X
          </TableHeaderCell>
          <TableHeaderCell button={{ className: s.head }} aria-label={t("matrixY")}>
            Y
          </TableHeaderCell>
          <TableHeaderCell button={{ className: s.head }} aria-label={t("matrixZ")}>
            Z
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {matrixRows(time, lang).map((row) => (
          <TableRow key={row.cls}>
            <TableCell>
              <ClassBadge cls={row.cls} />
            </TableCell>
            {row.cells.map((c) => (
              <TableCell key={c.cell}>
                <Tooltip content={`${c.cell}: ${c.meaning}`} relationship="description" withArrow>
                  <span
                    className={s.cell}
                    tabIndex={0}
                    data-count={c.count}
                    data-testid={`cell-${c.cell}`}
                  >
                    <span className={s.count}>{c.count}</span>
                    <span className={s.share}>{c.share}</span>
                  </span>
                </Tooltip>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function MoverList(props: { title: string; movers: MoverView[]; testId: string }) {
  const s = useStyles();
  if (props.movers.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">{props.title}</Text>
      <ul className={s.list} data-testid={props.testId}>
        {props.movers.map((m, i) => (
          <li key={`${m.name}|${i}`}>
            <span className={s.name}>{m.name}</span> <span className={s.meta}>{m.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
