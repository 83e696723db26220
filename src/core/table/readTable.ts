import { AnalysisError } from "../errors";
import {
  detectDecimalSeparator,
  parseNumberText,
  type DecimalSeparator,
} from "../number/parseNumber";
import { isExcelError } from "../number/excelErrors";
import type {
  CellValue,
  ColumnMapping,
  ColumnRole,
  Grid,
  ProgressCallback,
  RowIssue,
} from "../types";
import { isBlank, PLAIN_NUMBER } from "./cellKinds";
import { findHeaderRow } from "./findHeaderRow";
import { gridWidth } from "./gridWidth";
import { CustomerKeys } from "./customerKeys";
import { guessColumns, type ColumnSource } from "./guessColumns";

export interface ReadOptions {
  /** Grid row of the header; undefined = detect, null = the data has no header. */
  headerRow?: number | null;
  /** Columns the user chose; null removes a role. */
  columns?: Partial<ColumnMapping>;
  /** Rows to leave out (hidden or filtered rows when only visible rows count). */
  includeRow?: (row: number) => boolean;
  /** Decimal separator for ambiguous text numbers when a column does not tell (from the user's language). */
  decimalFallback?: DecimalSeparator;
  /** CSV cells are all text: plain numbers there are not worth a report. */
  plainTextNumbers?: "report" | "accept";
  /**
   * Which figure the classes are built on: revenue (default) or contribution margin. With
   * "margin" the margin column is read as the value and revenue as the second figure.
   */
  valueColumn?: "revenue" | "margin";
  /** Most row issues kept per code; the counts stay exact. */
  maxIssuesPerCode?: number;
  /**
   * Told "read" with the grid rows below the header done so far: 0 before the first, after every
   * 65,536 and all of them after the last (17 calls for a full sheet). A callback that throws
   * stops the reading with its error.
   */
  onProgress?: ProgressCallback;
}

/** Grid rows between two "read" progress reports. */
const PROGRESS_ROWS = 65536;

export interface TableStats {
  /** Rows below the header up to the last filled row. */
  dataRows: number;
  usedRows: number;
  skippedRows: number;
  blankRows: number;
  hiddenRows: number;
  coercedCells: number;
}

/** The usable rows of a table, column-wise so that a million rows stay cheap. */
export interface TableData {
  headerRow: number | null;
  firstDataRow: number;
  width: number;
  headers: string[];
  columns: ColumnMapping;
  columnSource: Record<ColumnRole, ColumnSource>;
  decimalSeparator: DecimalSeparator;
  /** Per used row: its grid row, customer key id, revenue, margin (NaN if none). */
  rows: Int32Array;
  /**
   * Index into `keyList` of each used row's customer key. Ids are handed out in order of first
   * appearance: each row's id is at most one more than the largest id of the rows before it.
   */
  keyIds: Int32Array;
  /** The distinct customer keys (see normalizeKey; "#" + id key when there is an id), in order of first appearance. */
  keyList: string[];
  /** Per key: the name in the customer's first row (its id where there is no name column or cell). */
  keyNames: string[];
  /** Per key: the id in the customer's first row (null if blank); null without an id column. */
  keyCustomerIds: (string | null)[] | null;
  values: Float64Array;
  margins: Float64Array | null;
  issues: RowIssue[];
  issueCounts: Record<string, number>;
  stats: TableStats;
}

/** Where the table sits in the grid and which column plays which role. */
export interface TableLayout {
  headerRow: number | null;
  firstDataRow: number;
  /** Grid rows up to the last filled one. */
  height: number;
  width: number;
  headers: string[];
  columns: ColumnMapping;
  columnSource: Record<ColumnRole, ColumnSource>;
}

/** Reads a grid as Excel returns it into customer rows, reporting every row it skips or coerces. */
export function readTable(grid: Grid, options: ReadOptions = {}): TableData {
  return readTableRows(grid, (r) => grid[r], options);
}

/**
 * readTable for a grid whose rows `rowAt` makes when asked (each row once, in order, for the
 * table; the revenue column's first rows once more for its decimal separator), for a reader
 * that keeps the cells in a form of its own. `head` is the grid's top rows and `extent` its size
 * as for tableLayout.
 */
