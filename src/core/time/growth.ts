// Growth against the previous period.

/**
 * (period − previous) / previous when the previous total is positive; NaN otherwise (the
 * customer is new, or shrank from nothing).
 */
export function growth(current: number, previous: number): number {
  return previous > 0 ? (current - previous) / previous : NaN;
}
