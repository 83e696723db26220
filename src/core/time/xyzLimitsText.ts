// The XYZ limits as people read them, in the pane and on the analysis sheet:
// "X ≤ 0.5 · Y ≤ 1.0 · Z > 1.0" / "X ≤ 0,5 · Y ≤ 1,0 · Z > 1,0".
import { formatDecimal } from "../i18n/format";
import type { Language } from "../types";

/** One limit with at least one decimal ("1.0", not "1": it is a ratio, not a count). */
export function limitText(value: number, lang: Language): string {
  return formatDecimal(value, lang, 1, 4);
}

/**
 * Which coefficient of variation makes X, Y and Z (limits inclusive, as xyzClass applies them).
 * No-break spaces inside each term: a narrow pane wraps between the terms, never after "≤".
 */
export function xyzLimitsText(limits: readonly [number, number], lang: Language): string {
  const x = limitText(limits[0], lang);
  const y = limitText(limits[1], lang);
  const term = (letter: string, op: string, limit: string) => `${letter}\u00a0${op}\u00a0${limit}`;
  return [term("X", "≤", x), term("Y", "≤", y), term("Z", ">", y)].join(" · ");
}
