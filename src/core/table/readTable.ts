import { columnLetter } from "../a1";
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
import type { CustomerSums } from "../aggregate";
import type { KeyComparator } from "../pareto/rankOrder";
import { CustomerKeys } from "./customerKeys";
import { KEY_BATCH_FROM, KeyBatch } from "./keyBatch";
import { guessColumns, type ColumnSource } from "./guessColumns";
import { monthColumns, type MonthColumns } from "../time/monthColumns";
import { DateCache } from "../time/dateCache";
import { slashOrder, type SlashOrder } from "../time/parseDate";

export interface ReadOptions {
  /** Grid row of the header; undefined = detect, null = the data has no header. */
  headerRow?: number | null;
  /** Columns the user chose; null removes a role. */
  columns?: Partial<ColumnMapping>;
  /** Rows to leave out (hidden or filtered rows when only visible rows count). */
  includeRow?: (row: number) => boolean;
  /** Decimal separator for ambiguous text numbers when a column does not tell (from the user's language). */
  decimalFallback?: DecimalSeparator;
  /**
   * "accept" where every cell is text (CSV): numbers there, "1.234,56" included, are read without
   * a note. "report" (default) notes each text cell read as a number, as Excel users expect.
   */
  textNumbers?: "report" | "accept";
  /**
   * Rows the source could not read (a CSV line whose quote never closes): skipped, each reported
   * with its own issue.
   */
  unreadableRows?: readonly RowIssue[];
  /**
   * Order of slash dates ("3/4/2026") when the date column itself does not tell (no day above 12
   * in it); undefined: such dates are reported as ambiguous.
   */
  slashDates?: SlashOrder;
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

/**
 * Where the table's dates come from: a date column (one row per invoice line), month columns
 * (one row per customer, one column per month) or nowhere.
 */
export type TimeLayout = "none" | "dateColumn" | "monthColumns";

/** The usable rows of a table, column-wise so that a million rows stay cheap. */
export interface TableData {
  headerRow: number | null;
  firstDataRow: number;
  width: number;
  headers: string[];
  columns: ColumnMapping;
  columnSource: Record<ColumnRole, ColumnSource>;
  decimalSeparator: DecimalSeparator;
  /** The figure in `values` (the classes are built on it); the other one is in `margins`. */
  valueColumn: "revenue" | "margin";
  /**
   * Per used row: its grid row, customer key id, revenue, margin (NaN if none) and month. With
   * month columns each filled month cell is an entry of its own: `rows` then repeats the grid row.
   */
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
  timeLayout: TimeLayout;
  /** Month index (year * 12 + month - 1) of each entry; null without dates or month columns. */
  months: Int32Array | null;
  /** The month columns of the wide layout; null otherwise. */
  monthColumns: MonthColumns | null;
  /** Slash date order the date column showed (or slashDates); null when none applied. */
  slashOrder: SlashOrder | null;
  issues: RowIssue[];
  issueCounts: Record<string, number>;
  stats: TableStats;
  /**
   * Compares two customers' keys as < and > compare their keyList strings, without reading them:
   * a reader that keeps the keys' bytes (the command line) spares making the strings.
   */
  keyOrder?: KeyComparator;
  /**
   * The customers' sums, made by customerSums as the rows were read (the command line's reading
   * threads make them while the main thread names the customers); absent otherwise.
   */
  sums?: CustomerSums;
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
  /** The month columns of the wide layout (one row per customer, one column per month); null otherwise. */
  wide: MonthColumns | null;
}

/** Reads a grid as Excel returns it into customer rows, reporting every row it skips or coerces. */
export function readTable(grid: Grid, options: ReadOptions = {}): TableData {
  return readTableRows(grid, (r) => grid[r], options);
}

/**
 * readTable for a grid whose rows `rowAt` makes when asked (each row once, in order, for the
 * table; the value and date columns' first rows once more for the decimal separator and the
 * slash date order), for a reader that keeps the cells in a form of its own. `head` is the
 * grid's top rows and `extent` its size as for tableLayout.
 */
export function readTableRows(
  head: Grid,
  rowAt: (r: number) => readonly CellValue[],
  options: ReadOptions,
  extent?: GridExtent
): TableData {
  const layout = tableLayout(head, options, extent);
  const { firstDataRow, height } = layout;
  const table = new TableBuilder(
    layout,
    options,
    decimalSeparatorOf(layout, rowAt, options),
    slashOrderOf(layout, rowAt, options),
    true
  );
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

/** The decimal separator of the value columns: the month columns in the wide layout. */
export function decimalSeparatorOf(
  layout: TableLayout,
  rowAt: (r: number) => readonly CellValue[],
  options: ReadOptions
): DecimalSeparator {
  const { columns, wide } = layout;
  return detectDecimalSeparator(
    textCells(
      rowAt,
      layout.firstDataRow,
      layout.height,
      wide ? wide.columns : [columns.revenue, columns.margin]
    ),
    options.decimalFallback ?? "."
  );
}

/** Slash date order the date column shows (or options.slashDates); null without a date column. */
export function slashOrderOf(
  layout: TableLayout,
  rowAt: (r: number) => readonly CellValue[],
  options: ReadOptions
): SlashOrder | null {
  const cDate = layout.columns.date;
  if (cDate === null) return null;
  return (
    slashOrder(columnCells(rowAt, layout.firstDataRow, layout.height, cDate)) ??
    options.slashDates ??
    null
  );
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
  dropGuessesOnChosenColumns(columns, columnSource);
  // One column per month (and no date column, no revenue column the user chose): the month cells
  // are the revenue, each an entry of its own with its month.
  const wide =
    columns.date === null && headerRow !== null && columnSource.revenue !== "user"
      ? monthColumns(grid[headerRow], [columns.customer, columns.customerId])
      : null;
  if (wide) {
    columns.revenue = null;
    columns.margin = null;
    columnSource.revenue = "none";
    columnSource.margin = "none";
  }
  if (columns.revenue === null && !wide) throw new AnalysisError("NO_REVENUE_COLUMN");
  // Month columns have no margin: asking for margin as the value fails there as without one.
  if (options.valueColumn === "margin") swapValueColumns(columns, columnSource);
  if (columns.customer === null && columns.customerId === null)
    throw new AnalysisError("NO_CUSTOMER_COLUMN");

  const headers = Array.from({ length: width }, (_, c) => {
    const label = headerRow === null ? "" : grid[headerRow][c];
    return isBlank(label) ? columnLetter(c) : String(label).trim();
  });
  return { headerRow, firstDataRow, height, width, headers, columns, columnSource, wide };
}

/**
 * Collects the used rows of a table one grid row at a time, in order. readTable hands it every
 * row as cells; a reader of its own (the command line's CSV reader) may hand it a row it has
 * read itself with used() when the table has no dates, no month columns and no unreadable rows.
 */
export class TableBuilder {
  readonly keys = new CustomerKeys();
  /**
   * Names and ids per customer, not per row: the first row's spelling is the one shown. Without
   * an id column the names are the keys' own texts (CustomerKeys.texts), not a second array of
   * half a million entries: fresh memory is slow on a virtual machine (see CustomerKeys.made).
   */
  private readonly keyNames: string[] | null;
  private readonly keyCustomerIds: (string | null)[] | null;
  /** Customers named so far (see name()). */
  private named = 0;
  private readonly reader: RowReader;
  private readonly rows: Int32Array;
  // Not readonly: grouped() takes a reader's own arrays instead of copying them (see there).
  private keyIds: Int32Array;
  private values: Float64Array;
  private margins: Float64Array | null;
  private readonly months: Int32Array | null;
  private readonly dates: DateCache | null;
  private readonly unreadable: Map<number, RowIssue> | null;
  private readonly stats: TableStats;
  /** Entries so far (with month columns, one per filled month cell). */
  private count = 0;
  private usedGridRows = 0;
  private readonly valueColumn: "revenue" | "margin";

  /**
   * Rows whose keys are looked up together (see KeyBatch), from KEY_BATCH_FROM customers on;
   * null before, and always without `batchKeys` (a reader that hands rows to used() itself, as
   * the command line's CSV reader does, batches its own).
   */
  private batch: KeyBatch | null = null;
  /** First entry whose key id is still an index into the batch. */
  private batchFirstEntry = 0;

  constructor(
    private readonly layout: TableLayout,
    options: ReadOptions,
    private readonly decimalSeparator: DecimalSeparator,
    private readonly slash: SlashOrder | null = null,
    private readonly batchKeys = false
  ) {
    const gridRows = layout.height - layout.firstDataRow;
    const { wide, columns } = layout;
    // Room for every month cell of every row in the wide layout.
    const n = wide ? gridRows * wide.columns.length : gridRows;
    this.reader = new RowReader(options, decimalSeparator);
    this.rows = new Int32Array(n);
    this.keyIds = new Int32Array(n);
    this.values = new Float64Array(n);
    this.margins = columns.margin !== null ? new Float64Array(n) : null;
    this.months = columns.date !== null || wide ? new Int32Array(n) : null;
    this.dates = columns.date !== null ? new DateCache(slash) : null;
    this.unreadable = unreadableByRow(options.unreadableRows);
    this.valueColumn = options.valueColumn ?? "revenue";
    this.keyCustomerIds = columns.customerId !== null ? [] : null;
    this.keyNames = columns.customerId !== null ? [] : null;
    this.stats = {
      dataRows: gridRows,
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
      date: cDate,
    } = this.layout.columns;
    const wide = this.layout.wide;
    const reader = this.reader;
    const stats = this.stats;
    const problem = this.unreadable?.get(r);
    if (problem) {
      stats.skippedRows++;
      reader.issue(problem.code, r, problem.column, problem.value, problem.params);
      return;
    }
    const revenueCell = cRevenue === null ? "" : row[cRevenue];
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
    const first = this.count;
    let month = 0;
    let value = 0;
    if (wide) {
      this.readMonthCells(row, r, wide);
      if (this.count === first) {
        stats.skippedRows++;
        reader.issue("ROW_NO_MONTH_VALUES", r);
        return;
      }
    } else {
      const v = reader.number(revenueCell, r, cRevenue as number, "value");
      if (v === null) {
        stats.skippedRows++;
        return;
      }
      value = v;
      if (this.dates && cDate !== null) {
        const m = this.dates.month(row[cDate]);
        if (typeof m !== "number") {
          stats.skippedRows++;
          reader.issue("ROW_DATE_" + m.toUpperCase(), r, cDate, row[cDate]);
          return;
        }
        month = m;
      }
    }
    if (id === null && cId !== null) reader.issue("ROW_NO_ID_NAME_USED", r, cId);
    const key = this.customerKey(id, name, first);
    if (wide) {
      for (let i = first; i < this.count; i++) this.keyIds[i] = key;
      this.usedGridRows++;
    } else {
      let margin = NaN;
      if (cMargin !== null) {
        const m = reader.number(row[cMargin], r, cMargin, "margin");
        if (m !== null) margin = m;
      }
      if (this.months) this.months[this.count] = month;
      this.used(r, key, value, margin);
    }
    if (this.batch?.full) this.flushKeys();
  }

  /**
   * The key id of a row's customer (id or name not null), whose entries begin at `first`; with a
   * batch, the row's index in the batch until flushKeys(). A method of its own, so that row()
   * stays small enough for the engine to inline what it calls.
   */
  private customerKey(id: string | null, name: string | null, first: number): number {
    const batch = this.batch;
    if (batch) {
      if (batch.size === 0) this.batchFirstEntry = first;
      return batch.add(id, name);
    }
    const key = id !== null ? this.keys.byId(id) : this.keys.byName(name as string);
    if (this.isNew(key)) {
      this.name(name ?? (id as string), id);
      if (this.batchKeys && this.named >= KEY_BATCH_FROM) this.batch = new KeyBatch();
    }
    return key;
  }

  /** The batch's keys looked up: its entries get their key ids, new keys their names. */
  private flushKeys(): void {
    const batch = this.batch;
    if (!batch || batch.size === 0) return;
    const keys = batch.resolve(this.keys, (key, name, id) => {
      if (this.isNew(key)) this.name(name, id);
    });
    const keyIds = this.keyIds;
    for (let i = this.batchFirstEntry; i < this.count; i++) keyIds[i] = keys[keyIds[i]];
  }

  /** True if key id `key` has no name yet: its first row names it with name() before used(). */
  isNew(key: number): boolean {
    return key === this.named;
  }

  /** Customers named so far. */
  get nameCount(): number {
    return this.named;
  }

  /**
   * The name (or id, without a name) and the id of the customer met first in this row. Without
   * an id column `name` is the text its key was found by (see keyNames).
   */
  name(name: string, id: string | null): void {
    this.named++;
    if (this.keyNames) this.keyNames.push(name);
    if (this.keyCustomerIds) this.keyCustomerIds.push(id);
  }

  /**
   * Every row at once, from a reader that grouped rows by key itself (the command line's reading
   * threads): grid rows from `firstRow` on, one entry each, for customers numbered in order of
   * first row with their keys (see normalizeKey), names and ids (null without an id column).
   * `keys` is then not used. The arrays become the table's own, not copies: on a million rows,
   * fresh memory costs ~4 ms per MB touched on a virtual machine like ours.
   */
  grouped(
    customers: {
      keys: string[];
      names: string[];
      ids: (string | null)[] | null;
      /** How the keys order, as their strings would (see TableData.keyOrder). */
      keyOrder: KeyComparator;
    },
    firstRow: number,
    keyIds: Int32Array,
    values: Float64Array,
    margins: Float64Array | null
  ): void {
    const n = keyIds.length;
    this.groupedKeys = customers.keys;
    this.groupedKeyOrder = customers.keyOrder;
    for (let i = 0; i < n; i++) this.rows[i] = firstRow + i;
    this.keyIds = keyIds;
    this.values = values;
    if (this.margins) this.margins = margins;
    this.groupedNames = customers.names;
    if (this.keyCustomerIds) this.groupedIds = customers.ids;
    this.count = n;
    this.usedGridRows = n;
  }

  /** What grouped() was given, if a reader grouped rows itself. */
  private groupedKeys: string[] | null = null;
  private groupedNames: string[] | null = null;
  private groupedIds: (string | null)[] | null = null;
  private groupedKeyOrder: KeyComparator | null = null;

  /**
   * Grid row `r` used for customer `key` (from `keys`) with its revenue and margin (NaN if none).
   * Only for a table without needsCells(), or from row().
   */
  used(r: number, key: number, value: number, margin: number): void {
    const i = this.count++;
    this.rows[i] = r;
    this.keyIds[i] = key;
    this.values[i] = value;
    if (this.margins) this.margins[i] = margin;
    this.usedGridRows++;
  }

  /**
   * The filled month cells of a wide-layout row as entries; blank months are no entries,
   * unreadable ones are reported.
   */
  private readMonthCells(row: readonly CellValue[], r: number, wide: MonthColumns): void {
    const months = this.months as Int32Array;
    for (let j = 0; j < wide.columns.length; j++) {
      const c = wide.columns[j];
      const cell = row[c];
      if (isBlank(cell)) continue;
      const v = this.reader.number(cell, r, c, "month");
      if (v === null) continue;
      const i = this.count++;
      this.rows[i] = r;
      this.values[i] = v;
      months[i] = wide.months[j];
    }
  }

  finish(): TableData {
    this.flushKeys();
    this.keys.seal();
    const used = this.count;
    const { stats, reader, layout, months } = this;
    stats.usedRows = this.usedGridRows;
    stats.coercedCells = reader.coerced;
    const table: TableData = {
      headerRow: layout.headerRow,
      firstDataRow: layout.firstDataRow,
      width: layout.width,
      headers: layout.headers,
      columns: layout.columns,
      columnSource: layout.columnSource,
      decimalSeparator: this.decimalSeparator,
      valueColumn: this.valueColumn,
      rows: cut(this.rows, used),
      keyIds: cut(this.keyIds, used),
      keyList: this.groupedKeys ?? this.keys.keyList(),
      keyNames: this.groupedNames ?? this.keyNames ?? this.keys.texts(),
      keyCustomerIds: this.groupedIds ?? this.keyCustomerIds,
      values: cut(this.values, used),
      margins: this.margins ? cut(this.margins, used) : null,
      timeLayout: layout.wide
        ? "monthColumns"
        : layout.columns.date !== null
          ? "dateColumn"
          : "none",
      months: months ? cut(months, used) : null,
      monthColumns: layout.wide,
      slashOrder: this.slash,
      issues: reader.issues,
      issueCounts: reader.counts,
      stats,
    };
    return withKeyOrder(table, this.groupedKeyOrder ?? this.keyComparator());
  }

  /** The keys' order for ranking, with the texts' touch (see KeyComparator). */
  private keyComparator(): KeyComparator {
    const keys = this.keys;
    return Object.assign((a: number, b: number) => keys.compare(a, b), {
      touch: (ids: Int32Array, count: number) => keys.touchTexts(ids, count),
    });
  }
}

/**
 * Gives `owner` its keyOrder as a property that copies (spread, structured clone for a Web
 * Worker's message) and comparisons of tables leave out: it belongs to the keys it was made for.
 */
export function withKeyOrder<T extends { keyOrder?: KeyComparator }>(
  owner: T,
  keyOrder: KeyComparator | undefined
): T {
  if (keyOrder)
    Object.defineProperty(owner, "keyOrder", {
      value: keyOrder,
      enumerable: false,
      writable: true,
      configurable: true,
    });
  return owner;
}

/** Turns cells into names and numbers and keeps the row issues, capped per code. */
class RowReader {
  issues: RowIssue[] = [];
  counts: Record<string, number> = {};
  coerced = 0;
  private readonly cap: number;
  private readonly report: boolean;

  constructor(
    options: ReadOptions,
    private readonly decimal: DecimalSeparator
  ) {
    this.cap = options.maxIssuesPerCode ?? 1000;
    this.report = (options.textNumbers ?? "report") === "report";
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

  /**
   * The cell as a number; null when it is none. Reported by kind: a revenue cell skips its row, a
   * margin cell is left out of the margin, a month cell out of the months.
   */
  number(cell: CellValue, row: number, column: number, kind: CellKind): number | null {
    const prefix = PREFIX[kind];
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) return cell;
      this.issue(prefix + "INVALID", row, column, cell);
      return null;
    }
    if (typeof cell === "string") {
      const s = cell.trim();
      // "2.000" looks plain but is two thousand where "," is the decimal separator: only
      // parseNumberText reads a dot by the column's convention.
      const plain = PLAIN_NUMBER.test(s) && !(this.decimal === "," && s.includes("."));
      const parsed = plain ? Number(s) : parseNumberText(s, this.decimal);
      if (typeof parsed === "number") {
        if (this.report) {
          this.coerced++;
          this.issue("CELL_TEXT_NUMBER", row, column, cell, { number: parsed });
        }
        return parsed;
      }
      this.issue(prefix + parsed.toUpperCase(), row, column, cell);
      return null;
    }
    if (typeof cell === "boolean") {
      this.issue(prefix + "BOOLEAN", row, column, cell);
      return null;
    }
    if (kind === "value") this.issue("ROW_VALUE_BLANK", row, column, cell);
    return null;
  }
}

/**
 * A column the user names for one role leaves any other role that was only guessed for it (say,
 * the customer column chosen where the guess saw the customer id).
 */
function dropGuessesOnChosenColumns(
  columns: ColumnMapping,
  source: Record<ColumnRole, ColumnSource>
): void {
  const roles = Object.keys(columns) as ColumnRole[];
  for (const role of roles) {
    if (source[role] !== "user") continue;
    for (const other of roles) {
      if (other !== role && source[other] !== "user" && columns[other] === columns[role]) {
        columns[other] = null;
        source[other] = "none";
      }
    }
  }
}

function unreadableByRow(issues: readonly RowIssue[] | undefined): Map<number, RowIssue> | null {
  return issues && issues.length > 0 ? new Map(issues.map((i) => [i.row, i])) : null;
}

type CellKind = "value" | "margin" | "month";
const PREFIX: Record<CellKind, string> = {
  value: "ROW_VALUE_",
  margin: "MARGIN_",
  month: "MONTH_VALUE_",
};

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

/** Cells of a date column looked at for slash dates: a column keeps one way of writing. */
const SLASH_SEARCH_CELLS = 10000;

/**
 * Up to 2,000 slash dates ("3/4/2026") of column `c`, enough to tell their order, among its
 * first 10,000 cells that are not blank: a column of "31.03.2026" or of date serials is not
 * searched to its millionth row (that second pass over a million rows took ~15 ms).
 */
function columnCells(
  rowAt: (r: number) => readonly CellValue[],
  from: number,
  to: number,
  c: number
): string[] {
  const out: string[] = [];
  let looked = 0;
  for (let r = from; r < to && out.length < 2000 && looked < SLASH_SEARCH_CELLS; r++) {
    const v = rowAt(r)[c];
    if (isBlank(v)) continue;
    looked++;
    if (typeof v === "string" && v.includes("/")) out.push(v);
  }
  return out;
}

/** ABC on contribution margin: the margin column becomes the value, revenue the second figure. */
function swapValueColumns(columns: ColumnMapping, source: Record<ColumnRole, ColumnSource>): void {
  if (columns.margin === null) throw new AnalysisError("NO_MARGIN_COLUMN");
  [columns.revenue, columns.margin] = [columns.margin, columns.revenue];
  [source.revenue, source.margin] = [source.margin, source.revenue];
}
