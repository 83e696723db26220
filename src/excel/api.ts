// The functions the task pane calls. `createExcelApi()` in ./index.ts implements them with
// Office.js; the task pane receives them as props so that its tests can pass their own.
import type { AnalysisResult } from "../core/analyze";
import type { RunRecord } from "../core/time/runRecord";
import type { Language } from "../core/types";
import type { KeyAccountProposal } from "../core/kam/keyAccounts";
import type { ScoreWeights } from "../core/score/criteria";
import type { DataRatings } from "../core/score/scoreInputs";
import type {
  ActionReport,
  DueItem,
  PlanRating,
  ReadRequest,
  RunSettings,
  Selected,
  SourceData,
  StoredRun,
} from "./types";

export type Progress = (done: number, total: number) => void;

export interface KamOptions {
  /** Key accounts: class A by default; B customers or single customers can be added. */
  includeB: boolean;
  /** Customer keys (see core normalizeKey / result.customers.keys) added by hand. */
  extraKeys: string[];
  /** Create the optional six-month introduction roadmap sheet (offered once). */
  roadmap: boolean;
  /** The confirmed score proposal (stored for Refresh); absent = key accounts by class. */
  proposal?: KeyAccountProposal;
  /** Customer keys the proposal chose in this analysis (the pane resolves them). */
  scoreKeys?: string[];
  /** The user's score weights (the portfolio's attractiveness); absent = the defaults. */
  scoreWeights?: ScoreWeights;
  /**
   * Rating columns of the analysed data (`readRatings`, per customer as in `result.customers`):
   * the score of the one-pager and the portfolio takes them where the plan has no typed rating,
   * as the pane does. Absent = the data has none.
   */
  dataRatings?: DataRatings;
}

export interface ExcelApi {
  /** The user's language from Office (displayLanguage), "de" or "en". */
  language(): Language;
  /** Reads the selection (a single cell means its table or surrounding block) or a stored source. */
  readSource(request: ReadRequest): Promise<SourceData>;

  /** What writing the class columns will touch, before it runs. */
  planClassColumns(
    source: SourceData,
    lang: Language,
    options?: { timeColumns?: boolean }
  ): Promise<ActionReport>;
  /**
   * Writes Rank, Share, Cumulative share, Class next to the data (or as table columns); with
   * `options.timeColumns` and a time axis in the result also XYZ and Growth ("Wachstum").
   */
  writeClassColumns(
    source: SourceData,
    result: AnalysisResult,
    lang: Language,
    onProgress?: Progress,
    options?: { timeColumns?: boolean }
  ): Promise<ActionReport>;

  planAnalysisSheet(lang: Language): Promise<ActionReport>;
  /** Creates or updates the analysis sheet (summary, ranked table, Pareto and ABC charts). */
  writeAnalysisSheet(
    source: SourceData,
    result: AnalysisResult,
    settings: RunSettings,
    lang: Language,
    onProgress?: Progress
  ): Promise<ActionReport>;

  planKamSheets(result: AnalysisResult, options: KamOptions, lang: Language): Promise<ActionReport>;
  /** Creates or refreshes the KAM planning sheets; manual entries survive. */
  writeKamSheets(
    result: AnalysisResult,
    options: KamOptions,
    lang: Language,
    onProgress?: Progress
  ): Promise<ActionReport>;

  /**
   * Creates or refreshes the KAM controlling sheet: one row per key account, analysis figures as
   * values, typed figures as live formulas over the KAM tables (which must exist).
   */
  writeCockpit(result: AnalysisResult, options: KamOptions, lang: Language): Promise<ActionReport>;
  /** Creates or refreshes the KAM portfolio sheet: bubble chart and a table per quadrant. */
  writePortfolio(
    result: AnalysisResult,
    options: KamOptions,
    lang: Language
  ): Promise<ActionReport>;

  /** The last run stored in the workbook (settings survive save, close and reopen). */
  loadRun(): Promise<StoredRun | null>;
  saveRun(run: StoredRun): Promise<void>;

  /**
   * Selects cells, e.g. the rows a data-quality note refers to: "Sheet1!A5:D5,A9:D11" selects
   * every block on ExcelApi 1.9, only the first one below (the result says which).
   */
  select(address: string): Promise<Selected>;

  /** What creating or refreshing the one-pager of key account `key` (a customer key) will do. */
  planOnePager(
    result: AnalysisResult,
    key: string,
    options: KamOptions,
    lang: Language
  ): Promise<ActionReport>;
  /**
   * Creates or refreshes the printable one-pager sheet of a key account (A4 landscape, print area
   * set): figures from the analysis, plan, actions and stakeholders live; typed cells stay.
   */
  writeOnePager(
    result: AnalysisResult,
    key: string,
    options: KamOptions,
    lang: Language
  ): Promise<ActionReport>;
  /** The record of the last run (time axis), kept in the workbook; null when there is none. */
  loadRunRecord(): Promise<RunRecord | null>;
  saveRunRecord(record: RunRecord): Promise<void>;
  /** Satisfaction and potential typed in the KAM plan, per customer key; [] without a plan. */
  readPlanRatings(): Promise<PlanRating[]>;
  /**
   * Reviews due within 14 days (or passed) from the plan and overdue open actions from the
   * actions table, soonest first, each with its row's address; [] without the KAM tables.
   */
  readDueItems(): Promise<DueItem[]>;
}
