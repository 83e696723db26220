import { fillTemplate } from "../../core/i18n/fill";
import type { Language } from "../../core/types";
import { STRINGS, type StringKey, type Strings } from "./strings";

export type Params = Record<string, string | number>;

/** The translator a component uses: t("useSelection"), t("rowsUsed", { count: 3 }). */
export type T = (key: StringKey, params?: Params) => string;

const LOCALES: Record<Language, string> = { en: "en-US", de: "de-DE" };

/**
 * Strings with a numeric `count` take the `<key>One` wording where the language's plural rules
 * say "one" (Intl.PluralRules), e.g. "1 key account added" next to "{count} key accounts added".
 */
export function translator(lang: Language): T {
  const table: Strings = STRINGS[lang];
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return (key, params) => {
    const one = `${key}One` as StringKey;
    const count = params?.count;
    const useOne = typeof count === "number" && one in table && rules.select(count) === "one";
    return fillTemplate(table[useOne ? one : key], params, lang);
  };
}
