// Rank, Share, Cumulative share and Class next to the data (or as table columns). The add-in
// writes only into cells it owns: its own columns (tracked by a workbook name) or cells it makes
// room for by inserting cells, never over the user's content.
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import {
  columnsOutside,
  formatAddress,
  formatRect,
  parseArea,
  rect,
  rowsOutside,
  type Rect,
} from "../../core/a1";
import { queueSuspendCalculation, runBatch, syncInSteps, type Batch } from "../host/batch";
import { capabilities, type Capabilities } from "../host/capabilities";
import { chunksBySize, type RowChunk } from "../host/chunks";
import { classColumnBlock, rankOfGridRow } from "./classColumnValues";
import { NEW as NEW_CUSTOMER } from "../../core/kam/changeText";
import { columnHeaders, withTimeColumns, type ClassColumnOptions } from "./columnSet";
import type { CellBlock } from "../host/cells";
import {
  queueClassColours,
  queueDeleteClassRules,
  queueReadClassRules,
  type ClassRules,
} from "../host/classColours";
import {
  ownRect,
  planLines,
  reusableColumns,
  sourceSheetBlock,
  tableTarget,
  type ClassColumnsTarget,
  type Refusal,
} from "./target";
import { firstFreeColumns, insertRefusal, isInsertRefusal } from "./insertRefusal";
import { ExcelLayerError } from "../host/errors";
import { occupiedRects } from "../host/occupancy";
import {
  CLASS_COLUMNS_NAME,
  OUTPUTS_KEY,
  SOURCE_NAME,
  nameArea,
  queueName,
  queueSaveSetting,
  queueSetName,
  queueSetting,
  settingValue,
  type ExcelOutputs,
} from "../host/state";
import type { ActionReport, SourceData } from "../types";
import type { Progress } from "../api";
import {
  afterColumnDeletes,
  loadTableFilter,
  queueClearFilter,
  queueReapplyFilter,
  type ActiveFilter,
} from "../host/tableFilter";

interface Located {
  target: ClassColumnsTarget;
  /** Range mode: the add-in's columns of an earlier run of this data (reused). */
  own?: Rect;
  ownItem: Excel.NamedItem;
  sourceItem: Excel.NamedItem;
  outputs: ExcelOutputs | null;
  block: Rect;
  /** Conditional formats on the data's rows: the add-in's old class rules are among them. */
  classRules: ClassRules;
  /** A table source's filter: off while the columns are written, then on again. */
  filter?: { table: Excel.Table; active: ActiveFilter };
}

/** Sheet columns `first`, `first + 1`, ... for `count` columns. */
const columnsFrom = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => first + i);

async function locate(
  context: Batch,
  source: SourceData,
  lang: Language,
  time: boolean
): Promise<Located> {
  const { sheet, block } = sourceSheetBlock(source);
  const headers = columnHeaders(lang, time);
  const count = headers.length;
  const ownItem = queueName(context, CLASS_COLUMNS_NAME);
  const sourceItem = queueName(context, SOURCE_NAME);
  const outputsItem = queueSetting(context, OUTPUTS_KEY);
  const ws = context.workbook.worksheets.getItem(sheet);
  const classRules = queueReadClassRules(ws.getRange(`${block.top + 1}:${block.bottom + 1}`));

  if (source.ref.kind === "table" && source.ref.tableName) {
    const table = context.workbook.tables.getItem(source.ref.tableName);
    table.load("name,showHeaders,showTotals");
    const range = table.getRange();
    range.load("address");
    const filter = loadTableFilter(table);
    await context.sync();
    const area = parseArea(range.address);
    if (!area || !area.sheet) throw new ExcelLayerError("XL_SOURCE_MISSING");
    const own = nameArea(ownItem);
    const target = tableTarget(
      area.sheet,
      table,
      area.rect,
      own && own.sheet === area.sheet ? own.rect : null,
      headers
    );
    return {
      target,
      ownItem,
      sourceItem,
      outputs: settingValue(outputsItem),
      block,
      classRules,
      // Criteria by column index: the add-in's columns this run deletes move the user's ones.
      filter: { table, active: afterColumnDeletes(filter(), target.tableDeletes ?? []) },
    };
  }

  // The default place: the columns right of the block. Asked before we know whether the
  // add-in already has columns elsewhere, to share the round trip in the common case.
  const caps = capabilities();
  const neighbour = rect(block.top, block.right + 1, block.bottom, block.right + count);
  const [neighbourOccupied] = await occupiedRects(context, ws, [neighbour], caps);

  const ownArea = nameArea(ownItem);
  const own = ownArea && ownArea.sheet === sheet ? ownArea.rect : null;
  const reusable = reusableColumns(own, nameArea(sourceItem), sheet, block);
  const base = {
    sheet,
    mode: "range" as const,
    headers,
    top: block.top,
    bottom: block.bottom,
    tableHeader: false,
    tableAdds: [],
    tableRenames: [],
  };
  if (reusable) {
    const columns = columnsFrom(own.left, count);
    const target = rect(block.top, own.left, block.bottom, own.left + count - 1);
    // Rows the data grew into, and the time columns added beside the earlier four: free cells
    // are taken, occupied ones make room.
    const bands = [...rowsOutside(target, own), ...columnsOutside(target, own)];
    const busy = bands.length > 0 ? await occupiedRects(context, ws, bands, caps) : [];
    const insert = bands.filter((_, i) => busy[i]);
    const clear = [...rowsOutside(own, target), ...columnsOutside(own, target)];
    return avoidRefusedInsert(context, ws, caps, {
      target: { ...base, columns, existing: true, insert, clear, stale: null },
      own,
      ownItem,
      sourceItem,
      outputs: settingValue(outputsItem),
      block,
      classRules,
    });
  }
  const columns = columnsFrom(block.right + 1, count);
  return avoidRefusedInsert(context, ws, caps, {
    target: {
      ...base,
      columns,
      existing: false,
      insert: neighbourOccupied ? [neighbour] : [],
      clear: [],
      stale: ownArea ? ownArea.rect : null,
    },
    ownItem,
    sourceItem,
    outputs: settingValue(outputsItem),
    block,
    classRules,
  });
}

