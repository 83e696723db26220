// Rank, Share, Cumulative share and Class next to the data (or as table columns). The add-in
// writes only into cells it owns: its own columns (tracked by a workbook name) or cells it makes
// room for by inserting cells, never over the user's content.
import type { AnalysisResult } from "../core/analyze";
import type { Language, Message } from "../core/types";
import {
  columnCount,
  formatAddress,
  formatRect,
  intersect,
  parseArea,
  rect,
  type Rect,
} from "./address";
import { runBatch, syncInSteps, type Batch } from "./batch";
import { capabilities } from "./capabilities";
import { chunksBySize, type RowChunk } from "./chunks";
import {
  CLASS_COLUMN_COUNT,
  classColumnBlock,
  rankOfGridRow,
  type CellBlock,
} from "./classColumnValues";
import {
  queueClassColours,
  queueDeleteClassRules,
  queueReadClassRules,
  type ClassRules,
} from "./classColours";
import { ExcelLayerError } from "./errors";
import { allClassColumnHeaders, classColumnHeaders, message } from "./labels";
import { occupiedRects } from "./occupancy";
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
} from "./state";
import type { ActionReport, SourceData } from "./types";
import type { Progress } from "./api";

/** Where the four columns go and what has to happen before they can be written. */
export interface ClassColumnsTarget {
  sheet: string;
  mode: "range" | "table";
  tableName?: string;
  headers: readonly string[];
  /** Sheet column (0-based) of Rank, Share, Cumulative share and Class. */
  columns: number[];
  /** Sheet rows (0-based, inclusive) written: the source block, or the table's header and body. */
  top: number;
  bottom: number;
  /** Table mode: the header row is the table's own (column names), not written as values. */
  tableHeader: boolean;
  existing: boolean;
  /** Cells inserted (shift right) first, because they hold the user's content. */
  insert: Rect[];
  /** The add-in's older cells outside the new rows, cleared. */
  clear: Rect[];
  /** Earlier class columns that belong to other data: left alone, no longer tracked. */
  stale: Rect | null;
  /** Table mode: columns to append and columns to rename (language switch). */
  tableAdds: string[];
  tableRenames: { index: number; name: string }[];
}

/** The rectangle the workbook name of the class columns refers to. */
function ownRect(target: ClassColumnsTarget): Rect {
  return rect(target.top, Math.min(...target.columns), target.bottom, Math.max(...target.columns));
}

export function planLines(target: ClassColumnsTarget): Message[] {
  const lines: Message[] = [];
  const address = formatAddress(target.sheet, ownRect(target));
  if (target.mode === "table") {
    const table = target.tableName ?? "";
    if (target.tableAdds.length > 0)
      lines.push(
        message("XL_CLASS_COLUMNS_TABLE_NEW", { columns: target.tableAdds.join(", "), table })
      );
    if (target.tableAdds.length < CLASS_COLUMN_COUNT)
      lines.push(message("XL_CLASS_COLUMNS_TABLE_UPDATE", { table }));
  } else if (target.existing) lines.push(message("XL_CLASS_COLUMNS_UPDATE", { address }));
  else lines.push(message("XL_CLASS_COLUMNS_NEW", { columns: target.headers.join(", "), address }));
  for (const band of target.insert)
    lines.push(
      message("XL_CELLS_SHIFTED", {
        columnsCount: CLASS_COLUMN_COUNT,
        address: formatAddress(target.sheet, band),
      })
    );
  if (target.stale)
    lines.push(
      message("XL_OLD_COLUMNS_LEFT", { address: formatAddress(target.sheet, target.stale) })
    );
  return lines;
}

interface Located {
  target: ClassColumnsTarget;
  ownItem: Excel.NamedItem;
  sourceItem: Excel.NamedItem;
  outputs: ExcelOutputs | null;
  block: Rect;
  /** Conditional formats on the data's rows: the add-in's old class rules are among them. */
  classRules: ClassRules;
}

function sourceBlock(source: SourceData): { sheet: string; block: Rect } {
  const area = parseArea(source.ref.address);
  if (!area || !area.sheet) throw new ExcelLayerError("XL_SOURCE_MISSING");
  return { sheet: area.sheet, block: area.rect };
}

