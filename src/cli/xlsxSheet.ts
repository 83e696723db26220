// The cells of an .xlsx sheet from its XML, read as bytes: rows, cells and their values only.
import { rowIsBlank } from "../core/table/readTable";
import type { CellValue } from "../core/types";
import { plainNumber } from "./plainNumber";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The strings of sharedStrings.xml: each <si>'s text runs joined, phonetic runs (<rPh>) left out. */
export function sharedStrings(x: Buffer): string[] {
  const out: string[] = [];
  const n = x.length;
  let text = "";
  let phonetic = false;
  let i = 0;
  while (i < n) {
    while (i < n && x[i] !== LT) i++;
    if (i >= n) break;
    const end = tagEnd(x, i);
    if (isTag(x, i + 1, "si")) text = "";
    else if (isTag(x, i + 1, "/si")) out.push(text);
    else if (isTag(x, i + 1, "rPh")) phonetic = x[end - 1] !== SLASH;
    else if (isTag(x, i + 1, "/rPh")) phonetic = false;
    else if (isTag(x, i + 1, "t") && x[end - 1] !== SLASH) {
      const close = indexOfByte(x, LT, end + 1);
      if (!phonetic) text += xmlText(x, end + 1, close);
      i = close;
      continue;
    }
    i = end + 1;
  }
  return out;
}

/**
 * A sheet's cells from its XML, fed in pieces as they are inflated, as exceljs's reading gives
 * them (see cellValue in readXlsx.ts): numbers, text, truth values, error codes, a formula's
 * last result or "" without one; gaps filled with "", rows without values as []. The cells are
 * kept column-wise (a million rows as arrays of boxed numbers cost the collector seconds) and
 * each row is made again when asked. `failed` for a layout this reader does not follow (rows out
 * of order, a cell before its left neighbour): exceljs reads such sheets.
 */
export class SheetCells {
  failed = false;
  /** The longest row. */
  width = 0;
  /** Rows up to the last one with a cell that is not blank. */
  height = 0;
  /** All rows, up to the last that has a value. */
  rows = 0;
  private started = false;
  private ended = false;
  private rest: Buffer = Buffer.alloc(0);
  private rowNumber = 0;
  private row: CellValue[] = [];
  /** Stored row k is grid row rowIndex[k], cells firstCell[k] up to firstCell[k + 1]. */
  private rowIndex = new Int32Array(1025);
  private firstCell = new Int32Array(1025);
  private stored = 0;
  /** A cell is numbers[i] where isNumber[i], else others[i]. */
  private isNumber = new Uint8Array(4096);
  private numbers = new Float64Array(4096);
  private readonly others: CellValue[] = [];
  private cells = 0;
  private storedOf: Int32Array | null = null;

  constructor(private readonly strings: readonly string[]) {}

  /** The next piece of the sheet's XML. */
  push(chunk: Buffer): void {
    if (this.failed || this.ended) return;
    let x = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    if (!this.started) {
      const at = x.indexOf("<sheetData");
      if (at < 0) {
        this.rest = x.subarray(Math.max(0, x.length - 16));
        return;
      }
      this.started = true;
      x = x.subarray(at);
    }
    // Whole rows only; the end of the sheet data ends it.
    const end = x.indexOf("</sheetData>");
    const cut = end >= 0 ? end + 12 : x.lastIndexOf("</row>") + 6;
    if (cut < 6) {
      this.rest = x;
      return;
    }
    if (!this.parse(x, cut)) this.failed = true;
    this.rest = Buffer.from(x.subarray(cut));
    if (end >= 0) this.ended = true;
  }

  /** True if the sheet data ended as it should. */
  finish(): boolean {
    if (!this.started) this.ended = true; // a sheet without sheetData has no cells
    if (this.failed || !this.ended) return false;
    const storedOf = new Int32Array(this.rows).fill(-1);
    for (let k = 0; k < this.stored; k++) storedOf[this.rowIndex[k]] = k;
    this.storedOf = storedOf;
    return true;
  }

  /** Grid row `r`, made anew. */
  rowAt(r: number): CellValue[] {
    const k = (this.storedOf as Int32Array)[r] ?? -1;
    if (k < 0) return [];
    const out: CellValue[] = [];
    for (let i = this.firstCell[k]; i < this.firstCell[k + 1]; i++)
      out.push(this.isNumber[i] === 1 ? this.numbers[i] : this.others[i]);
    return out;
  }

