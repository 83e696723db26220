// What the add-in remembers in the workbook: the last run and its outputs in workbook settings,
// the source block and the class columns as workbook names (Excel moves names along when rows or
// columns are inserted, deleted or cut and pasted, so the add-in finds its cells again).
import { parseAreas, type Area } from "../../core/a1";
import type { Batch } from "./batch";
import type { StoredRun } from "../types";

/** Where older versions kept the run; now only read (the record lives in the name RUN_NAME). */
export const RUN_KEY = "kamAnalyzer.run";
/** Hidden workbook name holding the last run (record.ts). */
export const RUN_NAME = "KAA_Run";
export const OUTPUTS_KEY = "kamAnalyzer.outputs";
export const SOURCE_NAME = "KAA_Source";
export const CLASS_COLUMNS_NAME = "KAA_ClassColumns";
/** Over the analysis sheet's ranked table: the sheet, and how many rows the last run wrote. */
export const ANALYSIS_SHEET_NAME = "KAA_AnalysisSheet";

/** What the Excel layer owns, kept apart from StoredRun so that writes need no task-pane step. */
export interface ExcelOutputs {
  version: 1;
  classColumns?: { address: string; inTable: boolean; tableName?: string };
}

/** A setting's value: Office keeps what it was given; older hosts may hand back JSON text. */
function parseStored<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    try {
      return JSON.parse(value) as T;
    } catch {
      return null;
    }
  }
  return typeof value === "object" ? (value as T) : null;
}

export function queueSetting(batch: Batch, key: string): Excel.Setting {
  const item = batch.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

export function settingValue<T>(item: Excel.Setting): T | null {
  return item.isNullObject ? null : parseStored<T>(item.value);
}

/** Stored as JSON text: small, and the same on every host. */
export function queueSaveSetting(batch: Batch, key: string, value: unknown): void {
  batch.workbook.settings.add(key, JSON.stringify(value));
}

export function queueName(batch: Batch, name: string): Excel.NamedItem {
  const item = batch.workbook.names.getItemOrNullObject(name);
  item.load("formula");
  return item;
}

/** The single area a name refers to; null when missing, deleted cells (#REF!) or not one area. */
export function nameArea(item: Excel.NamedItem): Area | null {
  if (item.isNullObject || typeof item.formula !== "string") return null;
  const areas = parseAreas(item.formula);
  return areas && areas.length === 1 && areas[0].sheet ? areas[0] : null;
}

/** Points a workbook name at `address` (sheet-qualified), creating it when it is missing. */
export function queueSetName(
  batch: Batch,
  item: Excel.NamedItem,
  name: string,
  sheet: Excel.Worksheet,
  address: string
): void {
  // Delete and add again: one path for new and moved names, with a Range instead of formula text.
  if (!item.isNullObject) item.delete();
  batch.workbook.names.add(name, sheet.getRange(address));
}

/**
 * The run with what the workbook's names say the add-in owns: the class columns and the analysis
 * sheet where their names point now (after renames and moves), else what the settings recorded.
 */
export function mergeOutputs(
  run: StoredRun,
  outputs: ExcelOutputs | null,
  named: { classColumns: string | null; analysisSheet: string | null }
): StoredRun {
  const classAddress = named.classColumns ?? outputs?.classColumns?.address;
  return {
    ...run,
    outputs: {
      ...run.outputs,
      ...(classAddress
        ? {
            classColumns: {
              name: CLASS_COLUMNS_NAME,
              address: classAddress,
              inTable: outputs?.classColumns?.inTable ?? run.source.kind === "table",
            },
          }
        : {}),
      ...(named.analysisSheet ? { analysisSheet: named.analysisSheet } : {}),
    },
  };
}
