// One pass over the entries grouped by customer: the period's revenue, margin and rows, the
// monthly revenue in the period and the previous period's revenue, each customer's sums
// compensated (Neumaier) like aggregate(), so they are right to the cent.
import type { Customers } from "../aggregate";
import type { TableData } from "../table/readTable";
import type { Period } from "./period";

export interface PeriodSums {
  /** The period's customers, in the shape aggregate() gives (names, keys, ids shared). */
  customers: Customers;
  /** Revenue per customer and month of the period: customer c's month j at c * months + j. */
  monthly: Float64Array;
  /** Revenue per customer in the previous period; null when there is none. */
  previousRevenue: Float64Array | null;
  /** Entries in neither period (older than the previous period or after the period). */
  outsideEntries: number;
}

/** Customer order of the entries: counting sort by key id, stable, O(entries + customers). */
function byCustomer(keyIds: Int32Array, count: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < keyIds.length; i++) start[keyIds[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const next = start.slice(0, count);
  const order = new Int32Array(keyIds.length);
  for (let i = 0; i < keyIds.length; i++) order[next[keyIds[i]]++] = i;
  return { start, order };
}

export function periodSums(
  table: TableData,
  months: Int32Array,
  current: Period,
  previous: Period | null
): PeriodSums {
  const count = table.keyList.length;
  const { start, order } = byCustomer(table.keyIds, count);
  const P = current.months;
  const values = table.values;
  const margins = table.margins;
  const rows = table.rows;
  const revenue = new Float64Array(count);
  const margin = margins ? new Float64Array(count).fill(NaN) : null;
  const rowCounts = new Int32Array(count);
  const monthly = new Float64Array(count * P);
  const previousRevenue = previous ? new Float64Array(count) : null;
  // Sum and compensation per month of one customer, reused.
  const buffer = new Float64Array(2 * P);
  const from = current.from;
  const prevFrom = previous ? previous.from : 0;
  const prevTo = previous ? previous.to : -1;
  let total = 0;
  let totalComp = 0;
  let outside = 0;
  let gridRows = 0;
  let customersInPeriod = 0;

  for (let c = 0; c < count; c++) {
    buffer.fill(0);
    let s = 0;
    let sc = 0;
    let ps = 0;
    let pc = 0;
    let ms = NaN;
    let mc = 0;
    let n = 0;
    let lastRow = -1;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const i = order[k];
      const m = months[i] - from;
      const v = values[i];
      if (m >= 0 && m < P) {
        // Wide layout: a row's month cells are entries of one row.
        if (rows[i] !== lastRow) {
          n++;
          lastRow = rows[i];
        }
        let t = s + v;
        sc += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
        const b = buffer[2 * m];
        t = b + v;
        buffer[2 * m + 1] += Math.abs(b) >= Math.abs(v) ? b - t + v : v - t + b;
        buffer[2 * m] = t;
        t = total + v;
        totalComp += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
        total = t;
        if (margins) {
          const x = margins[i];
          if (!Number.isNaN(x)) {
            if (Number.isNaN(ms)) ms = x;
            else {
              t = ms + x;
              mc += Math.abs(ms) >= Math.abs(x) ? ms - t + x : x - t + ms;
              ms = t;
            }
          }
        }
      } else if (months[i] >= prevFrom && months[i] <= prevTo) {
        const t = ps + v;
        pc += Math.abs(ps) >= Math.abs(v) ? ps - t + v : v - t + ps;
        ps = t;
      } else outside++;
    }
    revenue[c] = s + sc;
    rowCounts[c] = n;
    if (n > 0) customersInPeriod++;
    gridRows += n;
    if (margin) margin[c] = Number.isNaN(ms) ? NaN : ms + mc;
    if (previousRevenue) previousRevenue[c] = ps + pc;
    for (let j = 0; j < P; j++) monthly[c * P + j] = buffer[2 * j] + buffer[2 * j + 1];
  }
  return {
    customers: {
      count,
      keys: table.keyList,
      names: table.keyNames,
      ids: table.keyCustomerIds,
      revenue,
      margin,
      rowCounts,
      rowCustomer: table.keyIds,
      mergedRows: gridRows - customersInPeriod,
      sourceTotal: total + totalComp,
    },
    monthly,
    previousRevenue,
    outsideEntries: outside,
  };
}
