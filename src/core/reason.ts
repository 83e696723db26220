import type { AnalysisResult } from "./analyze";
import { topCount } from "./classify/byCount";
import { CLASS_A, CLASS_B, CLASS_C, CLASS_LETTERS } from "./classify/classCodes";
import { SHARE_EPSILON } from "./pareto/countToReach";
import { keptClassReason } from "./time/timeReasons";
import type { AbcClass, Message } from "./types";

/** Why the customer at `rank` (0-based) got its class, as a one-line translatable message. */
export function classReason(result: AnalysisResult, rank: number): Message {
  const kept = keptClassReason(result, rank);
  if (kept) return kept;
  const { ranking, method, thresholds } = result;
  const cls = ranking.classes[rank];
  const letter = CLASS_LETTERS[cls];
  const value = ranking.value[rank];
  if (value <= 0) return { code: "REASON_NO_REVENUE", params: { cls: letter } };
  const beforePct = rank === 0 ? 0 : ranking.cumulativeShare[rank - 1];
  const cumulativePct = ranking.cumulativeShare[rank];
  const boundary = cls === CLASS_A ? result.aCount : result.bCount;
  const tied = cls !== CLASS_C && isTieExtension(result, rank, boundary);

  if (method === "computed" && result.limits) {
    const { abLimit, bcLimit } = result.limits;
    const code =
      cls === CLASS_A
        ? "REASON_COMPUTED_A"
        : cls === CLASS_B
          ? "REASON_COMPUTED_B"
          : "REASON_COMPUTED_C";
    return {
      code,
      params: { cls: letter, valueAmount: value, abAmount: abLimit, bcAmount: bcLimit },
    };
  }
  const [a, b] = thresholds;
  const limitPct = (cls === CLASS_A ? a : b) / 100;
  if (method === "count") {
    const code = cls === CLASS_C ? "REASON_COUNT_C" : tied ? "REASON_COUNT_TIE" : "REASON_COUNT_IN";
    return {
      code,
      params: {
        cls: letter,
        rank: rank + 1,
        n: ranking.count,
        limitPct: cls === CLASS_C ? b / 100 : limitPct,
      },
    };
  }
  if (result.strict) {
    const code = cls === CLASS_C ? "REASON_STRICT_C" : "REASON_STRICT_IN";
    return {
      code,
      params: { cls: letter, cumulativePct, limitPct: cls === CLASS_C ? b / 100 : limitPct },
    };
  }
  if (cls === CLASS_C)
    return { code: "REASON_FIXED_C", params: { cls: letter, beforePct, limitPct: b / 100 } };
  if (tied) return { code: "REASON_FIXED_TIE", params: { cls: letter, beforePct, limitPct } };
  return { code: "REASON_FIXED_IN", params: { cls: letter, beforePct, limitPct } };
}

/** True when the customer is in its class only because it ties with the customer at the limit. */
function isTieExtension(result: AnalysisResult, rank: number, boundary: number): boolean {
  const { ranking, method, thresholds } = result;
  const cls = ranking.classes[rank];
  const limit = (cls === CLASS_A ? thresholds[0] : thresholds[1]) / 100;
  if (method === "fixed") {
    const before = rank === 0 ? 0 : ranking.cumulativeShare[rank - 1];
    return before >= limit - SHARE_EPSILON && rank < boundary;
  }
  if (method === "count") return rank >= topCount(ranking.count, limit) && rank < boundary;
  return false;
}

/** One customer of the result as a plain record (for JSON, CSV and sheets). */
export interface CustomerRecord {
  rank: number;
  key: string;
  customer: string;
  customerId: string | null;
  value: number;
  margin: number | null;
  share: number;
  cumulativeShare: number;
  class: AbcClass;
  reason: Message;
  rows: number;
}

export function customerRecord(result: AnalysisResult, rank: number): CustomerRecord {
  const { ranking, customers } = result;
  const c = ranking.customer[rank];
  const margin = customers.margin ? customers.margin[c] : NaN;
  return {
    rank: rank + 1,
    key: customers.keys[c],
    customer: customers.names[c],
    customerId: customers.ids ? customers.ids[c] : null,
    value: ranking.value[rank],
    margin: Number.isNaN(margin) ? null : margin,
    share: ranking.share[rank],
    cumulativeShare: ranking.cumulativeShare[rank],
    class: CLASS_LETTERS[ranking.classes[rank]],
    reason: classReason(result, rank),
    rows: customers.rowCounts[c],
  };
}
