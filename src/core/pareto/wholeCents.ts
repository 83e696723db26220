// Amounts in whole cents (nearly every revenue column) can be summed exactly, as cents.

/** Largest sum of cents that a double holds exactly (2^53). */
const EXACT_CENTS = 9007199254740992;

/**
 * True if every value is a whole number of cents and all of them together, as cents, stay below
 * 2^53: then sums of cents as doubles are exact, in any order.
 */
export function wholeCents(values: Float64Array): boolean {
  let absolute = 0;
  for (let i = 0; i < values.length; i++) {
    const k = Math.round(values[i] * 100);
    if (k / 100 !== values[i]) return false;
    absolute += Math.abs(k);
  }
  return absolute < EXACT_CENTS;
}
