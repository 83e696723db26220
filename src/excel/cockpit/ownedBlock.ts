// A block at A1 of a sheet the add-in made, found again by a workbook name over it. Excel keeps
// the name pointing at the block when the sheet is renamed; a refresh rewrites the block in place
// and never writes over a cell outside it that holds anything.
import { columnCount, contains, rect, rowCount, type Rect } from "../../core/a1";
import type { Batch } from "../host/batch";
import type { ActionReport } from "../types";
import { nameArea, queueName } from "../host/state";
import { markerRole, queueMarkSheet, type SheetRole } from "../host/ownedSheets";
import { queueDeleteRulesById } from "../host/classColours";

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

/** What makes a block the add-in's, besides the workbook name over it. */
export interface OwnedBlock {
  /** Workbook name over the block, e.g. KAA_Cockpit. */
  name: string;
  /** The role its sheet's KAA_Owner marker names. */
  role: SheetRole;
  newSheetName: () => string;
  /** A sheet written before the marker existed: its title cell or charts show it is the add-in's. */
  isUnmarkedOwn: (facts: { title: unknown; charts: readonly string[] }) => boolean;
  /** Formulas of the conditional formats the add-in puts on the block: only those are deleted. */
  ownRules: readonly string[];
}

/**
 * Deletes the add-in's own rules among those read from `rules`: found by formula; ids are
 * priorities in the collection they were read from, so from the highest id down.
 */
function queueDeleteOwnRules(
  rules: Excel.ConditionalFormatCollection,
  ownRules: readonly string[]
): void {
  const own = new Set(ownRules.map((f) => f.toUpperCase()));
  const ids = rules.items
    .filter((cf) => cf.type === "Custom")
    .filter((cf) => own.has(cf.customOrNullObject.rule.formula.toUpperCase()))
    .map((cf) => Number(cf.id));
  queueDeleteRulesById(rules, ids);
}

/**
 * Contents and the formats the add-in sets, back to Excel's defaults. Not clear("All") or
 * clear("Formats"): they take every conditional format off the cells, the user's included.
 */
function queueClearKeepingRules(range: Excel.Range, r: Rect): void {
  range.clear("Contents");
  range.numberFormat = Array.from({ length: rowCount(r) }, () =>
    new Array<string>(columnCount(r)).fill("General")
  );
  range.format.fill.clear();
  range.format.font.bold = false;
  range.format.font.size = 11;
  range.format.wrapText = false;
}

/**
 * The sheet for a height × width block at A1: the named block's sheet when it carries the add-in's
 * marker (or is an unmarked sheet of the add-in's from before the marker, then marked), cleared of
 * contents, formats and the add-in's own conditional formats (charts stay to the caller); else a
 * new marked sheet `newSheetName`. A name that points into a sheet of the user's never gets the
 * block written there. Round trips: one, two when the block exists.
 */
export async function placeBlock(
  context: Batch,
  block: OwnedBlock,
  height: number,
  width: number
): Promise<Placement> {
  const nameItem = queueName(context, block.name);
  await context.sync();
  const old = nameArea(nameItem);
  const created = (): Placement => {
    const sheetName = block.newSheetName();
    const sheet = context.workbook.worksheets.add(sheetName);
    queueMarkSheet(sheet, block.role);
    return { kind: "ready", sheet, sheetName, created: true, nameItem };
  };
  if (!old || !old.sheet) return created();
  const sheetName = old.sheet;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The layout starts at A1; a block someone moved elsewhere is not the add-in's to clear.
  const oldRect = old.rect.top === 0 && old.rect.left === 0 ? old.rect : null;
  const names = sheet.names.load("items/name,items/formula");
  const charts = sheet.charts.load("items/name");
  const title = sheet.getRange("A1").load("values");
  const target = sheet.getRangeByIndexes(0, 0, height, width).load("values,formulas");
  const previous = oldRect
    ? sheet.getRangeByIndexes(0, 0, rowCount(oldRect), columnCount(oldRect))
    : null;
  const rules = previous?.conditionalFormats.load(
    "items/id,items/type,items/customOrNullObject/rule/formula"
  );
  await context.sync();
  const role = markerRole(names.items);
  const unmarkedOwn =
    role === null &&
    block.isUnmarkedOwn({ title: title.values[0][0], charts: charts.items.map((c) => c.name) });
  if (role !== block.role && !unmarkedOwn) return created();
  const occupied = occupiedOutside(target.values, target.formulas, oldRect);
  if (occupied > 0) return { kind: "blocked", sheetName, occupied };
  if (unmarkedOwn) queueMarkSheet(sheet, block.role);
  if (previous && rules && oldRect) {
    queueDeleteOwnRules(rules, block.ownRules);
    queueClearKeepingRules(previous, oldRect);
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
