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

/**
 * Per customer (`customerOf[i]` is the customer of `values[i]`, below `count`), the sum of its
 * values in whole cents (see wholeCents), added exactly as cents and divided by 100 once: the
 * double nearest the exact sum.
 */
export function centSumsBy(
  values: Float64Array,
  customerOf: Int32Array,
  count: number
): Float64Array {
  const sums = new Float64Array(count);
  for (let i = 0; i < values.length; i++) sums[customerOf[i]] += Math.round(values[i] * 100);
  for (let c = 0; c < count; c++) sums[c] /= 100;
  return sums;
}

/** The sum of values in whole cents (see wholeCents), exact, as the nearest double. */
export function centTotal(values: Float64Array): number {
  let cents = 0;
  for (let i = 0; i < values.length; i++) cents += Math.round(values[i] * 100);
  return cents / 100;
}
