// Everything the time axis adds to an analysis: XYZ, growth, previous class, migration, the
// ABC-XYZ matrix, distances to the neighbouring classes, sensitivity, stability, the last run.
import type { AnalysisResult } from "../analyze";
import { abcXyzMatrix, type AbcXyzCell, type AbcXyzFigures } from "./abcXyz";
import { classDistance, type ClassDistance } from "./classDistance";
import { growth as growthOf } from "./growth";
import { compareWithLastRun, lastClasses, type LastRunComparison } from "./lastRun";
import { migration as migrationOf, type Migration } from "./migration";
import type { Period } from "./period";
import { classesOfRevenue, NO_CLASS } from "./previousClasses";
import type { RunRecord } from "./runRecord";
import { classSensitivity, type Sensitivity } from "./sensitivity";
import { stableClasses, type StabilityResult } from "./stability";
import type { TimeAxis } from "./timeAxis";
import { coefficientOfVariation, DEFAULT_XYZ_LIMITS, NO_XYZ, xyzCode } from "./xyz";

export interface TimeOptions {
  /** Whole months to analyse (month indices); default: 12 ending with the latest month in the data. */
  period?: { from: number; to: number };
  /** Without `period`: how many months end with the latest month in the data (default 12). */
  latestMonths?: number;
  /** XYZ limits on the coefficient of variation; default [0.5, 1.0]. */
  xyzLimits?: readonly [number, number];
  /** The record of the last run: compared with, and the base of stability. */
  lastRun?: RunRecord;
  /**
   * Keep last run's class while within this margin of the limit (share, 0.02 = 2 points);
   * undefined = off (the default). Needs lastRun.
   */
  stabilityMargin?: number;
}

/** The time section of an AnalysisResult. Per customer: by customer index; per rank: by rank. */
export interface TimeAnalysis {
  layout: "dateColumn" | "monthColumns";
  dataFrom: number;
  dataTo: number;
  period: Period;
  previous: Period | null;
  /** Entries (invoice lines, month cells) in neither period, not counted. */
  outsideEntries: number;
  xyzLimits: readonly [number, number];
  /** Per customer and month of the period: customer c's month j at c * period.months + j. */
  monthly: Float64Array;
  /** Per customer: revenue in the previous period; null without one. */
  previousRevenue: Float64Array | null;
  /** Per customer: coefficient of variation of the period's monthly revenue; NaN if none. */
  cv: Float64Array;
  /** Per customer: 0 X, 1 Y, 2 Z, NO_XYZ (255) without a positive period total. */
  xyz: Uint8Array;
  /** Per customer: growth against the previous period; NaN when none. */
  growth: Float64Array;
  /** Per customer: 1 when there is a previous period and it brought no positive revenue. */
  isNew: Uint8Array;
  /** Per customer: class in the previous period (NO_CLASS without a positive total there). */
  previousClass: Uint8Array | null;
  /** Per customer: class now for migration (NO_CLASS without a positive period total). */
  currentClass: Uint8Array;
  migration: Migration | null;
  abcXyz: Record<AbcXyzCell, AbcXyzFigures>;
  /** Per rank, against the classes before stability. */
  distance: ClassDistance;
  sensitivity: Sensitivity | null;
  /** Per rank; null when stability is off or does not apply. */
  stability: (StabilityResult & { margin: number }) | null;
  lastRun: LastRunComparison | null;
}

/**
 * The figures of the time axis for a result ranked on the period's revenue. Stability, when on,
 * is returned, not applied: analyze() puts its classes into the ranking.
 */
export function timeFigures(
  result: AnalysisResult,
  axis: TimeAxis,
  options: TimeOptions = {}
): TimeAnalysis {
  const { customers, ranking, method, strict } = result;
  const thresholds = result.thresholds;
  const { sums, period, previous } = axis;
  const count = customers.count;
  const P = period.months;
  const xyzLimits = options.xyzLimits ?? DEFAULT_XYZ_LIMITS;
  // Stability first: it decides the classes everything after it compares.
  let stability: TimeAnalysis["stability"] = null;
  if (options.lastRun && options.stabilityMargin !== undefined) {
    const last = lastClasses(customers.keys, options.lastRun);
    const lastByRank = new Uint8Array(ranking.count);
    for (let r = 0; r < ranking.count; r++) lastByRank[r] = last[ranking.customer[r]];
    const margin = options.stabilityMargin;
    const s = stableClasses(
      ranking.classes,
      ranking.value,
      ranking.cumulativeShare,
      lastByRank,
      method,
      thresholds,
      strict,
      margin
    );
    stability = s ? { ...s, margin } : null;
  }
  const classes = stability ? stability.classes : ranking.classes;
  const cv = new Float64Array(count).fill(NaN);
  const xyz = new Uint8Array(count).fill(NO_XYZ);
  const growth = new Float64Array(count).fill(NaN);
  const isNew = new Uint8Array(count);
  const currentClass = new Uint8Array(count).fill(NO_CLASS);
  const prev = sums.previousRevenue;
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    const v = ranking.value[r];
    if (!(v > 0)) continue;
    currentClass[c] = classes[r];
    cv[c] = coefficientOfVariation(sums.monthly, c * P, P);
    xyz[c] = xyzCode(cv[c], xyzLimits);
    if (prev) {
      growth[c] = growthOf(v, prev[c]);
      if (!(prev[c] > 0)) isNew[c] = 1;
    }
  }
  const previousClass = prev
    ? classesOfRevenue(prev, customers.keyOrder ?? customers.keys, method, thresholds, strict)
    : null;
  const migration =
    previousClass && prev
      ? migrationOf(previousClass, currentClass, customers.revenue, prev)
      : null;
  const lastRun = options.lastRun
    ? compareWithLastRun(customers.keys, currentClass, customers.revenue, options.lastRun)
    : null;
  return {
    layout: axis.layout,
    dataFrom: axis.dataFrom,
    dataTo: axis.dataTo,
    period,
    previous,
    outsideEntries: sums.outsideEntries,
    xyzLimits,
    monthly: sums.monthly,
    previousRevenue: prev,
    cv,
    xyz,
    growth,
    isNew,
    previousClass,
    currentClass,
    migration,
    abcXyz: abcXyzMatrix(ranking.customer, classes, ranking.value, xyz, result.summary.total),
    distance: classDistance(ranking.value, ranking.classes),
    sensitivity: classSensitivity(
      ranking.value,
      ranking.cumulativeShare,
      ranking.classes,
      method,
      thresholds,
      strict
    ),
    stability,
    lastRun,
  };
}
