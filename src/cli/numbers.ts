// Machine-readable numbers for CSV, written without String(number) where that is safe:
// String() of a double costs ~0.3 µs, and a million of them showed up in the profile.

/**
 * Money: "1234.5" as "1234.50". A sum of cent amounts a hair off whole cents by binary
 * arithmetic (15502.960000000001) shows as cents; amounts with finer digits keep them all.
 */
export function plainAmount(v: number, decimal: string): string {
  const scaled = v * 100;
  const cents = Math.round(scaled);
  if (
    !(Math.abs(cents) < 1e15) ||
    Math.abs(scaled - cents) > 1e-9 * Math.max(1, Math.abs(scaled))
  ) {
    const s = String(v);
    return decimal === "." ? s : s.replace(".", decimal);
  }
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs - whole * 100;
  return (cents < 0 ? "-" : "") + whole + decimal + (frac < 10 ? "0" : "") + frac;
}

const SHARE_DIGITS = 12;
const SHARE_SCALE = 1e12;
const ZEROS = "0".repeat(SHARE_DIGITS);

/** A share between 0 and 1 with 12 decimals ("0.006081020379"); others as String() gives them. */
export function plainShare(v: number, decimal: string): string {
  if (!(v >= 0 && v <= 1)) {
    const s = String(v);
    return decimal === "." ? s : s.replace(".", decimal);
  }
  const units = Math.round(v * SHARE_SCALE);
  if (units >= SHARE_SCALE) return "1" + decimal + ZEROS;
  const digits = String(units);
  return "0" + decimal + ZEROS.slice(digits.length) + digits;
}
