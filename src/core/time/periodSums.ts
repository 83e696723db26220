// One pass over the entries grouped by customer: the period's revenue, margin and rows, the
// monthly revenue in the period and the previous period's revenue, each customer's sums
// compensated (Neumaier) like aggregate(), so they are right to the cent.
import type { Customers } from "../aggregate";
import { withKeyOrder, type TableData } from "../table/readTable";
import { addCompensated, compensatedTotals } from "../pareto/compensatedSums";
import { sum } from "../pareto/sum";
import { wholeCents } from "../pareto/wholeCents";
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

/** Customers × months up to which the sums go straight in row order (64 MB of sums at most). */
const DENSE_CELLS = 1 << 22;

export function periodSums(
  table: TableData,
  months: Int32Array,
  current: Period,
  previous: Period | null
): PeriodSums {
  // In row order the arrays are read front to back; grouped by customer every entry is a jump.
  // Row order needs a sum (and a compensation) per customer and month, so only while they fit.
  if (table.keyList.length * current.months > DENSE_CELLS)
    return periodSumsByCustomer(table, months, current, previous);
  return wholeCents(table.values)
    ? periodSumsInCents(table, months, current, previous)
    : periodSumsInRowOrder(table, months, current, previous);
}

/**
 * periodSumsInRowOrder for values in whole cents (see wholeCents): each customer-month is summed
 * as a whole number of cents, exactly, and divided by 100 once, which gives the nearest double
 * to the exact sum. One number per customer and month instead of a sum and its compensation
 * halves the table that every entry jumps into (about half the time of the sums).
 */
export function periodSumsInCents(
  table: TableData,
  months: Int32Array,
  current: Period,
  previous: Period | null
): PeriodSums {
  const count = table.keyList.length;
  const P = current.months;
  const { values, keyIds } = table;
  // Per customer: P months of cents, then the previous period's.
  const stride = P + 1;
  const acc = new Float64Array(count * stride);
  const inPeriod = new PeriodRows(table);
  const from = current.from;
  const prevFrom = previous ? previous.from : 0;
  const prevTo = previous ? previous.to : -1;
  let total = 0;
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const c = keyIds[i];
    const month = months[i];
    const m = month - from;
    const cents = Math.round(values[i] * 100);
    if (m >= 0 && m < P) {
      acc[c * stride + m] += cents;
      total += cents;
      inPeriod.add(i, c);
    } else if (month >= prevFrom && month <= prevTo) acc[c * stride + P] += cents;
    else outside++;
  }
  const revenue = new Float64Array(count);
  const monthly = new Float64Array(count * P);
  const previousRevenue = previous ? new Float64Array(count) : null;
  for (let c = 0; c < count; c++) {
    const base = c * stride;
    let all = 0;
    for (let j = 0; j < P; j++) {
      monthly[c * P + j] = acc[base + j] / 100;
      all += acc[base + j];
    }
    revenue[c] = all / 100;
    if (previousRevenue) previousRevenue[c] = acc[base + P] / 100;
  }
  return assemble(
    table,
    { revenue, monthly, previousRevenue, ...inPeriod.sums() },
    { sourceTotal: total / 100, outside, ...inPeriod.counts() }
  );
}

