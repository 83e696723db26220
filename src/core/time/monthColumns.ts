// The wide layout: one column per month ("Jan 2026", "Februar 2026", "2026-03", "04/2026", ...).
import { isBlank } from "../table/cellKinds";
import type { CellValue } from "../types";
import { serialMonth } from "./excelSerial";
import { parseMonthText } from "./monthText";

export interface MonthColumns {
  /** Grid columns holding a month's revenue, left to right. */
  columns: number[];
  /** The month index of each of them (year * 12 + month - 1). */
  months: number[];
}

/**
 * The columns whose header names a month; null unless at least two do (one month label is more
 * likely a note than a layout). Header cells that Excel keeps as dates (serial numbers formatted
 * "Jan 2026") count too. Columns in `skip` (customer, id) are never months.
 */
export function monthColumns(
  header: readonly CellValue[],
  skip: readonly (number | null)[]
): MonthColumns | null {
  const columns: number[] = [];
  const months: number[] = [];
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    if (skip.includes(c) || isBlank(cell)) continue;
    const month =
      typeof cell === "number"
        ? serialMonth(cell)
        : typeof cell === "string"
          ? parseMonthText(cell)
          : NaN;
    if (Number.isNaN(month)) continue;
    columns.push(c);
    months.push(month);
  }
  return columns.length >= 2 ? { columns, months } : null;
}
