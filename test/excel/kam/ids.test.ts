import { analyze } from "../../../src/core/analyze";
import type { ExcelApi } from "../../../src/excel/api";
import { planKamSheets, writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, columnOf, installHost, tableGrid } from "./helpers";

// The exported functions fit the ExcelApi members exactly.
const members: Pick<ExcelApi, "planKamSheets" | "writeKamSheets"> = {
  planKamSheets,
  writeKamSheets,
};

let host: FakeHost;
beforeEach(() => (host = installHost()));
afterEach(() => host.uninstall(globalThis));

describe("data with customer ids and margins", () => {
  it("keys rows by id, keeps ids as text and writes the margin as a computed column", async () => {
    const grid = [
      ["Kundennummer", "Kunde", "Umsatz", "Deckungsbeitrag"],
      ["00123", "Müller GmbH", 900, 300],
      ["00456", "Müller GmbH", 500, 100],
      ["789", "Weber", 50, 5],
      ["790", "Fischer", 40, 4],
    ];
    await members.writeKamSheets(analyze(grid), A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    // The technical columns sit at the right end, the id just before the key.
    expect(g.header.slice(0, 2)).toEqual(["Customer", "Class"]);
    expect(g.header.slice(-2)).toEqual(["Customer ID", "Key"]);
    expect(g.header).toContain("Contribution margin (data)");
    expect(g.header).not.toContain("Contribution margin");
    expect(columnOf(host, "KAM_Plan", "Customer ID")).toEqual(["00123", "00456"]);
    expect(columnOf(host, "KAM_Plan", "Key")).toEqual(["#00123", "#00456"]);
    expect(columnOf(host, "KAM_Plan", "Contribution margin (data)")).toEqual([300, 100]);
    // Two key accounts of the same name are told apart in the dropdown.
    expect(host.workbook.getSheet("Lists").getValues("G2:G3")).toEqual([
      ["Müller GmbH (00123)"],
      ["Müller GmbH (00456)"],
    ]);

    // The user renames a customer in the plan; the key still finds the row.
    g.sheet.setValue(1, 0, "Müller Zentrale");
    g.sheet.setValue(1, g.header.indexOf("Notes"), "HQ");
    await members.writeKamSheets(analyze(grid), A_ONLY, "en");
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual(["Müller GmbH", "Müller GmbH"]);
    expect(columnOf(host, "KAM_Plan", "Notes")).toEqual(["HQ", ""]);
  });
});
