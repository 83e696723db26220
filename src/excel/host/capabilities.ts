// Which optional Excel features this host offers. The manifest promises ExcelApi 1.8; everything
// newer is checked here at run time so that older hosts get a note instead of an error.

export interface Capabilities {
  /** ExcelApi 1.8: the baseline of the manifest (charts on a secondary axis, data validation). */
  baseline: boolean;
  /** ExcelApi 1.9: Range.getTables and Range.getSpecialCells("Visible"). */
  rangeTables: boolean;
  visibleCells: boolean;
  /** ExcelApi 1.9: Worksheet.getRanges and RangeAreas.select (several blocks at once). */
  rangeAreas: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (orientation, paper size, fit to pages, print area). */
  pageLayout: boolean;
}

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    // Outside a host (tests without a fake) nothing beyond the baseline is assumed.
    return false;
  }
}

export function capabilities(): Capabilities {
  const v19 = supported("1.9");
  return {
    baseline: supported("1.8"),
    rangeTables: v19,
    visibleCells: v19,
    rangeAreas: v19,
    mergedAreas: supported("1.13"),
    pageLayout: v19,
  };
}
