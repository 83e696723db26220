import { compensatedSumsBy } from "./pareto/compensatedSums";
import { sum } from "./pareto/sum";
import { centSumsBy, centTotal, wholeCents } from "./pareto/wholeCents";
import type { TableData } from "./table/readTable";

/** One entry per customer, in order of first appearance. */
export interface Customers {
  count: number;
  /** The table's keyList itself: customer c is key id c. */
  keys: string[];
  /** The first spelling met in the data (the table's keyNames itself). */
  names: string[];
  /** The id in the customer's first row (the table's keyCustomerIds itself). */
  ids: (string | null)[] | null;
  revenue: Float64Array;
  /** Sum of contribution margins; NaN when no row of the customer had one. */
  margin: Float64Array | null;
  rowCounts: Int32Array;
  /** Customer index of each used table row (parallel to TableData.rows); the table's keyIds itself. */
  rowCustomer: Int32Array;
  /** Rows that were added to a customer already seen. */
  mergedRows: number;
  /** Sum of every used row, the figure the analysis must reconcile to. */
  sourceTotal: number;
}

/** Whether the analysis ranks a customer: at least one row, and a total that is not negative. */
export function isRanked(revenue: number, rows: number): boolean {
  return rows > 0 && revenue >= 0;
}

/**
 * Sums the rows of each customer. Amounts in whole cents are summed exactly as cents and divided
 * by 100 once, so each total is the double nearest its exact sum (17526876.27, where adding the
 * doubles gave 17526876.269999992), as the time axis's period sums give it. Other amounts, and
 * margins, are summed compensated (Neumaier), whatever the order of the rows.
 */
export function aggregate(table: TableData): Customers {
  const { values, margins, keyIds: rowCustomer, keyList: keys } = table;
  const count = keys.length;
  const rowCounts = new Int32Array(count);
  for (let i = 0; i < rowCustomer.length; i++) rowCounts[rowCustomer[i]]++;
  const inCents = wholeCents(values);
  const revenue = inCents
    ? centSumsBy(values, rowCustomer, count)
    : compensatedSumsBy(values, rowCustomer, count);
  const margin = margins ? compensatedSumsBy(margins, rowCustomer, count) : null;
  const sourceTotal = inCents ? centTotal(values) : sum(values);
  return {
    count,
    keys,
    names: table.keyNames,
    ids: table.keyCustomerIds,
    revenue,
    margin,
    rowCounts,
    rowCustomer,
    // Entries, not rows, in the wide layout (one per month cell): count the rows.
    mergedRows: table.stats.usedRows - count,
    sourceTotal,
  };
}
