// The run record of an analysis (see runRecord.ts for its text form).
import type { AnalysisResult } from "../analyze";
import { CLASS_LETTERS } from "../classify/classCodes";
import { monthLabel } from "./months";
import type { RunRecord } from "./runRecord";
import { NO_XYZ, XYZ_LETTERS } from "./xyz";

/** Null without a time axis; `date` is the day of the run ("YYYY-MM-DD"). */
export function runRecordOf(result: AnalysisResult, date: string): RunRecord {
  const time = result.time;
  if (!time) throw new Error("runRecordOf needs an analysis with a time axis");
  const { ranking, customers } = result;
  const out: RunRecord["customers"] = [];
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    if (!(ranking.value[r] > 0)) continue;
    out.push({
      key: customers.keys[c],
      revenue: ranking.value[r],
      class: CLASS_LETTERS[ranking.classes[r]],
      xyz: time.xyz[c] === NO_XYZ ? null : XYZ_LETTERS[time.xyz[c]],
    });
  }
  return {
    date,
    from: monthLabel(time.period.from),
    to: monthLabel(time.period.to),
    method: result.method,
    thresholds: result.method === "computed" ? null : result.thresholds,
    customers: out,
  };
}
