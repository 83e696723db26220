// Class colours as conditional formats: a rule per class on the cells, not fixed fills, so that a
// class the user types or a re-sort later is coloured correctly by Excel itself.
import type { AbcClass } from "../../core/types";

const CLASS_COLOURS: Record<AbcClass, { fill: string; font: string }> = {
  A: { fill: "#C6EFCE", font: "#006100" },
  B: { fill: "#FFEB9C", font: "#9C5700" },
  C: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** Replaces the conditional formats on `clearRange` and colours `range` by class letter. */
export function queueClassColours(range: Excel.Range, clearRange: Excel.Range = range): void {
  clearRange.conditionalFormats.clearAll();
  for (const letter of ["A", "B", "C"] as const) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = CLASS_COLOURS[letter].fill;
    cf.cellValue.format.font.color = CLASS_COLOURS[letter].font;
    cf.cellValue.rule = { formula1: `="${letter}"`, operator: "EqualTo" };
  }
}
