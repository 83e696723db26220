// Everything the Excel layer can say, in one catalogue: the core's messages, the KAM sheets' and
// the time axis's report lines and this layer's own. The task pane shows the same messages.
import { buildCatalogue } from "../core/i18n/catalogue";
import { CORE_MESSAGES } from "../core/i18n/messages";
import { KAM_MESSAGES } from "../core/kam/messages";
import { ONE_PAGER_MESSAGES } from "../core/kam/onePager/messages";
import { TIME_SHEET_MESSAGES } from "./analysisSheet/timeLabels";
import { TIME_MESSAGES } from "../core/time/messages";
import type { Language, Message } from "../core/types";
import { EXCEL_MESSAGES, message } from "./host/labels";

export const EXCEL_CATALOGUE = buildCatalogue(
  CORE_MESSAGES,
  KAM_MESSAGES,
  ONE_PAGER_MESSAGES,
  TIME_MESSAGES,
  TIME_SHEET_MESSAGES,
  EXCEL_MESSAGES
);

/** A message of this layer in words, for the cells the add-in writes. */
export function text(code: string, lang: Language, params?: Message["params"]): string {
  return EXCEL_CATALOGUE.translate(message(code, params), lang);
}
