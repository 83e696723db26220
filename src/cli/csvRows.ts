// A large CSV read from its bytes straight into the core's table: the top lines become cells for
// the header search and the column guess, every other line is read in place. Nothing but the
// customers' names becomes a string, where splitting the text into a grid made a million rows of
// strings (about 1 s and most of the collector's work on 1,048,575 lines).
import { isUtf8 } from "node:buffer";
import { detectDecimalSeparator, type DecimalSeparator } from "../core/number/parseNumber";
import { PLAIN_NUMBER } from "../core/table/cellKinds";
import { asciiKeyHash } from "../core/table/customerKeys";
import { KEY_BATCH_FROM, KEY_BATCH_ROWS } from "../core/table/keyBatch";
import { gridWidth } from "../core/table/gridWidth";
import {
  readTableRows,
  TableBuilder,
  tableLayout,
  type ReadOptions,
  type TableData,
  type TableLayout,
} from "../core/table/readTable";
import { detectDelimiter, splitPlain, type Delimiter } from "./readCsv";
import { plainNumber } from "./plainNumber";

/**
 * Lines read as cells. findHeaderRow looks at up to 60 rows, guessColumns at 500 below the header
 * (which is among the first 30), detectDelimiter at the first 20 that are not blank.
 */
const HEAD_LINES = 1000;
/** textCells in readTable: the first 2,000 texts of a column that are not plain numbers. */
const DECIMAL_SAMPLES = 2000;
const LF = 10;
const CR = 13;
const HASH = 35;
/** Plain rows whose keys are looked up together, from KEY_BATCH_FROM customers (see KeyBatch). */
const BATCH_ROWS = KEY_BATCH_ROWS;

export interface CsvRows {
  /** The top lines as cells, as parseCsv gives them. */
  head: string[][];
  delimiter: Delimiter;
  /** The table readTable would make of the whole file's grid. */
  read(options: ReadOptions): TableData;
  /** Line `r` as parseCsv's cells. */
  rowAt(r: number): readonly string[];
}

/**
 * The file's rows if it is a large UTF-8 file without quotes (no field can then span lines or
 * hide a delimiter), or null: then parseCsv reads it. Cells are exactly those of parseCsv; each
 * row that is not plain (a blank or odd cell, text beyond ASCII, a German or unusual number) is
 * handed to the core as cells, so issues and numbers come from the same code as for a grid.
 */
