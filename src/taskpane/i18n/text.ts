import { fillTemplate } from "../../core/i18n/fill";
import { isOne } from "../../core/i18n/locales";
import type { Language } from "../../core/types";
import { STRINGS, type StringKey, type Strings } from "./strings";

export type Params = Record<string, string | number>;

/** The translator a component uses: t("useSelection"), t("rowsUsed", { count: 3 }). */
export type T = (key: StringKey, params?: Params) => string;

/**
 * Strings with a numeric `count` take the `<key>One` wording where the language's plural rules
 * say "one", e.g. "1 key account added" next to "{count} key accounts added".
 */
export function translator(lang: Language): T {
  const table: Strings = STRINGS[lang];
  return (key, params) => {
    const one = `${key}One` as StringKey;
    const count = params?.count;
    const useOne = typeof count === "number" && one in table && isOne(count, lang);
    return fillTemplate(table[useOne ? one : key], params, lang);
  };
}
