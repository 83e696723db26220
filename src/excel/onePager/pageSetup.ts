// A4 landscape, one page, print area, no gridlines. Worksheet.pageLayout needs ExcelApi 1.9, above
// the manifest's 1.8 (Excel 2019 stops at 1.8): there the sheet is written all the same and the
// report tells the user how to set the page up by hand.
import type { Message } from "../../core/types";
import { capabilities } from "../host/capabilities";

/** Narrow margins (0.25" left/right, 0.5" top/bottom, in points): more room for the two panels. */
const SIDE_MARGIN = 18;
const TOP_MARGIN = 36;

/** Queues the page setup; returns the note for hosts without pageLayout, else null. */
export function queuePageSetup(
  sheet: Excel.Worksheet,
  rows: number,
  columns: number
): Message | null {
  // showGridlines is ExcelApi 1.8: every host of the manifest has it.
  sheet.showGridlines = false;
  if (!capabilities().pageLayout) return { code: "KAM_ONEPAGER_NO_PAGE_SETUP", params: {} };
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  // One page wide and tall: the one-pager is what a manager takes into the meeting.
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  page.leftMargin = SIDE_MARGIN;
  page.rightMargin = SIDE_MARGIN;
  page.topMargin = TOP_MARGIN;
  page.bottomMargin = TOP_MARGIN;
  page.centerHorizontally = true;
  page.printGridlines = false;
  page.setPrintArea(sheet.getRangeByIndexes(0, 0, rows, columns));
  return null;
}
