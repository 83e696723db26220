// The XYZ limits as the pane edits them: a pair of numbers that may be invalid while the user
// types (shown with a message, never analysed), and what a SpinButton change makes of them.
import { DEFAULT_XYZ_LIMITS, xyzLimitProblems, xyzLimitsValid } from "../../core/time/xyz";
import { typedNumber } from "../../core/number/typedNumber";
import { limitText } from "../../core/time/xyzLimitsText";
import type { Language } from "../../core/types";
import type { FieldError } from "./thresholds";

export type XyzLimits = readonly [number, number];

export interface XyzCheck {
  /** The limits when they can be analysed. */
  value: XyzLimits | null;
  x?: FieldError;
  y?: FieldError;
}

/** The core's rule (X above 0, Y above X), as messages beside the fields. */
export function checkXyzLimits(limits: XyzLimits, lang: Language): XyzCheck {
  const problems = xyzLimitProblems(limits);
  const error = (problem: "positive" | "aboveX" | undefined): FieldError | undefined =>
    problem === "positive"
      ? { key: "xyzErrPositive" }
      : problem === "aboveX"
        ? { key: "xyzErrYAboveX", params: { x: limitText(limits[0], lang) } }
        : undefined;
  const x = error(problems.x);
  const y = error(problems.y);
  return { value: x || y ? null : limits, x, y };
}

/**
 * The value an arrow key should step to from text typed with a decimal comma ("0,7" and
 * ArrowUp: 0.75), or null when Fluent's SpinButton steps right by itself. It reads the typed
 * text with parseFloat, which stops at the comma: "0,7" was 0 and ArrowUp made it 0.05.
 */
export function stepFromTyped(
  typed: string,
  direction: 1 | -1,
  step: number,
  min: number
): number | null {
  const v = typedNumber(typed);
  if (v === null || v === parseFloat(typed)) return null;
  return Math.max(min, Math.round((v + direction * step) * 100) / 100);
}

/** The pair after one of its limits changed. */
export function withLimit(limits: XyzLimits, which: 0 | 1, value: number): XyzLimits {
  return which === 0 ? [value, limits[1]] : [limits[0], value];
}

export function sameLimits(a: XyzLimits, b: XyzLimits): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Stored limits as the pane takes them back: a valid pair, else the defaults. */
export function storedXyzLimits(stored: unknown): XyzLimits {
  if (
    Array.isArray(stored) &&
    stored.length === 2 &&
    stored.every((v) => typeof v === "number") &&
    xyzLimitsValid(stored as [number, number])
  )
    return [stored[0], stored[1]];
  return DEFAULT_XYZ_LIMITS;
}