export function csvRows(bytes: Uint8Array): CsvRows | null {
  if (bytes.indexOf(34) >= 0 || !isUtf8(bytes)) return null;
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let headEnd = from;
  for (let k = 0; k < HEAD_LINES; k++) {
    const lf = bytes.indexOf(LF, headEnd);
    if (lf < 0) return null; // a small file: the grid is cheap
    headEnd = lf + 1;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headText = buffer.toString("utf8", from, headEnd);
  const delimiter = detectDelimiter(headText);
  if (headText.split("\n").filter((line) => line.trim() !== "").length < 20) return null;
  const head = splitPlain(headText, delimiter);
  const lines = scanLines(buffer, from, delimiter);
  if (gridWidth(head) !== lines.width) return null;
  const lineCells = new RowReader(buffer, lines, delimiter);
  return {
    head,
    delimiter,
    read: (options) => new RowReader(buffer, lines, delimiter).read(head, options),
    rowAt: (r) => (r < head.length ? head[r] : lineCells.cells(r)),
  };
}

interface Lines {
  /** Line k is bytes[start[k], start[k + 1] - 1), less a final "\r"; count + 1 entries. */
  start: Int32Array;
  count: number;
  /** Lines up to the last one that has a cell that is not blank. */
  height: number;
  /** The most cells in a line. */
  width: number;
}

/** Splits the file into lines as splitPlain does, counting cells and finding the last filled line. */
function scanLines(bytes: Buffer, from: number, delimiter: Delimiter): Lines {
  const n = bytes.length;
  const d = delimiter.charCodeAt(0);
  let start = new Int32Array(Math.max(1024, (n >>> 4) + 2));
  let count = 0;
  let height = 0;
  let width = 0;
  let cells = 1;
  let filled = false;
  let wide = false;
  start[0] = from;
  for (let i = from; i <= n; i++) {
    const b = i < n ? bytes[i] : LF;
    if (b === LF) {
      if (i === n && i === start[count]) break; // no line after the final line break
      if (!filled && wide)
        filled = !isBlankLine(bytes.toString("utf8", start[count], i), delimiter);
      count++;
      if (count + 1 >= start.length) {
        const grown = new Int32Array(start.length * 2);
        grown.set(start);
        start = grown;
      }
      start[count] = i + 1;
      if (filled) height = count;
      if (cells > width) width = cells;
      cells = 1;
      filled = false;
      wide = false;
    } else if (b === d) cells++;
    else if (b >= 0x80) wide = true;
    // Whitespace as trim() sees it in ASCII: tab to carriage return and space.
    else if (b > 32 || b < 9 || (b > 13 && b < 32)) filled = true;
  }
  if (count > 0 && start[count] > n) start[count] = n + 1;
  return { start, count, height, width };
}

function isBlankLine(line: string, delimiter: Delimiter): boolean {
  return line.split(delimiter).every((cell) => cell.trim() === "");
}

/** readTable's loop over the lines below the header, most of them read from the bytes alone. */
class RowReader {
  private readonly d: number;
  /** Cell c of the current line is bytes[cellStart[c], cellEnd[c]); cellStart -1 if absent. */
  private readonly cellStart: Int32Array;
  private readonly cellEnd: Int32Array;
  /** Plain rows read but not yet in the table (see flush). */
  private readonly batch = {
    size: 0,
    /** Per row: the key cell, the id cell and the name cell as start and end (-1 if none). */
    cells: new Int32Array(6 * BATCH_ROWS),
    skips: new Uint8Array(BATCH_ROWS),
    hashes: new Int32Array(BATCH_ROWS),
    rows: new Int32Array(BATCH_ROWS),
    values: new Float64Array(BATCH_ROWS),
    margins: new Float64Array(BATCH_ROWS),
  };

  constructor(
    private readonly bytes: Buffer,
    private readonly lines: Lines,
    private readonly delimiter: Delimiter
  ) {
    this.d = delimiter.charCodeAt(0);
    this.cellStart = new Int32Array(lines.width + 1);
    this.cellEnd = new Int32Array(lines.width + 1);
  }

  read(head: string[][], options: ReadOptions): TableData {
    const { height, width, count } = this.lines;
    const extent = { width, height, rows: count };
    const layout = tableLayout(head, options, extent);
    // Dates, month columns and unreadable rows need the cells: the core's own loop reads them.
    if (layout.wide || layout.columns.date !== null || (options.unreadableRows?.length ?? 0) > 0)
      return readTableRows(
        head,
        (r) => (r < head.length ? head[r] : this.cells(r)),
        options,
        extent
      );
    const { firstDataRow, columns } = layout;
    const decimal = detectDecimalSeparator(
      this.textCells(firstDataRow, [columns.revenue, columns.margin]),
      options.decimalFallback ?? "."
    );
    const table = new TableBuilder(layout, options, decimal);
    const plain = options.textNumbers === "accept";
    const include = options.includeRow;
    const progress = options.onProgress;
    const rows = height - firstDataRow;
    progress?.("read", 0, rows);
    for (let r = firstDataRow; r < height; r++) {
      if (progress && r > firstDataRow && (r - firstDataRow) % 65536 === 0)
        progress("read", r - firstDataRow, rows);
      if (include && !include(r)) table.hidden();
      else if (!(plain && this.plainRow(table, layout, decimal, r))) {
        this.flush(table);
        table.row(this.cells(r), r);
      }
    }
    this.flush(table);
    progress?.("read", rows, rows);
    return table.finish();
  }

  /**
   * Line `r` as TableBuilder.row would take it if its cells are plain: names and ids in ASCII
   * that are not blank and do not start with "#" (error values), numbers as PLAIN_NUMBER without
   * an exponent, which need no report in a CSV. False if the line needs the cells.
   */
  private plainRow(
    table: TableBuilder,
    layout: TableLayout,
    decimal: DecimalSeparator,
    r: number
  ): boolean {
    const { customer, customerId, revenue, margin } = layout.columns;
    const last = Math.max(customer ?? 0, customerId ?? 0, revenue ?? 0, margin ?? 0);
    if (!this.locate(r, last)) return false;
    const { bytes, cellStart, cellEnd } = this;
    if (customerId !== null && !this.trim(customerId)) return false;
    if (customer !== null && !this.trim(customer)) return false;
    const value = this.number(revenue as number, decimal);
    if (Number.isNaN(value)) return false;
    let marginValue = NaN;
    if (margin !== null) {
      marginValue = this.number(margin, decimal);
      if (Number.isNaN(marginValue)) return false;
    }
    const keyCell = customerId ?? (customer as number);
    const b = this.batch.size++;
    const at = 6 * b;
    const cells = this.batch.cells;
    cells[at] = cellStart[keyCell];
    cells[at + 1] = cellEnd[keyCell];
    cells[at + 2] = customerId === null ? -1 : cellStart[customerId];
    cells[at + 3] = customerId === null ? -1 : cellEnd[customerId];
    cells[at + 4] = customer === null ? -1 : cellStart[customer];
    cells[at + 5] = customer === null ? -1 : cellEnd[customer];
    const skip = keyCell === customerId ? 1 : 0;
    this.batch.skips[b] = skip;
    this.batch.hashes[b] = asciiKeyHash(bytes, cells[at], cells[at + 1], skip);
    this.batch.rows[b] = r;
    this.batch.values[b] = value;
    this.batch.margins[b] = marginValue;
    // Below KEY_BATCH_FROM customers the key table stays in the cache: each row goes in at once.
    if (this.batch.size === BATCH_ROWS || table.keyNames.length < KEY_BATCH_FROM) this.flush(table);
    return true;
  }

  /**
   * The batch's plain rows into the table, their keys looked up in a loop of their own (as
   * TableBuilder does with cells, see KeyBatch): before a row that needs cells, and at the end.
   */
  private flush(table: TableBuilder): void {
    const { bytes, batch } = this;
    const { cells, skips, hashes, rows, values, margins } = batch;
    const keys = table.keys;
    for (let b = 0; b < batch.size; b++) {
      const at = 6 * b;
      let key = keys.findAsciiHashed(bytes, cells[at], cells[at + 1], skips[b] as 0 | 1, hashes[b]);
      if (key < 0) {
        const id = cells[at + 2] < 0 ? null : this.latin1(cells[at + 2], cells[at + 3]);
        const name = cells[at + 4] < 0 ? null : this.latin1(cells[at + 4], cells[at + 5]);
        key = keys.addAscii((id ?? name) as string);
        table.name(name ?? (id as string), id);
      }
      table.used(rows[b], key, values[b], margins[b]);
    }
    batch.size = 0;
  }

  /** Cells 0 to `last` of line `r` located; false if one of them holds a byte beyond ASCII. */
  private locate(r: number, last: number): boolean {
    const { bytes, cellStart, cellEnd, d } = this;
    const start = this.lines.start[r];
    const end = this.lineEnd(r);
    let c = 0;
    cellStart[0] = start;
    let i = start;
    for (; i < end; i++) {
      const b = bytes[i];
      if (b === d) {
        cellEnd[c] = i;
        if (c === last) return true;
        c++;
        cellStart[c] = i + 1;
      } else if (b >= 0x80) return false;
    }
    cellEnd[c] = end;
    for (c++; c <= last; c++) cellStart[c] = -1;
    return true;
  }

  /** Trims located cell `c` (present) to text that is neither blank nor maybe an error value. */
  private trim(c: number): boolean {
    return this.trimBlank(c) && this.bytes[this.cellStart[c]] !== HASH;
  }

  /** Trims located cell `c`; false if it is absent or blank. */
  private trimBlank(c: number): boolean {
    const { bytes, cellStart, cellEnd } = this;
    let a = cellStart[c];
    if (a < 0) return false;
    let b = cellEnd[c];
    while (a < b && isSpace(bytes[a])) a++;
    while (b > a && isSpace(bytes[b - 1])) b--;
    cellStart[c] = a;
    cellEnd[c] = b;
    return a < b;
  }

  /** Located cell `c` as a plain number, NaN if the cells must decide (or if "," is the decimal and it has a dot). */
  private number(c: number, decimal: DecimalSeparator): number {
    if (!this.trimBlank(c)) return NaN;
    return plainNumber(this.bytes, this.cellStart[c], this.cellEnd[c], decimal === ",");
  }

  private lineEnd(r: number): number {
    const end = this.lines.start[r + 1] - 1;
    return end > this.lines.start[r] && this.bytes[end - 1] === CR ? end - 1 : end;
  }

  private latin1(start: number, end: number): string {
    return this.bytes.toString("latin1", start, end);
  }

  /** Line `r` as splitPlain's cells. */
  cells(r: number): string[] {
    const line = this.bytes.toString("utf8", this.lines.start[r], this.lineEnd(r));
    return line.includes(this.delimiter) ? line.split(this.delimiter) : [line];
  }

  /** readTable's textCells: per column, the first 2,000 cells that are text but not a plain number. */
  private textCells(from: number, columns: (number | null)[]): string[] {
    const out: string[] = [];
    for (const c of columns) {
      if (c === null) continue;
      let seen = 0;
      for (let r = from; r < this.lines.height && seen < DECIMAL_SAMPLES; r++) {
        if (this.locate(r, c)) {
          // Absent, blank or a plain number: no text to count.
          if (!this.trimBlank(c)) continue;
          if (!Number.isNaN(plainNumber(this.bytes, this.cellStart[c], this.cellEnd[c], false)))
            continue;
        }
        const v = this.cells(r)[c];
        if (typeof v === "string" && v.trim() !== "" && !PLAIN_NUMBER.test(v.trim())) {
          seen++;
          out.push(v);
        }
      }
    }
    return out;
  }
}

function isSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}
