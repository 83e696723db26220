// When the period holds fewer than two customers with revenue (a refresh a year later, when the
// latest 12 months hold only a few new invoices), the error names the period, how many
// customers had revenue in it, and a period of the same length in the data that has enough.
import { isRanked } from "../aggregate";
import { AnalysisError } from "../errors";
import type { TableData } from "../table/readTable";
import { latestMonths, type Period } from "./period";
import { monthLabel } from "./months";
import { periodSums } from "./periodSums";

/** Periods tried for the advice (each one periodSums over the entries; only on the error path). */
const MAX_TRIED = 36;

/** Customers the analysis ranks in a period: by its rule, on the sums it makes of the period. */
function customersWithRevenue(table: TableData, months: Int32Array, p: Period): number {
  const { revenue, rowCounts } = periodSums(table, months, p, null).customers;
  let n = 0;
  for (let c = 0; c < revenue.length; c++) if (isRanked(revenue[c], rowCounts[c])) n++;
  return n;
}

/** The latest period of the same length, ending with a month that has data, with two customers. */
function suggestedPeriod(
  table: TableData,
  months: Int32Array,
  chosen: Period
): { period: Period; count: number } | null {
  const ends = [...new Set(months)].filter((m) => m !== chosen.to).sort((a, b) => b - a);
  for (const end of ends.slice(0, MAX_TRIED)) {
    const p = latestMonths(end, chosen.months);
    const count = customersWithRevenue(table, months, p);
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
    from: monthLabel(chosen.from),
    to: monthLabel(chosen.to),
    customers: table.keyList.length,
    dataFrom: monthLabel(data.from),
    dataTo: monthLabel(data.to),
  };
  const better = suggestedPeriod(table, months, chosen);
  if (!better) return new AnalysisError("PERIOD_TOO_FEW_CUSTOMERS", params);
  return new AnalysisError("PERIOD_TOO_FEW_CUSTOMERS_TRY", {
    ...params,
    tryFrom: monthLabel(better.period.from),
    tryTo: monthLabel(better.period.to),
    tryCount: better.count,
  });
}