export function readTableRows(
  head: Grid,
  rowAt: (r: number) => readonly CellValue[],
  options: ReadOptions,
  extent?: GridExtent
): TableData {
  const layout = tableLayout(head, options, extent);
  const { firstDataRow, height, columns } = layout;
  const decimalSeparator = detectDecimalSeparator(
    textCells(rowAt, firstDataRow, height, [columns.revenue, columns.margin]),
    options.decimalFallback ?? "."
  );
  const table = new TableBuilder(layout, options, decimalSeparator);
  const n = height - firstDataRow;
  const include = options.includeRow;
  const progress = options.onProgress;
  progress?.("read", 0, n);
  let nextReport = progress ? firstDataRow + PROGRESS_ROWS : -1;

  for (let r = firstDataRow; r < height; r++) {
    if (r === nextReport) {
      (progress as ProgressCallback)("read", r - firstDataRow, n);
      nextReport += PROGRESS_ROWS;
    }
    if (include && !include(r)) table.hidden();
    else table.row(rowAt(r), r);
  }
  progress?.("read", n, n);
  return table.finish();
}

/** A grid's size: its longest row, the rows up to the last filled one, all rows. */
export interface GridExtent {
  width: number;
  height: number;
  rows: number;
}

/**
 * The header row, the columns and their names. `extent` is the whole grid's size when `grid`
 * holds only its top rows (at least 560, enough for the header search and the column guess), as
 * for a reader that turns the rows below into numbers itself.
 */
export function tableLayout(
  grid: Grid,
  options: ReadOptions,
  extent: GridExtent = {
    width: gridWidth(grid),
    height: lastFilledRow(grid) + 1,
    rows: grid.length,
  }
): TableLayout {
  const { width, height } = extent;
  if (height === 0 || width === 0) throw new AnalysisError("EMPTY_SELECTION");
  if (height === 1 && width === 1 && extent.rows === 1) throw new AnalysisError("SINGLE_CELL");

  const headerRow = options.headerRow === undefined ? findHeaderRow(grid) : options.headerRow;
  const firstDataRow = headerRow === null ? 0 : headerRow + 1;
  if (firstDataRow >= height) throw new AnalysisError("HEADER_ONLY");

  const guess = guessColumns(grid, headerRow, width);
  const columns = { ...guess.columns };
  const columnSource = { ...guess.source };
  for (const [role, index] of Object.entries(options.columns ?? {}) as [
    ColumnRole,
    number | null,
  ][]) {
    if (index === undefined) continue;
    if (index !== null && (index < 0 || index >= width || !Number.isInteger(index))) {
      throw new AnalysisError("COLUMN_OUT_OF_RANGE", { role, column: columnLetter(index ?? 0) });
    }
    columns[role] = index;
    columnSource[role] = index === null ? "none" : "user";
  }
  if (columns.revenue === null) throw new AnalysisError("NO_REVENUE_COLUMN");
  if (options.valueColumn === "margin") swapValueColumns(columns, columnSource);
  if (columns.customer === null && columns.customerId === null)
    throw new AnalysisError("NO_CUSTOMER_COLUMN");

  const headers = Array.from({ length: width }, (_, c) => {
    const label = headerRow === null ? "" : grid[headerRow][c];
    return isBlank(label) ? columnLetter(c) : String(label).trim();
  });
  return { headerRow, firstDataRow, height, width, headers, columns, columnSource };
}

/**
 * Collects the used rows of a table one grid row at a time, in order. readTable hands it every
 * row as cells; a reader of its own (the command line's CSV reader) may hand it a row it has
 * read itself with used().
 */
export class TableBuilder {
  readonly keys = new CustomerKeys();
  /** Names and ids per customer, not per row: the first row's spelling is the one shown. */
  readonly keyNames: string[] = [];
  private readonly keyCustomerIds: (string | null)[] | null;
  private readonly reader: RowReader;
  private readonly rows: Int32Array;
  private readonly keyIds: Int32Array;
  private readonly values: Float64Array;
  private readonly margins: Float64Array | null;
  private readonly stats: TableStats;
  private count = 0;

