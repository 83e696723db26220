// Reads the data the user points at: the selection, its table or block, or the stored source of
// an earlier run. Hands the raw grid on; all analysis happens in the core.
import type { CellValue, Message } from "../../core/types";
import {
  columnCount,
  formatAddress,
  formatRect,
  intersect,
  parseArea,
  parseAreas,
  rowCount,
  type Rect,
} from "../../core/a1";
import { runBatch, type Batch } from "../host/batch";
import { capabilities, type Capabilities } from "../host/capabilities";
import { ReadChunker, type RowChunk } from "../host/chunks";
import { ExcelLayerError, officeErrorCode } from "../host/errors";
import { message } from "../host/labels";
import {
  HiddenRowSearch,
  chooseBlock,
  hiddenRowsFrom,
  type Block,
  type TableInfo,
} from "./sourceBlock";
import { CLASS_COLUMNS_NAME, SOURCE_NAME, nameArea, queueName } from "../host/state";
import type { ReadRequest, SourceData, SourceRef } from "../types";

interface Located {
  sheet: string;
  block: Block;
}

export async function readSource(request: ReadRequest): Promise<SourceData> {
  const caps = capabilities();
  if (!caps.baseline) throw new ExcelLayerError("XL_EXCEL_TOO_OLD");
  return runBatch(async (context) => {
    const located = request.ref
      ? await locateStored(context, request.ref)
      : await locateSelection(context, caps);
    const data = await readBlock(context, located, caps, request.onProgress);
    return { ...data, syncs: context.syncs };
  });
}

/** The add-in's class columns on `sheet`, so that they are not read as data. */
function ownColumnsOn(item: Excel.NamedItem, sheet: string): Rect | null {
  const area = nameArea(item);
  return area && area.sheet === sheet ? area.rect : null;
}

function tableInfo(
  table: { name: string; showHeaders: boolean; showTotals: boolean },
  address: string
): TableInfo | null {
  const area = parseArea(address);
  if (!area) return null;
  return {
    name: table.name,
    rect: area.rect,
    showHeaders: table.showHeaders,
    showTotals: table.showTotals,
  };
}

function rectOf(address: string): Rect | null {
  return parseArea(address)?.rect ?? null;
}

async function locateSelection(context: Batch, caps: Capabilities): Promise<Located> {
  const own = queueName(context, CLASS_COLUMNS_NAME);
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  // Queued before we know the selection's shape: each is one small address, cheaper than a round trip.
  const region = selection.getSurroundingRegion();
  region.load("address");
  const used = selection.getUsedRangeOrNullObject(true);
  used.load("address");
  // getTables (1.9) returns only the tables touching the selection; older hosts list the sheet's.
  const tables = caps.rangeTables
    ? selection.getTables(false)
    : context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load("items/name,items/showHeaders,items/showTotals");
  try {
    await context.sync();
  } catch (err) {
    return explainSelection(context, caps, err);
  }

  const anchor = parseArea(selection.address);
  if (!anchor || !anchor.sheet) throw new ExcelLayerError("EMPTY_SELECTION");
  const sheet = anchor.sheet;
  const regionAddress = region.address;
  const usedAddress = used.isNullObject ? null : used.address;
  const candidates = tables.items.map((t) => ({
    name: t.name,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    range: t.getRange(),
  }));
  let table: TableInfo | null = null;
  if (candidates.length > 0) {
    for (const c of candidates) c.range.load("address");
    await context.sync();
    for (const c of candidates) {
      const info = tableInfo(c, c.range.address);
      if (!table && info && intersect(info.rect, anchor.rect)) table = info;
    }
  }
  const block = chooseBlock({
    sheet,
    anchor: anchor.rect,
    stored: false,
    region: rectOf(regionAddress),
    used: usedAddress === null ? null : rectOf(usedAddress),
    table,
    own: ownColumnsOn(own, sheet),
  });
  return { sheet, block };
}

/**
 * getSelectedRange fails with InvalidSelection when several areas (or no cells, e.g. a chart) are
 * selected. The user gets what to do instead of the raw error; ExcelApi 1.9 can count the areas.
 */
async function explainSelection(context: Batch, caps: Capabilities, err: unknown): Promise<never> {
  if (officeErrorCode(err) !== "InvalidSelection") throw err;
  let count = 0;
  if (caps.rangeAreas) {
    const areas = context.workbook.getSelectedRanges();
    areas.load("areaCount");
    try {
      await context.sync();
      count = areas.areaCount;
    } catch {
      // Not cells at all: the general message below.
    }
  }
  if (count > 1) throw new ExcelLayerError("XL_SELECTION_AREAS", { count });
  throw new ExcelLayerError("XL_SELECTION_NOT_ONE_BLOCK");
}

