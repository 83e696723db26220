import { typedNumber } from "../../core/number/typedNumber";
import type { Method } from "../../core/types";
import type { StringKey } from "../i18n/strings";

/** A validation message for one field, translated by the component. */
export interface FieldError {
  key: StringKey;
  params?: Record<string, string | number>;
}

export interface ThresholdCheck {
  /** The thresholds in percent when both fields are valid. */
  value: [number, number] | null;
  a?: FieldError;
  b?: FieldError;
}

/** Checks the two limits as typed: each within (0, 100], and B above A. */
export function checkThresholds(method: Method, aText: string, bText: string): ThresholdCheck {
  if (method === "computed") return { value: [NaN, NaN] };
  const a = typedNumber(aText, { percent: true });
  const b = typedNumber(bText, { percent: true });
  const out: ThresholdCheck = { value: null };
  const range = (v: number | null): FieldError | undefined =>
    v === null ? { key: "errNotANumber" } : v <= 0 || v > 100 ? { key: "errRange" } : undefined;
  out.a = range(a);
  out.b = range(b);
  if (!out.a && !out.b && a !== null && b !== null) {
    // A at 100 leaves no room for B.
    if (b <= a) out.b = { key: "errBAboveA", params: { a: aText.trim() } };
    else out.value = [a, b];
  }
  return out;
}

/** Presets for the fixed thresholds (A, B in percent); the count method has none. */
export const FIXED_PRESETS: [number, number][] = [
  [80, 95],
  [70, 90],
];
