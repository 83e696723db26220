// The analysis sheet: summary, ranked table and charts. Found again through the sheet id in the
// workbook settings, so a re-run (or a renamed sheet) is updated in place instead of duplicated.
import type { AnalysisResult } from "../../core/analyze";
import type { Language, Message } from "../../core/types";
import { formatRect, parseArea, uniqueSheetName } from "../host/address";
import {
  RANKED_CLASS_COLUMN,
  RANKED_COLUMNS,
  RANKED_LEFT,
  SUMMARY_RECT,
  analysisLayout,
  rankedBlock,
  rankedRowBytes,
  type AnalysisLayout,
} from "./analysisLayout";
import type { Progress } from "../api";
import { runBatch, syncInSteps, type Batch } from "../host/batch";
import { chunksBySize, type RowChunk } from "../host/chunks";
import { queueClassColours } from "../host/classColours";
import { ABC_CHART, PARETO_CHART, queueChart, queueFindChart, type FoundChart } from "./charts";
import { analysisSheetName, message } from "../host/labels";
import {
  OUTPUTS_KEY,
  SOURCE_NAME,
  queueName,
  queueSaveSetting,
  queueSetName,
  queueSetting,
  settingValue,
  type ExcelOutputs,
} from "../host/state";
import type { ActionReport, RunSettings, SourceData } from "../types";

export interface SheetPlace {
  existing: boolean;
  id?: string;
  name: string;
  /** The usual name was taken by a sheet that is not the add-in's. */
  takenName?: string;
}

/** The stored sheet if it still exists (under whatever name), else a free name for a new one. */
export function placeSheet(
  stored: ExcelOutputs["analysisSheet"] | undefined,
  sheets: readonly { id: string; name: string }[],
  lang: Language
): SheetPlace {
  const found = stored && sheets.find((s) => s.id === stored.id);
  if (found) return { existing: true, id: found.id, name: found.name };
  const base = analysisSheetName(lang);
  const name = uniqueSheetName(
    base,
    sheets.map((s) => s.name)
  );
  return name === base ? { existing: false, name } : { existing: false, name, takenName: base };
}

/** `customers` is null while planning (before the analysis ran). */
function placeLines(place: SheetPlace, customers: number | null): Message[] {
  const lines: Message[] = [];
  if (place.takenName)
    lines.push(message("XL_SHEET_NAME_TAKEN", { name: place.takenName, sheet: place.name }));
  lines.push(
    place.existing
      ? message("XL_SHEET_UPDATE", { sheet: place.name })
      : customers === null
        ? message("XL_SHEET_PLAN_NEW", { sheet: place.name })
        : message("XL_SHEET_NEW", { sheet: place.name, customers })
  );
  return lines;
}

interface Located {
  place: SheetPlace;
  outputs: ExcelOutputs | null;
  sheets: Excel.WorksheetCollection;
  sourceItem: Excel.NamedItem;
}

async function locate(context: Batch, lang: Language): Promise<Located> {
  const outputsItem = queueSetting(context, OUTPUTS_KEY);
  const sourceItem = queueName(context, SOURCE_NAME);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const outputs = settingValue<ExcelOutputs>(outputsItem);
  const list = sheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
  const place = placeSheet(outputs?.analysisSheet, list, lang);
  return { place, outputs, sheets, sourceItem };
}

export function planAnalysisSheet(lang: Language): Promise<ActionReport> {
  return runBatch(async (context) => {
    const { place } = await locate(context, lang);
    return { lines: placeLines(place, null), touched: [place.name], syncs: context.syncs };
  });
}

/** Column widths (points) for a new sheet; a re-run keeps what the user set. */
const COLUMN_WIDTHS: [string, number][] = [
  ["A", 130],
  ["B", 95],
  ["C", 105],
  ["D", 95],
  ["E", 95],
  ["H", 45],
  ["I", 170],
  ["J", 95],
  ["K", 70],
  ["L", 100],
  ["M", 70],
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
  for (const header of ["A12:E12", "A18:E18"]) ws.getRange(header).format.font.bold = true;
  for (const [column, width] of COLUMN_WIDTHS) ws.getRange(`${column}1`).format.columnWidth = width;
}

function queueRankedHeader(ws: Excel.Worksheet, layout: AnalysisLayout): void {
  const header = ws.getRangeByIndexes(0, RANKED_LEFT, 1, RANKED_COLUMNS);
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
  charts: { pareto: FoundChart | null; abc: FoundChart | null };
}

function queueRankedChunk(w: Writing, i: number): void {
  const { start, count } = w.chunks[i];
  const cells = rankedBlock(w.result, start, count);
  const range = w.ws.getRangeByIndexes(1 + start, RANKED_LEFT, count, RANKED_COLUMNS);
  range.numberFormat = cells.formats;
  range.values = cells.values;
}

/** Round trip 2: summary, header, leftovers of a longer earlier table, the first chunk and the lookup of the existing charts. */
async function writeFirst(context: Batch, w: Writing): Promise<void> {
  const n = w.layout.rankedRows;
  // Id and name for the stored state: a new sheet has its id only after this round trip.
  w.ws.load("id,name");
  queueSummary(w.ws, w.layout, !w.place.existing);
  queueRankedHeader(w.ws, w.layout);
  if (w.previous > n)
    w.ws.getRangeByIndexes(1 + n, RANKED_LEFT, w.previous - n, RANKED_COLUMNS).clear("All");
  if (w.chunks.length > 0) queueRankedChunk(w, 0);
  if (w.place.existing) {
    w.charts.pareto = queueFindChart(w.ws, PARETO_CHART);
    w.charts.abc = queueFindChart(w.ws, ABC_CHART);
  }
  await context.sync();
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
  queueChart("pareto", ws, w.charts.pareto, layout, lang);
  queueChart("abc", ws, w.charts.abc, layout, lang);
  queueClassColours(
    ws.getRangeByIndexes(1, RANKED_CLASS_COLUMN, n, 1),
    ws.getRangeByIndexes(1, RANKED_CLASS_COLUMN, Math.max(n, w.previous), 1)
  );
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
  if (!w.place.existing) ws.activate();
  const next: ExcelOutputs = {
    ...(w.outputs ?? { version: 1 }),
    version: 1,
    analysisSheet: { id: ws.id, name: ws.name, rankedRows: n },
  };
  queueSaveSetting(context, OUTPUTS_KEY, next);
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
    const { place, outputs, sheets } = located;
    const layout = analysisLayout(
      result,
      place.name,
      { sourceAddress: source.ref.address, ranAt: new Date() },
      lang
    );
    const n = layout.rankedRows;
    const w: Writing = {
      ...located,
      ws: place.existing && place.id ? sheets.getItem(place.id) : sheets.add(place.name),
      result,
      layout,
      chunks: chunksBySize(n, (r) => rankedRowBytes(result, r)),
      previous: place.existing ? (outputs?.analysisSheet?.rankedRows ?? 0) : 0,
      charts: { pareto: null, abc: null },
    };
    await writeFirst(context, w);
    onProgress?.(w.chunks[0]?.count ?? 0, n);
    await syncInSteps(
      context,
      w.chunks.slice(1).map((_, j) => () => queueRankedChunk(w, j + 1)),
      (done) => onProgress?.(w.chunks[done].start + w.chunks[done].count, n)
    );
    await writeLast(context, w, source, lang);
    return {
      lines: [...placeLines(place, n), ...layout.notes],
      touched: [place.name],
      syncs: context.syncs,
    };
  });
}
