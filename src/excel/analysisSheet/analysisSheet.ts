// The analysis sheet: summary, ranked table and charts. Found again through the workbook name
// KAA_AnalysisSheet (over its ranked table) and written into only when it carries the add-in's
// marker (ownedSheets.ts), so a re-run updates it in place after renames, moves and a reopen with
// new sheet ids, and never writes into a sheet of the user's.
import type { AnalysisResult } from "../../core/analyze";
import type { Language, Message } from "../../core/types";
import {
  columnLetter,
  formatAddress,
  formatRect,
  parseArea,
  rowsOutside,
  type Rect,
} from "../../core/a1";
import { capabilities } from "../host/capabilities";
import { occupiedRects } from "../host/occupancy";
import { uniqueSheetName } from "../host/sheetNames";
import {
  CHART_COLUMN_COUNT,
  CHART_COLUMN_WIDTH,
  CHART_COLUMNS_LEFT,
  FACTS_RECT,
  RANKED_CLASS_OFFSET,
  RANKED_COLUMN_WIDTHS,
  RANKED_COLUMNS,
  RANKED_LEFT,
  SENTENCE_CELLS,
  SUMMARY_COLUMN_WIDTHS,
  SUMMARY_RECT,
  analysisLayout,
  rankedBlock,
  rankedRowBytes,
  type AnalysisLayout,
} from "./analysisLayout";
import type { Progress } from "../api";
import { queueSuspendCalculation, runBatch, syncInSteps, type Batch } from "../host/batch";
import { chunksBySize, type RowChunk } from "../host/chunks";
import {
  queueClassColours,
  queueDeleteClassRules,
  queueReadClassRules,
  type ClassRules,
} from "../host/classColours";
import {
  ABC_CHART,
  PARETO_CHART,
  findChart,
  queueChart,
  queueListCharts,
  type FoundChart,
  type SheetCharts,
} from "./charts";
import { analysisSheetName, message } from "../host/labels";
import {
  queueMarkSheet,
  queueSheetFacts,
  sameSheet,
  sheetFacts,
  type SheetFacts,
} from "../host/ownedSheets";
import { ANALYSIS_SHEET_NAME, SOURCE_NAME, nameArea, queueName, queueSetName } from "../host/state";
import { MONTHLY_CHART, queueMonthlyChart } from "./monthlyChart";
import { timeLayout, type TimeLayout } from "./timeLayout";

/** Workbook name over the time blocks below the summary: what a later run clears. */
export const ANALYSIS_TIME_NAME = "KAA_AnalysisTime";
import type { ActionReport, RunSettings, SourceData } from "../types";

export interface SheetPlace {
  existing: boolean;
  name: string;
  /** The sheet has no marker yet (a new sheet, or one made before markers existed). */
  unmarked: boolean;
  /** The usual name was taken by a sheet that is not the add-in's. */
  takenName?: string;
  /** The workbook name pointed at a sheet without the add-in's marker: left alone. */
  notOurs?: string;
}

/** A sheet made before markers existed: the add-in's two charts are on it. */
const hasOwnCharts = (s: SheetFacts) =>
  s.charts.includes(PARETO_CHART) && s.charts.includes(ABC_CHART);

/**
 * The sheet the workbook name points at when it carries the marker (or, from before markers, the
 * add-in's charts); else a marked sheet; else a free name for a new one.
 */
export function placeSheet(
  anchor: string | null,
  sheets: readonly SheetFacts[],
  lang: Language
): SheetPlace {
  const pointed = anchor === null ? undefined : sheets.find((s) => sameSheet(s.name, anchor));
  if (pointed && (pointed.role === "analysis" || (pointed.role === null && hasOwnCharts(pointed))))
    return { existing: true, name: pointed.name, unmarked: pointed.role === null };
  const marked = sheets.find((s) => s.role === "analysis");
  if (marked) return { existing: true, name: marked.name, unmarked: false };
  const base = analysisSheetName(lang);
  const name = uniqueSheetName(
    base,
    sheets.map((s) => s.name)
  );
  const notOurs = pointed ? { notOurs: pointed.name } : {};
  return name === base || pointed
    ? { existing: false, name, unmarked: true, ...notOurs }
    : { existing: false, name, unmarked: true, takenName: base };
}