/** Checks the inserts a range target needs; tables and merged areas in the way move it. */
async function avoidRefusedInsert(
  context: Batch,
  ws: Excel.Worksheet,
  caps: Capabilities,
  located: Located
): Promise<Located> {
  const { target } = located;
  if (target.insert.length === 0) return located;
  const refusal = await insertRefusal(context, ws, target.sheet, target.insert, caps);
  return refusal ? elsewhere(context, ws, located, refusal) : located;
}

/**
 * Cells cannot be inserted: the columns go to the first free columns right of everything beside
 * the data, without moving anything of the user's. Earlier columns of this data are cleared.
 */
async function elsewhere(
  context: Batch,
  ws: Excel.Worksheet,
  located: Located,
  refusal: Refusal
): Promise<Located> {
  const { target, block, own } = located;
  const count = target.headers.length;
  const first = await firstFreeColumns(context, ws, block, count, capabilities());
  if (first === null) throw new ExcelLayerError("XL_NO_ROOM_FOR_COLUMNS");
  return {
    ...located,
    target: {
      ...target,
      columns: columnsFrom(first, count),
      existing: false,
      insert: [],
      clear: target.existing && own ? [own] : [],
      stale: target.existing ? null : target.stale,
      refusal,
    },
  };
}

/** `options.timeColumns`: the write will add XYZ and Growth (the pane knows the result has a time axis). */
export function planClassColumns(
  source: SourceData,
  lang: Language,
  options?: ClassColumnOptions
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const { target } = await locate(context, source, lang, !!options?.timeColumns);
    return {
      lines: planLines(target),
      touched: [formatAddress(target.sheet, ownRect(target))],
      syncs: context.syncs,
    };
  });
}

/**
 * Upper bound of one row of the four columns in a request: rank (7 digits), two shares at full
 * precision (23 each), the letter, the four number formats (32) and the JSON brackets; the time
 * columns add the XYZ letter, the growth at full precision and their two formats (16 + 8).
 */
const CLASS_ROW_BYTES = 7 + 2 * 23 + 4 + 32 + 12;
const TIME_ROW_BYTES = 4 + 23 + 16 + 8;

/** Everything a write needs once the target is known. */
interface Writing extends Located {
  ws: Excel.Worksheet;
  result: AnalysisResult;
  /** Growth of a customer new in the period ("neu"). */
  newLabel: string;
  rankOfRow: Int32Array;
  /** First sheet row written (below a table's header row). */
  first: number;
  /** Grid row that gets the headers in range mode; null for tables and data without header. */
  headerRow: number | null;
}

function columnOf(cells: CellBlock, k: number): CellBlock {
  return {
    values: cells.values.map((row) => [row[k]]),
    formats: cells.formats.map((row) => [row[k]]),
  };
}

/** Queues rows `start .. start+count-1` (relative to the first written row). */
function queueValues(w: Writing, start: number, count: number): void {
  const { target, ws } = w;
  const gridStart = w.first + start - w.block.top;
  const cells = classColumnBlock(
    w.result,
    w.rankOfRow,
    gridStart,
    count,
    target.headers,
    w.headerRow,
    w.newLabel
  );
  const contiguous = target.columns.every((c, i) => c === target.columns[0] + i);
  if (contiguous) {
    const range = ws.getRangeByIndexes(
      w.first + start,
      target.columns[0],
      count,
      target.columns.length
    );
    // Formats before values, as everywhere: the cell's format decides how a value is taken.
    range.numberFormat = cells.formats;
    range.values = cells.values;
    return;
  }
  target.columns.forEach((column, k) => {
    const one = columnOf(cells, k);
    const range = ws.getRangeByIndexes(w.first + start, column, count, 1);
    range.numberFormat = one.formats;
    range.values = one.values;
  });
}

