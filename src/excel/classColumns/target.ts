// Where the class columns go and under which names: pure placement rules, no Office calls. The
// Office side (classColumns.ts) reads the workbook, asks these rules, and writes what they decide.
import type { Message } from "../../core/types";
import {
  columnCount,
  formatAddress,
  intersect,
  parseArea,
  rect,
  type Area,
  type Rect,
} from "../../core/a1";
import { ExcelLayerError } from "../host/errors";
import { message } from "../host/labels";
import { indexAfterDeletes } from "../host/tableFilter";
import type { SourceData } from "../types";
import { allColumnHeaders, COLUMN_COUNTS } from "./columnSet";
import { freeColumnName, isExactColumnName, isOwnColumnName } from "./columnNames";

/** Where the four columns go and what has to happen before they can be written. */
export interface ClassColumnsTarget {
  sheet: string;
  mode: "range" | "table";
  tableName?: string;
  headers: readonly string[];
  /** Sheet column (0-based) of Rank, Share, Cumulative share and Class (then XYZ, Growth). */
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
  /** Table mode: own time columns a run without them deletes (table column indices, descending). */
  tableDeletes?: number[];
  /** Range mode: inserting cells was (or would be) refused, so the columns went to free ones. */
  refusal?: Refusal;
}

/** Why cells could not be inserted right of the data. */
export type Refusal =
  | { kind: "table"; table: string }
  | { kind: "merged"; area: string }
  /** Excel refused at write time (an array formula, a PivotTable, or a check this host lacks). */
  | { kind: "refused" };

function refusalLine(refusal: Refusal, address: string): Message {
  if (refusal.kind === "table")
    return message("XL_INSERT_REFUSED_TABLE", { table: refusal.table, address });
  if (refusal.kind === "merged")
    return message("XL_INSERT_REFUSED_MERGED", { area: refusal.area, address });
  return message("XL_INSERT_REFUSED", { address });
}

/** The rectangle the workbook name of the class columns refers to. */
export function ownRect(target: ClassColumnsTarget): Rect {
  return rect(target.top, Math.min(...target.columns), target.bottom, Math.max(...target.columns));
}

/** Plan codes and their past-tense report twins. */
const DONE_CODE = {
  XL_CLASS_COLUMNS_NEW: "XL_CLASS_COLUMNS_NEW_DONE",
  XL_CLASS_COLUMNS_UPDATE: "XL_CLASS_COLUMNS_UPDATE_DONE",
  XL_CLASS_COLUMNS_TABLE_NEW: "XL_CLASS_COLUMNS_TABLE_NEW_DONE",
  XL_CLASS_COLUMNS_TABLE_UPDATE: "XL_CLASS_COLUMNS_TABLE_UPDATE_DONE",
  XL_CELLS_SHIFTED: "XL_CELLS_SHIFTED_DONE",
} as const;

/** What the write touches: before it (`done` false) as a plan, after it as a report. */
export function planLines(target: ClassColumnsTarget, done = false): Message[] {
  const lines: Message[] = [];
  const say = (code: keyof typeof DONE_CODE, params: Message["params"]) =>
    lines.push(message(done ? DONE_CODE[code] : code, params));
  const address = formatAddress(target.sheet, ownRect(target));
  if (target.mode === "table") {
    const table = target.tableName ?? "";
    if (target.tableAdds.length > 0)
      say("XL_CLASS_COLUMNS_TABLE_NEW", { columns: target.tableAdds.join(", "), table });
    if (target.tableAdds.length < target.headers.length)
      say("XL_CLASS_COLUMNS_TABLE_UPDATE", { table });
  } else if (target.existing) say("XL_CLASS_COLUMNS_UPDATE", { address });
  else say("XL_CLASS_COLUMNS_NEW", { columns: target.headers.join(", "), address });
  if (target.refusal) lines.push(refusalLine(target.refusal, address));
  for (const band of target.insert)
    say("XL_CELLS_SHIFTED", {
      columnsCount: columnCount(band),
      address: formatAddress(target.sheet, band),
    });
  if (target.stale)
    lines.push(
      message("XL_OLD_COLUMNS_LEFT", { address: formatAddress(target.sheet, target.stale) })
    );
  return lines;
}

export function sourceSheetBlock(source: SourceData): { sheet: string; block: Rect } {
  const area = parseArea(source.ref.address);
  if (!area || !area.sheet) throw new ExcelLayerError("XL_SOURCE_MISSING");
  return { sheet: area.sheet, block: area.rect };
}

/**
 * The add-in's earlier columns serve this block again: four or six columns beside it, sharing rows with it,
 * and belonging to this data, which holds only if the stored source (which Excel moves along with
 * inserted rows and columns) is this block; otherwise they belong to other data.
 */
export function reusableColumns(
  own: Rect | null,
  stored: Area | null,
  sheet: string,
  block: Rect
): own is Rect {
  const sameSource =
    stored !== null && stored.sheet === sheet && intersect(stored.rect, block) !== null;
  return (
    own !== null &&
    sameSource &&
    COLUMN_COUNTS.includes(columnCount(own)) &&
    own.top <= block.bottom &&
    own.bottom >= block.top &&
    (own.right < block.left || own.left > block.right)
  );
}

/** Which table columns are the add-in's, which must be added, and which renamed. */
export function tableTarget(
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
  const languages = allColumnHeaders();
  const count = headers.length;
  // Ours among the table's columns, per header of the full set (time columns included).
  const found: number[] = languages[0].map(() => -1);
  if (own) {
    // Confirmed by the workbook name: inside our columns, a name we give (or Excel gave) ours.
    for (let k = 0; k < found.length; k++) {
      found[k] = names.findIndex((n, i) => {
        const column = tableRect.left + i;
        return (
          column >= own.left &&
          column <= own.right &&
          !found.includes(i) &&
          languages.some((l) => isOwnColumnName(n, l[k]))
        );
      });
    }
  }
  if (found.every((i) => i < 0)) {
    // Without the name: only the full set in order is taken as ours.
    for (let i = 0; i + count <= names.length; i++) {
      if (
        languages.some((l) => l.slice(0, count).every((h, k) => isExactColumnName(names[i + k], h)))
      ) {
        for (let k = 0; k < count; k++) found[k] = i + k;
        break;
      }
    }
  }
  // Own time columns this run does not write are deleted; the columns right of them move left.
  const tableDeletes = found
    .slice(count)
    .filter((i) => i >= 0)
    .sort((a, b) => b - a);
  // Names are unique ignoring case: ours are chosen free of the user's (and of each other) up
  // front, so that Excel never renames a column to "Rank2".
  const taken = names.filter((_, i) => !found.includes(i));
  const tableAdds: string[] = [];
  const tableRenames: { index: number; name: string }[] = [];
  const columns: number[] = [];
  let appended = 0;
  for (let k = 0; k < count; k++) {
    const name = freeColumnName(headers[k], taken);
    taken.push(name);
    if (found[k] >= 0) {
      columns.push(tableRect.left + indexAfterDeletes(found[k], tableDeletes));
      if (names[found[k]] !== name) tableRenames.push({ index: found[k], name });
    } else {
      tableAdds.push(name);
      columns.push(tableRect.right + 1 - tableDeletes.length + appended++);
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
    ...(tableDeletes.length > 0 ? { tableDeletes } : {}),
  };
}
