// A1 addresses: column letters, sheet names, rectangles and their text, for every layer (the Excel
// layer's layouts, the pane's source text, the CLI's column names, the core's own messages).

export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

/** 0-based, inclusive cell rectangle on one sheet. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle with the sheet it lies on (the sheet is undefined when the address had none). */
export interface Area {
  sheet?: string;
  rect: Rect;
}

export function rect(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, bottom, right };
}

export function rowCount(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function columnCount(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** Rows of `outer` (a column band) that are not rows of `inner`: at most a band above and below. */
export function rowsOutside(outer: Rect, inner: Rect): Rect[] {
  const out: Rect[] = [];
  if (outer.top < inner.top) out.push({ ...outer, bottom: Math.min(outer.bottom, inner.top - 1) });
  if (outer.bottom > inner.bottom)
    out.push({ ...outer, top: Math.max(outer.top, inner.bottom + 1) });
  return out;
}

/** Columns of `outer` right of `inner`, in the rows both share: at most one band. */
export function columnsOutside(outer: Rect, inner: Rect): Rect[] {
  const top = Math.max(outer.top, inner.top);
  const bottom = Math.min(outer.bottom, inner.bottom);
  if (outer.right <= inner.right || top > bottom) return [];
  return [rect(top, Math.max(outer.left, inner.right + 1), bottom, outer.right)];
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** "A", "B", ..., "Z", "AA": the letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters to a 0-based index ("A" -> 0, "AA" -> 26); -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet names that are not plain words are quoted, with inner quotes doubled, as Excel does. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  return plain && !looksLikeCell ? name : "'" + name.replace(/'/g, "''") + "'";
}

/** "A1", "A1:C5", "A:C" for whole columns, "2:5" for whole rows; `$` everywhere when absolute. */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.left === 0 && r.right === SHEET_COLUMNS - 1) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === SHEET_ROWS - 1)
    return `${d}${columnLetter(r.left)}:${d}${columnLetter(r.right)}`;
  const first = `${d}${columnLetter(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return first;
  return `${first}:${d}${columnLetter(r.right)}${d}${r.bottom + 1}`;
}

export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(r, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function cell(text: string): { row: number; column: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const column = columnIndex(m[1]);
  if (row < 0 || row >= SHEET_ROWS || column < 0 || column >= SHEET_COLUMNS) return null;
  return { row, column };
}

/** "A1", "B2:C5", "A:C" or "3:7" (no sheet) as a rectangle. */
export function parseRect(text: string): Rect | null {
  const s = text.trim();
  let m = COLUMNS.exec(s);
  if (m) {
    const a = columnIndex(m[1]);
    const b = columnIndex(m[2]);
    if (a < 0 || b < 0 || a >= SHEET_COLUMNS || b >= SHEET_COLUMNS) return null;
    return rect(0, Math.min(a, b), SHEET_ROWS - 1, Math.max(a, b));
  }
  m = ROWS.exec(s);
  if (m) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    if (a < 0 || b < 0 || a >= SHEET_ROWS || b >= SHEET_ROWS) return null;
    return rect(Math.min(a, b), 0, Math.max(a, b), SHEET_COLUMNS - 1);
  }
  const parts = s.split(":");
  if (parts.length > 2) return null;
  const a = cell(parts[0]);
  const b = parts.length === 2 ? cell(parts[1]) : a;
  if (!a || !b) return null;
  return rect(
    Math.min(a.row, b.row),
    Math.min(a.column, b.column),
    Math.max(a.row, b.row),
    Math.max(a.column, b.column)
  );
}

/**
 * Splits a list of areas such as "Sheet1!A1:B2,'My, Sheet'!C3" (RangeAreas.address) at commas
 * outside quoted sheet names, and parses each. A leading "=" (a name's formula) is allowed.
 * Returns null when any part is not an address (e.g. "#REF!").
 */
export function parseAreas(text: string): Area[] | null {
  let s = text.trim();
  if (s.startsWith("=")) s = s.slice(1);
  if (s === "") return [];
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") {
      if (quoted && s[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const out: Area[] = [];
  for (const part of parts) {
    const area = parseArea(part);
    if (!area) return null;
    out.push(area);
  }
  return out;
}

/** One area "Sheet1!A1:B2", "'It''s'!A:A" or "C3". */
export function parseArea(text: string): Area | null {
  const s = text.trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) {
    const r = parseRect(s);
    return r ? { rect: r } : null;
  }
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const r = parseRect(s.slice(bang + 1));
  return r && sheet !== "" ? { sheet, rect: r } : null;
}

/** The sheet name of an address such as "'My Sheet'!A1:B2"; undefined when it has none. */
export function sheetOf(address: string): string | undefined {
  return parseArea(address)?.sheet;
}
