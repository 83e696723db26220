// The period of analysis and the one before it, as ranges of whole calendar months.
import { monthLabel, parseMonthLabel } from "./months";

/** Whole months `from` to `to` (month indices, inclusive); `months` = to - from + 1. */
export interface Period {
  from: number;
  to: number;
  months: number;
}

/** Months of the default period. */
export const DEFAULT_PERIOD_MONTHS = 12;

export function period(from: number, to: number): Period {
  return { from, to, months: to - from + 1 };
}

/** The default: the `months` calendar months ending with the month of the latest date. */
export function latestMonths(latest: number, months = DEFAULT_PERIOD_MONTHS): Period {
  return period(latest - months + 1, latest);
}

/** The same number of months directly before. */
export function previousPeriod(p: Period): Period {
  return period(p.from - p.months, p.from - 1);
}

/** "2025-12:2026-11" -> months; also a single "2026-03". Null when it is no range of months. */
export function parsePeriod(text: string): Period | null {
  const [a, b, extra] = text.split(":");
  if (extra !== undefined) return null;
  const from = parseMonthLabel(a);
  const to = b === undefined ? from : parseMonthLabel(b);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  return period(from, to);
}

/** {"from": "2025-12", "to": "2026-11", "months": 12} as the JSON output writes it. */
export function periodLabels(p: Period): { from: string; to: string; months: number } {
  return { from: monthLabel(p.from), to: monthLabel(p.to), months: p.months };
}
