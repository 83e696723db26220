// XYZ: how steady a customer's monthly revenue is, as the coefficient of variation.

export type XyzClass = "X" | "Y" | "Z";

/** Default limits: X while cv <= 0.5, Y while cv <= 1.0, Z above. */
export const DEFAULT_XYZ_LIMITS: readonly [number, number] = [0.5, 1.0];

/** What is wrong with each limit of a pair: X must be above 0, Y above X (both finite). */
export interface XyzLimitProblems {
  x?: "positive";
  y?: "positive" | "aboveX";
}

export function xyzLimitProblems(limits: readonly [number, number]): XyzLimitProblems {
  const [x, y] = limits;
  const positive = (v: number) => Number.isFinite(v) && v > 0;
  if (!positive(x)) return positive(y) ? { x: "positive" } : { x: "positive", y: "positive" };
  return Number.isFinite(y) && y > x ? {} : { y: "aboveX" };
}

/** Limits that split the CVs into three classes: X above 0, Y above X, both finite. */
export function xyzLimitsValid(limits: readonly [number, number]): boolean {
  const problems = xyzLimitProblems(limits);
  return !problems.x && !problems.y;
}

/** The default limits (the pane and the stored run leave them out then). */
export function isDefaultXyzLimits(limits: readonly [number, number]): boolean {
  return limits[0] === DEFAULT_XYZ_LIMITS[0] && limits[1] === DEFAULT_XYZ_LIMITS[1];
}

/**
 * Population standard deviation / mean of the monthly revenues (months without revenue must be
 * passed as 0). NaN when the mean is not positive: XYZ is defined only for a positive total.
 * Two passes over compensated sums, so cent amounts give the same cv as exact arithmetic to ~1e-15.
 * `start` and `length` pick one customer's months out of a customers × months array without a copy.
 */
export function coefficientOfVariation(
  monthly: ArrayLike<number>,
  start = 0,
  length = monthly.length - start
): number {
  const n = length;
  if (n <= 0) return NaN;
  const mean = compensatedSum(monthly, start, n, NaN) / n;
  if (!(mean > 0)) return NaN;
  return Math.sqrt(compensatedSum(monthly, start, n, mean) / n) / mean;
}

/** Neumaier sum of the values, or of their squared distances from `mean` when it is a number. */
function compensatedSum(values: ArrayLike<number>, start: number, n: number, mean: number): number {
  const squares = !Number.isNaN(mean);
  let s = 0;
  let c = 0;
  for (let i = start; i < start + n; i++) {
    const d = values[i] - mean;
    const v = squares ? d * d : values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** X, Y or Z for a coefficient of variation; null when cv is not a number. Limits are inclusive. */
export function xyzClass(
  cv: number,
  limits: readonly [number, number] = DEFAULT_XYZ_LIMITS
): XyzClass | null {
  if (!Number.isFinite(cv)) return null;
  if (cv <= limits[0]) return "X";
  if (cv <= limits[1]) return "Y";
  return "Z";
}

/** XYZ classes as bytes for many customers: 0 = X, 1 = Y, 2 = Z, NO_XYZ = none. */
export const XYZ_LETTERS: readonly XyzClass[] = ["X", "Y", "Z"];
export const NO_XYZ = 255;

/** The byte code of xyzClass (NO_XYZ for null). */
export function xyzCode(
  cv: number,
  limits: readonly [number, number] = DEFAULT_XYZ_LIMITS
): number {
  const x = xyzClass(cv, limits);
  return x === null ? NO_XYZ : XYZ_LETTERS.indexOf(x);
}
