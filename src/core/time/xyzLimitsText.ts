// The XYZ limits as people read them, in the pane and on the analysis sheet:
// "X ≤ 0.5 · Y ≤ 1.0 · Z > 1.0" / "X ≤ 0,5 · Y ≤ 1,0 · Z > 1,0".
import type { Language } from "../types";

const LOCALES: Record<Language, string> = { en: "en-US", de: "de-DE" };
const formats = new Map<Language, Intl.NumberFormat>();

/** One limit with at least one decimal ("1.0", not "1": it is a ratio, not a count). */
export function limitText(value: number, lang: Language): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 4,
      useGrouping: false,
    });
    formats.set(lang, f);
  }
  return f.format(value);
}

/** Which coefficient of variation makes X, Y and Z (limits inclusive, as xyzClass applies them). */
export function xyzLimitsText(limits: readonly [number, number], lang: Language): string {
  const x = limitText(limits[0], lang);
  const y = limitText(limits[1], lang);
  return `X ≤ ${x} · Y ≤ ${y} · Z > ${y}`;
}
