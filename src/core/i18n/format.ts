import type { Language } from "../types";

const LOCALES: Record<Language, string> = { en: "en-US", de: "de-DE" };
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
  return formatter(lang, "p" + digits, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** 1234.5 -> "1,234.50" / "1.234,50". */
export function formatAmount(value: number, lang: Language, digits = 2): string {
  return formatter(lang, "a" + digits, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** 12345 -> "12,345" / "12.345"; fractions keep up to `digits` places. */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  return formatter(lang, "n" + digits, { maximumFractionDigits: digits }).format(value);
}

/** The user's language from a BCP 47 tag such as Office's displayLanguage ("de-AT" -> "de"). */
export function languageOf(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith("de") ? "de" : "en";
}
