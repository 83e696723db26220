import type { Language } from "../types";

/** The BCP 47 locale of each language, for Intl's numbers and plural rules (never for months). */
export const LOCALES: Record<Language, string> = { en: "en-US", de: "de-DE" };

const PLURALS: Record<Language, Intl.PluralRules> = {
  en: new Intl.PluralRules(LOCALES.en),
  de: new Intl.PluralRules(LOCALES.de),
};

/** Whether a count takes the singular wording ("1 Kunde", "1 customer") in the language. */
export function isOne(count: number, lang: Language): boolean {
  return PLURALS[lang].select(count) === "one";
}
