// The user's language as Office reports it (displayLanguage), "de" or "en".
import { languageOf } from "../../core/i18n/format";
import type { Language } from "../../core/types";

export function language(): Language {
  return languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}
