// The last run, kept in the document settings, with the Excel layer's record of its own outputs.
import { runBatch } from "./batch";
import {
  OUTPUTS_KEY,
  RUN_KEY,
  mergeOutputs,
  queueSaveSetting,
  queueSetting,
  settingValue,
  type ExcelOutputs,
} from "./state";
import type { StoredRun } from "../types";

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
