// What the add-in remembers in the workbook, so it finds its KAM sheets again after a rename,
// a language switch or reopening the file.
import type { Language } from "../../core/types";
import type { TableId } from "../../core/kam";
import type { Batch } from "../host/batch";
import { queueWriteRecord } from "../host/record";

/** Where older versions kept the state; now only read (the record is the hidden name KAM_RECORD). */
export const KAM_STATE_KEY = "kamAnalyzer.kam";
/** Hidden workbook name holding the state (host/record.ts): part of the file, seen by every add-in id. */
export const KAM_RECORD = "KAA_Kam";

export interface StoredObject {
  /** Excel's id (survives renaming) and the name at the last run (fallback). */
  id: string;
  name: string;
}

export interface KamState {
  version: 1;
  /** Language of the sheet names, headers and list labels; kept when Office's language changes. */
  language: Language;
  /** ISO date the sheets were first created. */
  createdOn: string;
  tables: Partial<Record<TableId, StoredObject>>;
  listsSheet?: StoredObject;
  /** Entries last written to the key-account list (cleared below on the next refresh). */
  keyAccountCount: number;
}

function isStored(v: unknown): v is StoredObject {
  const o = v as StoredObject;
  return !!o && typeof o.id === "string" && typeof o.name === "string";
}

/** The stored state, or null for a workbook without one (or with a damaged one). */
export function parseState(value: unknown): KamState | null {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  const s = v as KamState;
  if (!s || s.version !== 1 || (s.language !== "en" && s.language !== "de")) return null;
  const tables: KamState["tables"] = {};
  for (const [k, t] of Object.entries(s.tables ?? {})) {
    if (isStored(t)) tables[k as TableId] = t;
  }
  return {
    version: 1,
    language: s.language,
    createdOn: typeof s.createdOn === "string" ? s.createdOn : "",
    tables,
    listsSheet: isStored(s.listsSheet) ? s.listsSheet : undefined,
    keyAccountCount: Number.isInteger(s.keyAccountCount) ? s.keyAccountCount : 0,
  };
}

const RECORD_COMMENT: Record<Language, string> = {
  en: "Key Account Analyzer: language and state of the KAM sheets",
  de: "Key Account Analyzer: Sprache und Stand der KAM-Blätter",
};

/** `exists`: whether the record name is already defined (from the snapshot). */
export function queueSaveState(context: Batch, state: KamState, exists: boolean): void {
  if (!queueWriteRecord(context, KAM_RECORD, exists, state, RECORD_COMMENT[state.language]))
    context.workbook.settings.add(KAM_STATE_KEY, JSON.stringify(state));
}
