// What the add-in does when the user's content is in the way of its class columns (docs/excel.md,
// "When something is in the way").
import type { FakeSheetModel } from "../../fake-excel";
import { parseArea } from "../../src/core/a1";
import { createExcelApi } from "../../src/excel";
import { text } from "../../src/excel/catalogue";
import { analyzeSource, customerRows, installHost, uninstallHost } from "./fakeHost";

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
          expect(report.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_TABLE_UPDATE_DONE"]);
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

describe("inserts Excel refuses", () => {
  /** Customers in A1:B7, a note in C2 (so cells must be inserted) and `extra` right of it. */
  function sheetWithNote(): (string | number)[][] {
    const rows: (string | number)[][] = customerRows(6).map((r, i) => [
      ...r,
      i === 1 ? "Notiz" : "",
    ]);
    for (let i = 0; i < 9; i++) rows[i] = [...(rows[i] ?? ["", "", ""]), "", ""];
    return rows;
  }

  test("a table cut by the band: checked before, the columns go to the first free columns", async () => {
    const rows = sheetWithNote();
    rows[4][3] = "Region";
    rows[4][4] = "Plan";
    for (let r = 5; r < 9; r++) [rows[r][3], rows[r][4]] = [`R${r}`, r * 100];
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B7" });
    host.workbook.addTable("Daten!D5:E9", true, "Planung");
    const api = createExcelApi();
    const data = await api.readSource({});
    const plan = await api.planClassColumns(data, "de");
    expect(plan.lines).toEqual([
      {
        code: "XL_CLASS_COLUMNS_NEW",
        params: { columns: "Rang, Anteil, Kumulierter Anteil, ABC-Klasse", address: "Daten!F1:I7" },
      },
      { code: "XL_INSERT_REFUSED_TABLE", params: { table: "Planung", address: "Daten!F1:I7" } },
    ]);
    const before = host.workbook.getSheet("Daten").getValues("C1:E9");
    const report = await api.writeClassColumns(data, analyzeSource(data), "de");
    expect(report.touched).toEqual(["Daten!F1:I7"]);
    const sheet = host.workbook.getSheet("Daten");
    expect(sheet.getValues("C1:E9")).toEqual(before);
    expect(host.workbook.table("Planung")!.address).toBe("Daten!D5:E9");
    expect(sheet.getValues("F1:I1")).toEqual([
      ["Rang", "Anteil", "Kumulierter Anteil", "ABC-Klasse"],
    ]);
    // A re-run updates the same columns.
    const again = await api.writeClassColumns(data, analyzeSource(data), "de");
    expect(again.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_UPDATE_DONE"]);
    expect(again.touched).toEqual(["Daten!F1:I7"]);
  });

  test("merged cells cut by the band: checked before on ExcelApi 1.13", async () => {
    const host = installHost({ sheets: { Daten: sheetWithNote() }, selection: "Daten!A1:B7" });
    host.workbook.getSheet("Daten").merge("D6:E8");
    const api = createExcelApi();
    const data = await api.readSource({});
    const plan = await api.planClassColumns(data, "en");
    expect(plan.lines).toContainEqual({
      code: "XL_INSERT_REFUSED_MERGED",
      params: { area: "Daten!D6:E8", address: "Daten!F1:I7" },
    });
    await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(host.workbook.getSheet("Daten").mergedAreas()).toEqual(["D6:E8"]);
    expect(host.workbook.getSheet("Daten").getValue(1, 2)).toBe("Notiz");
  });

  test("a refusal the host could not foresee is caught at write time (merged cells below 1.13)", async () => {
    const host = installHost({
      sheets: { Daten: sheetWithNote() },
      selection: "Daten!A1:B7",
      supportedSets: { ExcelApi: "1.8" },
    });
    // Merged cells with a label and a format, as "Merge & Center" leaves them: the used range
    // (formats count) covers them, so the free columns start right of them.
    const sheet = host.workbook.getSheet("Daten");
    sheet.setValue(5, 3, "Zusammen");
    for (let r = 5; r <= 7; r++) for (let c = 3; c <= 4; c++) sheet.setNumberFormat(r, c, "0");
    sheet.merge("D6:E8");
    const api = createExcelApi();
    const data = await api.readSource({});
    const report = await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(report.lines).toContainEqual({
      code: "XL_INSERT_REFUSED",
      params: { address: "Daten!F1:I7" },
    });
    expect(sheet.mergedAreas()).toEqual(["D6:E8"]);
    expect(sheet.getValue(1, 2)).toBe("Notiz");
    expect(sheet.getValue(0, 5)).toBe("Rank");
  });
});

describe("inserts Excel refuses: array formulas and PivotTables", () => {
  /** Customers in A1:B7 and a note in C2, so the class columns need inserted cells. */
  function sheetWithNote(): (string | number)[][] {
    return customerRows(6).map((r, i) => [...r, i === 1 ? "Notiz" : ""]);
  }

  test.each([
    ["an array formula", "A1:D9", (s: FakeSheetModel) => s.enterArrayFormula("D6:D8", "=B6:B8*2")],
    [
      "a PivotTable",
      "A1:E9",
      (s: FakeSheetModel) => {
        // What the PivotTable shows occupies its cells.
        s.setValues("D6:E9", [
          ["Region", "Summe"],
          ["Nord", 10],
          ["Süd", 20],
          ["Gesamt", 30],
        ]);
        s.addPivotTable("D6:E9");
      },
    ],
  ])(
    "%s cut by the band: the refusal is caught and the columns go to the first free columns",
    async (_what, userArea, userMade) => {
      const host = installHost({ sheets: { Daten: sheetWithNote() }, selection: "Daten!A1:B7" });
      const sheet = host.workbook.getSheet("Daten");
      userMade(sheet);
      const before = sheet.getFormulas(userArea);
      const api = createExcelApi();
      const data = await api.readSource({});
      const report = await api.writeClassColumns(data, analyzeSource(data), "en");
      const refused = report.lines.find((l) => l.code === "XL_INSERT_REFUSED");
      expect(refused).toBeDefined();
      // Nothing of the user's moved or changed; the columns start right of everything.
      expect(sheet.getFormulas(userArea)).toEqual(before);
      const target = String(refused!.params!.address);
      expect(target.startsWith("Daten!")).toBe(true);
      expect(sheet.getValue(0, parseArea(target)!.rect.left)).toBe("Rank");
    }
  );
});

describe("inserts Excel refuses on a re-run", () => {
  test("rows the data grew into cut a table: the columns move to free columns, the old ones are cleared", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    const sheet = host.workbook.getSheet("Daten");
    // Next month: two more customers, a note beside them and a table reaching below the data.
    sheet.setValues("A8:C9", [
      ["Neu GmbH", 500, "Notiz"],
      ["Neu AG", 700, ""],
    ]);
    sheet.setValues("H8:I10", [
      ["Region", "Plan"],
      ["Nord", 1],
      ["Süd", 2],
    ]);
    host.workbook.addTable("Daten!H8:I10", true, "Planung");
    const again = await api.readSource({ ref: data.ref });
    expect(again.ref.address).toBe("Daten!A1:B9");
    const report = await api.writeClassColumns(again, analyzeSource(again), "en");
    expect(report.lines).toContainEqual({
      code: "XL_INSERT_REFUSED_TABLE",
      params: { table: "Planung", address: "Daten!J1:M9" },
    });
    expect(
      sheet
        .getValues("C1:F7")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
    expect(sheet.getValue(7, 2)).toBe("Notiz");
    expect(host.workbook.table("Planung")!.address).toBe("Daten!H8:I10");
    expect(sheet.getValues("J1:M1")).toEqual([["Rank", "Share", "Cumulative share", "Class"]]);
    const names = Object.fromEntries(host.workbook.names().map((n) => [n.name, n.formula]));
    expect(names.KAA_ClassColumns).toBe("=Daten!$J$1:$M$9");
  });
});
