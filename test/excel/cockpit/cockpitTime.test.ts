import { analyze } from "../../../src/core/analyze";
import { COCKPIT_COLUMNS } from "../../../src/core/kam";
import { writeCockpit } from "../../../src/excel/cockpit";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost } from "../kam/helpers";
import { invoices } from "../timeData";

let host: FakeHost;
beforeEach(() => (host = installHost("de-DE")));
afterEach(() => host.uninstall(globalThis));

const colOf = (id: string) => COCKPIT_COLUMNS.findIndex((c) => c.id === id);
/** Sheet row (0-based) of the first key account: title, note, blank, header. */
const FIRST = 4;

describe("growth and XYZ in the KAM controlling sheet", () => {
  it("come from the time axis", async () => {
    const result = analyze(invoices(), { method: "fixed", thresholds: [80, 95] });
    await writeKamSheets(result, A_ONLY, "de");
    await writeCockpit(result, A_ONLY, "de");
    const sheet = host.workbook.getSheet("KAM-Controlling");
    const rows = [FIRST, FIRST + 1].map((r) => [
      sheet.getValue(r, 0),
      sheet.getValue(r, colOf("growth")),
      sheet.getValue(r, colOf("xyz")),
    ]);
    const alpha = result.customers.names.indexOf("Alpha");
    const beta = result.customers.names.indexOf("Beta");
    expect(rows).toEqual([
      ["Alpha", result.time!.growth[alpha], "X"],
      ["Beta", result.time!.growth[beta], "Z"],
    ]);
    expect(rows[0][1]).toBeCloseTo(0.25, 12);
  });

  it("stay empty without one", async () => {
    const plain = analysisOf([
      ["Alpha AG", 500],
      ["Beta KG", 200],
      ["Gamma GmbH", 100],
    ]);
    await writeKamSheets(plain, A_ONLY, "de");
    await writeCockpit(plain, A_ONLY, "de");
    const sheet = host.workbook.getSheet("KAM-Controlling");
    expect([sheet.getValue(FIRST, colOf("growth")), sheet.getValue(FIRST, colOf("xyz"))]).toEqual([
      "",
      "",
    ]);
  });
});
