import type { Language } from "../types";
import { LOCALES } from "./locales";

const cache = new Map<string, Intl.NumberFormat>();

function formatter(
  lang: Language,
  key: string,
  options: Intl.NumberFormatOptions
): Intl.NumberFormat {
  const id = lang + key;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(id, f);
  }
  return f;
}

/** 0.784 -> "78.4%" / "78,4 %". */
export function formatPercent(fraction: number, lang: Language, digits = 1): string {
  const fast = formatFast(fraction, 2, digits, true, lang);
  if (fast !== null) return fast + (lang === "de" ? "\u00a0%" : "%");
  return formatter(lang, "p" + digits, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** 1234.5 -> "1,234.50" / "1.234,50". */
export function formatAmount(value: number, lang: Language, digits = 2): string {
  const fast = formatFast(value, 0, digits, true, lang);
  if (fast !== null) return fast;
  return formatter(lang, "a" + digits, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** 12345 -> "12,345" / "12.345"; fractions keep up to `digits` places. */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  const fast = formatFast(value, 0, digits, false, lang);
  if (fast !== null) return fast;
  return formatter(lang, "n" + digits, { maximumFractionDigits: digits }).format(value);
}

/** 0.5 -> "0.5" / "0,5", 1 -> "1.0" with min 1: between `min` and `max` decimals, no grouping. */
export function formatDecimal(value: number, lang: Language, min: number, max: number): string {
  return formatter(lang, `d${min}-${max}`, {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    useGrouping: false,
  }).format(value);
}

/** The user's language from a BCP 47 tag such as Office's displayLanguage ("de-AT" -> "de"). */
export function languageOf(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith("de") ? "de" : "en";
}

// Intl.NumberFormat.format costs ~0.5 µs a call; reasons for 500,000 customers need millions of
// calls. The arithmetic path below gives the same text (tested against Intl) and leaves every
// case it cannot decide safely to Intl: Intl rounds the shortest decimal form of the number half
// away from zero, binary arithmetic can differ from that only right at a tie.

const GROUP: Record<Language, string> = { en: ",", de: "." };
const DECIMAL: Record<Language, string> = { en: ".", de: "," };
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * `value` times 10^`shift` rounded to `digits` places, grouped, with the sign as Intl shows it
 * ("-0.0" for small negatives); null when Intl has to decide.
 */
function formatFast(
  value: number,
  shift: number,
  digits: number,
  keepZeros: boolean,
  lang: Language
): string | null {
  if (!Number.isFinite(value) || digits < 0 || digits + shift >= POW10.length) return null;
  const negative = value < 0 || Object.is(value, -0);
  const scaled = Math.abs(value) * POW10[digits + shift];
  if (!(scaled < 1e14)) return null;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  // Binary error of the product is below scaled * 2^-52; stay well away from the tie.
  if (Math.abs(rest - 0.5) <= Math.max(1e-9, scaled * 1e-15)) return null;
  const units = rest > 0.5 ? floor + 1 : floor;
  const scale = POW10[digits];
  const whole = Math.floor(units / scale);
  let fraction = digits === 0 ? "" : String(units - whole * scale).padStart(digits, "0");
  if (!keepZeros) fraction = fraction.replace(/0+$/, "");
  const sign = negative ? "-" : "";
  return sign + grouped(whole, GROUP[lang]) + (fraction ? DECIMAL[lang] + fraction : "");
}

function grouped(whole: number, separator: string): string {
  const s = String(whole);
  if (s.length <= 3) return s;
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += separator + s.slice(i, i + 3);
  return out;
}
