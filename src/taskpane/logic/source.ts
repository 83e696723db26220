// Plain helpers around SourceData: addresses for "select these rows", column labels, run options.
import { columnLetter, quoteSheet } from "../../core/a1";
import type { AnalysisOptions } from "../../core/analyze";
import type { RunRecord } from "../../core/time/runRecord";
import type { CellValue, ColumnRole, Language } from "../../core/types";
import type { RunSettings, SourceData } from "../../excel/types";
import { timeOptionsOf } from "./period";

/**
 * The sheet rows of the given grid rows, across the source's columns, as one address with
 * comma-separated areas ("Sheet1!A5:D5,A9:D11"). Neighbouring rows merge; at most `maxAreas`.
 */
export function rowsAddress(
  source: Pick<SourceData, "ref" | "firstRow" | "firstColumn">,
  gridRows: number[],
  width: number,
  maxAreas = 20
): string | null {
  const rows = Array.from(new Set(gridRows)).sort((x, y) => x - y);
  if (rows.length === 0) return null;
  const left = columnLetter(source.firstColumn);
  const right = columnLetter(source.firstColumn + Math.max(1, width) - 1);
  const areas: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  const flush = () => {
    const a = start + source.firstRow;
    const b = prev + source.firstRow;
    areas.push(`${left}${a}:${right}${b}`);
  };
  for (const r of rows.slice(1)) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    if (areas.length >= maxAreas) return `${quoteSheet(source.ref.sheet)}!${areas.join(",")}`;
    start = prev = r;
  }
  flush();
  return `${quoteSheet(source.ref.sheet)}!${areas.slice(0, maxAreas).join(",")}`;
}

/** A mapping dropdown changed: `index` null removes an optional role. */
export type OnColumnChange = (role: ColumnRole, index: number | null) => void;

export interface ColumnChoice {
  index: number;
  letter: string;
  header: string;
}

/** Columns of the source with their sheet letter and header text, for the mapping dropdowns. */
export function columnChoices(
  source: Pick<SourceData, "grid" | "firstColumn">,
  headers: string[] | null,
  headerRow: number | null
): ColumnChoice[] {
  const width = headers?.length ?? source.grid.reduce((w, r) => Math.max(w, r.length), 0);
  const labelRow: readonly CellValue[] | undefined =
    headerRow === null ? undefined : source.grid[headerRow];
  return Array.from({ length: width }, (_, i) => {
    const letter = columnLetter(source.firstColumn + i);
    const raw = headers ? headers[i] : labelRow?.[i];
    const text = raw === undefined || raw === null ? "" : String(raw).trim();
    // The core labels headerless columns with their grid letter; show the sheet letter alone then.
    const header = text === "" || text === columnLetter(i) ? "" : text;
    return { index: i, letter, header };
  });
}

/** What the worker needs to run `analyze` (functions cannot cross to the worker). */
export interface AnalysisRequest {
  options: Omit<AnalysisOptions, "includeRow">;
  /** Grid rows to leave out (hidden or filtered rows when only visible rows count). */
  excludeRows: number[];
}

export function analysisRequest(
  settings: RunSettings,
  source: Pick<SourceData, "hiddenRows">,
  lang: Language,
  /** The record of the last run of this source: the result says what changed since. */
  lastRun?: RunRecord | null
): AnalysisRequest {
  const options: AnalysisRequest["options"] = {
    method: settings.method,
    thresholds: settings.method === "computed" ? undefined : settings.thresholds,
    strict: settings.method === "fixed" && settings.strict,
    columns: settings.columns,
    // Ambiguous text numbers such as "1.234" follow the user's language when a column does not tell.
    decimalFallback: lang === "de" ? "," : ".",
    maxIssuesPerCode: 200,
    time: timeOptionsOf(settings, lastRun),
  };
  if (settings.headerRow !== undefined) options.headerRow = settings.headerRow;
  return { options, excludeRows: settings.visibleOnly ? source.hiddenRows : [] };
}

/** The AnalysisOptions of a request, with `includeRow` rebuilt on the worker's side. */
export function toAnalysisOptions(request: AnalysisRequest): AnalysisOptions {
  if (request.excludeRows.length === 0) return request.options;
  const skip = new Set(request.excludeRows);
  return { ...request.options, includeRow: (row) => !skip.has(row) };
}
