// The monthly revenue of the period split into the class A customers and all others, as the
// analysis sheet's chart of the key accounts against the rest shows it.
import type { AnalysisResult } from "../analyze";
import { CLASS_A } from "../classify/classCodes";
import { sum } from "../pareto/sum";
import type { TimeAnalysis } from "./timeFigures";

/** Per month of the period: revenue of the class A customers and of all others (compensated). */
export function monthlySplit(result: AnalysisResult): { a: number[]; others: number[] } {
  const time = result.time as TimeAnalysis;
  const { ranking, customers } = result;
  const P = time.period.months;
  const isA = new Uint8Array(customers.count);
  for (let r = 0; r < ranking.count; r++)
    if (ranking.classes[r] === CLASS_A) isA[ranking.customer[r]] = 1;
  const a: number[] = [];
  const others: number[] = [];
  const inA = new Float64Array(customers.count);
  const rest = new Float64Array(customers.count);
  for (let j = 0; j < P; j++) {
    for (let c = 0; c < customers.count; c++) {
      const v = time.monthly[c * P + j];
      inA[c] = isA[c] ? v : 0;
      rest[c] = isA[c] ? 0 : v;
    }
    a.push(sum(inA));
    others.push(sum(rest));
  }
  return { a, others };
}
