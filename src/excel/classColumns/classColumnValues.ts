// What the class columns hold in each source row, taken from the core result (no analysis here).
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
import { periodFigures } from "../../core/time/periodFigures";
import { GENERAL_FORMAT, PERCENT_FORMAT, type CellBlock, type OutCell } from "../host/cells";

export const CLASS_COLUMN_COUNT = 4;
export const RANK_FORMAT = "0";
/** Number formats of Rank, Share, Cumulative share, Class. */
export const CLASS_COLUMN_FORMATS: readonly string[] = [
  RANK_FORMAT,
  PERCENT_FORMAT,
  PERCENT_FORMAT,
  GENERAL_FORMAT,
];

/** Growth with its sign: "+23.0%", "-4.5%". */
export const GROWTH_FORMAT = "+0.0%;-0.0%;0.0%";
/** Number formats of XYZ and Growth (the time columns after the four). */
export const TIME_COLUMN_FORMATS: readonly string[] = [GENERAL_FORMAT, GROWTH_FORMAT];

/** Rank (0-based) of each customer index; -1 for customers outside the ranking (negative totals). */
export function rankOfCustomer(result: AnalysisResult): Int32Array {
  const rankOf = new Int32Array(result.customers.count).fill(-1);
  const order = result.ranking.customer;
  for (let r = 0; r < order.length; r++) rankOf[order[r]] = r;
  return rankOf;
}

/**
 * Per grid row of the source: the rank of the row's customer, or -1 for rows the core did not
 * use (header, blank, skipped or hidden rows) and customers outside the ranking.
 */
export function rankOfGridRow(result: AnalysisResult, gridRows: number): Int32Array {
  const rankOf = rankOfCustomer(result);
  const out = new Int32Array(gridRows).fill(-1);
  const { rows } = result.table;
  const rowCustomer = result.customers.rowCustomer;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < gridRows) out[rows[i]] = rankOf[rowCustomer[i]];
  }
  return out;
}

/** The four cells of one source row; empty strings clear what an earlier run wrote there. */
function classCells(result: AnalysisResult, rank: number): OutCell[] {
  if (rank < 0) return ["", "", "", ""];
  const { ranking } = result;
  return [
    rank + 1,
    ranking.share[rank],
    ranking.cumulativeShare[rank],
    CLASS_LETTERS[ranking.classes[rank]],
  ];
}

/**
 * XYZ and growth of the customer at `rank`: blank without a class or a figure, `newLabel` ("neu")
 * for a customer without revenue in the previous period.
 */
function timeCells(result: AnalysisResult, rank: number, newLabel: string): OutCell[] {
  const time = result.time;
  if (rank < 0 || !time) return ["", ""];
  const { xyz, growth, isNew } = periodFigures(time, result.ranking.customer[rank]);
  return [xyz, growth ?? (isNew ? newLabel : "")];
}

/**
 * Rows `start .. start+count-1` of the class columns for a range source. `headerRow` is the grid
 * row that gets the headers (null: the data has none). Headers beyond the four name the time
 * columns (XYZ, Growth), filled from `result.time`.
 */
export function classColumnBlock(
  result: AnalysisResult,
  rankOfRow: Int32Array,
  start: number,
  count: number,
  headers: readonly string[],
  headerRow: number | null,
  newLabel = ""
): CellBlock {
  const time = headers.length > CLASS_COLUMN_COUNT;
  const values: OutCell[][] = new Array(count);
  const formats: string[][] = new Array(count);
  const headerFormats = headers.map(() => GENERAL_FORMAT);
  const rowFormats = time
    ? [...CLASS_COLUMN_FORMATS, ...TIME_COLUMN_FORMATS]
    : (CLASS_COLUMN_FORMATS as string[]);
  for (let i = 0; i < count; i++) {
    const row = start + i;
    if (row === headerRow) {
      values[i] = [...headers];
      formats[i] = headerFormats;
    } else {
      const rank = row < rankOfRow.length ? rankOfRow[row] : -1;
      values[i] = classCells(result, rank);
      if (time) values[i].push(...timeCells(result, rank, newLabel));
      formats[i] = rowFormats;
    }
  }
  return { values, formats };
}
