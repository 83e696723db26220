// What the class columns hold in each source row, taken from the core result (no analysis here).
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_LETTERS } from "../../core/classify/classCodes";
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
 * Rows `start .. start+count-1` of the class columns for a range source. `headerRow` is the grid
 * row that gets the headers (null: the data has none).
 */
export function classColumnBlock(
  result: AnalysisResult,
  rankOfRow: Int32Array,
  start: number,
  count: number,
  headers: readonly string[],
  headerRow: number | null
): CellBlock {
  const values: OutCell[][] = new Array(count);
  const formats: string[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row = start + i;
    if (row === headerRow) {
      values[i] = [...headers];
      formats[i] = [GENERAL_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT];
    } else {
      values[i] = classCells(result, row < rankOfRow.length ? rankOfRow[row] : -1);
      formats[i] = CLASS_COLUMN_FORMATS as string[];
    }
  }
  return { values, formats };
}
