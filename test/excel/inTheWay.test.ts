// What the add-in does when the user's content is in the way of its class columns (docs/excel.md,
// "When something is in the way").
import { createExcelApi } from "../../src/excel";
import { text } from "../../src/excel/labels";
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

describe("several selected areas", () => {
  test("reading a selection of several areas says what to do instead of the raw error", async () => {
    installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B3,A5:B7" });
    await expect(createExcelApi().readSource({})).rejects.toMatchObject({
      name: "ExcelLayerError",
      code: "XL_SELECTION_AREAS",
      params: { count: 2 },
    });
  });

  test("below ExcelApi 1.9 the areas cannot be counted; the message still says what to do", async () => {
    installHost({
      sheets: { Daten: customerRows(6) },
      selection: "Daten!A1:B3,A5:B7",
      supportedSets: { ExcelApi: "1.8" },
    });
    await expect(createExcelApi().readSource({})).rejects.toMatchObject({
      code: "XL_SELECTION_NOT_ONE_BLOCK",
    });
  });

  test("the messages exist in German and English", () => {
    expect(text("XL_SELECTION_AREAS", "de", { count: 3 })).toBe(
      "Es sind 3 getrennte Bereiche markiert. Markieren Sie einen zusammenhängenden Zellbereich (oder eine Zelle in Ihrer Liste oder Tabelle) und klicken Sie erneut auf „Auswahl verwenden“."
    );
    expect(text("XL_SELECTION_AREAS", "en", { count: 3 })).toBe(
      "3 separate areas are selected. Select one block of cells (or one cell in your list or table) and click “Use selection” again."
    );
    expect(text("XL_SELECTION_NOT_ONE_BLOCK", "de")).toContain(
      "einen zusammenhängenden Zellbereich"
    );
    expect(text("XL_SELECTION_NOT_ONE_BLOCK", "en")).toContain("one block of cells");
  });
});

describe("table columns named like the add-in's in another case", () => {
  test.each([
    ["en", "rank", ["Rank (ABC)", "Share", "Cumulative share", "Class"]],
    ["de", "RANG", ["Rang (ABC)", "Anteil", "Kumulierter Anteil", "ABC-Klasse"]],
  ] as const)(
    "a user's column %s/%s stays, ours get a free name up front, re-runs add nothing",
    async (lang, userColumn, ours) => {
      const rows = customerRows(4).map((r, i) => [...r, i === 0 ? userColumn : i * 10]);
      const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A2" });
      host.workbook.addTable("Daten!A1:C5", true, "T");
      const api = createExcelApi();
      for (let run = 0; run < 3; run++) {
        const data = await api.readSource(
          run === 0
            ? {}
            : { ref: { kind: "table", address: "Daten!A1:C5", sheet: "Daten", tableName: "T" } }
        );
        const report = await api.writeClassColumns(data, analyzeSource(data), lang);
        if (run > 0)
          expect(report.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_TABLE_UPDATE"]);
        expect(host.workbook.table("T")!.headers).toEqual(["Kunde", "Umsatz", userColumn, ...ours]);
        expect(host.workbook.getSheet("Daten").getValues("C2:C5")).toEqual([
          [10],
          [20],
          [30],
          [40],
        ]);
      }
    }
  );

  test("columns Excel suffixed in an earlier run (Rank2) are recognised as the add-in's", async () => {
    const rows = customerRows(4).map((r, i) => [...r, i === 0 ? "rank" : i]);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A2" });
    host.workbook.addTable("Daten!A1:C5", true, "T");
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    // What an older version left behind: Excel named its column Rank2.
    host.workbook.getSheet("Daten").setValue(0, 3, "Rank2");
    await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(host.workbook.table("T")!.headers).toEqual([
      "Kunde",
      "Umsatz",
      "rank",
      "Rank (ABC)",
      "Share",
      "Cumulative share",
      "Class",
    ]);
  });
});
