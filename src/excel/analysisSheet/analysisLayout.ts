// The analysis sheet as plain data: where each block sits and what it holds. Everything computed
// comes from the core result; this module only arranges it.
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import { sum } from "../../core/pareto/sum";
import { methodSentence, n80Sentence } from "../../core/report/sentences";
import type { Language, Message } from "../../core/types";
import { formatAddress, rect, type Rect } from "../../core/a1";
import { cellBytes } from "../host/chunks";
import { GENERAL_FORMAT, PERCENT_FORMAT, type CellBlock, type OutCell } from "../host/cells";
import { EXCEL_CATALOGUE, text } from "../catalogue";
import { message, sheetLabel } from "../host/labels";
import { TEXT_FORMAT } from "../host/safeText";

export const COUNT_FORMAT = "#,##0";
export const AMOUNT_FORMAT = "#,##0.00";
export const RANK_FORMAT = "0";

/** Customers shown one by one in the Pareto chart; the rest become one "Other" column. */
export const PARETO_TOP = 30;

// Fixed positions (0-based rows/columns). Summary, class table and chart data share A:E; the
// charts float right beside them and the ranked table starts right of the charts, so a laptop
// (1366 px wide, pane open: about 970 px of grid) shows the summary and the Pareto chart at once.
export const SUMMARY_COLUMNS = 5;
const FACTS_TOP = 2;
const FACT_COUNT = 8;
/** The label/value rows of the summary (A3:B10). */
export const FACTS_RECT: Rect = rect(FACTS_TOP, 0, FACTS_TOP + FACT_COUNT - 1, 1);
/** Facts that are sentences (the n80 sentence, the method): they wrap in the narrow column B. */
export const SENTENCE_CELLS: readonly Rect[] = [2, 5].map((i) =>
  rect(FACTS_TOP + i, 1, FACTS_TOP + i, 1)
);
const CLASS_TABLE_TOP = 11;
const CHART_DATA_CAPTION = 16;
const CHART_DATA_TOP = 17;
/** Rows A1:E49: room for the chart data of PARETO_TOP customers plus "Other". */
export const SUMMARY_ROWS = CHART_DATA_TOP + 1 + PARETO_TOP + 1;
export const SUMMARY_RECT: Rect = rect(0, 0, SUMMARY_ROWS - 1, SUMMARY_COLUMNS - 1);

/**
 * Widths (points) of A:E on a new sheet: labels, amounts and shares; narrow, so that the charts
 * beside them stay in view. Headers wrap and the two sentences wrap in B (see analysisSheet.ts).
 */
export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [70, 66, 48, 66, 48];
const SUMMARY_WIDTH = SUMMARY_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

/** A chart's place in points (1 px = 0.75 pt), as Excel's Chart.top/left/width/height take it. */
export interface ChartBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** New charts are about 570 × 360 px, stacked right beside the summary. */
export const CHART_WIDTH = 426;
export const CHART_HEIGHT = 270;
export const CHART_GAP = 6;
export const PARETO_CHART_BOX: ChartBox = {
  top: CHART_GAP,
  left: SUMMARY_WIDTH + CHART_GAP,
  width: CHART_WIDTH,
  height: CHART_HEIGHT,
};
export const ABC_CHART_BOX: ChartBox = {
  ...PARETO_CHART_BOX,
  top: PARETO_CHART_BOX.top + CHART_HEIGHT + CHART_GAP,
};
/** Top (points) of a further chart below the two, such as the time axis's monthly chart. */
export const NEXT_CHART_TOP = ABC_CHART_BOX.top + CHART_HEIGHT + CHART_GAP;
/** The monthly chart of the time axis: below the ABC chart, same size. */
export const MONTHLY_CHART_BOX: ChartBox = { ...ABC_CHART_BOX, top: NEXT_CHART_TOP };

/** Columns F:M lie under the charts; on a new sheet each is this wide, together wider than a chart. */
export const CHART_COLUMNS_LEFT = SUMMARY_COLUMNS;
export const CHART_COLUMN_COUNT = 8;
export const CHART_COLUMN_WIDTH = 56;

/** Ranked table: header in row 1 from column N (right of the charts), one row per customer below. */
export const RANKED_LEFT = CHART_COLUMNS_LEFT + CHART_COLUMN_COUNT;
export const RANKED_COLUMNS = 6;
/** Widths (points) of the ranked table's columns on a new sheet. */
export const RANKED_COLUMN_WIDTHS: readonly number[] = [45, 170, 95, 70, 100, 70];
const RANKED_FORMATS: readonly string[] = [
  RANK_FORMAT,
  TEXT_FORMAT, // customer names stay text even when they start with = + - @
  AMOUNT_FORMAT,
  PERCENT_FORMAT,
  PERCENT_FORMAT,
  TEXT_FORMAT,
];
/** The class letter's column within the ranked table. */
export const RANKED_CLASS_OFFSET = 5;