  constructor(
    private readonly layout: TableLayout,
    options: ReadOptions,
    private readonly decimalSeparator: DecimalSeparator
  ) {
    const n = layout.height - layout.firstDataRow;
    this.reader = new RowReader(options, decimalSeparator);
    this.rows = new Int32Array(n);
    this.keyIds = new Int32Array(n);
    this.values = new Float64Array(n);
    this.margins = layout.columns.margin !== null ? new Float64Array(n) : null;
    this.keyCustomerIds = layout.columns.customerId !== null ? [] : null;
    this.stats = {
      dataRows: n,
      usedRows: 0,
      skippedRows: 0,
      blankRows: 0,
      hiddenRows: 0,
      coercedCells: 0,
    };
  }

  /** A row left out as hidden or filtered. */
  hidden(): void {
    this.stats.hiddenRows++;
  }

  /** Grid row `r` as cells. */
  row(row: readonly CellValue[], r: number): void {
    const {
      customer: cCustomer,
      customerId: cId,
      revenue: cRevenue,
      margin: cMargin,
    } = this.layout.columns;
    const reader = this.reader;
    const stats = this.stats;
    const revenueCell = row[cRevenue as number];
    // text() is null exactly for blank cells and reports nothing for them.
    const id = cId === null ? null : reader.text(row[cId], r, cId);
    const name = cCustomer === null ? null : reader.text(row[cCustomer], r, cCustomer);
    if (id === null && name === null && isBlank(revenueCell) && rowIsBlank(row)) {
      stats.blankRows++;
      reader.issue("ROW_BLANK", r);
      return;
    }
    if (id === undefined || name === undefined) {
      stats.skippedRows++;
      return;
    }
    if (id === null && name === null) {
      stats.skippedRows++;
      reader.issue("ROW_NO_CUSTOMER", r, cCustomer ?? cId ?? undefined);
      return;
    }
    const value = reader.number(revenueCell, r, cRevenue as number, true);
    if (value === null) {
      stats.skippedRows++;
      return;
    }
    if (id === null && cId !== null) reader.issue("ROW_NO_ID_NAME_USED", r, cId);
    const key = id !== null ? this.keys.byId(id) : this.keys.byName(name as string);
    if (this.isNew(key)) this.name(name ?? (id as string), id);
    let margin = NaN;
    if (cMargin !== null) {
      const m = reader.number(row[cMargin], r, cMargin, false);
      if (m !== null) margin = m;
    }
    this.used(r, key, value, margin);
  }

  /** True if key id `key` has no name yet: its first row names it with name() before used(). */
  isNew(key: number): boolean {
    return key === this.keyNames.length;
  }

  /** The name (or id, without a name) and the id of the customer met first in this row. */
  name(name: string, id: string | null): void {
    this.keyNames.push(name);
    if (this.keyCustomerIds) this.keyCustomerIds.push(id);
  }

  /** Grid row `r` used for customer `key` (from `keys`) with its revenue and margin (NaN if none). */
  used(r: number, key: number, value: number, margin: number): void {
    const i = this.count++;
    this.rows[i] = r;
    this.keyIds[i] = key;
    this.values[i] = value;
    if (this.margins) this.margins[i] = margin;
  }

  finish(): TableData {
    const used = this.count;
    const { stats, reader, layout } = this;
    stats.usedRows = used;
    stats.coercedCells = reader.coerced;
    return {
      headerRow: layout.headerRow,
      firstDataRow: layout.firstDataRow,
      width: layout.width,
      headers: layout.headers,
      columns: layout.columns,
      columnSource: layout.columnSource,
      decimalSeparator: this.decimalSeparator,
      rows: cut(this.rows, used),
      keyIds: cut(this.keyIds, used),
      keyList: this.keys.list,
      keyNames: this.keyNames,
      keyCustomerIds: this.keyCustomerIds,
      values: cut(this.values, used),
      margins: this.margins ? cut(this.margins, used) : null,
      issues: reader.issues,
      issueCounts: reader.counts,
      stats,
    };
  }
}

/** Turns cells into names and numbers and keeps the row issues, capped per code. */
class RowReader {
  issues: RowIssue[] = [];
  counts: Record<string, number> = {};
  coerced = 0;
  private readonly cap: number;
  private readonly reportPlain: boolean;

