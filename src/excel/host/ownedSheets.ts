// Which sheets are the add-in's. Worksheet.id is not kept across openings (office-js-docs issue
// 297, office-js issue 1390), so a sheet is found through a workbook name that points into it
// (names follow renames and moves and are saved with the file) and is written into only when it
// carries the add-in's marker: a hidden sheet-scoped name KAA_Owner naming its role. A stored id
// or a sheet name alone never makes a sheet the add-in's.
import type { Batch } from "./batch";

export const OWNER_MARKER = "KAA_Owner";

export type SheetRole = "analysis" | "lists" | "cockpit" | "portfolio" | "record";

const ROLES: readonly SheetRole[] = ["analysis", "lists", "cockpit", "portfolio", "record"];

export interface SheetFacts {
  id: string;
  name: string;
  /** The role its marker names; null without a marker. */
  role: SheetRole | null;
  charts: string[];
}

/** Every sheet with its sheet-scoped names and chart names: one load, read after the sync. */
export function queueSheetFacts(context: Batch): Excel.WorksheetCollection {
  return context.workbook.worksheets.load(
    "items/name,items/id,items/names/items/name,items/names/items/formula,items/charts/items/name"
  );
}

function roleOf(formula: string): SheetRole | null {
  const role = formula.replace(/^="?|"$/g, "");
  return (ROLES as readonly string[]).includes(role) ? (role as SheetRole) : null;
}

/** The role a sheet's marker names, from its sheet-scoped names; null without a marker. */
export function markerRole(names: readonly { name: string; formula: string }[]): SheetRole | null {
  const marker = names.find((n) => n.name.toLowerCase() === OWNER_MARKER.toLowerCase());
  return marker ? roleOf(marker.formula) : null;
}

export function sheetFacts(sheets: Excel.WorksheetCollection): SheetFacts[] {
  return sheets.items.map((ws) => ({
    id: ws.id,
    name: ws.name,
    role: markerRole(ws.names.items),
    charts: ws.charts.items.map((c) => c.name),
  }));
}

/** Marks a sheet as the add-in's (a hidden name, saved with the file, copied with the sheet). */
export function queueMarkSheet(ws: Excel.Worksheet, role: SheetRole): void {
  ws.names.add(OWNER_MARKER, `="${role}"`).visible = false;
}

export const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
