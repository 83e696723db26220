// Data validation and conditional formats of the KAM tables, from the core's descriptions.
import { resolveFormula, validationSource } from "../../core/kam";
import type { ConditionalFormatSpec, ValidationSpec } from "../../core/kam";
import type { Language } from "../../core/types";

/** Lower bound of the date validation: any real date, nothing before Excel's calendar. */
const FIRST_DATE = "1900-01-01";

function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: validationSource(v) as string } };
    case "wholeNumber":
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
    case "date":
      return { date: { formula1: FIRST_DATE, operator: "GreaterThanOrEqualTo" } };
  }
}

/** Replaces the validation of `range` (cells the add-in just created or owns the layout of). */
export function queueValidation(range: Excel.Range, v: ValidationSpec, lang: Language): void {
  const dv = range.dataValidation;
  dv.clear();
  dv.rule = validationRule(v);
  dv.errorAlert = {
    showAlert: true,
    style: v.kind === "list" && !v.strict ? "Warning" : "Stop",
    title: "Key Account Analyzer",
    message: v.message[lang],
  };
}

/** Adds one formula rule to `range`; `columnIndex` maps column ids to sheet columns. */
export function queueConditionalFormat(
  range: Excel.Range,
  rule: ConditionalFormatSpec,
  columnIndex: (id: string) => number,
  firstDataRow: number
): void {
  const cf = range.conditionalFormats.add("Custom");
  cf.custom.rule.formula = resolveFormula(rule, columnIndex, firstDataRow);
  cf.custom.format.fill.color = rule.fill;
  cf.custom.format.font.color = rule.font;
}
