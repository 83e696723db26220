// The report's sentences, said the same way in the pane, on the analysis sheet and on the command
// line. Each is a Message: every face translates it with the core catalogue (numbers per locale).
import type { AnalysisResult, Summary } from "../analyze";
import type { Message } from "../types";

/** "14 of 60 customers (23.3%) make 80% of revenue." */
export function n80Sentence(
  summary: Pick<Summary, "n80" | "customers" | "n80CustomerShare">
): Message {
  return {
    code: "REPORT_N80",
    params: { count: summary.n80, customers: summary.customers, n80Pct: summary.n80CustomerShare },
  };
}

/** How the classes were drawn: "Fixed thresholds: A up to 80.0%, B up to 95.0% of ..." */
export function methodSentence(
  result: Pick<AnalysisResult, "method" | "thresholds" | "strict" | "limits">
): Message {
  const [a, b] = result.thresholds;
  if (result.method === "computed") {
    const limits = result.limits;
    if (!limits || limits.degenerate) return { code: "REPORT_METHOD_COMPUTED_PLAIN" };
    return {
      code: "REPORT_METHOD_COMPUTED",
      params: { abAmount: limits.abLimit, bcAmount: limits.bcLimit },
    };
  }
  const code =
    result.method === "count"
      ? "REPORT_METHOD_COUNT"
      : result.strict
        ? "REPORT_METHOD_FIXED_STRICT"
        : "REPORT_METHOD_FIXED";
  return { code, params: { aPct: a / 100, bPct: b / 100 } };
}
