// The one-pager's sheet name: "Alpha AG – One-Pager", shortened to Excel's 31 characters and
// without the characters Excel refuses in sheet names.
import type { Language } from "../../types";

const SUFFIX: Record<Language, string> = { en: " – one-pager", de: " – One-Pager" };
/** Excel refuses \ / ? * [ ] : in sheet names and a leading or trailing apostrophe. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX = 31;

export function onePagerSheetName(customer: string, lang: Language): string {
  const suffix = SUFFIX[lang];
  const clean = customer
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const room = MAX - suffix.length;
  const name = clean.length > room ? clean.slice(0, room - 1).trimEnd() + "…" : clean;
  return (name || "?") + suffix;
}