/**
 * Sheets written before the charts moved beside the summary keep their layout: charts over
 * O2:X21 and O23:X40 (a deleted chart comes back there, not over the ranked table from H).
 */
export const LEGACY_CHART_CELLS = { pareto: ["O2", "X21"], abc: ["O23", "X40"] } as const;

export interface RunFacts {
  sourceAddress: string;
  ranAt: Date;
}

export interface SeriesSpec {
  name: string;
  /** Sheet-qualified absolute addresses. */
  values: string;
  xValues: string;
}

export interface AnalysisLayout {
  /** A1:E49 in full: blanks clear what a longer earlier run left. */
  summary: CellBlock;
  /** Rows of customers in the ranked table (without its header). */
  rankedRows: number;
  rankedHeader: OutCell[];
  pareto: { revenue: SeriesSpec; cumulative: SeriesSpec; limitA: SeriesSpec; limitB: SeriesSpec };
  abc: { customers: SeriesSpec; revenue: SeriesSpec };
  notes: Message[];
}

/** Reference lines of the Pareto chart: the thresholds, or the cumulative share at each boundary. */
export function paretoLimits(result: AnalysisResult): [number, number] {
  if (result.method === "fixed") return [result.thresholds[0] / 100, result.thresholds[1] / 100];
  const cum = result.ranking.cumulativeShare;
  const at = (k: number) => (k <= 0 ? 0 : cum[Math.min(k, cum.length) - 1]);
  return [at(result.aCount), at(result.bCount)];
}

export interface ParetoPoint {
  /** The category axis: the rank (short, unlike 30 long names) or "Other (n)". */
  category: number | string;
  value: number;
  cumulative: number;
}

/** Top customers one by one and the rest as one "Other" point (all, when they are few). */
export function paretoPoints(result: AnalysisResult, lang: Language): ParetoPoint[] {
  const { ranking } = result;
  const n = ranking.count;
  const shown = n <= PARETO_TOP + 1 ? n : PARETO_TOP;
  const points: ParetoPoint[] = [];
  for (let r = 0; r < shown; r++) {
    points.push({
      category: r + 1,
      value: ranking.value[r],
      cumulative: ranking.cumulativeShare[r],
    });
  }
  if (shown < n) {
    points.push({
      category: text("XL_OTHER", lang, { count: n - shown }),
      value: sum(ranking.value.subarray(shown, n)),
      cumulative: ranking.cumulativeShare[n - 1],
    });
  }
  return points;
}

export function methodText(result: AnalysisResult, lang: Language): string {
  return EXCEL_CATALOGUE.translate(methodSentence(result, result.table.valueColumn), lang);
}

const DATE_LOCALES: Record<Language, string> = { en: "en-GB", de: "de-DE" };

function formatRunTime(at: Date, lang: Language): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);
}

/** Cells with their number formats; text cells get the Text format unless told otherwise. */
export class Grid {
  values: OutCell[][];
  formats: string[][];
  constructor(rows: number, columns: number) {
    this.values = Array.from({ length: rows }, () => new Array<OutCell>(columns).fill(""));
    this.formats = Array.from({ length: rows }, () =>
      new Array<string>(columns).fill(GENERAL_FORMAT)
    );
  }
  set(row: number, column: number, value: OutCell, format?: string): void {
    this.values[row][column] = value;
    this.formats[row][column] =
      format ?? (typeof value === "string" ? TEXT_FORMAT : GENERAL_FORMAT);
  }
}

