// A block at A1 of a sheet the add-in made, found again by a workbook name over it. Excel keeps
// the name pointing at the block when the sheet is renamed; a refresh rewrites the block in place
// and never writes over a cell outside it that holds anything.
import { columnCount, contains, rect, rowCount, type Rect } from "../../core/a1";
import type { Batch } from "../host/batch";
import type { ActionReport } from "../types";
import { nameArea, queueName } from "../host/state";

export type Placement =
  | {
      kind: "ready";
      sheet: Excel.Worksheet;
      sheetName: string;
      created: boolean;
      /** The workbook name as loaded (a null object when missing). */
      nameItem: Excel.NamedItem;
    }
  | { kind: "blocked"; sheetName: string; occupied: number };

/** Cells outside the old block that the new block would cover and that hold something. */
export function occupiedOutside(
  values: unknown[][],
  formulas: unknown[][],
  old: Rect | null
): number {
  let n = 0;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const inside = old !== null && contains(old, rect(r, c, r, c));
      const f = formulas[r][c];
      // A formula showing "" occupies its cell all the same.
      if (!inside && (v !== "" || (typeof f === "string" && f.startsWith("=")))) n++;
    })
  );
  return n;
}

/**
 * The sheet for a height × width block at A1: the named block's sheet, cleared (contents, formats,
 * conditional formats, charts stay to the caller), or a new sheet `newSheetName`.
 * Round trips: one, two when the block exists.
 */
export async function placeBlock(
  context: Batch,
  name: string,
  newSheetName: () => string,
  height: number,
  width: number
): Promise<Placement> {
  const nameItem = queueName(context, name);
  await context.sync();
  const old = nameArea(nameItem);
  if (!old || !old.sheet) {
    const sheetName = newSheetName();
    const sheet = context.workbook.worksheets.add(sheetName);
    return { kind: "ready", sheet, sheetName, created: true, nameItem };
  }
  const sheetName = old.sheet;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The layout starts at A1; a block someone moved elsewhere is not the add-in's to clear.
  const oldRect = old.rect.top === 0 && old.rect.left === 0 ? old.rect : null;
  const target = sheet.getRangeByIndexes(0, 0, height, width).load("values,formulas");
  await context.sync();
  const occupied = occupiedOutside(target.values, target.formulas, oldRect);
  if (occupied > 0) return { kind: "blocked", sheetName, occupied };
  if (oldRect) {
    const previous = sheet.getRangeByIndexes(0, 0, rowCount(oldRect), columnCount(oldRect));
    previous.conditionalFormats.clearAll();
    previous.clear("All");
  }
  return { kind: "ready", sheet, sheetName, created: false, nameItem };
}

/** Points the workbook name at the block just written. */
export function queueBlockName(
  context: Batch,
  name: string,
  placed: Extract<Placement, { kind: "ready" }>,
  height: number,
  width: number
): void {
  if (!placed.nameItem.isNullObject) placed.nameItem.delete();
  context.workbook.names.add(name, placed.sheet.getRangeByIndexes(0, 0, height, width));
}

/** The report when cells in the way keep a sheet from growing: nothing was written. */
export function blockedReport(
  placed: { sheetName: string; occupied: number },
  syncs: number
): ActionReport {
  return {
    lines: [
      { code: "KAM_COCKPIT_BLOCKED", params: { sheet: placed.sheetName, count: placed.occupied } },
    ],
    touched: [],
    syncs,
  };
}
