// A large CSV read from its bytes straight into the core's table: the top lines become cells for
// the header search and the column guess, every other line is read in place. Nothing but the
// customers' names becomes a string, where splitting the text into a grid made a million rows of
// strings (about 1 s and most of the collector's work on 1,048,575 lines). From PARALLEL_FROM
// rows on, helper threads share the reading (see readingTask.ts) and not even the names are made
// until something reads them (see groupedCustomers.ts).
import { isUtf8 } from "node:buffer";
import { detectDecimalSeparator } from "../core/number/parseNumber";
import { PLAIN_NUMBER } from "../core/table/cellKinds";
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
import type { CustomerBytes } from "./context";
import { groupedCustomers } from "./groupedCustomers";
import type { ShareTextBuffers } from "./shareTexts";
import { LineCells } from "./lineCells";
import {
  parsePlainRow,
  plainColumns,
  plainRowArrays,
  type PlainColumns,
  type PlainRowArrays,
} from "./plainRows";
import { detectDelimiter, splitPlain, type Delimiter } from "./readCsv";
import { claimSums, CONTROL_SIZE, groupedSums, readShare, type ReadingTask } from "./readingTask";
import { readingThreadCount, ReadingThreads } from "./readingThreads";

/**
 * Lines read as cells. findHeaderRow looks at up to 60 rows, guessColumns at 500 below the header
 * (which is among the first 30), detectDelimiter at the first 20 that are not blank.
 */
const HEAD_LINES = 1000;
/** textCells in readTable: the first 2,000 texts of a column that are not plain numbers. */
const DECIMAL_SAMPLES = 2000;
const LF = 10;
/** Data rows from which several threads read, where there is more than one processor core. */
const PARALLEL_FROM = 65536;
/** The shortest line ("A,1\n") that can count towards PARALLEL_FROM, to start helpers early. */
const MIN_LINE_BYTES = 4;
/** Parts of the rows that threads claim to parse: enough that a late helper still gets some. */
const PARSE_CHUNKS = 16;
/** Plain rows whose keys are looked up together, from KEY_BATCH_FROM customers (see KeyBatch). */
const BATCH_ROWS = KEY_BATCH_ROWS;

/** How to read a large file: with how many threads (main thread included), from how many rows. */
export interface CsvReading {
  threads?: number;
  parallelFrom?: number;
  /** The output will be JSON: a helper then makes shares' texts too (see ShareTexts). */
  shareTexts?: boolean;
}

export interface CsvRows {
  /** The top lines as cells, as parseCsv gives them. */
  head: string[][];
  delimiter: Delimiter;
  /** The table readTable would make of the whole file's grid. */
  read(options: ReadOptions): TableData;
  /** Line `r` as parseCsv's cells. */
  rowAt(r: number): readonly string[];
  /** Where the last read's customers' names and ids are in the bytes; null if unknown. */
  customerBytes(): CustomerBytes | null;
  /** Buffers in which a helper makes the shares' texts of a JSON output; null without one. */
  shareTexts(): ShareTextBuffers | null;
}

/**
 * The file's rows if it is a large UTF-8 file without quotes (no field can then span lines or
 * hide a delimiter), or null: then parseCsv reads it. Cells are exactly those of parseCsv; each
 * row that is not plain (a blank or odd cell, text beyond ASCII, a German or unusual number) is
 * handed to the core as cells, so issues and numbers come from the same code as for a grid.
 */
export function csvRows(bytes: Uint8Array, reading: CsvReading = {}): CsvRows | null {
  if (bytes.indexOf(34) >= 0 || !isUtf8(bytes)) return null;
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let headEnd = from;
  for (let k = 0; k < HEAD_LINES; k++) {
    const lf = bytes.indexOf(LF, headEnd);
    if (lf < 0) return null; // a small file: the grid is cheap
    headEnd = lf + 1;
  }
  const threads = reading.threads ?? readingThreadCount();
  const parallelFrom = reading.parallelFrom ?? PARALLEL_FROM;
  // Started before the lines are found, so that they are up when the rows are parsed.
  const helpers = ReadingThreads.start(
    threads > 1 && bytes.length >= parallelFrom * MIN_LINE_BYTES ? threads - 1 : 0
  );
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headText = buffer.toString("utf8", from, headEnd);
  const delimiter = detectDelimiter(headText);
  const head = splitPlain(headText, delimiter);
  const lines =
    headText.split("\n").filter((line) => line.trim() !== "").length < 20
      ? null
      : scanLines(buffer, from, delimiter);
  if (!lines || gridWidth(head) !== lines.width) {
    helpers.close();
    return null;
  }
  const parallel = { threads, parallelFrom, helpers, shareTexts: reading.shareTexts ?? false };
  const lineCells = new RowReader(buffer, lines, delimiter);
  let customerBytes: CustomerBytes | null = null;
  let shareTexts: (() => ShareTextBuffers | null) | null = null;
  return {
    head,
    delimiter,
    read: (options) => {
      const reader = new RowReader(buffer, lines, delimiter, parallel);
      const table = reader.read(head, options);
      customerBytes = reader.customerBytes;
      shareTexts = reader.shareTexts;
      return table;
    },
    customerBytes: () => customerBytes,
    shareTexts: () => shareTexts?.() ?? null,
    rowAt: (r) => (r < head.length ? head[r] : lineCells.cells(r)),
  };
}

