// The messages the pane shows besides its own strings: the core's, the KAM sheets' and the time
// axis's report lines, and the Excel layer's notes and reports.
import { buildCatalogue } from "../../core/i18n/catalogue";
import { CORE_MESSAGES } from "../../core/i18n/messages";
import { KAM_MESSAGES } from "../../core/kam/messages";
import { ONE_PAGER_MESSAGES } from "../../core/kam/onePager/messages";
import { TIME_SHEET_MESSAGES } from "../../excel/analysisSheet/timeLabels";
import { TIME_MESSAGES } from "../../core/time/messages";
import { EXCEL_MESSAGES } from "../../excel/host/labels";

export const PANE_CATALOGUE = buildCatalogue(
  CORE_MESSAGES,
  KAM_MESSAGES,
  ONE_PAGER_MESSAGES,
  TIME_MESSAGES,
  TIME_SHEET_MESSAGES,
  EXCEL_MESSAGES
);

export const translate = PANE_CATALOGUE.translate;
export const describeIssue = PANE_CATALOGUE.describeIssue;
