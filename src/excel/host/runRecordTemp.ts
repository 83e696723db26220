// TEMP contract (dropped at merge): the run record lives in memory until engineer time-excel's
// workbook store (loadRunRecord/saveRunRecord in runStore) lands on main.
import type { RunRecord } from "../../core/time/runRecord";

let kept: RunRecord | null = null;

export async function loadRunRecord(): Promise<RunRecord | null> {
  return kept;
}

export async function saveRunRecord(record: RunRecord): Promise<void> {
  kept = record;
}
