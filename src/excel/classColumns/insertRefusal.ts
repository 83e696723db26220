// Excel refuses to insert cells (shift right) when that would shift part of a table, a merged
// area, an array formula or a PivotTable. Tables and merged areas are checked before; any refusal
// is caught. Either way the class columns go to the first free columns right of the data instead:
// the user's layout stays as it is and nothing is overwritten.
import {
  SHEET_COLUMNS,
  formatAddress,
  formatRect,
  parseArea,
  parseAreas,
  rect,
  type Rect,
} from "../../core/a1";
import type { Batch } from "../host/batch";
import type { Capabilities } from "../host/capabilities";
import { officeErrorCode } from "../host/errors";
import type { Refusal } from "./target";

/** Excel's error codes for a refused shift (Excel.ErrorCodes). */
const REFUSAL_CODES = new Set([
  "InsertDeleteConflict",
  "MergedRangeConflict",
  "PivotTableRangeConflict",
]);

export function isInsertRefusal(err: unknown): boolean {
  return REFUSAL_CODES.has(officeErrorCode(err) ?? "");
}

/** Cells from the band's left edge to the sheet's last column, in the band's rows: what shifts. */
function shifted(band: Rect): Rect {
  return rect(band.top, band.left, band.bottom, SHEET_COLUMNS - 1);
}

/** An area the shift would split: it reaches into the shifted cells but also above or below them. */
export function wouldSplit(area: Rect, band: Rect): boolean {
  return (
    area.right >= band.left &&
    area.bottom >= band.top &&
    area.top <= band.bottom &&
    (area.top < band.top || area.bottom > band.bottom)
  );
}

/**
 * Whether inserting at `bands` would be refused because of a table or (ExcelApi 1.13) a merged
 * area: one round trip, a second only when the sheet has tables.
 */
export async function insertRefusal(
  context: Batch,
  ws: Excel.Worksheet,
  sheet: string,
  bands: readonly Rect[],
  caps: Capabilities
): Promise<Refusal | null> {
  const tables = ws.tables;
  tables.load("items/name");
  const merged = caps.mergedAreas
    ? bands.map((b) => {
        const areas = ws.getRange(formatRect(shifted(b))).getMergedAreasOrNullObject();
        areas.load("address");
        return areas;
      })
    : [];
  await context.sync();
  for (const [i, areas] of merged.entries()) {
    if (areas.isNullObject) continue;
    const split = (parseAreas(areas.address) ?? []).find((a) => wouldSplit(a.rect, bands[i]));
    if (split) return { kind: "merged", area: formatAddress(sheet, split.rect) };
  }
  if (tables.items.length === 0) return null;
  const ranges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return { name: t.name, range };
  });
  await context.sync();
  for (const { name, range } of ranges) {
    const area = parseArea(range.address);
    if (area && bands.some((b) => wouldSplit(area.rect, b))) return { kind: "table", table: name };
  }
  return null;
}

/**
 * The first `count` columns right of everything beside the data in its rows (values, formulas,
 * formats and, on ExcelApi 1.13, merged areas count): one round trip. Null when the sheet has no
 * room left.
 */
export async function firstFreeColumns(
  context: Batch,
  ws: Excel.Worksheet,
  block: Rect,
  count: number,
  caps: Capabilities
): Promise<number | null> {
  const beside = ws.getRange(
    formatRect(rect(block.top, block.right + 1, block.bottom, SHEET_COLUMNS - 1))
  );
  const used = beside.getUsedRangeOrNullObject(false);
  used.load("address");
  const merged = caps.mergedAreas ? beside.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  await context.sync();
  const areas = [
    ...(used.isNullObject ? [] : (parseAreas(used.address) ?? [])),
    ...(merged && !merged.isNullObject ? (parseAreas(merged.address) ?? []) : []),
  ];
  const first = Math.max(block.right, ...areas.map((a) => a.rect.right)) + 1;
  return first + count <= SHEET_COLUMNS ? first : null;
}
