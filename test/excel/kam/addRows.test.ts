// New key accounts go into the plan in one rows.add per chunk, and the user's calculated columns
// still fill in the new rows (a value passed for a calculated column replaces its formula:
// microsoft-graph-docs-contrib issue 6536, modelled in fake-excel/calculatedColumns.ts).
import { writeKamSheets } from "../../../src/excel/kam";
import { moveRows } from "../../../src/excel/kam/calculatedColumns";
import type { FakeHost } from "../../../fake-excel";
import { TableRowCollection } from "../../../fake-excel/objects";
import { A_ONLY, analysisOf, columnOf, installHost, tableGrid } from "./helpers";

let host: FakeHost;
beforeEach(() => (host = installHost("en-US")));
afterEach(() => {
  host.uninstall(globalThis);
  jest.restoreAllMocks();
});

const letter = (c: number) => String.fromCharCode(65 + c);

describe("adding key accounts to the plan", () => {
  it("adds them in one call and keeps the user's calculated column filling", async () => {
    await writeKamSheets(
      analysisOf([
        ["Alpha AG", 500],
        ["Beta KG", 300],
        ["Gamma GmbH", 20],
      ]),
      A_ONLY,
      "en"
    );
    // The user inserts "Bonus" into the table: 10 % of the revenue, typed as a calculated column.
    const plan = host.workbook.getSheet("KAM Plan");
    plan.insertColumns(2, 1);
    plan.setValue(0, 2, "Bonus");
    const revenue = tableGrid(host, "KAM_Plan").header.indexOf("Revenue");
    const body = tableGrid(host, "KAM_Plan").rows.length;
    for (let r = 1; r <= body; r++) plan.setValue(r, 2, `=${letter(revenue)}${r + 1}*0.1`);
    const add = jest.spyOn(TableRowCollection.prototype, "add");

    await writeKamSheets(
      analysisOf([
        ["Alpha AG", 500],
        ["Beta KG", 300],
        ["=Foo GmbH", 400],
        ["Delta", 450],
        ["+Plus AG", 390],
        ["Gamma GmbH", 5],
      ]),
      A_ONLY,
      "en"
    );
    expect(add).toHaveBeenCalledTimes(1);
    const g = tableGrid(host, "KAM_Plan");
    const customers = columnOf(host, "KAM_Plan", "Customer");
    expect(customers.slice(body)).toEqual(["Delta", "=Foo GmbH", "+Plus AG"]);
    // Names stay text; the Bonus formula reaches every new row, read from its own row.
    for (let i = 0; i < g.rows.length; i++) {
      expect(g.sheet.getFormula(i + 1, 2)).toBe(`=${letter(revenue)}${i + 2}*0.1`);
      expect(g.sheet.getFormula(i + 1, g.header.indexOf("Customer"))).toBeUndefined();
    }
    expect(columnOf(host, "KAM_Plan", "Bonus").slice(body)).toEqual([45, 40, 39]);
  });

  it("moves relative rows of a formula and leaves absolute rows, strings and names alone", () => {
    expect(moveRows('=IF(B2="","",B2*$C$1)+SUM(A2:A$3)+LOG10(2)+[@Umsatz]', 3)).toBe(
      '=IF(B5="","",B5*$C$1)+SUM(A5:A$3)+LOG10(2)+[@Umsatz]'
    );
    expect(moveRows("=Sheet2!B2+'My B2'!C3+2:2", 1)).toBe("=Sheet2!B3+'My B2'!C4+3:3");
  });
});
