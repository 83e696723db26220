import { translate } from "./catalogue";
import type { Language } from "../../core/types";
import type { Notice } from "../state/notice";
import { translator, type T } from "./text";

export interface LangValue {
  lang: Language;
  t: T;
  /** A notice (pane string or core/Excel message) in the user's language. */
  say(n: Notice): string;
}

export function langValue(lang: Language): LangValue {
  const t = translator(lang);
  return {
    lang,
    t,
    say: (n) => (n.kind === "core" ? translate(n.message, lang) : t(n.key, n.params)),
  };
}
