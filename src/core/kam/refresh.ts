// The refresh wired to an analysis result: selection, figures lookup and data shape in one call.
import type { AnalysisResult } from "../analyze";
import type { Grid, Language } from "../types";
import {
  figuresByKey,
  selectKeyAccounts,
  type KeyAccount,
  type KeyAccountOptions,
} from "./keyAccounts";
import type { DataShape } from "./planTable";
import { planRefresh, type PlanChangeSet } from "./refreshPlan";

export function dataShape(result: AnalysisResult): DataShape {
  return {
    ids: result.customers.ids !== null,
    margin: result.customers.margin !== null,
    time: result.time !== undefined,
  };
}

/** The plan's change set for `table` (header row + data rows; a header alone for a new plan). */
export function refreshFromResult(
  table: Grid,
  result: AnalysisResult,
  options: KeyAccountOptions,
  lang: Language,
  accounts: readonly KeyAccount[] = selectKeyAccounts(result, options)
): PlanChangeSet {
  return planRefresh({
    table,
    accounts,
    find: (keys) => figuresByKey(result, keys),
    shape: dataShape(result),
    lang,
  });
}

/**
 * Entries of the key-account dropdown: the names, made unique with the id (or rank) where two
 * key accounts share a name, so every entry points to one customer.
 */
export function keyAccountListValues(accounts: readonly KeyAccount[]): string[] {
  const counts = new Map<string, number>();
  for (const a of accounts) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return accounts.map((a) =>
    (counts.get(a.name) as number) > 1 ? `${a.name} (${a.id ?? "#" + a.rank})` : a.name
  );
}