/** `customers` is null while planning (before the write): plans in the present, reports in the past tense. */
function placeLines(place: SheetPlace, customers: number | null): Message[] {
  const lines: Message[] = [];
  if (place.notOurs)
    lines.push(message("XL_SHEET_NOT_OURS", { sheet: place.notOurs, created: place.name }));
  if (place.takenName)
    lines.push(message("XL_SHEET_NAME_TAKEN", { name: place.takenName, sheet: place.name }));
  lines.push(
    place.existing
      ? message(customers === null ? "XL_SHEET_UPDATE" : "XL_SHEET_UPDATE_DONE", {
          sheet: place.name,
        })
      : customers === null
        ? message("XL_SHEET_PLAN_NEW", { sheet: place.name })
        : message("XL_SHEET_NEW", { sheet: place.name, count: customers })
  );
  return lines;
}

interface Located {
  place: SheetPlace;
  /** Ranked rows the previous run wrote on this sheet (from the name's extent). */
  previous: number;
  /** First column of the ranked table: where the previous run put it, else RANKED_LEFT. */
  rankedLeft: number;
  sheets: Excel.WorksheetCollection;
  sourceItem: Excel.NamedItem;
  anchorItem: Excel.NamedItem;
  timeItem: Excel.NamedItem;
  /** The time blocks the previous run wrote on this sheet. */
  previousTime: Rect | null;
}

async function locate(context: Batch, lang: Language): Promise<Located> {
  const sourceItem = queueName(context, SOURCE_NAME);
  const anchorItem = queueName(context, ANALYSIS_SHEET_NAME);
  const timeItem = queueName(context, ANALYSIS_TIME_NAME);
  const sheets = queueSheetFacts(context);
  await context.sync();
  const anchor = nameArea(anchorItem);
  const place = placeSheet(anchor?.sheet ?? null, sheetFacts(sheets), lang);
  const onIt = anchor && place.existing && sameSheet(anchor.sheet ?? "", place.name);
  const previous = onIt ? anchor.rect.bottom - anchor.rect.top : 0;
  const rankedLeft = onIt ? anchor.rect.left : RANKED_LEFT;
  const time = nameArea(timeItem);
  const previousTime =
    time && place.existing && sameSheet(time.sheet ?? "", place.name) ? time.rect : null;
  return { place, previous, rankedLeft, sheets, sourceItem, anchorItem, timeItem, previousTime };
}

export function planAnalysisSheet(lang: Language): Promise<ActionReport> {
  return runBatch(async (context) => {
    const { place } = await locate(context, lang);
    return { lines: placeLines(place, null), touched: [place.name], syncs: context.syncs };
  });
}

/** Column widths (points) for a new sheet, by column index; a re-run keeps what the user set. */
const COLUMN_WIDTHS: [number, number][] = [
  ...SUMMARY_COLUMN_WIDTHS.map((w, c): [number, number] => [c, w]),
  ...Array.from({ length: CHART_COLUMN_COUNT }, (_, i): [number, number] => [
    CHART_COLUMNS_LEFT + i,
    CHART_COLUMN_WIDTH,
  ]),
  ...RANKED_COLUMN_WIDTHS.map((w, i): [number, number] => [RANKED_LEFT + i, w]),
];

function queueSummary(ws: Excel.Worksheet, layout: AnalysisLayout, isNew: boolean): void {
  const summary = ws.getRange(formatRect(SUMMARY_RECT));
  // Formats first: a name such as "=SUM(1)" written into a Text cell stays text.
  summary.numberFormat = layout.summary.formats;
  summary.values = layout.summary.values;
  if (!isNew) return;
  summary.format.font.bold = false;
  const title = ws.getRange("A1");
  title.format.font.bold = true;
  title.format.font.size = 14;
  for (const header of ["A12:E12", "A18:E18"]) {
    ws.getRange(header).format.font.bold = true;
    ws.getRange(header).format.wrapText = true;
  }
  // Sentences wrap in B instead of running under the charts; labels stay level with their text.
  for (const cell of SENTENCE_CELLS) ws.getRange(formatRect(cell)).format.wrapText = true;
  ws.getRange(formatRect(FACTS_RECT)).format.verticalAlignment = "Top";
  for (const [column, width] of COLUMN_WIDTHS)
    ws.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
}

