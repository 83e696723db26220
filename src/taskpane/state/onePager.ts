// The one-pager choice of the pane: which key accounts can get one, and how the stored run
// remembers the one-pagers so that Refresh updates them.
import type { AnalysisResult } from "../../core/analyze";
import { selectKeyAccounts } from "../../core/kam/keyAccounts";
import type { KamOptions } from "../../excel/api";
import type { StoredRun } from "../../excel/types";

export interface OnePagerChoice {
  /** Customer key (result.customers.keys). */
  key: string;
  name: string;
  class: string;
}

/** The current key accounts in rank order, as the KAM sheets list them. */
export function onePagerChoices(result: AnalysisResult, kam: KamOptions): OnePagerChoice[] {
  return selectKeyAccounts(result, kam).map((a) => ({ key: a.key, name: a.name, class: a.class }));
}

/** The run after a one-pager was written: its key joins the ones Refresh updates. */
export function storedRunWithOnePager(run: StoredRun, key: string): StoredRun {
  const keys = run.onePagers ?? [];
  return keys.includes(key) ? run : { ...run, onePagers: [...keys, key] };
}