/** Rows of `outer` (a column band) that are not rows of `inner`: at most a band above and below. */
function rowsOutside(outer: Rect, inner: Rect): Rect[] {
  const out: Rect[] = [];
  if (outer.top < inner.top) out.push({ ...outer, bottom: Math.min(outer.bottom, inner.top - 1) });
  if (outer.bottom > inner.bottom)
    out.push({ ...outer, top: Math.max(outer.top, inner.bottom + 1) });
  return out;
}

async function locate(context: Batch, source: SourceData, lang: Language): Promise<Located> {
  const { sheet, block } = sourceBlock(source);
  const headers = classColumnHeaders(lang);
  const ownItem = queueName(context, CLASS_COLUMNS_NAME);
  const sourceItem = queueName(context, SOURCE_NAME);
  const outputsItem = queueSetting(context, OUTPUTS_KEY);
  const ws = context.workbook.worksheets.getItem(sheet);
  const classRules = queueReadClassRules(ws.getRange(`${block.top + 1}:${block.bottom + 1}`));

  if (source.ref.kind === "table" && source.ref.tableName) {
    const table = context.workbook.tables.getItem(source.ref.tableName);
    table.load("name,showHeaders,showTotals");
    table.columns.load("items/name");
    const range = table.getRange();
    range.load("address");
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
    };
  }

  // The default place: the four columns right of the block. Asked before we know whether the
  // add-in already has columns elsewhere, to share the round trip in the common case.
  const caps = capabilities();
  const neighbour = rect(
    block.top,
    block.right + 1,
    block.bottom,
    block.right + CLASS_COLUMN_COUNT
  );
  const [neighbourOccupied] = await occupiedRects(context, ws, [neighbour], caps);

  const ownArea = nameArea(ownItem);
  const own = ownArea && ownArea.sheet === sheet ? ownArea.rect : null;
  // The columns belong to this data only if the stored source (which Excel moves along with
  // inserted rows and columns) is this block; otherwise they belong to other data.
  const stored = nameArea(sourceItem);
  const sameSource =
    stored !== null && stored.sheet === sheet && intersect(stored.rect, block) !== null;
  const reusable =
    own !== null &&
    sameSource &&
    columnCount(own) === CLASS_COLUMN_COUNT &&
    own.top <= block.bottom &&
    own.bottom >= block.top &&
    (own.right < block.left || own.left > block.right);
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
  if (reusable && own) {
    const columns = [0, 1, 2, 3].map((i) => own.left + i);
    const target = rect(block.top, own.left, block.bottom, own.right);
    // Rows the data grew into: free cells are taken, occupied ones make room.
    const bands = rowsOutside(target, own);
    const busy = bands.length > 0 ? await occupiedRects(context, ws, bands, caps) : [];
    const insert = bands.filter((_, i) => busy[i]);
    const clear = rowsOutside(own, target);
    return {
      target: { ...base, columns, existing: true, insert, clear, stale: null },
      ownItem,
      sourceItem,
      outputs: settingValue(outputsItem),
      block,
      classRules,
    };
  }
  const columns = [0, 1, 2, 3].map((i) => block.right + 1 + i);
  return {
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
  };
}

