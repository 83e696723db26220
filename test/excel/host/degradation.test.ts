// A host that offers only the manifest's ExcelApi 1.8: every action still works, with notes.
import { createExcelApi } from "../../../src/excel";
import { analyzeSource, customerRows, installHost, SETTINGS, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

describe("ExcelApi 1.8 only", () => {
  test("read, class columns and analysis sheet work; missing features are noted", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(30) },
      selection: "Daten!B5",
      supportedSets: { ExcelApi: "1.8" },
    });
    const sheet = host.workbook.getSheet("Daten");
    sheet.merge("A8:A9");
    sheet.hideRows(10, 3);
    const api = createExcelApi();
    const data = await api.readSource({});
    expect(data.ref).toMatchObject({ kind: "range", address: "Daten!A1:B31" });
    // Hidden rows found with rowHidden alone (no getSpecialCells before 1.9).
    expect(data.hiddenRows).toEqual([10, 11, 12]);
    // Merged areas cannot be listed before 1.13.
    expect(data.mergedAreas).toEqual([]);
    expect(data.notes.map((n) => n.code)).toEqual([
      "XL_BLOCK_AROUND_CELL",
      "XL_MERGED_NOT_CHECKED",
      "XL_HIDDEN_ROWS",
    ]);
    const result = analyzeSource(data, true);
    const columns = await api.writeClassColumns(data, result, "en");
    expect(columns.touched).toEqual(["Daten!C1:F31"]);
    const analysis = await api.writeAnalysisSheet(data, result, SETTINGS, "en");
    expect(analysis.touched).toEqual(["ABC Analysis"]);
    expect(host.workbook.getSheet("ABC Analysis").charts()).toHaveLength(2);
  });

  test("a host below the manifest's 1.8 is told so", async () => {
    installHost({ sheets: { Daten: customerRows(3) }, supportedSets: { ExcelApi: "1.7" } });
    await expect(createExcelApi().readSource({})).rejects.toMatchObject({
      code: "XL_EXCEL_TOO_OLD",
    });
  });
});
