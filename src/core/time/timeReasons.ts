// One-line reasons per customer for every rule of the time axis, like classReason for classes.
import type { AnalysisResult } from "../analyze";
import { CLASS_LETTERS } from "../classify/classCodes";
import type { Message } from "../types";
import { NO_CLASS } from "./previousClasses";
import type { TimeAnalysis } from "./timeFigures";
import { NO_XYZ } from "./xyz";

/** The customer's reasons; null without a time axis. Customer `rank` is 0-based. */
export interface TimeReasons {
  xyz: Message;
  growth: Message;
  previousClass: Message;
  distance: Message;
  /** Only when stability is on. */
  stability: Message | null;
}

export function timeReasons(result: AnalysisResult, rank: number): TimeReasons | null {
  const time = result.time;
  if (!time) return null;
  const c = result.ranking.customer[rank];
  return {
    xyz: xyzReason(time, c),
    growth: growthReason(time, c, result.ranking.value[rank]),
    previousClass: previousClassReason(time, c, result.ranking.classes[rank]),
    distance: distanceReason(time, rank, result.ranking.classes[rank]),
    stability: stabilityReason(result, time, rank),
  };
}

export function xyzReason(time: TimeAnalysis, c: number): Message {
  const code = time.xyz[c];
  if (code === NO_XYZ) return { code: "TIME_XYZ_NONE" };
  const [x, y] = time.xyzLimits;
  const params = { cv: time.cv[c], months: time.period.months };
  if (code === 0) return { code: "TIME_XYZ_X", params: { ...params, limit: x } };
  if (code === 1) return { code: "TIME_XYZ_Y", params: { ...params, lower: x, limit: y } };
  return { code: "TIME_XYZ_Z", params: { ...params, limit: y } };
}

export function growthReason(time: TimeAnalysis, c: number, value: number): Message {
  const p = time.previous;
  if (!p || !time.previousRevenue) {
    const fromMonth = time.period.from - time.period.months;
    return { code: "TIME_GROWTH_NO_PREVIOUS", params: { fromMonth } };
  }
  const range = { fromMonth: p.from, toMonth: p.to };
  const g = time.growth[c];
  if (Number.isNaN(g)) return { code: "TIME_GROWTH_NEW", params: range };
  return {
    code: "TIME_GROWTH",
    params: {
      ...range,
      growthPct: g,
      valueAmount: value,
      previousAmount: time.previousRevenue[c],
    },
  };
}

export function previousClassReason(time: TimeAnalysis, c: number, cls: number): Message {
  const p = time.previous;
  if (!p || !time.previousClass) {
    const fromMonth = time.period.from - time.period.months;
    return { code: "TIME_PREVIOUS_NONE", params: { fromMonth } };
  }
  const params = { cls: CLASS_LETTERS[cls], fromMonth: p.from, toMonth: p.to };
  const before = time.previousClass[c];
  if (before === NO_CLASS) return { code: "TIME_PREVIOUS_NEW", params };
  const previous = CLASS_LETTERS[before];
  if (before === cls) return { code: "TIME_PREVIOUS_SAME", params };
  return {
    code: before > cls ? "TIME_PREVIOUS_UP" : "TIME_PREVIOUS_DOWN",
    params: { ...params, previous },
  };
}

export function distanceReason(time: TimeAnalysis, rank: number, cls: number): Message {
  const lacking = time.distance.lacking[rank];
  const buffer = time.distance.buffer[rank];
  const better = CLASS_LETTERS[Math.max(0, cls - 1)];
  const worse = CLASS_LETTERS[Math.min(2, cls + 1)];
  const hasLack = !Number.isNaN(lacking);
  const hasBuffer = !Number.isNaN(buffer);
  if (hasLack && hasBuffer) {
    return {
      code: "TIME_DISTANCE_B",
      params: { lackingAmount: lacking, bufferAmount: buffer, better, worse },
    };
  }
  if (hasBuffer) return { code: "TIME_DISTANCE_A", params: { bufferAmount: buffer, worse } };
  if (hasLack) return { code: "TIME_DISTANCE_C", params: { lackingAmount: lacking, better } };
  return { code: "TIME_DISTANCE_NONE", params: { cls: CLASS_LETTERS[cls] } };
}

/**
 * The reason of a customer that kept its class from the last run against this run's rule (it
 * replaces the class reason, which would speak of the rule's class); null for all others.
 */
export function keptClassReason(result: AnalysisResult, rank: number): Message | null {
  const s = result.time?.stability;
  return s && s.kept[rank] === 1 ? stabilityReason(result, result.time!, rank) : null;
}

function stabilityReason(result: AnalysisResult, time: TimeAnalysis, rank: number): Message | null {
  const s = time.stability;
  if (!s || !time.lastRun) return null;
  const c = result.ranking.customer[rank];
  const cls = CLASS_LETTERS[result.ranking.classes[rank]];
  const lastCode = time.lastRun.lastClass[c];
  if (lastCode === NO_CLASS) return { code: "TIME_STABLE_NEW", params: { cls } };
  const last = CLASS_LETTERS[lastCode];
  const params = { cls, last, positionPct: s.position[rank], marginPct: s.margin };
  if (s.kept[rank]) {
    const would = CLASS_LETTERS[s.ruleClasses[rank]];
    return { code: "TIME_STABLE_KEPT", params: { ...params, cls: would } };
  }
  if (last === cls) return { code: "TIME_STABLE_SAME", params: { cls } };
  return { code: "TIME_STABLE_MOVED", params };
}
