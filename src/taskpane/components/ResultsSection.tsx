import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { formatAmount, formatNumber, formatPercent } from "../../core/i18n/format";
import { useLang } from "../i18n/LangContext";
import { METHOD_KEYS } from "../i18n/strings";
import type { T } from "../i18n/text";
import { headline, limitsText, n80Sentence, topCustomers } from "../logic/results";
import type { Language } from "../../core/types";
import { CLASS_COLORS, ParetoChart } from "./ParetoChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headline: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: "0",
  },
  sentence: { margin: "0" },
  methodLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  top: {
    margin: "0",
    padding: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  topItem: {
    display: "grid",
    gridTemplateColumns: "2em 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  topName: {
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  topMeta: {
    gridColumnStart: "2",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  sub: { margin: "0", fontSize: tokens.fontSizeBase300 },
  measure: { display: "flex", flexDirection: "column" },
  badge: {
    display: "inline-block",
    minWidth: "1.4em",
    textAlign: "center",
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: { tableLayout: "fixed", width: "100%" },
});

/** The results, headline first: class A for the chosen method, then n80, classes, top customers. */
export function ResultsSection({
  result,
  onChangeMethod,
}: {
  result: AnalysisResult;
  onChangeMethod: () => void;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { summary } = result;
  return (
    <div className={s.root}>
      <p className={s.headline} data-testid="headline">
        {headline(summary, lang, result.table.valueColumn)}
      </p>
      <p className={s.sentence} data-testid="n80">
        {n80Sentence(summary, lang, result.table.valueColumn)}
      </p>
      <div className={s.methodLine}>
        <Text size={200} data-testid="method-used">
          {t("methodUsed", { method: methodText(result, t, lang) })}
        </Text>
        <Button appearance="transparent" size="small" onClick={onChangeMethod}>
          {t("changeMethod")}
        </Button>
      </div>
      {result.method === "computed" && result.limits && (
        <Text size={200}>
          {t("limitsComputed", {
            ab: formatAmount(result.limits.abLimit, lang),
            bc: formatAmount(result.limits.bcLimit, lang),
          })}
        </Text>
      )}
      <ClassTable result={result} />
      <TopCustomers result={result} />
      <h3 className={s.sub}>{t("chartHeading")}</h3>
      <ParetoChart result={result} />
      <div className={s.measure} data-testid="gini">
        <Text weight="semibold">
          {t("gini")}: {formatAmount(summary.gini, lang, 2)}
        </Text>
        <Text size={200}>{t("giniMeaning")}</Text>
      </div>
      <div className={s.measure} data-testid="hhi">
        <Text weight="semibold">
          {t("hhi")}: {formatNumber(summary.hhi, lang)}
        </Text>
        <Text size={200}>{t("hhiMeaning")}</Text>
      </div>
    </div>
  );
}

/** What the shown results were computed with (they stay while the fields hold an invalid value). */
function methodText(result: AnalysisResult, t: T, lang: Language): string {
  const name = t(METHOD_KEYS[result.method]);
  if (result.method === "computed") return name;
  return `${name}, ${limitsText(result.thresholds, lang)}${result.strict ? `, ${t("strict")}` : ""}`;
}

export function ClassBadge({ cls }: { cls: "A" | "B" | "C" }) {
  const s = useStyles();
  return (
    <span
      className={s.badge}
      style={{
        background: CLASS_COLORS[cls],
        // Text that keeps its contrast on each class colour in light and dark themes.
        color:
          cls === "B"
            ? tokens.colorNeutralForeground1Static
            : cls === "C"
              ? tokens.colorNeutralForegroundInverted
              : undefined,
      }}
    >
      {cls}
    </span>
  );
}

function ClassTable({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const c = result.summary.classes;
  const onMargin = result.table.valueColumn === "margin";
  return (
    <Table
      size="extra-small"
      className={s.table}
      aria-label={t(onMargin ? "classTableCaptionMargin" : "classTableCaption")}
      data-testid="class-table"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "3.2em" }}>{t("classCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t("customersCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t("customerShareCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>
            {t(onMargin ? "marginShareCol" : "revenueShareCol")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {(["A", "B", "C"] as const).map((k) => (
          <TableRow key={k}>
            <TableCell>
              <ClassBadge cls={k} />
            </TableCell>
            <TableCell className={s.num}>{formatNumber(c[k].count, lang)}</TableCell>
            <TableCell className={s.num}>{formatPercent(c[k].customerShare, lang)}</TableCell>
            <TableCell className={s.num}>{formatPercent(c[k].share, lang)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The top customers, two lines each: full name (wrapped), then revenue and share; class badge. */
function TopCustomers({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const top = topCustomers(result, 10, lang);
  const title = t("topCustomers", { count: top.length });
  return (
    <>
      <h3 className={s.sub} id="top-customers-h">
        {title}
      </h3>
      <ol className={s.top} data-testid="top-customers" aria-labelledby="top-customers-h">
        {top.map((c) => (
          <li key={c.rank} className={s.topItem}>
            <span className={s.num}>{c.rank}</span>
            <span className={s.topName} title={c.name}>
              {c.name}
            </span>
            <ClassBadge cls={c.cls} />
            <span className={s.topMeta}>
              {t("topCustomerMeta", { amount: c.amount, share: formatPercent(c.share, lang) })}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
