// Which cells make up the data, decided on plain rectangles from what Excel reported.
import type { Message } from "../../core/types";
import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  columnCount,
  formatAddress,
  intersect,
  rect,
  type Rect,
} from "../../core/a1";
import { message } from "../host/labels";

export interface TableInfo {
  name: string;
  /** Whole table: header row, body and totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface BlockInputs {
  sheet: string;
  /** The selection, or the stored source block when refreshing. */
  anchor: Rect;
  /** True when the anchor is the stored source of an earlier run. */
  stored: boolean;
  /** Excel's surrounding region of the anchor's top-left cell (what Format as Table would take). */
  region: Rect | null;
  /** The filled part of the anchor (values only); null when it is empty. */
  used: Rect | null;
  /** A table the anchor lies in. */
  table: TableInfo | null;
  /** The add-in's own class columns on this sheet, if any. */
  own: Rect | null;
}

export interface Block {
  kind: "range" | "table";
  tableName?: string;
  /** null when there is nothing to read. */
  rect: Rect | null;
  /** Grid columns (0-based) that belong to the add-in and are read as blank. */
  blankColumns: number[];
  notes: Message[];
}

function isWholeColumnsOrRows(r: Rect): boolean {
  return (
    (r.top === 0 && r.bottom === SHEET_ROWS - 1) || (r.left === 0 && r.right === SHEET_COLUMNS - 1)
  );
}

/** The data block for the inputs: table, stored block grown downwards, region or used part. */
export function chooseBlock(input: BlockInputs): Block {
  const notes: Message[] = [];
  let kind: Block["kind"] = "range";
  let tableName: string | undefined;
  let r: Rect | null;
  const { anchor } = input;

  if (input.table) {
    const t = input.table;
    kind = "table";
    tableName = t.name;
    r =
      t.showTotals && t.rect.bottom > t.rect.top
        ? { ...t.rect, bottom: t.rect.bottom - 1 }
        : t.rect;
    if (!input.stored) notes.push(message("XL_TABLE_USED", { table: t.name }));
  } else if (input.stored) {
    // Customers added directly below the data grow the region, not the stored name.
    const bottom = Math.max(anchor.bottom, input.region?.bottom ?? anchor.bottom);
    r = { ...anchor, bottom };
  } else if (anchor.top === anchor.bottom && anchor.left === anchor.right) {
    r = input.region ?? anchor;
    notes.push(message("XL_BLOCK_AROUND_CELL", { address: formatAddress(input.sheet, r) }));
  } else {
    r = input.used;
    if (r && isWholeColumnsOrRows(anchor))
      notes.push(message("XL_USED_PART", { address: formatAddress(input.sheet, r) }));
  }

  const blankColumns: number[] = [];
  const overlap = r && input.own ? intersect(r, input.own) : null;
  if (r && input.own && overlap) {
    if (input.own.left > r.left && input.own.right >= r.right) {
      // The usual case: own columns right of the data. The block ends before them.
      r = { ...r, right: input.own.left - 1 };
    } else {
      for (let c = overlap.left; c <= overlap.right; c++) blankColumns.push(c - r.left);
    }
    const ownCols = rect(input.own.top, overlap.left, input.own.bottom, overlap.right);
    notes.push(
      message("XL_OWN_COLUMNS_LEFT_OUT", { address: formatAddress(input.sheet, ownCols) })
    );
  }
  if (r && blankColumns.length === columnCount(r)) r = null;
  return { kind, tableName, rect: r, blankColumns, notes };
}

/** 0-based grid rows of a block that are not inside any of the visible areas. */
export function hiddenRowsFrom(
  block: Rect,
  visible: readonly Rect[],
  from = 0,
  count?: number
): number[] {
  const first = block.top + from;
  const last = count === undefined ? block.bottom : Math.min(block.bottom, first + count - 1);
  const spans = visible
    .map((v) => [Math.max(v.top, first), Math.min(v.bottom, last)] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const hidden: number[] = [];
  let next = first;
  for (const [a, b] of spans) {
    for (let row = next; row < a; row++) hidden.push(row - block.top);
    next = Math.max(next, b + 1);
  }
  for (let row = next; row <= last; row++) hidden.push(row - block.top);
  return hidden;
}

export interface Segment {
  start: number;
  count: number;
}

/** Splits a run of rows into at most `parts` nearly equal segments. */
export function splitSegment(segment: Segment, parts: number): Segment[] {
  const n = Math.min(parts, segment.count);
  const out: Segment[] = [];
  let start = segment.start;
  for (let i = 0; i < n; i++) {
    const count = Math.floor((segment.count * (i + 1)) / n) - Math.floor((segment.count * i) / n);
    out.push({ start, count });
    start += count;
  }
  return out;
}

/**
 * Finds hidden rows with Range.rowHidden alone (ExcelApi 1.2), for hosts without
 * getSpecialCells: rowHidden is true, false or null (mixed) for a range, so mixed segments are
 * split and asked again, one level per round trip.
 */
export class HiddenRowSearch {
  readonly hidden: Segment[] = [];
  private pending: Segment[];
  gaveUp = false;

  constructor(
    rowCount: number,
    readonly fanOut = 32,
    readonly maxProbes = 20000
  ) {
    this.pending = rowCount > 0 ? [{ start: 0, count: rowCount }] : [];
  }

  /** Segments to ask about next; empty when done. */
  probes(): Segment[] {
    return this.pending;
  }

  /** Takes the answers for `probes()` in order and prepares the next level. */
  answer(rowHidden: readonly (boolean | null)[]): void {
    const next: Segment[] = [];
    this.pending.forEach((segment, i) => {
      const h = rowHidden[i];
      if (h === true) this.hidden.push(segment);
      // null: some rows hidden, some not (a single row is never mixed).
      else if (h === null && segment.count > 1) next.push(...splitSegment(segment, this.fanOut));
    });
    if (next.length > this.maxProbes) {
      this.gaveUp = true;
      this.pending = [];
    } else this.pending = next;
  }

  hiddenRows(): number[] {
    const rows: number[] = [];
    for (const s of [...this.hidden].sort((a, b) => a.start - b.start))
      for (let i = 0; i < s.count; i++) rows.push(s.start + i);
    return rows;
  }
}
