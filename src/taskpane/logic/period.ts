// The period rule of a run (stored with it) and what it means for the analysis and the pickers.
import type { AnalysisOptions } from "../../core/analyze";
import { DEFAULT_PERIOD_MONTHS } from "../../core/time/period";
import { monthLabel, parseMonthLabel } from "../../core/time/months";
import type { RunRecord } from "../../core/time/runRecord";
import type { PeriodRule, RunSettings } from "../../excel/types";

export const DEFAULT_PERIOD: Extract<PeriodRule, { kind: "latest" }> = {
  kind: "latest",
  months: DEFAULT_PERIOD_MONTHS,
};

type TimeRequest = Exclude<AnalysisOptions["time"], false | undefined>;

/**
 * The time options of a run: "latest N" is applied by the core to the data it reads (so Refresh
 * next month takes the latest months of the new data); a fixed period names its months.
 */
export function timeOptionsOf(run: RunSettings, lastRun?: RunRecord | null): TimeRequest {
  const time: TimeRequest = {};
  const rule = run.period ?? DEFAULT_PERIOD;
  if (rule.kind === "fixed") {
    const from = parseMonthLabel(rule.from);
    const to = parseMonthLabel(rule.to);
    if (!Number.isNaN(from) && !Number.isNaN(to)) time.period = { from, to };
  } else if (rule.months !== DEFAULT_PERIOD_MONTHS) {
    time.latestMonths = rule.months;
  }
  if (run.xyzLimits) time.xyzLimits = run.xyzLimits;
  if (lastRun) time.lastRun = lastRun;
  return time;
}

/** The months a picker offers: every month from the first to the last with data, "YYYY-MM". */
export function monthChoices(dataFrom: number, dataTo: number): string[] {
  const out: string[] = [];
  for (let m = dataFrom; m <= dataTo; m++) out.push(monthLabel(m));
  return out;
}

/** The fixed rule for a chosen range, from and to in order. */
export function fixedPeriod(from: string, to: string): PeriodRule {
  return from <= to ? { kind: "fixed", from, to } : { kind: "fixed", from: to, to: from };
}