/** Which table columns are the add-in's, which must be added, and which renamed. */
function tableTarget(
  sheet: string,
  table: {
    name: string;
    showHeaders: boolean;
    showTotals: boolean;
    columns: { items: { name: string }[] };
  },
  tableRect: Rect,
  own: Rect | null,
  headers: readonly string[]
): ClassColumnsTarget {
  const names = table.columns.items.map((c) => c.name);
  const languages = allClassColumnHeaders();
  const found: number[] = [-1, -1, -1, -1];
  if (own) {
    // Confirmed by the workbook name: a column of one of our names inside our columns.
    for (let k = 0; k < CLASS_COLUMN_COUNT; k++) {
      found[k] = names.findIndex((n, i) => {
        const column = tableRect.left + i;
        return languages.some((l) => l[k] === n) && column >= own.left && column <= own.right;
      });
    }
  }
  if (found.every((i) => i < 0)) {
    // Without the name: only the full set in order is taken as ours.
    for (let i = 0; i + CLASS_COLUMN_COUNT <= names.length; i++) {
      if (languages.some((l) => l.every((h, k) => names[i + k] === h))) {
        for (let k = 0; k < CLASS_COLUMN_COUNT; k++) found[k] = i + k;
        break;
      }
    }
  }
  const taken = new Set(names.filter((_, i) => !found.includes(i)));
  const tableAdds: string[] = [];
  const tableRenames: { index: number; name: string }[] = [];
  const columns: number[] = [];
  let appended = 0;
  for (let k = 0; k < CLASS_COLUMN_COUNT; k++) {
    if (found[k] >= 0) {
      columns.push(tableRect.left + found[k]);
      if (names[found[k]] !== headers[k] && !taken.has(headers[k]))
        tableRenames.push({ index: found[k], name: headers[k] });
    } else {
      // A user's column of the same name stays; ours gets a distinct one.
      const name = taken.has(headers[k]) ? `${headers[k]} (ABC)` : headers[k];
      tableAdds.push(name);
      columns.push(tableRect.right + 1 + appended++);
    }
  }
  const bottom = table.showTotals ? tableRect.bottom - 1 : tableRect.bottom;
  return {
    sheet,
    mode: "table",
    tableName: table.name,
    headers,
    columns,
    top: tableRect.top,
    bottom,
    tableHeader: table.showHeaders,
    existing: tableAdds.length === 0,
    insert: [],
    clear: [],
    stale: own && !found.some((i) => i >= 0) ? own : null,
    tableAdds,
    tableRenames,
  };
}

export function planClassColumns(source: SourceData, lang: Language): Promise<ActionReport> {
  return runBatch(async (context) => {
    const { target } = await locate(context, source, lang);
    return {
      lines: planLines(target),
      touched: [formatAddress(target.sheet, ownRect(target))],
      syncs: context.syncs,
    };
  });
}

/**
 * Upper bound of one row of the four columns in a request: rank (7 digits), two shares at full
 * precision (23 each), the letter, the four number formats (32) and the JSON brackets.
 */
const CLASS_ROW_BYTES = 7 + 2 * 23 + 4 + 32 + 12;

/** Everything a write needs once the target is known. */
interface Writing extends Located {
  ws: Excel.Worksheet;
  result: AnalysisResult;
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
    w.headerRow
  );
  const contiguous = target.columns.every((c, i) => c === target.columns[0] + i);
  if (contiguous) {
    const range = ws.getRangeByIndexes(
      w.first + start,
      target.columns[0],
      count,
      CLASS_COLUMN_COUNT
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
  // First, while the ids read are still the rules' priorities. Columns left behind keep theirs.
  if (target.stale === null) queueDeleteClassRules(w.classRules);
  for (const band of target.insert) ws.getRange(formatRect(band)).insert("Right");
  for (const old of target.clear) ws.getRange(formatRect(old)).clear("All");
  if (target.mode === "table" && target.tableName) {
    const columns = context.workbook.tables.getItem(target.tableName).columns;
    for (const { index, name } of target.tableRenames) columns.getItemAt(index).name = name;
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
function queueChunk(context: Batch, w: Writing, chunk: RowChunk | undefined, i: number): void {
  if (i === 0) queueStructure(context, w);
  if (chunk) queueValues(w, chunk.start, chunk.count);
}

export function writeClassColumns(
  source: SourceData,
  result: AnalysisResult,
  lang: Language,
  onProgress?: Progress
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const located = await locate(context, source, lang);
    const { target, block } = located;
    const first = target.tableHeader ? target.top + 1 : target.top;
    const w: Writing = {
      ...located,
      ws: context.workbook.worksheets.getItem(target.sheet),
      result,
      rankOfRow: rankOfGridRow(result, block.bottom - block.top + 1),
      first,
      // Range mode writes the header into the data's header row; a table names its columns.
      headerRow: target.mode === "range" ? result.table.headerRow : null,
    };
    const rowTotal = target.bottom - first + 1;
    const chunks = chunksBySize(rowTotal, () => CLASS_ROW_BYTES);
    const steps = Array.from(
      { length: Math.max(1, chunks.length) },
      (_, i) => () => queueChunk(context, w, chunks[i], i)
    );
    await syncInSteps(context, steps, (done) => {
      const chunk = chunks[done - 1];
      if (chunk) onProgress?.(chunk.start + chunk.count, rowTotal);
    });
    return {
      lines: planLines(target),
      touched: [formatAddress(target.sheet, ownRect(target))],
      syncs: context.syncs,
    };
  });
}
