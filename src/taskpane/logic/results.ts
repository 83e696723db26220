// Turns an AnalysisResult into what the pane shows. Display only: the figures come from the core.
import type { AnalysisResult, Summary } from "../../core/analyze";
import { formatAmount, formatNumber, formatPercent } from "../../core/i18n/format";
import { translate } from "../i18n/catalogue";
import { translator } from "../i18n/text";
import { n80Sentence as coreN80Sentence, type ValueBasis } from "../../core/report/sentences";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import type { AbcClass, Language } from "../../core/types";

/** "12 of 57 customers (21.1%) make 80% of revenue.": the core's sentence, as the sheet and CLI say it. */
export function n80Sentence(
  summary: Pick<Summary, "n80" | "customers" | "n80CustomerShare">,
  lang: Language,
  basis: ValueBasis = "revenue"
): string {
  return translate(coreN80Sentence(summary, basis), lang);
}

/** The headline for any method: "A: 12 customers (20%) = 78.2% of revenue" (or of the margin). */
export function headline(
  summary: Pick<Summary, "classes">,
  lang: Language,
  basis: ValueBasis = "revenue"
): string {
  const a = summary.classes.A;
  return translator(lang)(basis === "margin" ? "headlineMargin" : "headline", {
    count: a.count,
    customerShare: formatPercent(a.customerShare, lang, 0),
    share: formatPercent(a.share, lang),
  });
}

/** Class limits as the user reads them: "80,5/95" in German, "80.5/95" in English. */
export function limitsText(thresholds: readonly [number, number], lang: Language): string {
  return `${formatNumber(thresholds[0], lang, 2)}/${formatNumber(thresholds[1], lang, 2)}`;
}

export interface TopCustomer {
  rank: number;
  name: string;
  share: number;
  /** Revenue, formatted for the language. */
  amount: string;
  cls: AbcClass;
}

/** The first `count` customers of the ranking. */
export function topCustomers(
  result: AnalysisResult,
  count = 10,
  lang: Language = "en"
): TopCustomer[] {
  const { ranking, customers } = result;
  const n = Math.min(count, ranking.count);
  const out: TopCustomer[] = [];
  for (let r = 0; r < n; r++) {
    out.push({
      rank: r + 1,
      name: customers.names[ranking.customer[r]],
      share: ranking.share[r],
      amount: formatAmount(ranking.value[r], lang, 0),
      cls: CLASS_LETTERS[ranking.classes[r]],
    });
  }
  return out;
}

export interface ChartBar {
  /** Revenue share of the customers in this bar. */
  share: number;
  /** Cumulative share at the bar's last customer. */
  cumulative: number;
  cls: AbcClass;
}

/**
 * At most `maxBars` bars for the pane's small chart: one per customer, or, for many customers,
 * equal groups in rank order (class of the group's first customer, so the A bars stay visible).
 */
export function chartBars(
  result: AnalysisResult,
  maxBars = 40
): { bars: ChartBar[]; groupSize: number } {
  const { ranking } = result;
  const n = ranking.count;
  const groupSize = Math.max(1, Math.ceil(n / maxBars));
  const bars: ChartBar[] = [];
  for (let start = 0; start < n; start += groupSize) {
    const end = Math.min(n, start + groupSize);
    let share = 0;
    for (let r = start; r < end; r++) share += ranking.share[r];
    bars.push({
      share,
      cumulative: ranking.cumulativeShare[end - 1],
      cls: CLASS_LETTERS[ranking.classes[start]],
    });
  }
  return { bars, groupSize };
}

/** Counts of the data-quality summary. */
export interface Quality {
  rowsUsed: number;
  rowsSkipped: number;
  duplicates: number;
  creditNotes: number;
  excludedCustomers: number;
  hiddenLeftOut: number;
}

export function qualityOf(result: AnalysisResult): Quality {
  const credit = result.warnings.find((w) => w.code === "WARN_CREDIT_NOTES");
  return {
    rowsUsed: result.table.stats.usedRows,
    rowsSkipped: result.table.stats.skippedRows,
    duplicates: result.customers.mergedRows,
    creditNotes: credit ? Number(credit.params?.count ?? 0) : 0,
    excludedCustomers: result.excluded.length,
    hiddenLeftOut: result.table.stats.hiddenRows,
  };
}
