// The whole KAM workbook layout for one language-neutral description of the data.
import { columnLetter } from "../a1";
import type { Language } from "../types";
import { ACTIONS_TABLE } from "./actionsTable";
import { KAM_LISTS, LISTS_SHEET, listSpec } from "./lists";
import { planTable, type DataShape } from "./planTable";
import { ROADMAP_TABLE } from "./roadmapTable";
import { STAKEHOLDERS_TABLE } from "./stakeholdersTable";
import type { ColumnSpec, ConditionalFormatSpec, KamLayout, ValidationSpec } from "./types";

export function kamLayout(shape: DataShape): KamLayout {
  return {
    tables: [planTable(shape), ACTIONS_TABLE, STAKEHOLDERS_TABLE, ROADMAP_TABLE],
    lists: KAM_LISTS,
    listsSheet: LISTS_SHEET,
  };
}

/** The header of a column in the workbook's language. */
export function headersOf(columns: readonly ColumnSpec[], lang: Language): string[] {
  return columns.map((c) => c.header[lang]);
}

/** Data-validation list source: the list's workbook name, so the list can grow in one place. */
export function validationSource(v: ValidationSpec): string | null {
  return v.kind === "list" ? "=" + listSpec(v.list).name : null;
}

/**
 * A conditional-format formula for the first data row: `{id}` becomes that column's cell with an
 * absolute column and a relative row (e.g. `$J2`), so Excel applies the rule row by row.
 */
export function resolveFormula(
  rule: ConditionalFormatSpec,
  columnIndex: (id: string) => number,
  firstDataRow: number
): string {
  return (
    "=" +
    rule.formula.replace(/\{(\w+)\}/g, (_, id: string) => {
      const index = columnIndex(id);
      if (index < 0)
        throw new Error(`Conditional format ${rule.id} refers to missing column ${id}`);
      return `$${columnLetter(index)}${firstDataRow}`;
    })
  );
}

/** Column ids a conditional format refers to. */
export function formulaColumns(rule: ConditionalFormatSpec): string[] {
  return [...rule.formula.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
