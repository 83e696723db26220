import { addMargin, marginTotals } from "./pareto/addMargin";
import { wholeCents } from "./pareto/wholeCents";
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
  const n = table.values.length;
  const keys = table.keyList;
  const count = keys.length;
  const rowCustomer = table.keyIds;
  const rowCounts = new Int32Array(count);
  const { values, margins } = table;
  const revenue = new Float64Array(count);
  let sourceTotal: number;
  if (wholeCents(values)) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const c = rowCustomer[i];
      rowCounts[c]++;
      const cents = Math.round(values[i] * 100);
      revenue[c] += cents;
      total += cents;
    }
    for (let c = 0; c < count; c++) revenue[c] /= 100;
    sourceTotal = total / 100;
  } else {
    // Sum and compensation side by side: one cache line per random access.
    const sums = new Float64Array(2 * count);
    let total = 0;
    let totalComp = 0;
    for (let i = 0; i < n; i++) {
      const c = rowCustomer[i];
      rowCounts[c]++;
      const v = values[i];
      const s = sums[2 * c];
      const t = s + v;
      sums[2 * c + 1] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
      sums[2 * c] = t;
      const u = total + v;
      totalComp += Math.abs(total) >= Math.abs(v) ? total - u + v : v - u + total;
      total = u;
    }
    for (let c = 0; c < count; c++) revenue[c] = sums[2 * c] + sums[2 * c + 1];
    sourceTotal = total + totalComp;
  }
  // Margin sums and compensations likewise; a sum stays NaN until the customer's first margin.
  const marginSums = margins ? new Float64Array(2 * count).fill(NaN) : null;
  if (marginSums && margins)
    for (let i = 0; i < n; i++) addMargin(marginSums, rowCustomer[i], margins[i]);
  const margin = marginSums ? marginTotals(marginSums) : null;
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
