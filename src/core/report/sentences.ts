// The report's sentences, said the same way in the pane, on the analysis sheet and on the command
// line. Each is a Message: every face translates it with the core catalogue (numbers per locale).
import type { AnalysisResult, Summary } from "../analyze";
import type { Message } from "../types";

/** What the classes were built on: revenue, or contribution margin (ReadOptions.valueColumn). */
export type ValueBasis = "revenue" | "margin";

/** "14 of 60 customers (23.3%) make 80% of revenue." (or "of the contribution margin") */
export function n80Sentence(
  summary: Pick<Summary, "n80" | "customers" | "n80CustomerShare">,
  basis: ValueBasis = "revenue"
): Message {
  return {
    code: basis === "margin" ? "REPORT_N80_MARGIN" : "REPORT_N80",
    params: { count: summary.n80, customers: summary.customers, n80Pct: summary.n80CustomerShare },
  };
}

/** How the classes were drawn: "Fixed thresholds: A up to 80.0%, B up to 95.0% of ..." */
export function methodSentence(
  result: Pick<AnalysisResult, "method" | "thresholds" | "strict" | "limits">,
  basis: ValueBasis = "revenue"
): Message {
  const onMargin = basis === "margin" ? "_MARGIN" : "";
  const [a, b] = result.thresholds;
  if (result.method === "computed") {
    const limits = result.limits;
    if (!limits || limits.degenerate) return { code: "REPORT_METHOD_COMPUTED_PLAIN" };
    return {
      code: "REPORT_METHOD_COMPUTED" + onMargin,
      params: { abAmount: limits.abLimit, bcAmount: limits.bcLimit },
    };
  }
  const code =
    result.method === "count"
      ? "REPORT_METHOD_COUNT"
      : result.strict
        ? "REPORT_METHOD_FIXED_STRICT" + onMargin
        : "REPORT_METHOD_FIXED" + onMargin;
  return { code, params: { aPct: a / 100, bPct: b / 100 } };
}
