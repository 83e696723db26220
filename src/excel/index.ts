// The Excel layer behind the task pane: the only code that talks to Office.js.
import { languageOf } from "../core/i18n/format";
import type { Language } from "../core/types";
import { planAnalysisSheet, writeAnalysisSheet } from "./analysisSheet";
import type { ExcelApi } from "./api";
import { runBatch } from "./batch";
import { planClassColumns, writeClassColumns } from "./classColumns";
import { planKamSheets, writeKamSheets } from "./kam";
import { readSource } from "./readSource";
import {
  OUTPUTS_KEY,
  RUN_KEY,
  mergeOutputs,
  queueSaveSetting,
  queueSetting,
  settingValue,
  type ExcelOutputs,
} from "./state";
import type { StoredRun } from "./types";

export function language(): Language {
  return languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/** The last run, with what the Excel layer recorded about its own outputs merged in. */
export function loadRun(): Promise<StoredRun | null> {
  return runBatch(async (context) => {
    const run = queueSetting(context, RUN_KEY);
    const outputs = queueSetting(context, OUTPUTS_KEY);
    await context.sync();
    const stored = settingValue<StoredRun>(run);
    if (!stored || stored.version !== 1 || !stored.source) return null;
    return mergeOutputs(stored, settingValue<ExcelOutputs>(outputs));
  });
}

export function saveRun(run: StoredRun): Promise<void> {
  return runBatch(async (context) => {
    queueSaveSetting(context, RUN_KEY, run);
    await context.sync();
  });
}

export function select(address: string): Promise<void> {
  return runBatch(async (context) => {
    const bang = address.lastIndexOf("!");
    const sheets = context.workbook.worksheets;
    if (bang > 0) {
      const sheetName = address
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const ws = sheets.getItem(sheetName);
      ws.activate();
      ws.getRange(address.slice(bang + 1)).select();
    } else sheets.getActiveWorksheet().getRange(address).select();
    await context.sync();
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
