// XYZ: how steady a customer's monthly revenue is, as the coefficient of variation.
import { sum } from "../pareto/sum";

export type XyzClass = "X" | "Y" | "Z";

/** Default limits: X while cv <= 0.5, Y while cv <= 1.0, Z above. */
export const DEFAULT_XYZ_LIMITS: readonly [number, number] = [0.5, 1.0];

/**
 * Population standard deviation / mean of the monthly revenues (months without revenue must be
 * passed as 0). NaN when the mean is not positive: XYZ is defined only for a positive total.
 * Two passes over compensated sums, so cent amounts give the same cv as exact arithmetic to ~1e-15.
 */
export function coefficientOfVariation(monthly: ArrayLike<number>): number {
  const n = monthly.length;
  if (n === 0) return NaN;
  const mean = sum(monthly) / n;
  if (!(mean > 0)) return NaN;
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = monthly[i] - mean;
    squares[i] = d * d;
  }
  return Math.sqrt(sum(squares) / n) / mean;
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
