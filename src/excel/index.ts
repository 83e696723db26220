// The Excel layer behind the task pane: the only code that talks to Office.js.
import { languageOf } from "../core/i18n/format";
import type { Language } from "../core/types";
import { planAnalysisSheet, writeAnalysisSheet } from "./analysisSheet";
import { formatAddress, formatRect, parseAreas, rowCount, type Area, type Rect } from "./address";
import type { ExcelApi } from "./api";
import { runBatch } from "./batch";
import { capabilities } from "./capabilities";
import { planClassColumns, writeClassColumns } from "./classColumns";
import { planKamSheets, writeKamSheets } from "./kam";
import { readSource } from "./readSource";
import { parseRecord, queueRecord, queueWriteRecord } from "./record";
import {
  ANALYSIS_SHEET_NAME,
  CLASS_COLUMNS_NAME,
  OUTPUTS_KEY,
  RUN_KEY,
  RUN_NAME,
  mergeOutputs,
  nameArea,
  queueName,
  queueSaveSetting,
  queueSetting,
  settingValue,
  type ExcelOutputs,
} from "./state";
import type { Selected, StoredRun } from "./types";

export function language(): Language {
  return languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/**
 * The last run: the record in the hidden name KAA_Run (part of the file, seen by every add-in id),
 * else the setting older versions wrote; with what the workbook's names say the add-in owns.
 */
export function loadRun(): Promise<StoredRun | null> {
  return runBatch(async (context) => {
    const record = queueRecord(context, RUN_NAME);
    const run = queueSetting(context, RUN_KEY);
    const outputs = queueSetting(context, OUTPUTS_KEY);
    const classColumns = queueName(context, CLASS_COLUMNS_NAME);
    const analysisSheet = queueName(context, ANALYSIS_SHEET_NAME);
    await context.sync();
    const stored =
      (record.isNullObject ? null : parseRecord<StoredRun>(record.formula)) ??
      settingValue<StoredRun>(run);
    if (!stored || stored.version !== 1 || !stored.source) return null;
    const classArea = nameArea(classColumns);
    return mergeOutputs(stored, settingValue<ExcelOutputs>(outputs), {
      classColumns: classArea?.sheet ? formatAddress(classArea.sheet, classArea.rect) : null,
      analysisSheet: nameArea(analysisSheet)?.sheet ?? null,
    });
  });
}

const RUN_COMMENT: Record<Language, string> = {
  en: "Key Account Analyzer: the last run (settings and source), read by Refresh",
  de: "Key Account Analyzer: der letzte Lauf (Einstellungen und Quelle), für Aktualisieren",
};

/** Stores the run in the workbook itself (a hidden name); a record too large for a name goes to the settings. */
export function saveRun(run: StoredRun): Promise<void> {
  return runBatch(async (context) => {
    const record = queueRecord(context, RUN_NAME);
    await context.sync();
    const exists = !record.isNullObject;
    if (!queueWriteRecord(context, RUN_NAME, exists, run, RUN_COMMENT[run.language]))
      queueSaveSetting(context, RUN_KEY, run);
    await context.sync();
  });
}

/**
 * The sheet and the blocks of an address such as "'My Sheet'!A5:D5,A9:D11": blocks without a sheet
 * or on the first block's sheet (Excel selects on one sheet). Null when it is no address.
 */
export function selectionBlocks(
  address: string
): { sheet?: string; blocks: Rect[]; asked: number } | null {
  const areas = parseAreas(address);
  if (!areas || areas.length === 0) return null;
  const sheet = areas[0].sheet;
  const onSheet = (a: Area) =>
    a.sheet === undefined || a.sheet.toLowerCase() === (sheet ?? "").toLowerCase();
  return { sheet, blocks: areas.filter(onSheet).map((a) => a.rect), asked: areas.length };
}

export function select(address: string): Promise<Selected> {
  const parts = selectionBlocks(address);
  if (!parts) return Promise.reject(new Error(`Not a cell address: ${address}`));
  const { sheet, blocks, asked } = parts;
  // getRange takes one block; several at once need getRanges (ExcelApi 1.9).
  const chosen = capabilities().rangeAreas ? blocks : blocks.slice(0, 1);
  return runBatch(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
    if (sheet !== undefined) ws.activate();
    const addresses = chosen.map((r) => formatRect(r));
    const target =
      chosen.length > 1 ? ws.getRanges(addresses.join(",")) : ws.getRange(addresses[0]);
    target.select();
    target.load("address");
    await context.sync();
    return {
      address: target.address,
      areas: asked,
      selectedAreas: chosen.length,
      rows: chosen.reduce((n, r) => n + rowCount(r), 0),
    };
  });
}

export function createExcelApi(): ExcelApi {
  return {
    language,
    readSource,
    planClassColumns,
    writeClassColumns,
    planAnalysisSheet,
    writeAnalysisSheet,
    planKamSheets,
    writeKamSheets,
    loadRun,
    saveRun,
    select,
  };
}