/** Finds the source of an earlier run: its table by name, else the block its workbook name tracks. */
async function locateStored(context: Batch, ref: SourceRef): Promise<Located> {
  const own = queueName(context, CLASS_COLUMNS_NAME);
  const source = queueName(context, ref.name ?? SOURCE_NAME);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const table =
    ref.kind === "table" && ref.tableName
      ? context.workbook.tables.getItemOrNullObject(ref.tableName)
      : null;
  table?.load("name,showHeaders,showTotals");
  await context.sync();

  if (table && !table.isNullObject) {
    const found = {
      name: table.name,
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
    };
    const range = table.getRange();
    range.load("address");
    await context.sync();
    const address = range.address;
    const info = tableInfo(found, address);
    const sheet = parseArea(address)?.sheet;
    if (info && sheet) {
      const block = chooseBlock({
        sheet,
        anchor: info.rect,
        stored: true,
        region: null,
        used: null,
        table: info,
        own: ownColumnsOn(own, sheet),
      });
      return { sheet, block };
    }
  }
  const area = nameArea(source) ?? parseArea(ref.address);
  const sheet = area?.sheet;
  const sheetNames = sheets.items.map((s) => s.name);
  if (!area || !sheet || !sheetNames.includes(sheet))
    throw new ExcelLayerError("XL_SOURCE_MISSING");
  const region = context.workbook.worksheets
    .getItem(sheet)
    .getRange(formatRect(area.rect))
    .getSurroundingRegion();
  region.load("address");
  await context.sync();
  const regionAddress = region.address;
  const block = chooseBlock({
    sheet,
    anchor: area.rect,
    stored: true,
    region: rectOf(regionAddress),
    used: null,
    table: null,
    own: ownColumnsOn(own, sheet),
  });
  return { sheet, block };
}

/** What the reading of a block collects, chunk by chunk. */
interface Collected {
  grid: CellValue[][];
  hiddenRows: number[];
  /** Whole block, asked with the first chunk: rowHidden (true, false or null = mixed). */
  rowHidden?: boolean | null;
  mergedAddress?: string;
}

/** Reads one chunk of rows (values, and visible areas where the host can tell): one round trip. */
async function readChunk(
  context: Batch,
  ws: Excel.Worksheet,
  block: Rect,
  chunk: RowChunk,
  caps: Capabilities,
  chunker: ReadChunker,
  out: Collected
): Promise<void> {
  const columns = columnCount(block);
  const range = ws.getRangeByIndexes(block.top + chunk.start, block.left, chunk.count, columns);
  range.load("values");
  const visible = caps.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  // Questions about the whole block ride along with the first chunk.
  const whole =
    chunk.start === 0
      ? ws.getRangeByIndexes(block.top, block.left, rowCount(block), columns)
      : null;
  if (whole && !caps.visibleCells) whole.load("rowHidden");
  const merged = whole && caps.mergedAreas ? whole.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  await context.sync();
  if (whole && !caps.visibleCells) out.rowHidden = whole.rowHidden;
  if (merged) out.mergedAddress = merged.isNullObject ? "" : merged.address;
  const values = range.values as CellValue[][];
  for (const row of values) out.grid.push(row);
  chunker.observe(values);
  if (visible) {
    const areas = visible.isNullObject ? [] : (parseAreas(visible.address) ?? []);
    const rects = areas.map((a) => a.rect);
    for (const h of hiddenRowsFrom(block, rects, chunk.start, chunk.count)) out.hiddenRows.push(h);
  }
}

/** One level of the rowHidden search (hosts without getSpecialCells): one round trip. */
async function probeHidden(
  context: Batch,
  ws: Excel.Worksheet,
  block: Rect,
  search: HiddenRowSearch
): Promise<void> {
  const ranges = search
    .probes()
    .map((s) => ws.getRangeByIndexes(block.top + s.start, block.left, s.count, 1));
  for (const range of ranges) range.load("rowHidden");
  await context.sync();
  search.answer(ranges.map((range) => range.rowHidden));
}

async function readBlock(
  context: Batch,
  { sheet, block }: Located,
  caps: Capabilities,
  onProgress?: (done: number, total: number) => void
): Promise<SourceData> {
  const notes: Message[] = [...block.notes];
  const r = block.rect;
  const ref: SourceRef = {
    kind: block.kind,
    address: r ? formatAddress(sheet, r) : `${sheet}!A1`,
    sheet,
    ...(block.tableName ? { tableName: block.tableName } : {}),
    name: SOURCE_NAME,
  };
  if (!r) {
    return { ref, grid: [], firstRow: 1, firstColumn: 0, hiddenRows: [], mergedAreas: [], notes };
  }
  const rows = rowCount(r);
  const ws = context.workbook.worksheets.getItem(sheet);
  if (!caps.mergedAreas) notes.push(message("XL_MERGED_NOT_CHECKED"));

  const out: Collected = { grid: [], hiddenRows: [] };
  const chunker = new ReadChunker(rows, columnCount(r));
  for (let chunk = chunker.next(); chunk; chunk = chunker.next()) {
    await readChunk(context, ws, r, chunk, caps, chunker, out);
    onProgress?.(chunk.start + chunk.count, rows);
  }

  let hiddenRows = out.hiddenRows;
  if (!caps.visibleCells) {
    const search = new HiddenRowSearch(rows);
    // null means mixed: some rows hidden.
    search.answer([out.rowHidden === undefined ? false : out.rowHidden]);
    // One round trip per level of the search (a handful), never per row.
    while (search.probes().length > 0) await probeHidden(context, ws, r, search);
    if (search.gaveUp) notes.push(message("XL_HIDDEN_ROWS_UNKNOWN"));
    else hiddenRows = search.hiddenRows();
  }
  if (hiddenRows.length > 0) notes.push(message("XL_HIDDEN_ROWS", { count: hiddenRows.length }));

  const mergedAreas = (parseAreas(out.mergedAddress ?? "") ?? []).map((a) =>
    formatAddress(sheet, a.rect)
  );
  if (mergedAreas.length > 0)
    notes.push(message("XL_MERGED_CELLS", { count: mergedAreas.length, first: mergedAreas[0] }));

  for (const c of block.blankColumns) for (const row of out.grid) row[c] = "";

  return {
    ref,
    grid: out.grid,
    firstRow: r.top + 1,
    firstColumn: r.left,
    hiddenRows,
    mergedAreas,
    notes,
  };
}