/** The sums in one pass in row order, each customer's months side by side. */
export function periodSumsInRowOrder(
  table: TableData,
  months: Int32Array,
  current: Period,
  previous: Period | null
): PeriodSums {
  const count = table.keyList.length;
  const P = current.months;
  const { values, keyIds } = table;
  // Per customer: P months of [sum, compensation], then the previous period's [sum, compensation].
  const stride = 2 * P + 2;
  const acc = new Float64Array(count * stride);
  const inPeriod = new PeriodRows(table);
  const from = current.from;
  const prevFrom = previous ? previous.from : 0;
  const prevTo = previous ? previous.to : -1;
  let total = 0;
  let totalComp = 0;
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const c = keyIds[i];
    const month = months[i];
    const m = month - from;
    const v = values[i];
    let at: number;
    if (m >= 0 && m < P) {
      at = c * stride + 2 * m;
      inPeriod.add(i, c);
      const u = total + v;
      totalComp += Math.abs(total) >= Math.abs(v) ? total - u + v : v - u + total;
      total = u;
    } else if (month >= prevFrom && month <= prevTo) {
      at = c * stride + 2 * P;
    } else {
      outside++;
      continue;
    }
    const s = acc[at];
    const t = s + v;
    acc[at + 1] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    acc[at] = t;
  }
  const revenue = new Float64Array(count);
  const monthly = new Float64Array(count * P);
  const previousRevenue = previous ? new Float64Array(count) : null;
  const month = new Float64Array(P);
  for (let c = 0; c < count; c++) {
    const base = c * stride;
    for (let j = 0; j < P; j++) {
      month[j] = acc[base + 2 * j] + acc[base + 2 * j + 1];
      monthly[c * P + j] = month[j];
    }
    revenue[c] = sum(month);
    if (previousRevenue) previousRevenue[c] = acc[base + 2 * P] + acc[base + 2 * P + 1];
  }
  return assemble(
    table,
    { revenue, monthly, previousRevenue, ...inPeriod.sums() },
    { sourceTotal: total + totalComp, outside, ...inPeriod.counts() }
  );
}

/** The rows of each customer in the period and their margins, met entry by entry in row order. */
class PeriodRows {
  readonly rowCounts: Int32Array;
  /** Wide layout: a row's month cells are entries of one row; with a date column each is one. */
  private readonly lastRow: Int32Array | null;
  private readonly marginAcc: Float64Array | null;

  constructor(private readonly table: TableData) {
    const count = table.keyList.length;
    this.rowCounts = new Int32Array(count);
    this.lastRow = table.timeLayout === "monthColumns" ? new Int32Array(count).fill(-1) : null;
    this.marginAcc = table.margins ? new Float64Array(2 * count).fill(NaN) : null;
  }

  /** Entry i, of customer c, is in the period. */
  add(i: number, c: number): void {
    const { lastRow, rowCounts } = this;
    if (lastRow === null) rowCounts[c]++;
    else {
      const row = this.table.rows[i];
      if (row !== lastRow[c]) {
        rowCounts[c]++;
        lastRow[c] = row;
      }
    }
    const margins = this.table.margins;
    if (this.marginAcc && margins) addCompensated(this.marginAcc, c, margins[i]);
  }

  sums(): { margin: Float64Array | null; rowCounts: Int32Array } {
    return {
      margin: this.marginAcc ? compensatedTotals(this.marginAcc) : null,
      rowCounts: this.rowCounts,
    };
  }

  counts(): { gridRows: number; customersInPeriod: number } {
    let gridRows = 0;
    let customersInPeriod = 0;
    for (const n of this.rowCounts) {
      gridRows += n;
      if (n > 0) customersInPeriod++;
    }
    return { gridRows, customersInPeriod };
  }
}

/** The sums customer by customer (entries grouped by a counting sort): memory O(entries). */
export function periodSumsByCustomer(
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
  return assemble(
    table,
    { revenue, margin, rowCounts, monthly, previousRevenue },
    {
      gridRows,
      customersInPeriod,
      sourceTotal: total + totalComp,
      outside,
    }
  );
}

/** The sums of both strategies as Customers (of the period) plus the time figures. */
function assemble(
  table: TableData,
  sums: Pick<Customers, "revenue" | "margin" | "rowCounts"> &
    Pick<PeriodSums, "monthly" | "previousRevenue">,
  counts: { gridRows: number; customersInPeriod: number; sourceTotal: number; outside: number }
): PeriodSums {
  return {
    customers: withKeyOrder<Customers>(
      {
        count: table.keyList.length,
        keys: table.keyList,
        names: table.keyNames,
        ids: table.keyCustomerIds,
        revenue: sums.revenue,
        margin: sums.margin,
        rowCounts: sums.rowCounts,
        rowCustomer: table.keyIds,
        mergedRows: counts.gridRows - counts.customersInPeriod,
        sourceTotal: counts.sourceTotal,
      },
      table.keyOrder
    ),
    monthly: sums.monthly,
    previousRevenue: sums.previousRevenue,
    outsideEntries: counts.outside,
  };
}
