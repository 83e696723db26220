// What the add-in does when the user's content is in the way of its class columns (docs/excel.md,
// "When something is in the way").
import { createExcelApi } from "../../src/excel";
import { analyzeSource, customerRows, installHost, uninstallHost } from "./host";

afterEach(uninstallHost);

const EMPTY_IF = '=IF(A2="","","")';

describe("formulas beside the data", () => {
  test("a formula showing an empty string is occupied: cells are inserted, the formulas move intact", async () => {
    const rows = customerRows(6).map((r, i) => [
      ...r,
      i === 0 ? "" : EMPTY_IF.replace("A2", `A${i + 1}`),
    ]);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const plan = await api.planClassColumns(data, "en");
    expect(plan.lines).toContainEqual({
      code: "XL_CELLS_SHIFTED",
      params: { columnsCount: 4, address: "Daten!C1:F7" },
    });
    await api.writeClassColumns(data, analyzeSource(data), "en");
    const sheet = host.workbook.getSheet("Daten");
    expect(sheet.getFormula(1, 6)).toBe('=IF(A2="","","")');
    expect(sheet.getFormula(6, 6)).toBe('=IF(A7="","","")');
    expect(sheet.getValue(0, 2)).toBe("Rank");
  });

  test.each([
    ["1.13", "Formulas special cells"],
    ["1.8", "used range"],
  ])("large areas (ExcelApi %s, %s) count a formula showing an empty string", async (version) => {
    const rows = customerRows(13_000);
    rows[9_000] = [...rows[9_000], EMPTY_IF];
    const host = installHost({
      sheets: { Daten: rows },
      selection: "Daten!A1:B13001",
      supportedSets: { ExcelApi: version },
    });
    const api = createExcelApi();
    const data = await api.readSource({});
    const plan = await api.planClassColumns(data, "en");
    expect(plan.lines.map((l) => l.code)).toContain("XL_CELLS_SHIFTED");
    await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(host.workbook.getSheet("Daten").getFormula(9_000, 6)).toBe(EMPTY_IF);
  });
});
