// The last run: a record in the workbook itself (a hidden name, seen by every add-in id), with
// what the workbook's names say the add-in owns merged in.
import type { Language } from "../../core/types";
import { formatAddress } from "../../core/a1";
import { runBatch } from "./batch";
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
import type { StoredRun } from "../types";

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

/** Stores the run in the workbook (a hidden name); a record too large for a name goes to the settings. */
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