function queueRankedHeader(ws: Excel.Worksheet, layout: AnalysisLayout, left: number): void {
  const header = ws.getRangeByIndexes(0, left, 1, RANKED_COLUMNS);
  header.numberFormat = [layout.rankedHeader.map(() => "@")];
  header.values = [layout.rankedHeader];
  header.format.font.bold = true;
}

/** Everything the chunked writes need. */
interface Writing extends Located {
  ws: Excel.Worksheet;
  result: AnalysisResult;
  layout: AnalysisLayout;
  chunks: RowChunk[];
  /** Ranked rows of the previous run on this sheet (leftovers to clear). */
  previous: number;
  charts: { pareto: FoundChart | null; abc: FoundChart | null; monthly: FoundChart | null };
  /** The time blocks to write; null without a time axis (or when the user's cells are in the way). */
  time: TimeLayout | null;
  /** The class rules on an existing sheet, read before the old ones are replaced. */
  classRules: ClassRules | null;
}

function queueRankedChunk(w: Writing, i: number): void {
  const { start, count } = w.chunks[i];
  const cells = rankedBlock(w.result, start, count);
  const range = w.ws.getRangeByIndexes(1 + start, w.rankedLeft, count, RANKED_COLUMNS);
  range.numberFormat = cells.formats;
  range.values = cells.values;
}

/**
 * The time blocks below the summary, where the previous run's are cleared first (a run without
 * a time axis only clears them).
 */
function queueTimeBlocks(w: Writing): void {
  if (w.previousTime) w.ws.getRange(formatRect(w.previousTime)).clear("All");
  const t = w.time;
  if (!t) return;
  const range = w.ws.getRange(formatRect(t.rect));
  range.numberFormat = t.block.formats;
  range.values = t.block.values;
  const row = (offset: number) =>
    w.ws.getRangeByIndexes(t.rect.top + offset, t.rect.left, 1, t.rect.right - t.rect.left + 1);
  for (const offset of t.boldRows) row(offset).format.font.bold = true;
  for (const offset of t.wrapRows) row(offset).format.wrapText = true;
}

/**
 * On an existing sheet the cells the time blocks would newly take (beyond those of the previous
 * run) must be empty: anything the user put there stays, and the blocks are left out. Returns
 * the address of the occupied cells, or null. One round trip, only when the blocks grow.
 */
async function timeBlocked(context: Batch, w: Writing, time: TimeLayout): Promise<string | null> {
  if (!w.place.existing) return null;
  const owned = w.previousTime;
  const free =
    owned && owned.left === time.rect.left && owned.right === time.rect.right
      ? rowsOutside(time.rect, owned)
      : [time.rect];
  if (free.length === 0) return null;
  const [busy] = await occupiedRects(context, w.ws, free, capabilities());
  // That round trip ended the suspension queued for the first large write: queue it again.
  queueSuspendCalculation(context);
  return busy ? formatAddress(w.place.name, free[0]) : null;
}

/** Round trip 2: summary, header, leftovers of a longer earlier table, the first chunk and the lookup of the existing charts. */
async function writeFirst(context: Batch, w: Writing): Promise<void> {
  const n = w.layout.rankedRows;
  queueSummary(w.ws, w.layout, !w.place.existing);
  queueRankedHeader(w.ws, w.layout, w.rankedLeft);
  if (w.previous > n)
    w.ws.getRangeByIndexes(1 + n, w.rankedLeft, w.previous - n, RANKED_COLUMNS).clear("All");
  if (w.chunks.length > 0) queueRankedChunk(w, 0);
  queueTimeBlocks(w);
  let listed: SheetCharts | null = null;
  if (w.place.existing) {
    listed = queueListCharts(w.ws);
    // The class table (A) and the ranked table: one collection, so that ids agree.
    const right = columnLetter(w.rankedLeft + RANKED_COLUMNS - 1);
    w.classRules = queueReadClassRules(w.ws.getRange(`A:${right}`));
  }
  await context.sync();
  if (listed)
    w.charts = {
      pareto: findChart(listed, PARETO_CHART),
      abc: findChart(listed, ABC_CHART),
      monthly: findChart(listed, MONTHLY_CHART),
    };
}