  /** The first `count` rows. */
  head(count: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < Math.min(count, this.rows); r++) out.push(this.rowAt(r));
    return out;
  }

  private parse(x: Buffer, n: number): boolean {
    let i = 0;
    while (i < n) {
      while (i < n && x[i] !== LT) i++;
      if (i >= n) return true;
      const end = tagEnd(x, i);
      if (isTag(x, i + 1, "c")) {
        const row = this.row;
        const ref = attribute(x, i + 2, end, 114); // r
        const column = ref < 0 ? row.length : columnIndex(x, ref);
        if (column < row.length) return false;
        const typeAt = attribute(x, i + 2, end, 116); // t
        const type =
          typeAt < 0 ? 110 : x[typeAt] === 105 ? 73 : x[typeAt + 1] === 116 ? 83 : x[typeAt];
        i = end + 1;
        if (x[end - 1] === SLASH) continue;
        // The cell's content up to </c>: <f> (skipped), <v> or <is>.
        let value: CellValue | undefined;
        let formula = false;
        for (;;) {
          while (i < n && x[i] !== LT) i++;
          if (i >= n) return false;
          const e = tagEnd(x, i);
          if (isTag(x, i + 1, "/c")) {
            i = e + 1;
            break;
          }
          if (isTag(x, i + 1, "v") && x[e - 1] !== SLASH) {
            const close = indexOfByte(x, LT, e + 1);
            value = cellValue(x, e + 1, close, type, this.strings);
            if (value === undefined) return false;
            i = close;
          } else if (isTag(x, i + 1, "is") && x[e - 1] !== SLASH) {
            const close = x.indexOf("</is>", e);
            if (close < 0) return false;
            value = inlineText(x, e + 1, close);
            i = close + 5;
          } else {
            if (isTag(x, i + 1, "f")) formula = true;
            i = e + 1;
          }
        }
        if (value === undefined && formula) value = ""; // saved without its result
        if (value === undefined) continue;
        while (row.length < column) row.push("");
        row.push(value);
        continue;
      }
      if (isTag(x, i + 1, "row")) {
        const ref = attribute(x, i + 4, end, 114);
        const number = ref < 0 ? this.rowNumber + 1 : digits(x, ref);
        if (number <= this.rowNumber) return false;
        this.rowNumber = number;
        this.row = [];
      } else if (isTag(x, i + 1, "/row")) {
        if (this.row.length > 0) this.store(this.rowNumber - 1, this.row);
        this.row = [];
      }
      i = end + 1;
    }
    return true;
  }

  private store(r: number, row: CellValue[]): void {
    const k = this.stored++;
    if (k + 2 > this.firstCell.length) {
      this.rowIndex = grow(this.rowIndex, 2 * this.firstCell.length);
      this.firstCell = grow(this.firstCell, 2 * this.firstCell.length);
    }
    if (this.cells + row.length > this.numbers.length) {
      const size = 2 * (this.cells + row.length);
      this.numbers = grow(this.numbers, size);
      this.isNumber = grow(this.isNumber, size);
    }
    this.rowIndex[k] = r;
    for (const v of row) {
      const i = this.cells++;
      // others stays a packed array: one entry per cell, undefined for numbers.
      if (typeof v === "number") {
        this.isNumber[i] = 1;
        this.numbers[i] = v;
        this.others.push(undefined);
      } else {
        this.isNumber[i] = 0;
        this.others.push(v);
      }
    }
    this.firstCell[k + 1] = this.cells;
    this.rows = r + 1;
    if (row.length > this.width) this.width = row.length;
    if (!rowIsBlank(row)) this.height = r + 1;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const grown = new (a.constructor as new (n: number) => T)(size);
  grown.set(a);
  return grown;
}

/** <is> without an <si> wrapper: its <t> runs. */
function inlineText(x: Buffer, from: number, to: number): string {
  return (
    sharedStrings(
      Buffer.concat([Buffer.from("<si>"), x.subarray(from, to), Buffer.from("</si>")])
    )[0] ?? ""
  );
}

/**
 * The value of <v> by the cell's type: "s" shared string, "S" (str) formula text, "b", "e",
 * "d" (ISO date, as a serial), "n" number; undefined if unreadable.
 */
function cellValue(
  x: Buffer,
  from: number,
  to: number,
  type: number,
  strings: readonly string[]
): CellValue | undefined {
  switch (type) {
    case 115: // s
      return strings[digits(x, from)];
    case 83: // str
    case 101: // e
      return xmlText(x, from, to);
    case 98: // b
      return x[from] === 49;
    case 100: {
      // d
      const ms = Date.parse(xmlText(x, from, to));
      return Number.isNaN(ms) ? undefined : (ms - EXCEL_EPOCH) / DAY_MS;
    }
    default: {
      const plain = plainNumber(x, from, to, false);
      if (!Number.isNaN(plain)) return plain;
      const v = Number(x.toString("latin1", from, to));
      return Number.isNaN(v) ? undefined : v;
    }
  }
}

/** True if the tag name at `at` is `name` (then a space, "/" or ">"). */
function isTag(x: Buffer, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (x[at + k] !== name.charCodeAt(k)) return false;
  const next = x[at + name.length];
  return next === GT || next === SLASH || next === 32 || next === 9 || next === 10 || next === 13;
}

/** The ">" that ends the tag at `at` (quoted attribute values may hold one). */
function tagEnd(x: Buffer, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < x.length; i++) {
    const b = x[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOSTROPHE) quote = b;
    else if (b === GT) return i;
  }
  return x.length;
}

/** Where the value of the one-letter attribute `letter` starts, or -1. */
function attribute(x: Buffer, from: number, to: number, letter: number): number {
  for (let i = from; i < to - 2; i++) {
    if (
      x[i] === letter &&
      x[i + 1] === 61 &&
      (x[i - 1] === 32 || x[i - 1] === 9 || x[i - 1] === 10)
    )
      return i + 3;
  }
  return -1;
}

/** The 0-based column of a reference such as "AB12". */
function columnIndex(x: Buffer, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const b = x[i];
    if (b >= 65 && b <= 90) n = n * 26 + (b - 64);
    else return n - 1;
  }
}

function digits(x: Buffer, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const b = x[i];
    if (b >= 48 && b <= 57) n = n * 10 + (b - 48);
    else return n;
  }
}

function indexOfByte(x: Buffer, byte: number, from: number): number {
  let i = from;
  while (i < x.length && x[i] !== byte) i++;
  return i;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Element text with XML's entities and character references decoded. */
export function xmlText(x: Buffer, from: number, to: number): string {
  const s = x.toString("utf8", from, to);
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITIES[e]
  );
}
