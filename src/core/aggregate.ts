import { compensatedSumsBy } from "./pareto/compensatedSums";
import { presortByRevenue, type KeyComparator, type PresortedRevenue } from "./pareto/rankOrder";
import { sum } from "./pareto/sum";
import { centSumsBy, centTotal, wholeCents } from "./pareto/wholeCents";
import { withKeyOrder, type TableData } from "./table/readTable";

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
  /** The ranked customers presorted by revenue (see presortByRevenue), if made with the sums. */
  presorted?: PresortedRevenue | null;
  /** The table's keyOrder: ties are ranked by it instead of by `keys`. */
  keyOrder?: KeyComparator;
}

/** Whether the analysis ranks a customer: at least one row, and a total that is not negative. */
export function isRanked(revenue: number, rows: number): boolean {
  return rows > 0 && revenue >= 0;
}

/** Per customer: the sums of its rows and their count, and the sum of all rows. */
export interface CustomerSums {
  revenue: Float64Array;
  /** NaN when no row of the customer had a margin; null without margins. */
  margin: Float64Array | null;
  rowCounts: Int32Array;
  sourceTotal: number;
  /**
   * The ranked customers by revenue, as presortByRevenue gives them (ties not yet by key); null
   * where the sums were made without it.
   */
  presorted: PresortedRevenue | null;
}

/**
 * Sums the rows of each customer. Amounts in whole cents are summed exactly as cents and divided
 * by 100 once, so each total is the double nearest its exact sum (17526876.27, where adding the
 * doubles gave 17526876.269999992), as the time axis's period sums give it. Other amounts, and
 * margins, are summed compensated (Neumaier), whatever the order of the rows. With `presort`,
 * also the ranked customers presorted by revenue, which a thread of its own can do while another
 * makes the customers' names (the command line's reading threads).
 */
export function customerSums(
  values: Float64Array,
  margins: Float64Array | null,
  rowCustomer: Int32Array,
  count: number,
  presort = false
): CustomerSums {
  const rowCounts = new Int32Array(count);
  for (let i = 0; i < rowCustomer.length; i++) rowCounts[rowCustomer[i]]++;
  const inCents = wholeCents(values);
  const revenue = inCents
    ? centSumsBy(values, rowCustomer, count)
    : compensatedSumsBy(values, rowCustomer, count);
  const margin = margins ? compensatedSumsBy(margins, rowCustomer, count) : null;
  const sourceTotal = inCents ? centTotal(values) : sum(values);
  const presorted = presort
    ? presortByRevenue(revenue, (i) => isRanked(revenue[i], rowCounts[i]))
    : null;
  return { revenue, margin, rowCounts, sourceTotal, presorted };
}

/** The table's customers with their sums: those the reader made (see TableData.sums), or new ones. */
export function aggregate(table: TableData): Customers {
  const { values, margins, keyIds: rowCustomer, keyList: keys } = table;
  const count = keys.length;
  const sums = table.sums ?? customerSums(values, margins, rowCustomer, count);
  const customers: Customers = {
    count,
    keys,
    names: table.keyNames,
    ids: table.keyCustomerIds,
    revenue: sums.revenue,
    margin: sums.margin,
    rowCounts: sums.rowCounts,
    rowCustomer,
    // Entries, not rows, in the wide layout (one per month cell): count the rows.
    mergedRows: table.stats.usedRows - count,
    sourceTotal: sums.sourceTotal,
    presorted: sums.presorted,
  };
  return withKeyOrder(customers, table.keyOrder);
}
