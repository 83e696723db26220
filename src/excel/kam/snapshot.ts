// The first round trip: stored state, tables, sheets and names; locating the add-in's objects.
import { KAM_LISTS, type TableId } from "../../core/kam";
import { KAM_RECORD, KAM_STATE_KEY, parseState, type KamState } from "./state";
import type { Batch } from "../host/batch";
import { queueSheetFacts, sheetFacts, type SheetFacts } from "../host/ownedSheets";
import { parseRecord, queueRecord } from "../host/record";

export interface TableInfo {
  id: string;
  name: string;
  sheetId: string;
  sheetName: string;
}

export interface Snapshot {
  state: KamState | null;
  tables: TableInfo[];
  sheets: SheetFacts[];
  /** Workbook names in lower case. */
  names: Set<string>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Round trip 1: what the workbook holds. Nothing is read from objects that may not exist. */
export async function readSnapshot(context: Batch): Promise<Snapshot> {
  const wb = context.workbook;
  const record = queueRecord(context, KAM_RECORD);
  const setting = wb.settings.getItemOrNullObject(KAM_STATE_KEY).load("value");
  const tables = wb.tables.load("items/name,items/id,items/worksheet/name,items/worksheet/id");
  const sheets = queueSheetFacts(context);
  const names = wb.names.load("items/name");
  await context.sync();
  return {
    // The record in the file first; the setting of older versions (one add-in id's) after it.
    state:
      (record.isNullObject ? null : parseState(parseRecord(record.formula))) ??
      (setting.isNullObject ? null : parseState(setting.value)),
    tables: tables.items.map((t) => ({
      id: t.id,
      name: t.name,
      sheetId: t.worksheet.id,
      sheetName: t.worksheet.name,
    })),
    sheets: sheetFacts(sheets),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
  };
}

/**
 * A KAM table by name: the one stored at the last run, else its default name. Table names are
 * workbook-wide and saved with the file; a stored table id is not trusted, as ids can change
 * between openings and then name another table.
 */
export function locateTable(snap: Snapshot, id: TableId, defaultName: string): TableInfo | null {
  const stored = snap.state?.tables[id];
  return (
    (stored && snap.tables.find((t) => same(t.name, stored.name))) ||
    snap.tables.find((t) => same(t.name, defaultName)) ||
    null
  );
}

/** The lists sheet by the add-in's marker (a sheet merely called "Lists" may be the user's). */
export function locateListsSheet(snap: Snapshot): { id: string; name: string } | null {
  const marked = snap.sheets.find((s) => s.role === "lists");
  return marked ? { id: marked.id, name: marked.name } : null;
}

/** List names missing from the workbook (deleted by someone), to be defined again. */
export function missingListNames(snap: Snapshot): string[] {
  return KAM_LISTS.map((l) => l.name).filter((n) => !snap.names.has(n.toLowerCase()));
}
