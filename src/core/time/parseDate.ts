// Date cells to calendar months: Excel serials, ISO 2026-03-31, German 31.03.2026 and slash
// dates (3/31/2026 or 31/3/2026) whose order the column makes clear.
import { isExcelError } from "../number/excelErrors";
import type { CellValue } from "../types";
import { serialMonth } from "./excelSerial";
import { daysInMonth, monthIndex } from "./months";
import { parseMonthText } from "./monthText";

/** Day/month order of slash dates: 31/3/2026 (dmy, UK and most of Europe) or 3/31/2026 (mdy, US). */
export type SlashOrder = "dmy" | "mdy";

/** Why a date cell could not be read; the codes end ROW_DATE_* messages. */
export type DateProblem = "blank" | "error" | "text" | "ambiguous" | "invalid";

/**
 * The month index (year * 12 + month - 1) of a date cell, or why it has none. `slash` is the
 * column's order of slash dates (see slashOrder); null when the column does not tell, then only
 * slash dates that read one way (13/1/2026, or 5/5/2026) are dates.
 */
export function cellMonth(cell: CellValue, slash: SlashOrder | null): number | DateProblem {
  if (typeof cell === "number") {
    const m = serialMonth(cell);
    return Number.isNaN(m) ? "invalid" : m;
  }
  if (typeof cell === "boolean") return "invalid";
  if (typeof cell !== "string") return "blank";
  const s = cell.trim();
  if (s === "") return "blank";
  const parts = dateParts(s);
  if (parts !== null) return partsMonth(parts, slash);
  if (isExcelError(s)) return "error";
  // A serial typed as text (a CSV export of unformatted dates).
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const m = serialMonth(Number(s));
    if (!Number.isNaN(m)) return m;
  }
  const month = parseMonthText(s);
  return Number.isNaN(month) ? "text" : month;
}

/** Three numbers and the separator between them: "31.03.2026" -> [31, 3, 2026, "."]. */
type Parts = [number, number, number, string, number];

/**
 * Splits "a<sep>b<sep>c" with the same separator ("-", "." or "/") twice, an optional time after a
 * space or "T"; by char codes, as this runs once per invoice line. The fifth item is the length
 * of the first number (4 for an ISO year).
 */
function dateParts(s: string): Parts | null {
  const n = s.length;
  let i = 0;
  const nums = [0, 0, 0];
  let sep = 0;
  let firstLength = 0;
  for (let k = 0; k < 3; k++) {
    const start = i;
    let v = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      i++;
    }
    const length = i - start;
    if (length === 0 || length > 4) return null;
    if (k === 0) firstLength = length;
    nums[k] = v;
    if (k < 2) {
      const c = s.charCodeAt(i);
      if (k === 0) {
        if (c !== 45 && c !== 46 && c !== 47) return null; // - . /
        sep = c;
      } else if (c !== sep) return null;
      i++;
    } else if (length === 3) return null;
  }
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 84) return null; // a time after " " or "T"
  }
  return [nums[0], nums[1], nums[2], String.fromCharCode(sep), firstLength];
}

function partsMonth(
  [a, b, c, sep, firstLength]: Parts,
  slash: SlashOrder | null
): number | DateProblem {
  if (sep === "-") return firstLength === 4 ? day(a, b, c) : "text"; // ISO only
  if (firstLength > 2) return "text";
  if (sep === ".") return day(year(c), b, a);
  // Slash: the column's order, or the one reading the date allows.
  if (slash === "dmy") return day(year(c), b, a);
  if (slash === "mdy") return day(year(c), a, b);
  if (a === b || a > 12 || b > 12) return a > 12 ? day(year(c), b, a) : day(year(c), a, b);
  return "ambiguous";
}

function year(digits: number): number {
  return digits < 100 ? 2000 + digits : digits;
}

function day(y: number, month: number, d: number): number | DateProblem {
  if (y < 1900 || y > 9999 || month < 1 || month > 12 || d < 1 || d > daysInMonth(y, month))
    return "invalid";
  return monthIndex(y, month);
}

/**
 * The order of the slash dates in a column: "dmy" when some first number exceeds 12, "mdy" when
 * some second one does, null when none does or both kinds occur. Looks at up to 2,000 slash dates.
 */
export function slashOrder(cells: Iterable<CellValue>): SlashOrder | null {
  let dmy = false;
  let mdy = false;
  let seen = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const parts = dateParts(cell.trim());
    if (parts === null || parts[3] !== "/") continue;
    if (parts[0] > 12) dmy = true;
    if (parts[1] > 12) mdy = true;
    if (++seen >= 2000) break;
  }
  return dmy === mdy ? null : dmy ? "dmy" : "mdy";
}