  constructor(
    options: ReadOptions,
    private readonly decimal: DecimalSeparator
  ) {
    this.cap = options.maxIssuesPerCode ?? 1000;
    this.reportPlain = (options.plainTextNumbers ?? "report") === "report";
  }

  issue(
    code: string,
    row: number,
    column?: number,
    value?: CellValue,
    params?: RowIssue["params"]
  ): void {
    const count = (this.counts[code] ?? 0) + 1;
    this.counts[code] = count;
    if (count <= this.cap) this.issues.push({ code, row, column, value, params });
  }

  /** The cell as a name: null if blank, undefined if unusable (reported). */
  text(cell: CellValue, row: number, column: number): string | null | undefined {
    if (typeof cell === "string") {
      const s = cell.trim();
      if (s === "") return null;
      if (isExcelError(s)) {
        this.issue("ROW_CUSTOMER_ERROR", row, column, cell);
        return undefined;
      }
      return s;
    }
    if (typeof cell === "number") return String(cell);
    if (typeof cell === "boolean") {
      this.issue("ROW_CUSTOMER_INVALID", row, column, cell);
      return undefined;
    }
    return null;
  }

  /** The cell as a number; null when it is none (reported as a skip if `required`). */
  number(cell: CellValue, row: number, column: number, required: boolean): number | null {
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) return cell;
      this.issue(required ? "ROW_VALUE_INVALID" : "MARGIN_INVALID", row, column, cell);
      return null;
    }
    if (typeof cell === "string") {
      const s = cell.trim();
      // "2.000" looks plain but is two thousand where "," is the decimal separator: only
      // parseNumberText reads a dot by the column's convention.
      if (PLAIN_NUMBER.test(s) && !(this.decimal === "," && s.includes("."))) {
        if (this.reportPlain) {
          this.coerced++;
          this.issue("CELL_TEXT_NUMBER", row, column, cell, { number: Number(s) });
        }
        return Number(s);
      }
      const parsed = parseNumberText(s, this.decimal);
      if (typeof parsed === "number") {
        this.coerced++;
        this.issue("CELL_TEXT_NUMBER", row, column, cell, { number: parsed });
        return parsed;
      }
      const prefix = required ? "ROW_VALUE_" : "MARGIN_";
      this.issue(prefix + parsed.toUpperCase(), row, column, cell);
      return null;
    }
    if (typeof cell === "boolean") {
      this.issue(required ? "ROW_VALUE_BOOLEAN" : "MARGIN_BOOLEAN", row, column, cell);
      return null;
    }
    if (required) this.issue("ROW_VALUE_BLANK", row, column, cell);
    return null;
  }
}

/** The first `length` elements; the array itself when that is all of it (no copy). */
function cut<T extends Int32Array | Float64Array>(a: T, length: number): T {
  return length === a.length ? a : (a.slice(0, length) as T);
}

export function rowIsBlank(row: readonly CellValue[]): boolean {
  for (const c of row) if (!isBlank(c)) return false;
  return true;
}

function lastFilledRow(grid: Grid): number {
  for (let r = grid.length - 1; r >= 0; r--) if (!rowIsBlank(grid[r])) return r;
  return -1;
}

/** Up to 2,000 text cells per column that are not plain numbers (a plain loop: a generator took 3x as long on 1M rows). */
function textCells(
  rowAt: (r: number) => readonly CellValue[],
  from: number,
  to: number,
  cols: (number | null)[]
): string[] {
  const out: string[] = [];
  for (const c of cols) {
    if (c === null) continue;
    let seen = 0;
    for (let r = from; r < to && seen < 2000; r++) {
      const v = rowAt(r)[c];
      if (typeof v === "string" && v.trim() !== "" && !PLAIN_NUMBER.test(v.trim())) {
        seen++;
        out.push(v);
      }
    }
  }
  return out;
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

/** ABC on contribution margin: the margin column becomes the value, revenue the second figure. */
function swapValueColumns(columns: ColumnMapping, source: Record<ColumnRole, ColumnSource>): void {
  if (columns.margin === null) throw new AnalysisError("NO_MARGIN_COLUMN");
  [columns.revenue, columns.margin] = [columns.margin, columns.revenue];
  [source.revenue, source.margin] = [source.margin, source.revenue];
}