/** Last round trip: charts, class colours, names and state. */
async function writeLast(
  context: Batch,
  w: Writing,
  source: SourceData,
  lang: Language
): Promise<void> {
  const { ws, layout } = w;
  const n = layout.rankedRows;
  queueSuspendCalculation(context);
  const legacy = w.rankedLeft !== RANKED_LEFT;
  queueChart("pareto", ws, w.charts.pareto, layout, lang, legacy);
  queueChart("abc", ws, w.charts.abc, layout, lang, legacy);
  queueMonthlyChart(ws, w.charts.monthly, w.time, lang);
  if (w.classRules) queueDeleteClassRules(w.classRules);
  if (n > 0) queueClassColours(ws.getRangeByIndexes(1, w.rankedLeft + RANKED_CLASS_OFFSET, n, 1));
  queueClassColours(ws.getRange("A13:A15"));
  const sourceArea = parseArea(source.ref.address);
  if (sourceArea?.sheet)
    queueSetName(
      context,
      w.sourceItem,
      SOURCE_NAME,
      w.sheets.getItem(sourceArea.sheet),
      formatRect(sourceArea.rect)
    );
  // The workbook name over the ranked table: finds the sheet and tells how many rows it held.
  queueSetName(
    context,
    w.anchorItem,
    ANALYSIS_SHEET_NAME,
    ws,
    formatRect({ top: 0, left: w.rankedLeft, bottom: n, right: w.rankedLeft + RANKED_COLUMNS - 1 })
  );
  if (w.time) queueSetName(context, w.timeItem, ANALYSIS_TIME_NAME, ws, formatRect(w.time.rect));
  else if (!w.timeItem.isNullObject) w.timeItem.delete();
  if (w.place.unmarked) queueMarkSheet(ws, "analysis");
  if (!w.place.existing) ws.activate();
  await context.sync();
}

export function writeAnalysisSheet(
  source: SourceData,
  result: AnalysisResult,
  _settings: RunSettings,
  lang: Language,
  onProgress?: Progress
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const located = await locate(context, lang);
    const { place, sheets } = located;
    const layout = analysisLayout(
      result,
      place.name,
      { sourceAddress: source.ref.address, ranAt: new Date() },
      lang
    );
    const n = layout.rankedRows;
    // Round trip 2 (new sheet, summary, time blocks, first chunk) is the first large write.
    queueSuspendCalculation(context);
    const w: Writing = {
      ...located,
      ws: place.existing ? sheets.getItem(place.name) : sheets.add(place.name),
      result,
      layout,
      chunks: chunksBySize(n, (r) => rankedRowBytes(result, r)),
      previous: located.previous,
      charts: { pareto: null, abc: null, monthly: null },
      classRules: null,
      time: null,
    };
    const time = timeLayout(result, place.name, lang);
    const blocked = time ? await timeBlocked(context, w, time) : null;
    w.time = blocked ? null : time;
    await writeFirst(context, w);
    onProgress?.(w.chunks[0]?.count ?? 0, n);
    await syncInSteps(
      context,
      w.chunks.slice(1).map((_, j) => () => {
        queueSuspendCalculation(context);
        queueRankedChunk(w, j + 1);
      }),
      (done) => onProgress?.(w.chunks[done].start + w.chunks[done].count, n)
    );
    await writeLast(context, w, source, lang);
    return {
      lines: [
        ...placeLines(place, n),
        ...layout.notes,
        ...(blocked ? [message("XL_TIME_BLOCKS_BLOCKED", { address: blocked })] : []),
      ],
      touched: [place.name],
      syncs: context.syncs,
    };
  });
}
