import {
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
import { n80Sentence, topCustomers } from "../logic/results";
import { CLASS_COLORS, ParetoChart } from "./ParetoChart";
import { Section } from "./Section";

const useStyles = makeStyles({
  sentence: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: "0",
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

export function ResultsSection({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { summary } = result;
  return (
    <Section id="results" title={t("resultsHeading")}>
      <p className={s.sentence} data-testid="n80">
        {n80Sentence(summary, lang)}
      </p>
      <Text size={200} data-testid="method-used">
        {t("methodUsed", { method: methodText(result, t) })}
      </Text>
      {result.method === "computed" && result.limits && (
        <Text size={200}>
          {t("limitsComputed", {
            ab: formatAmount(result.limits.abLimit, lang),
            bc: formatAmount(result.limits.bcLimit, lang),
          })}
        </Text>
      )}
      <ClassTable result={result} />
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
      <TopCustomers result={result} />
      <h3 className={s.sub}>{t("chartHeading")}</h3>
      <ParetoChart result={result} />
    </Section>
  );
}

/** What the shown results were computed with (they stay while the fields hold an invalid value). */
function methodText(result: AnalysisResult, t: T): string {
  const name = t(METHOD_KEYS[result.method]);
  if (result.method === "computed") return name;
  const [a, b] = result.thresholds;
  return `${name}, ${t("preset", { a: String(a), b: String(b) })}${result.strict ? `, ${t("strict")}` : ""}`;
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
  return (
    <Table
      size="extra-small"
      className={s.table}
      aria-label={t("classTableCaption")}
      data-testid="class-table"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "3.2em" }}>{t("classCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t("customersCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t("customerShareCol")}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t("revenueShareCol")}</TableHeaderCell>
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

function TopCustomers({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const top = topCustomers(result, 10);
  return (
    <>
      <h3 className={s.sub}>{t("topCustomers", { count: top.length })}</h3>
      <Table
        size="extra-small"
        className={s.table}
        data-testid="top-customers"
        aria-label={t("topCustomers", { count: top.length })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "2.2em" }}>{t("rankCol")}</TableHeaderCell>
            <TableHeaderCell>{t("customerCol")}</TableHeaderCell>
            <TableHeaderCell className={s.num} style={{ width: "4.6em" }}>
              {t("shareCol")}
            </TableHeaderCell>
            <TableHeaderCell style={{ width: "3.6em" }}>{t("classCol")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {top.map((c) => (
            <TableRow key={c.rank}>
              <TableCell className={s.num}>{c.rank}</TableCell>
              <TableCell>
                <span className={s.name} title={c.name} style={{ display: "block" }}>
                  {c.name}
                </span>
              </TableCell>
              <TableCell className={s.num}>{formatPercent(c.share, lang)}</TableCell>
              <TableCell>
                <ClassBadge cls={c.cls} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
