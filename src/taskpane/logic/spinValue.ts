// What a SpinButton change stands for. Fluent's SpinButton passes the stepped value, or only the
// text as typed (value undefined) when the user types and leaves the field.
import { typedNumber } from "../../core/number/typedNumber";

/** The stepped value, else the typed text read as a number; null when it is blank or no number. */
export function spinValue(
  value: number | null | undefined,
  typed: string | undefined
): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return typedNumber(typed);
}

/** A whole number, not negative (weights, minimum score, count); null when there is none. */
export function wholeNumberOf(
  value: number | null | undefined,
  typed: string | undefined
): number | null {
  const v = spinValue(value, typed);
  return v !== null && v >= 0 ? Math.round(v) : null;
}
