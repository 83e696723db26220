// The first round trip: stored state, tables, sheets and names; locating the add-in's objects.
import { KAM_LISTS, type TableId } from "../../core/kam";
import { KAM_STATE_KEY, parseState, type KamState } from "./state";
import type { Batch } from "../host/batch";

export interface TableInfo {
  id: string;
  name: string;
  sheetId: string;
  sheetName: string;
}

export interface Snapshot {
  state: KamState | null;
  tables: TableInfo[];
  sheets: { id: string; name: string }[];
  /** Workbook names in lower case. */
  names: Set<string>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Round trip 1: what the workbook holds. Nothing is read from objects that may not exist. */
export async function readSnapshot(context: Batch): Promise<Snapshot> {
  const wb = context.workbook;
  const setting = wb.settings.getItemOrNullObject(KAM_STATE_KEY).load("value");
  const tables = wb.tables.load("items/name,items/id,items/worksheet/name,items/worksheet/id");
  const sheets = wb.worksheets.load("items/name,items/id");
  const names = wb.names.load("items/name");
  await context.sync();
  return {
    state: setting.isNullObject ? null : parseState(setting.value),
    tables: tables.items.map((t) => ({
      id: t.id,
      name: t.name,
      sheetId: t.worksheet.id,
      sheetName: t.worksheet.name,
    })),
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
  };
}

/** A KAM table: by the id stored at creation, else its stored name, else its default name. */
export function locateTable(snap: Snapshot, id: TableId, defaultName: string): TableInfo | null {
  const stored = snap.state?.tables[id];
  return (
    (stored && snap.tables.find((t) => t.id === stored.id)) ||
    (stored && snap.tables.find((t) => same(t.name, stored.name))) ||
    snap.tables.find((t) => same(t.name, defaultName)) ||
    null
  );
}

/** The lists sheet by the id stored at creation (a sheet merely called "Lists" may be the user's). */
export function locateListsSheet(snap: Snapshot): { id: string; name: string } | null {
  const stored = snap.state?.listsSheet;
  return (stored && snap.sheets.find((s) => s.id === stored.id)) || null;
}

/** List names missing from the workbook (deleted by someone), to be defined again. */
export function missingListNames(snap: Snapshot): string[] {
  return KAM_LISTS.map((l) => l.name).filter((n) => !snap.names.has(n.toLowerCase()));
}
