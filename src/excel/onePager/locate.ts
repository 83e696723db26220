// Finding a key account's one-pager again: a workbook name per account points at its block (Excel
// keeps a name pointing at its cells through renames, moves, saving and reopening, when sheet ids
// change: office-js-docs issue 297), and the sheet must carry the add-in's owner marker before
// anything is written there.
import { rect, sameRect, type Rect } from "../../core/a1";
import { ONE_PAGER_HEIGHT, ONE_PAGER_WIDTH } from "../../core/kam";
import type { Batch } from "../host/batch";
import { OWNER_MARKER } from "../host/ownedSheets";
import { nameArea, queueName } from "../host/state";

/** The role the owner marker of a one-pager sheet names. */
export const ONE_PAGER_ROLE = "onePager";
export const ONE_PAGER_CHART = "KAA_OnePagerTrend";

/**
 * "KAA_OnePager_1A2B3C4D": a workbook name per customer key (FNV-1a of the key), valid whatever
 * characters the key holds; the sheet's marker and the stored run name the key itself.
 */
export function onePagerName(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `KAA_OnePager_${h.toString(16).toUpperCase().padStart(8, "0")}`;
}

export type Located =
  /** No one-pager yet (or its sheet was deleted: the name then says #REF!). */
  | { kind: "new"; nameItem: Excel.NamedItem }
  | { kind: "ours"; sheet: Excel.Worksheet; sheetName: string; chart: Excel.Chart }
  /** The name points at a sheet without the marker: never written. */
  | { kind: "notOurs"; sheetName: string }
  /** Rows or columns were inserted or deleted in the block: typed cells may have moved. */
  | { kind: "changed"; sheetName: string };

const BLOCK: Rect = rect(0, 0, ONE_PAGER_HEIGHT - 1, ONE_PAGER_WIDTH - 1);

/** Round trips: one for a new one-pager, two for an existing one. */
export async function locateOnePager(context: Batch, key: string): Promise<Located> {
  const nameItem = queueName(context, onePagerName(key));
  await context.sync();
  const area = nameArea(nameItem);
  if (!area || !area.sheet) return { kind: "new", nameItem };
  const sheet = context.workbook.worksheets.getItem(area.sheet);
  const marker = sheet.names.getItemOrNullObject(OWNER_MARKER).load("formula");
  const chart = sheet.charts.getItemOrNullObject(ONE_PAGER_CHART);
  sheet.load("name");
  await context.sync();
  const role = marker.isNullObject ? null : String(marker.formula).replace(/^="?|"$/g, "");
  if (role !== ONE_PAGER_ROLE) return { kind: "notOurs", sheetName: sheet.name };
  if (!sameRect(area.rect, BLOCK)) return { kind: "changed", sheetName: sheet.name };
  return { kind: "ours", sheet, sheetName: sheet.name, chart };
}

/** Marks a new sheet as a one-pager (a hidden sheet-scoped name, saved and copied with the sheet). */
export function queueMarkOnePager(sheet: Excel.Worksheet): void {
  sheet.names.add(OWNER_MARKER, `="${ONE_PAGER_ROLE}"`).visible = false;
}

/** Points the account's name at the new block; a broken old name (#REF!) is replaced. */
export function queueOnePagerName(
  context: Batch,
  key: string,
  nameItem: Excel.NamedItem,
  sheet: Excel.Worksheet
): void {
  if (!nameItem.isNullObject) nameItem.delete();
  context.workbook.names.add(
    onePagerName(key),
    sheet.getRangeByIndexes(0, 0, ONE_PAGER_HEIGHT, ONE_PAGER_WIDTH)
  );
}
