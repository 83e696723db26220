/**
 * Calculated columns of a table: a column whose every body cell holds the same formula (relative
 * references read from each cell's own row, as R1C1 would show them). Excel fills that formula
 * into rows added without values; a value passed for the column in `rows.add(index, values)`
 * takes the cell instead, "" included, which leaves it blank without the formula
 * (https://support.microsoft.com/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8;
 * microsoft-graph-docs-contrib issue 6536: an empty body "fills in the formulas", `""` "makes the
 * cells blank").
 */
import { rewriteFormula } from "./address";
import * as M from "./model";
import { SheetState, TableState } from "./model";

/** The formula of a body cell as it would read on the table's first body row. */
function onFirstRow(sheet: SheetState, f: string, dr: number): string {
  return rewriteFormula(f, sheet.name, () => undefined, { translate: { dr: -dr, dc: 0 } });
}

/** Column index in the table → its formula as the first body row holds it. */
export function calculatedColumns(sheet: SheetState, t: TableState): Map<number, string> {
  const body = M.tableBody(t);
  const out = new Map<number, string>();
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const first = M.getFormula(sheet, body.r0, c);
    if (first === undefined) continue;
    let same = true;
    for (let r = body.r0 + 1; r <= body.r1 && same; r++) {
      const f = M.getFormula(sheet, r, c);
      same = f !== undefined && onFirstRow(sheet, f, r - body.r0) === first;
    }
    if (same) out.set(c - t.rect.c0, first);
  }
  return out;
}

/** Fills the calculated columns into sheet rows r0..r1 (new rows added without values). */
export function fillCalculated(
  sheet: SheetState,
  t: TableState,
  formulas: Map<number, string>,
  firstBodyRow: number,
  r0: number,
  r1: number
): void {
  for (const [j, formula] of formulas) {
    for (let r = r0; r <= r1; r++) {
      const f = rewriteFormula(formula, sheet.name, () => undefined, {
        translate: { dr: r - firstBodyRow, dc: 0 },
      });
      M.setCell(sheet, r, t.rect.c0 + j, f, f);
    }
  }
}