export function analysisLayout(
  result: AnalysisResult,
  sheet: string,
  facts: RunFacts,
  lang: Language
): AnalysisLayout {
  const { summary } = result;
  const g = new Grid(SUMMARY_ROWS, SUMMARY_COLUMNS);
  const onMargin = result.table.valueColumn === "margin";
  // Classes built on contribution margin: the sheet says so wherever it would say revenue.
  const MARGIN_LABELS = {
    title: "titleMargin",
    total: "totalMargin",
    revenue: "margin",
    revenueShare: "marginShare",
  } as const;
  const L = (key: Parameters<typeof sheetLabel>[0]) =>
    sheetLabel(
      onMargin && key in MARGIN_LABELS ? MARGIN_LABELS[key as keyof typeof MARGIN_LABELS] : key,
      lang
    );

  g.set(0, 0, L("title"));
  const facts_: [string, OutCell, string?][] = [
    [L("customers"), summary.customers, COUNT_FORMAT],
    [L("total"), summary.total, AMOUNT_FORMAT],
    [L("pareto"), EXCEL_CATALOGUE.translate(n80Sentence(summary, result.table.valueColumn), lang)],
    [L("gini"), summary.gini, "0.000"],
    [L("hhi"), summary.hhi, COUNT_FORMAT], // points, 0 to 10,000
    [L("method"), methodText(result, lang)],
    [L("source"), facts.sourceAddress],
    [L("ranAt"), formatRunTime(facts.ranAt, lang)],
  ];
  facts_.forEach(([label, value, format], i) => {
    g.set(FACTS_TOP + i, 0, label);
    g.set(FACTS_TOP + i, 1, value, format);
  });

  // Class table: also the data of the ABC chart.
  const classHeader = [
    L("class"),
    L("customerCount"),
    L("customerShare"),
    L("revenue"),
    L("revenueShare"),
  ];
  classHeader.forEach((h, c) => g.set(CLASS_TABLE_TOP, c, h));
  CLASS_LETTERS.forEach((letter, i) => {
    const f = summary.classes[letter];
    const row = CLASS_TABLE_TOP + 1 + i;
    g.set(row, 0, letter);
    g.set(row, 1, f.count, COUNT_FORMAT);
    g.set(row, 2, f.customerShare, PERCENT_FORMAT);
    g.set(row, 3, f.value, AMOUNT_FORMAT);
    g.set(row, 4, f.share, PERCENT_FORMAT);
  });

  // Chart data of the Pareto chart.
  const [limitA, limitB] = paretoLimits(result);
  const limitAName = text("XL_THRESHOLD_A", lang, { limitPct: limitA });
  const limitBName = text("XL_THRESHOLD_B", lang, { limitPct: limitB });
  g.set(CHART_DATA_CAPTION, 0, L("chartData"));
  // Ranks as categories: the names stand in the ranked table under the same rank.
  [L("rank"), L("revenue"), L("cumulativeShare"), limitAName, limitBName].forEach((h, c) =>
    g.set(CHART_DATA_TOP, c, h)
  );
  const points = paretoPoints(result, lang);
  points.forEach((p, i) => {
    const row = CHART_DATA_TOP + 1 + i;
    g.set(row, 0, p.category, typeof p.category === "number" ? RANK_FORMAT : TEXT_FORMAT);
    g.set(row, 1, p.value, AMOUNT_FORMAT);
    g.set(row, 2, p.cumulative, PERCENT_FORMAT);
    g.set(row, 3, limitA, PERCENT_FORMAT);
    g.set(row, 4, limitB, PERCENT_FORMAT);
  });

  const first = CHART_DATA_TOP + 1;
  const last = first + points.length - 1;
  const column = (c: number) => formatAddress(sheet, rect(first, c, last, c), true);
  const x = column(0);
  const classRows = (c: number) =>
    formatAddress(sheet, rect(CLASS_TABLE_TOP + 1, c, CLASS_TABLE_TOP + 3, c), true);
  const notes: Message[] = [];
  if (points.length < result.ranking.count)
    notes.push(
      message("XL_PARETO_OTHER", { top: PARETO_TOP, count: result.ranking.count - PARETO_TOP })
    );

  return {
    summary: { values: g.values, formats: g.formats },
    rankedRows: result.ranking.count,
    rankedHeader: [
      L("rank"),
      L("customer"),
      L("revenue"),
      L("share"),
      L("cumulativeShare"),
      L("classColumn"),
    ],
    pareto: {
      revenue: { name: L("revenue"), values: column(1), xValues: x },
      cumulative: { name: L("cumulativeShare"), values: column(2), xValues: x },
      limitA: { name: limitAName, values: column(3), xValues: x },
      limitB: { name: limitBName, values: column(4), xValues: x },
    },
    abc: {
      customers: { name: L("customerShare"), values: classRows(2), xValues: classRows(0) },
      revenue: { name: L("revenueShare"), values: classRows(4), xValues: classRows(0) },
    },
    notes,
  };
}

/** Rows `start .. start+count-1` of the ranked table (rank order). */
export function rankedBlock(result: AnalysisResult, start: number, count: number): CellBlock {
  const { ranking, customers } = result;
  const values: OutCell[][] = new Array(count);
  const formats: string[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = start + i;
    values[i] = [
      r + 1,
      customers.names[ranking.customer[r]],
      ranking.value[r],
      ranking.share[r],
      ranking.cumulativeShare[r],
      CLASS_LETTERS[ranking.classes[r]],
    ];
    formats[i] = RANKED_FORMATS as string[];
  }
  return { values, formats };
}

/**
 * Upper bound of ranked row r in a request: rank, revenue and two shares at full precision
 * (7 + 24 + 23 + 23), the letter, the six number formats (40), brackets, and the name.
 */
export function rankedRowBytes(result: AnalysisResult, r: number): number {
  return (
    7 + 24 + 2 * 23 + 4 + 40 + 12 + cellBytes(result.customers.names[result.ranking.customer[r]])
  );
}