/** Threads for reading, the main thread included, and the helpers started for them. */
interface Parallel {
  threads: number;
  parallelFrom: number;
  helpers: ReadingThreads;
  shareTexts: boolean;
}

/** `array` if it is in memory that reading threads share, else a copy there. */
function shared<T extends Uint8Array | Int32Array>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const shared = new SharedArrayBuffer(array.byteLength);
  const copy = (array instanceof Int32Array ? new Int32Array(shared) : new Uint8Array(shared)) as T;
  copy.set(array);
  return copy;
}

function sharedInts(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * n));
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
  // In memory that reading threads share, as the bytes are (see readShared in source.ts).
  let start = sharedInts(Math.max(1024, (n >>> 4) + 2));
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
        const grown = sharedInts(start.length * 2);
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
  private readonly line: LineCells;
  /** Plain rows read but not yet in the table (see flush), and their grid rows. */
  private batch: PlainRowArrays | null = null;
  private readonly batchRows = new Int32Array(BATCH_ROWS);
  private batchSize = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly lines: Lines,
    private readonly delimiter: Delimiter,
    private readonly parallel: Parallel | null = null
  ) {
    this.line = new LineCells(bytes, lines.start, delimiter.charCodeAt(0), lines.width);
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
    const plain = options.textNumbers === "accept" ? plainColumns(columns) : null;
    const parallel = this.parallel;
    if (
      parallel &&
      parallel.threads > 1 &&
      plain &&
      !options.includeRow &&
      height - firstDataRow >= parallel.parallelFrom
    ) {
      const table = this.readInParallel(layout, options, plain, parallel.threads, parallel.helpers);
      parallel.helpers.close();
      if (table) return table;
    } else parallel?.helpers.close();
    const decimal = detectDecimalSeparator(
      this.textCells(firstDataRow, [columns.revenue, columns.margin]),
      options.decimalFallback ?? "."
    );
    const table = new TableBuilder(layout, options, decimal);
    const comma = decimal === ",";
    if (plain) this.batch = plainRowArrays(BATCH_ROWS, columns.margin !== null);
    const include = options.includeRow;
    const progress = options.onProgress;
    const rows = height - firstDataRow;
    progress?.("read", 0, rows);
    for (let r = firstDataRow; r < height; r++) {
      if (progress && r > firstDataRow && (r - firstDataRow) % 65536 === 0)
        progress("read", r - firstDataRow, rows);
      if (include && !include(r)) table.hidden();
      else if (!(plain && this.plainRow(table, plain, comma, r))) {
        this.flush(table, plain);
        table.row(this.cells(r), r);
      }
    }
    this.flush(table, plain);
    progress?.("read", rows, rows);
    return table.finish();
  }

  /**
   * All rows by `threads` threads (see readShare), or null if a line needs its cells or a thread
   * failed: then the loop in read() does it all. The decimal separator is the fallback ".": if
   * every number is plain with a "." the file has no text for textCells to weigh, which is what
   * detectDecimalSeparator would then answer. With "," (";" files) the texts decide first.
   */
  private readInParallel(
    layout: TableLayout,
    options: ReadOptions,
    plain: PlainColumns,
    threads: number,
    helpers: ReadingThreads
  ): TableData | null {
    const { firstDataRow, columns } = layout;
    const fallback = options.decimalFallback ?? ".";
    const decimal =
      fallback === "."
        ? "."
        : detectDecimalSeparator(
            this.textCells(firstDataRow, [columns.revenue, columns.margin]),
            fallback
          );
    const n = this.lines.height - firstDataRow;
    const task: ReadingTask = {
      bytes: shared(this.bytes),
      lineStart: shared(this.lines.start),
      delimiter: this.delimiter.charCodeAt(0),
      width: this.lines.width,
      firstDataRow,
      n,
      columns: plain,
      commaDecimal: decimal === ",",
      chunks: PARSE_CHUNKS,
      parts: threads,
      rows: plainRowArrays(n, columns.margin !== null, true),
      firstRow: new Int32Array(new SharedArrayBuffer(4 * n)),
      control: new Int32Array(new SharedArrayBuffer(4 * CONTROL_SIZE)),
      shareTexts: this.parallel?.shareTexts ?? false,
    };
    helpers.share(task);
    if (readShare(task) !== "read") return null;
    const progress = options.onProgress;
    progress?.("read", 0, n);
    const customers = groupedCustomers(this.bytes, task.firstRow, task.rows, plain);
    this.customerBytes = customers.inFile;
    // A helper has summed the customers meanwhile, as a rule; else this thread does.
    const mine = claimSums(task);
    const fromHelper = mine ? null : helpers.sums(task);
    const grouped = mine ?? fromHelper ?? groupedSums(task);
    // The helper that summed goes on to help with the shares' texts; others are done.
    if (fromHelper && task.shareTexts) this.shareTexts = () => helpers.shareTextBuffers(task);
    else helpers.close();
    const table = new TableBuilder(layout, options, decimal);
    const { values, margins } = task.rows;
    table.grouped(customers, firstDataRow, grouped.customerOf, values, margins);
    progress?.("read", n, n);
    const data = table.finish();
    data.sums = grouped.sums;
    return data;
  }

  /** Where the customers' names and ids are, after a read by threads; null otherwise. */
  customerBytes: CustomerBytes | null = null;
  /** The buffers of the helper that makes the shares' texts, after a read by threads. */
  shareTexts: (() => ShareTextBuffers | null) | null = null;

  /** Line `r` into the batch if it is plain (see parsePlainRow); false if it needs the cells. */
  private plainRow(table: TableBuilder, plain: PlainColumns, comma: boolean, r: number): boolean {
    const b = this.batchSize;
    if (!parsePlainRow(this.line, r, plain, comma, this.batch as PlainRowArrays, b)) return false;
    this.batchRows[b] = r;
    this.batchSize++;
    // Below KEY_BATCH_FROM customers the key table stays in the cache: each row goes in at once.
    if (this.batchSize === BATCH_ROWS || table.nameCount < KEY_BATCH_FROM) this.flush(table, plain);
    return true;
  }

  /**
   * The batch's plain rows into the table, their keys looked up in a loop of their own (as
   * TableBuilder does with cells, see KeyBatch): before a row that needs cells, and at the end.
   */
  private flush(table: TableBuilder, plain: PlainColumns | null): void {
    const { bytes, batch, batchRows, batchSize } = this;
    if (!batch || !plain || batchSize === 0) return;
    const { keyStart, keyEnd, nameStart, nameEnd, hashes, values, margins } = batch;
    const keys = table.keys;
    const skip = plain.skip;
    for (let b = 0; b < batchSize; b++) {
      let key = keys.findAsciiHashed(bytes, keyStart[b], keyEnd[b], skip, hashes[b]);
      if (key < 0) {
        const text = this.latin1(keyStart[b], keyEnd[b]);
        key = keys.addAscii(text);
        if (skip === 0) table.name(text, null);
        else table.name(nameStart[b] < 0 ? text : this.latin1(nameStart[b], nameEnd[b]), text);
      }
      table.used(batchRows[b], key, values[b], margins ? margins[b] : NaN);
    }
    this.batchSize = 0;
  }

  private latin1(start: number, end: number): string {
    return this.bytes.toString("latin1", start, end);
  }

  /** Line `r` as splitPlain's cells. */
  cells(r: number): string[] {
    const line = this.bytes.toString("utf8", this.lines.start[r], this.line.lineEnd(r));
    return line.includes(this.delimiter) ? line.split(this.delimiter) : [line];
  }

  /** readTable's textCells: per column, the first 2,000 cells that are text but not a plain number. */
  private textCells(from: number, columns: (number | null)[]): string[] {
    const out: string[] = [];
    const line = this.line;
    for (const c of columns) {
      if (c === null) continue;
      let seen = 0;
      for (let r = from; r < this.lines.height && seen < DECIMAL_SAMPLES; r++) {
        // Absent, blank or a plain number: no text to count.
        if (line.locate(r, c) && (!line.trimBlank(c) || !Number.isNaN(line.number(c, false))))
          continue;
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
