// The analysis sheet's time blocks as plain data, below the summary in A:E: the period, the XYZ
// limits, the ABC-XYZ matrix (customers, share of revenue, meaning), the class moves against the
// previous period, the largest movers up and down, and the monthly revenue of the key accounts
// (class A) against the rest (the data of the monthly chart). Everything computed comes from
// result.time.
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import { monthText } from "../../core/i18n/dates";
import { ABC_XYZ_CELLS } from "../../core/time/abcXyz";
import { topMovers } from "../../core/time/migration";
import { monthlySplit } from "../../core/time/monthlySplit";
import type { Period } from "../../core/time/period";
import { xyzLimitsText } from "../../core/time/xyzLimitsText";
import type { Language } from "../../core/types";
import { formatAddress, rect, type Rect } from "../../core/a1";
import { PERCENT_FORMAT, type CellBlock } from "../host/cells";
import { EXCEL_CATALOGUE, text } from "../catalogue";
import { TEXT_FORMAT } from "../host/safeText";
import {
  AMOUNT_FORMAT,
  COUNT_FORMAT,
  Grid,
  SUMMARY_COLUMNS,
  SUMMARY_ROWS,
  type SeriesSpec,
} from "./analysisLayout";
import { timeLabel, type TimeLabel } from "./timeLabels";

/** First row of the time blocks: one blank row below the summary. */
export const TIME_TOP = SUMMARY_ROWS + 1;
/** Movers shown in each direction. */
export const MOVERS_SHOWN = 10;
const CHANGE_FORMAT = "+#,##0.00;-#,##0.00;0.00";

export interface TimeLayout {
  /** Rows from TIME_TOP in A:E. */
  block: CellBlock;
  /** The sheet cells of the block. */
  rect: Rect;
  /** Rows (offsets in the block) set in bold: captions and headers. */
  boldRows: number[];
  /** Rows (offsets) whose text wraps: the meanings of the matrix cells. */
  wrapRows: number[];
  monthly: { keyAccounts: SeriesSpec; others: SeriesSpec };
}

function periodText(p: Period, lang: Language): string {
  return text("XL_TIME_PERIOD", lang, {
    from: monthText(p.from, lang),
    to: monthText(p.to, lang),
    count: p.months,
  });
}

/** The time blocks; null without a time axis. */
export function timeLayout(
  result: AnalysisResult,
  sheet: string,
  lang: Language
): TimeLayout | null {
  const time = result.time;
  if (!time) return null;
  const L = (key: TimeLabel) => timeLabel(key, lang);
  const rows: { cells: [string | number, string?][]; bold?: boolean; wrap?: boolean }[] = [];
  const line = (
    cells: [string | number, string?][],
    extra: { bold?: boolean; wrap?: boolean } = {}
  ) => rows.push({ cells, ...extra });
  const blank = () => line([]);
  const header = (labels: string[]) =>
    line(
      labels.map((l) => [l]),
      { bold: true }
    );

  line([[L("period")], [periodText(time.period, lang)]]);
  line([
    [L("previous")],
    [
      time.previous
        ? periodText(time.previous, lang)
        : text("XL_TIME_NO_PREVIOUS", lang, { dataFrom: monthText(time.dataFrom, lang) }),
    ],
  ]);
  // The limits the XYZ columns of the matrix below were computed with (they can be chosen).
  line([[L("xyzLimits")], [xyzLimitsText(time.xyzLimits, lang)]]);
  blank();

  const xyzHeaders = [L("x"), L("y"), L("z")];
  const matrix = (
    caption: TimeLabel,
    cell: (name: (typeof ABC_XYZ_CELLS)[number]) => [string | number, string?],
    wrap = false
  ) => {
    header([L(caption), ...xyzHeaders]);
    CLASS_LETTERS.forEach((letter, i) =>
      line([[letter], ...ABC_XYZ_CELLS.slice(3 * i, 3 * i + 3).map(cell)], { wrap })
    );
  };
  matrix("matrixCount", (c) => [time.abcXyz[c].count, COUNT_FORMAT]);
  matrix("matrixShare", (c) => [time.abcXyz[c].share, PERCENT_FORMAT]);
  matrix("matrixMeaning", (c) => [EXCEL_CATALOGUE.translate({ code: "ABCXYZ_" + c }, lang)], true);

  const m = time.migration;
  if (m) {
    const froms = ["A", "B", "C", "new"] as const;
    const tos = ["A", "B", "C", "lost"] as const;
    const label = (k: string) => (k === "new" ? L("new") : k === "lost" ? L("lost") : k);
    const migrationBlock = (
      caption: TimeLabel,
      value: (key: string, to: string) => number,
      format: string
    ) => {
      blank();
      line([[L(caption)]], { bold: true });
      header([L("fromTo"), ...tos.map(label)]);
      for (const from of froms)
        line([
          [label(from)],
          ...tos.map((to): [string | number, string?] =>
            from === "new" && to === "lost" ? [""] : [value(`${from}>${to}`, to), format]
          ),
        ]);
    };
    migrationBlock("migrationCount", (k) => m.counts[k] ?? 0, COUNT_FORMAT);
    migrationBlock(
      "migrationRevenue",
      (k, to) => (to === "lost" ? m.previousValue[k] : m.value[k]) ?? 0,
      AMOUNT_FORMAT
    );
    for (const up of [true, false]) {
      blank();
      line([[L(up ? "moversUp" : "moversDown")]], { bold: true });
      header([L("customer"), L("before"), L("now"), L("revenue"), L("change")]);
      const shown = topMovers(m.movers, up, MOVERS_SHOWN);
      if (shown.length === 0) line([[L("none")]]);
      for (const mv of shown)
        line([
          [result.customers.names[mv.customer], TEXT_FORMAT],
          [label(mv.from)],
          [label(mv.to)],
          [mv.value, AMOUNT_FORMAT],
          [mv.value - mv.previousValue, CHANGE_FORMAT],
        ]);
    }
  }

  blank();
  line([[L("monthlyData")]], { bold: true });
  header([L("month"), L("keyAccounts"), L("others")]);
  const monthlyTop = rows.length;
  const split = monthlySplit(result);
  for (let j = 0; j < time.period.months; j++)
    line([
      [monthText(time.period.from + j, lang)],
      [split.a[j], AMOUNT_FORMAT],
      [split.others[j], AMOUNT_FORMAT],
    ]);

  const g = new Grid(rows.length, SUMMARY_COLUMNS);
  rows.forEach((row, r) => row.cells.forEach(([value, format], c) => g.set(r, c, value, format)));
  const first = TIME_TOP + monthlyTop;
  const last = TIME_TOP + rows.length - 1;
  const column = (c: number) => formatAddress(sheet, rect(first, c, last, c), true);
  return {
    block: { values: g.values, formats: g.formats },
    rect: rect(TIME_TOP, 0, TIME_TOP + rows.length - 1, SUMMARY_COLUMNS - 1),
    boldRows: rows.flatMap((row, r) => (row.bold ? [r] : [])),
    wrapRows: rows.flatMap((row, r) => (row.wrap ? [r] : [])),
    monthly: {
      keyAccounts: { name: L("keyAccounts"), values: column(1), xValues: column(0) },
      others: { name: L("others"), values: column(2), xValues: column(0) },
    },
  };
}
