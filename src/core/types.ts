// Plain data types shared by the analysis core, the Excel layer, the task pane and the command line.

/** One cell as Excel's `Range.values` returns it: "" for blanks, error text such as "#N/A". */
export type CellValue = string | number | boolean | null | undefined;

/** A rectangular block of cells, row-major, as read from a range. */
export type Grid = readonly (readonly CellValue[])[];

export type AbcClass = "A" | "B" | "C";

export type Method = "fixed" | "count" | "computed";

export type Language = "en" | "de";

/** A translatable message: a code from `i18n/messages.ts` plus its parameters. */
export interface Message {
  code: string;
  params?: Record<string, string | number>;
}

/** Something the reader skipped, coerced or wants the user to know, tied to a source row. */
export interface RowIssue extends Message {
  /** 0-based row index in the grid (add the range's first row for a sheet row). */
  row: number;
  /** 0-based column index in the grid, when one cell is the cause. */
  column?: number;
  /** The cell's original content, for showing the user. */
  value?: CellValue;
}

/** The steps of an analysis, in the order they run (see AnalysisOptions.onProgress). */
export type ProgressPhase = "read" | "aggregate" | "rank" | "classify";

/** Told how far an analysis got: `done` of `total` units of `phase`. */
export type ProgressCallback = (phase: ProgressPhase, done: number, total: number) => void;

export type ColumnRole = "customer" | "customerId" | "revenue" | "margin" | "date";

/**
 * 0-based column indices in the grid; customer or customerId and revenue are required (revenue
 * not when the header has a column per month). A date column gives the analysis its time axis.
 */
export interface ColumnMapping {
  customer: number | null;
  customerId: number | null;
  revenue: number | null;
  margin: number | null;
  date: number | null;
}
