import type { TableData } from "./table/readTable";

/** One entry per customer, in order of first appearance. */
export interface Customers {
  count: number;
  keys: string[];
  /** The first spelling met in the data. */
  names: string[];
  ids: (string | null)[] | null;
  revenue: Float64Array;
  /** Sum of contribution margins; NaN when no row of the customer had one. */
  margin: Float64Array | null;
  rowCounts: Int32Array;
  /** Customer index of each used table row (parallel to TableData.rows). */
  rowCustomer: Int32Array;
  /** Rows that were added to a customer already seen. */
  mergedRows: number;
  /** Sum of every used row, the figure the analysis must reconcile to. */
  sourceTotal: number;
}

/**
 * Sums the rows of each customer. Sums are compensated (Neumaier) so that many cent amounts add
 * up to the same total as the source, whatever the order of the rows.
 */
export function aggregate(table: TableData): Customers {
  const n = table.values.length;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const names: string[] = [];
  const ids: (string | null)[] | null = table.ids ? [] : null;
  const sums = new Float64Array(n);
  const comps = new Float64Array(n);
  const marginSums = table.margins ? new Float64Array(n).fill(NaN) : null;
  const rowCounts = new Int32Array(n);
  const rowCustomer = new Int32Array(n);
  let count = 0;
  let total = 0;
  let totalComp = 0;

  for (let i = 0; i < n; i++) {
    const key = table.keys[i];
    let c = index.get(key);
    if (c === undefined) {
      c = count++;
      index.set(key, c);
      keys.push(key);
      names.push(table.names[i]);
      if (ids && table.ids) ids.push(table.ids[i]);
    }
    rowCustomer[i] = c;
    rowCounts[c]++;
    const v = table.values[i];
    const s = sums[c];
    const t = s + v;
    comps[c] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    sums[c] = t;
    const u = total + v;
    totalComp += Math.abs(total) >= Math.abs(v) ? total - u + v : v - u + total;
    total = u;
    if (marginSums && table.margins) {
      const m = table.margins[i];
      if (!Number.isNaN(m)) marginSums[c] = Number.isNaN(marginSums[c]) ? m : marginSums[c] + m;
    }
  }
  const revenue = new Float64Array(count);
  for (let c = 0; c < count; c++) revenue[c] = sums[c] + comps[c];
  return {
    count,
    keys,
    names,
    ids,
    revenue,
    margin: marginSums ? marginSums.slice(0, count) : null,
    rowCounts: rowCounts.slice(0, count),
    rowCustomer,
    mergedRows: n - count,
    sourceTotal: total + totalComp,
  };
}
