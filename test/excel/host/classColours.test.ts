// The add-in's class colours are conditional formats; a re-run replaces its own rules and never a
// user's. Rule ids are priorities that shift (see test/fake-excel/cf.ts), so deleting by ids read
// earlier must go from the highest id down, before anything is added.
import { createExcelApi } from "../../../src/excel";
import type { FakeHost } from "../../../fake-excel";
import { analyzeSource, customerRows, installHost, SETTINGS, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

/** A rule of the user's, as someone would add it in Excel. */
async function addUserRule(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=ROW()=2";
    cf.custom.format.font.bold = true;
    await context.sync();
  });
}

function rulesOf(host: FakeHost, sheet: string) {
  const all = host.workbook.getSheet(sheet).conditionalFormats();
  return {
    user: all.filter((c) => c.type === "Custom").map((c) => [c.address, c.formula]),
    own: all.filter((c) => c.type === "CellValue").map((c) => [c.address, c.formula]),
  };
}

describe("class colours on a re-run", () => {
  test("next to the data: the user's rule across the class column keeps all its cells", async () => {
    const host = installHost({ sheets: { Daten: customerRows(20) }, selection: "Daten!A1:B21" });
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "de");
    await addUserRule("Daten", "A2:F21");

    const again = await api.readSource({ ref: data.ref });
    await api.writeClassColumns(again, analyzeSource(again), "de");
    const rules = rulesOf(host, "Daten");
    expect(rules.user).toEqual([["Daten!A2:F21", "=ROW()=2"]]);
    expect(rules.own).toEqual([
      ["Daten!F2:F21", '="C"'],
      ["Daten!F2:F21", '="B"'],
      ["Daten!F2:F21", '="A"'],
    ]);
  });

  test("on the analysis sheet: its own rules once each, the user's rule unchanged", async () => {
    const host = installHost({ sheets: { Daten: customerRows(40) }, selection: "Daten!A1" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    await addUserRule("ABC-Analyse", "N2:S30");
    await addUserRule("ABC-Analyse", "A13:E15");

    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const rules = rulesOf(host, "ABC-Analyse");
    expect(rules.user).toEqual([
      ["'ABC-Analyse'!A13:E15", "=ROW()=2"],
      ["'ABC-Analyse'!N2:S30", "=ROW()=2"],
    ]);
    const n = result.summary.customers;
    expect(rules.own.map((r) => r[0]).sort()).toEqual(
      [
        ...Array(3).fill("'ABC-Analyse'!A13:A15"),
        ...Array(3).fill(`'ABC-Analyse'!S2:S${n + 1}`),
      ].sort()
    );
  });
});
