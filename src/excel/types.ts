// The contract between the task pane and the Excel layer: plain data in and out, no Office types.
import type { AnalysisOptions } from "../core/analyze";
import type { KeyAccountProposal } from "../core/kam/keyAccounts";
import type { ScoreCriterion } from "../core/score/criteria";
import type { Ratings } from "../core/score/scoreInputs";
import type { RunFigures } from "../core/run/changes";
import type { CellValue, ColumnMapping, Language, Message, Method } from "../core/types";

/** Where the data came from, stored so that a refresh finds it again (also after it moved). */
export interface SourceRef {
  kind: "range" | "table";
  /** Sheet-qualified address at read time, e.g. "Sheet1!A1:C200". */
  address: string;
  sheet: string;
  tableName?: string;
  /** Workbook name of the add-in's named range that tracks the source block. */
  name?: string;
}

/** What was read from the workbook, ready for `analyze`. */
export interface SourceData {
  ref: SourceRef;
  grid: CellValue[][];
  /** Sheet row number (1-based) of grid row 0, for messages such as "Row 12". */
  firstRow: number;
  /** Sheet column index (0-based) of grid column 0. */
  firstColumn: number;
  /** Grid rows hidden or filtered in Excel (0-based grid indices). */
  hiddenRows: number[];
  /** Merged areas inside the source, as addresses; their cells other than the first read as blank. */
  mergedAreas: string[];
  /** Notes for the user (hidden rows present, merged cells, host without some feature ...). */
  notes: Message[];
  /** Round trips to Excel the read took (for tests and the benchmark). */
  syncs?: number;
}

export interface ReadRequest {
  /** Re-read a stored source instead of the current selection (refresh). */
  ref?: SourceRef;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Which months a run analyses. "latest" is a rule that Refresh applies to next month's data (the
 * latest N whole months in the data); "fixed" names the months ("YYYY-MM") and stays as chosen.
 */
export type PeriodRule =
  { kind: "latest"; months: number } | { kind: "fixed"; from: string; to: string };

/** Settings of one run, stored in the workbook for "Refresh". */
export interface RunSettings {
  method: Method;
  thresholds: [number, number];
  strict: boolean;
  visibleOnly: boolean;
  headerRow?: number | null;
  columns?: Partial<ColumnMapping>;
  /** The period of the time axis (data with dates or month columns); absent = the latest 12 months. */
  period?: PeriodRule;
  /** XYZ limits on the coefficient of variation; absent = [0.5, 1.0]. */
  xyzLimits?: [number, number];
  /** The class columns include XYZ and growth (when the analysis has a time axis). */
  timeColumns?: boolean;
  /** The figure the ABC classes are built on; absent = revenue ("margin" needs a margin column). */
  valueColumn?: "revenue" | "margin";
  /** Weights of the key-account score (docs/score.md); absent = the defaults, 30/25/15/10/10/10. */
  scoreWeights?: Partial<Record<ScoreCriterion, number>>;
}

/** The key-account choices of the last KAM run: Refresh selects the same key accounts. */
export interface StoredKamOptions {
  includeB: boolean;
  /** Customers picked by hand: the core's customer keys (result.customers.keys). */
  extraKeys: string[];
  /** The optional introduction roadmap was created (it is offered once). */
  roadmapCreated: boolean;
  /** The confirmed score proposal, applied again by Refresh; absent = key accounts by class. */
  proposal?: KeyAccountProposal;
}

/** Satisfaction and potential typed in the KAM plan for one customer (NaN where not typed). */
export interface PlanRating extends Ratings {
  /** The customer's key (result.customers.keys). */
  key: string;
}

/** A review due soon (or passed) or an overdue action, read from the KAM tables. */
export interface DueItem {
  kind: "review" | "action";
  /** The customer as the table shows it. */
  customer: string;
  /** The action's text; "" for a review. */
  action: string;
  /** Excel date serial of the review or the action's due date. */
  date: number;
  /** Days from today: negative when passed. */
  days: number;
  /** Sheet-qualified address of its table row, for `select`. */
  address: string;
}

export interface StoredRun {
  version: 1;
  source: SourceRef;
  settings: RunSettings;
  /** ISO time of the run. */
  ranAt: string;
  language: Language;
  /** What the add-in owns: class columns, analysis sheet, KAM sheets. */
  outputs: {
    classColumns?: { name: string; address: string; inTable: boolean };
    analysisSheet?: string;
    kamSheets?: string[];
  };
  /** Set by every KAM run (and a refresh of the KAM sheets); absent in runs stored before. */
  kam?: StoredKamOptions;
  /** Key figures of the run, for the pane's "last run" card and what changed at the next refresh. */
  figures?: RunFigures;
  /** Key accounts with a one-pager sheet (customer keys): Refresh updates their sheets. */
  onePagers?: string[];
}

/** What `ExcelApi.select` selected. */
export interface Selected {
  /** Sheet-qualified address of the cells now selected, e.g. "Daten!A5:D5,A9:D11". */
  address: string;
  /** Blocks asked for. */
  areas: number;
  /** Blocks selected: only the first when the host selects one block at a time (below ExcelApi 1.9). */
  selectedAreas: number;
  /** Sheet rows the selected blocks span (summed per block). */
  rows: number;
  /**
   * Why fewer blocks were selected than asked: this Excel selects one block at a time (below
   * ExcelApi 1.9), or more blocks than Excel takes at once (getRanges limit, office-js 5198).
   * Blocks on another sheet are left out without this.
   */
  limited?: "oneBlock" | "manyBlocks";
}

/** What an action will touch before it runs, and what it did afterwards. */
export interface ActionReport {
  /** Human-readable lines in the user's language. */
  lines: Message[];
  /** Addresses or sheet names written. */
  touched: string[];
  syncs: number;
}

export type AnalysisOptionsFor = (settings: RunSettings) => AnalysisOptions;
