// Plain numbers ("1406.13", "-5", ".5", and "1406,13" where the comma is the decimal sign) read
// from ASCII bytes, without a string.

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * bytes[start, end) as Number() reads it if it is a plain number (PLAIN_NUMBER of the core)
 * without an exponent and with at most 15 digits; with `commaDecimal` the decimal sign is a
 * comma instead ("1406,13" as the core reads it where the comma is the decimal sign). NaN
 * otherwise, and for a number with a dot when `commaDecimal` (there the dot may group
 * thousands: the core's parser decides).
 * Exact: up to 15 digits the digits are an exact integer below 2^53 and the power of ten is
 * exact, so their quotient is the correctly rounded double, which is what Number() returns.
 */
export function plainNumber(
  bytes: Uint8Array,
  start: number,
  end: number,
  commaDecimal: boolean
): number {
  let i = start;
  let negative = false;
  if (i < end && (bytes[i] === 45 || bytes[i] === 43)) {
    negative = bytes[i] === 45;
    i++;
  }
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const b = bytes[i];
    if (b >= 48 && b <= 57) {
      mantissa = mantissa * 10 + (b - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (fraction < 0 && b === (commaDecimal ? 44 : 46)) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  return negative ? -value : value;
}
