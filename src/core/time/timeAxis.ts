// The time axis of an analysis: which months, which period, and the sums per customer in it.
import { AnalysisError } from "../errors";
import type { TableData } from "../table/readTable";
import { latestMonths, period, previousPeriod, type Period } from "./period";
import { periodSums, type PeriodSums } from "./periodSums";

export interface TimeAxisOptions {
  /** Whole months to analyse (month indices); default: 12 ending with the latest month in the data. */
  period?: { from: number; to: number };
  /** Without `period`: how many months end with the latest month in the data (default 12). */
  latestMonths?: number;
}

export interface TimeAxis {
  layout: "dateColumn" | "monthColumns";
  /** First and last month with data (any entry). */
  dataFrom: number;
  dataTo: number;
  period: Period;
  /** The same number of months before; null when the data does not reach back to its start. */
  previous: Period | null;
  sums: PeriodSums;
}

/** Null when the table has neither a date column nor month columns. */
export function timeAxis(table: TableData, options: TimeAxisOptions = {}): TimeAxis | null {
  const months = table.months;
  if (months === null || table.timeLayout === "none" || months.length === 0) return null;
  let first = months[0];
  let last = months[0];
  for (let i = 1; i < months.length; i++) {
    const m = months[i];
    if (m < first) first = m;
    else if (m > last) last = m;
  }
  const chosen = options.period
    ? period(options.period.from, options.period.to)
    : latestMonths(last, options.latestMonths);
  if (chosen.to < first || chosen.from > last) {
    throw new AnalysisError("PERIOD_WITHOUT_DATA", {
      fromMonth: chosen.from,
      toMonth: chosen.to,
      dataFromMonth: first,
      dataToMonth: last,
    });
  }
  const before = previousPeriod(chosen);
  const previous = first <= before.from ? before : null;
  return {
    layout: table.timeLayout === "monthColumns" ? "monthColumns" : "dateColumn",
    dataFrom: first,
    dataTo: last,
    period: chosen,
    previous,
    sums: periodSums(table, months, chosen, previous),
  };
}
