// When the period holds fewer than two customers with revenue (a refresh a year later, when the
// latest 12 months hold only a few new invoices), the error names the period, how many
// customers had revenue in it, and a period of the same length in the data that has enough.
import { AnalysisError } from "../errors";
import type { TableData } from "../table/readTable";
import { latestMonths, type Period } from "./period";

/** Periods tried for the advice (each one pass over the entries; only on the error path). */
const MAX_TRIED = 36;

/** Customers ranked by the analysis in a period: at least one entry and a total not below 0. */
function customersWithRevenue(
  table: TableData,
  months: Int32Array,
  p: Period,
  sums: Float64Array,
  seen: Uint8Array
): number {
  sums.fill(0);
  seen.fill(0);
  const { values, keyIds } = table;
  for (let i = 0; i < values.length; i++) {
    const m = months[i];
    if (m < p.from || m > p.to) continue;
    sums[keyIds[i]] += values[i];
    seen[keyIds[i]] = 1;
  }
  let n = 0;
  for (let c = 0; c < seen.length; c++) if (seen[c] === 1 && sums[c] >= 0) n++;
  return n;
}

/** The latest period of the same length, ending with a month that has data, with two customers. */
function suggestedPeriod(
  table: TableData,
  months: Int32Array,
  chosen: Period
): { period: Period; count: number } | null {
  const ends = [...new Set(months)].filter((m) => m !== chosen.to).sort((a, b) => b - a);
  const sums = new Float64Array(table.keyList.length);
  const seen = new Uint8Array(table.keyList.length);
  for (const end of ends.slice(0, MAX_TRIED)) {
    const p = latestMonths(end, chosen.months);
    const count = customersWithRevenue(table, months, p, sums, seen);
    if (count >= 2) return { period: p, count };
  }
  return null;
}

/** The error for a period with `count` (< 2) customers with revenue, with what to do. */
export function periodTooFewCustomers(
  table: TableData,
  months: Int32Array,
  chosen: Period,
  data: { from: number; to: number },
  count: number
): AnalysisError {
  const params = {
    count,
    fromMonth: chosen.from,
    toMonth: chosen.to,
    customers: table.keyList.length,
    dataFromMonth: data.from,
    dataToMonth: data.to,
  };
  const better = suggestedPeriod(table, months, chosen);
  if (!better) return new AnalysisError("PERIOD_TOO_FEW_CUSTOMERS", params);
  return new AnalysisError("PERIOD_TOO_FEW_CUSTOMERS_TRY", {
    ...params,
    tryFromMonth: better.period.from,
    tryToMonth: better.period.to,
    tryCount: better.count,
  });
}
