// Customers the user may pick by hand as key accounts: search over the analysed customers in rank
// order, and the picked ones with their figures. Keys are the core's (result.customers.keys).
import type { AnalysisResult } from "../../core/analyze";
import { CLASS_A, CLASS_B } from "../../core/classify/classCodes";
import { figuresAt, figuresByKey, type CustomerFigures } from "../../core/kam/keyAccounts";
import { normalizeKey } from "../../core/table/normalizeKey";

/** Options shown at once; more are found by typing (a million customers stay fast). */
export const PICK_LIMIT = 50;

/** Search text per rank: name and customer id, as normalizeKey folds them. */
function searchIndex(result: AnalysisResult): string[] {
  const { ranking, customers } = result;
  const out: string[] = new Array(ranking.count);
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    const id = customers.ids ? customers.ids[c] : null;
    out[r] = normalizeKey(id ? `${customers.names[c]} ${id}` : customers.names[c]);
  }
  return out;
}

const indexes = new WeakMap<AnalysisResult, string[]>();

/** The search index of a result, built on the first search (not for every analysis). */
function indexOf(result: AnalysisResult): string[] {
  let index = indexes.get(result);
  if (!index) {
    index = searchIndex(result);
    indexes.set(result, index);
  }
  return index;
}

/** Whether the customer at `rank` (0-based) is a key account by its class anyway. */
function byClass(result: AnalysisResult, rank: number, includeB: boolean): boolean {
  const cls = result.ranking.classes[rank];
  return cls === CLASS_A || (includeB && cls === CLASS_B);
}

/**
 * Customers that can be picked, in rank order: not already key accounts by class (A, and B when
 * B customers are included), whose name or id contains `query`. At most `limit`; `total` counts
 * every match.
 */
export function pickOptions(
  result: AnalysisResult,
  query: string,
  includeB: boolean,
  limit = PICK_LIMIT
): { options: CustomerFigures[]; total: number } {
  const q = normalizeKey(query);
  const index = q === "" ? null : indexOf(result);
  const options: CustomerFigures[] = [];
  let total = 0;
  for (let r = 0; r < result.ranking.count; r++) {
    if (byClass(result, r, includeB)) continue;
    if (index && !index[r].includes(q)) continue;
    total++;
    if (options.length < limit) options.push(figuresAt(result, r));
  }
  return { options, total };
}

/** The picked keys changed (in picking order). */
export type OnPicksChange = (keys: string[]) => void;

export interface PickedCustomer {
  key: string;
  /** Null when the key is not in this analysis (other data, or a customer that left). */
  figures: CustomerFigures | null;
}

/** The picked keys in picking order, with their figures from the analysis. */
export function pickedCustomers(result: AnalysisResult, keys: readonly string[]): PickedCustomer[] {
  const found = figuresByKey(result, new Set(keys));
  return keys.map((key) => ({ key, figures: found.get(key) ?? null }));
}
