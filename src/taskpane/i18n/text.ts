import { formatNumber } from "../../core/i18n/format";
import type { Language } from "../../core/types";
import { STRINGS, type StringKey, type Strings } from "./strings";

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; numbers are formatted for the language (12345 -> "12.345"). */
export function fill(template: string, params: Params = {}, lang: Language = "en"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, lang) : v;
  });
}

/** The translator a component uses: t("useSelection"), t("rowsUsed", { count: 3 }). */
export type T = (key: StringKey, params?: Params) => string;

export function translator(lang: Language): T {
  const table: Strings = STRINGS[lang];
  return (key, params) => fill(table[key], params, lang);
}