/** Room, table columns, colours, names and state: queued with the first chunk. */
function queueStructure(context: Batch, w: Writing): void {
  const { target, ws, block } = w;
  if (w.filter) queueClearFilter(w.filter.table, w.filter.active);
  // First, while the ids read are still the rules' priorities. Columns left behind keep theirs.
  if (target.stale === null) queueDeleteClassRules(w.classRules);
  for (const band of target.insert) ws.getRange(formatRect(band)).insert("Right");
  for (const old of target.clear) ws.getRange(formatRect(old)).clear("All");
  if (target.mode === "table" && target.tableName) {
    const columns = context.workbook.tables.getItem(target.tableName).columns;
    for (const { index, name } of target.tableRenames) columns.getItemAt(index).name = name;
    for (const index of target.tableDeletes ?? []) columns.getItemAt(index).delete();
    for (const name of target.tableAdds) columns.add(undefined, undefined, name);
  }
  const own = ownRect(target);
  const classColumn = target.columns[3];
  const dataTop = w.headerRow !== null ? block.top + w.headerRow + 1 : w.first;
  if (dataTop <= target.bottom)
    queueClassColours(ws.getRangeByIndexes(dataTop, classColumn, target.bottom - dataTop + 1, 1));
  queueSetName(context, w.ownItem, CLASS_COLUMNS_NAME, ws, formatRect(own));
  queueSetName(context, w.sourceItem, SOURCE_NAME, ws, formatRect(block));
  const outputs: ExcelOutputs = {
    ...(w.outputs ?? { version: 1 }),
    version: 1,
    classColumns: {
      address: formatAddress(target.sheet, own),
      inTable: target.mode === "table",
      ...(target.tableName ? { tableName: target.tableName } : {}),
    },
  };
  queueSaveSetting(context, OUTPUTS_KEY, outputs);
}

/** Queues chunk i of the rows (the structure goes with chunk 0): one round trip of syncInSteps. */
function queueChunk(
  context: Batch,
  w: Writing,
  chunk: RowChunk | undefined,
  i: number,
  last: boolean
): void {
  queueSuspendCalculation(context);
  if (i === 0) queueStructure(context, w);
  if (chunk) queueValues(w, chunk.start, chunk.count);
  if (last && w.filter) queueReapplyFilter(w.filter.table, w.filter.active);
}

export function writeClassColumns(
  source: SourceData,
  result: AnalysisResult,
  lang: Language,
  onProgress?: Progress,
  options?: ClassColumnOptions
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const time = withTimeColumns(result, options);
    const located = await locate(context, source, lang, time);
    const newLabel = NEW_CUSTOMER[lang];
    try {
      return await writeAt(context, located, result, newLabel, onProgress);
    } catch (err) {
      if (located.target.insert.length === 0 || !isInsertRefusal(err)) throw err;
      // Refused at write time (an array formula, a PivotTable, merged cells this host cannot
      // list). The insert is queued first in its step, so nothing after it ran.
      const ws = context.workbook.worksheets.getItem(located.target.sheet);
      const moved = await elsewhere(context, ws, located, { kind: "refused" });
      return writeAt(context, moved, result, newLabel, onProgress);
    }
  });
}

/** Writes the columns where `located` says, in payload-sized steps. */
async function writeAt(
  context: Batch,
  located: Located,
  result: AnalysisResult,
  newLabel: string,
  onProgress?: Progress
): Promise<ActionReport> {
  const { target, block } = located;
  const first = target.tableHeader ? target.top + 1 : target.top;
  const w: Writing = {
    ...located,
    ws: context.workbook.worksheets.getItem(target.sheet),
    result,
    newLabel,
    rankOfRow: rankOfGridRow(result, block.bottom - block.top + 1),
    first,
    // Range mode writes the header into the data's header row; a table names its columns.
    headerRow: target.mode === "range" ? result.table.headerRow : null,
  };
  const rowTotal = target.bottom - first + 1;
  const rowBytes = CLASS_ROW_BYTES + (target.headers.length > 4 ? TIME_ROW_BYTES : 0);
  const chunks = chunksBySize(rowTotal, () => rowBytes);
  const count = Math.max(1, chunks.length);
  const steps = Array.from(
    { length: count },
    (_, i) => () => queueChunk(context, w, chunks[i], i, i === count - 1)
  );
  await syncInSteps(context, steps, (done) => {
    const chunk = chunks[done - 1];
    if (chunk) onProgress?.(chunk.start + chunk.count, rowTotal);
  });
  return {
    lines: planLines(target, true),
    touched: [formatAddress(target.sheet, ownRect(target))],
    syncs: context.syncs,
  };
}
