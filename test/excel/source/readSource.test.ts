import { analyze } from "../../../src/core/analyze";
import { createExcelApi } from "../../../src/excel";
import { analyzeSource, customerRows, installHost, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

describe("readSource: what the selection means", () => {
  test("a plain range is read as selected", async () => {
    const rows = customerRows(10);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B11" });
    const data = await createExcelApi().readSource({});
    expect(data.grid).toEqual(rows);
    expect(data.ref).toEqual({
      kind: "range",
      address: "Daten!A1:B11",
      sheet: "Daten",
      name: "KAA_Source",
    });
    expect(data.firstRow).toBe(1);
    expect(data.firstColumn).toBe(0);
    expect(data.hiddenRows).toEqual([]);
    expect(data.syncs).toBe(host.stats.syncs);
    expect(data.syncs).toBeLessThanOrEqual(3);
  });

  test("a single cell means the block around it", async () => {
    const rows = [["", "", "", ""], ...customerRows(6).map((r) => ["", "", ...r])];
    installHost({ sheets: { Daten: rows }, selection: "Daten!D4" });
    const data = await createExcelApi().readSource({});
    expect(data.ref.address).toBe("Daten!C2:D8");
    expect(data.firstRow).toBe(2);
    expect(data.firstColumn).toBe(2);
    expect(data.grid[0]).toEqual(["Kunde", "Umsatz"]);
    expect(data.notes).toContainEqual({
      code: "XL_BLOCK_AROUND_CELL",
      params: { address: "Daten!C2:D8" },
    });
  });

  test.each(["1.13", "1.8"])("a cell inside a table means the table (ExcelApi %s)", async (v) => {
    const host = installHost({
      sheets: { Daten: customerRows(8) },
      selection: "Daten!A4",
      supportedSets: { ExcelApi: v },
    });
    host.workbook.addTable("Daten!A1:B9", true, "Umsatzliste");
    host.workbook.select("Daten!B4");
    const data = await createExcelApi().readSource({});
    expect(data.ref).toMatchObject({
      kind: "table",
      tableName: "Umsatzliste",
      address: "Daten!A1:B9",
    });
    expect(data.grid).toHaveLength(9);
    expect(codes(data.notes)).toContain("XL_TABLE_USED");
  });

  test("a selection of whole columns is cut to the filled part", async () => {
    installHost({ sheets: { Daten: customerRows(20) }, selection: "Daten!A:B" });
    const data = await createExcelApi().readSource({});
    expect(data.ref.address).toBe("Daten!A1:B21");
    expect(data.grid).toHaveLength(21);
    expect(codes(data.notes)).toContain("XL_USED_PART");
  });

  test("error cells arrive as error text and the core skips their rows", async () => {
    const rows = customerRows(4);
    rows[2][1] = "#N/A";
    installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B5" });
    const data = await createExcelApi().readSource({});
    expect(data.grid[2][1]).toBe("#N/A");
    const result = analyze(data.grid);
    expect(result.table.issues.map((i) => i.code)).toContain("ROW_VALUE_ERROR");
  });
});

describe("readSource: hidden rows", () => {
  test.each(["1.13", "1.8"])(
    "hidden rows count by default and are listed for visibleOnly (ExcelApi %s)",
    async (v) => {
      const host = installHost({
        sheets: { Daten: customerRows(40) },
        selection: "Daten!A1:B41",
        supportedSets: { ExcelApi: v },
      });
      const sheet = host.workbook.getSheet("Daten");
      sheet.hideRows(3, 2);
      sheet.hideRows(30, 1);
      const data = await createExcelApi().readSource({});
      expect(data.hiddenRows).toEqual([3, 4, 30]);
      expect(data.notes).toContainEqual({ code: "XL_HIDDEN_ROWS", params: { count: 3 } });
      expect(data.grid).toHaveLength(41); // every row is read
      const all = analyzeSource(data);
      const visible = analyzeSource(data, true);
      expect(all.summary.rowsUsed).toBe(40);
      expect(visible.summary.rowsUsed).toBe(37);
      expect(data.syncs).toBeLessThanOrEqual(6);
    }
  );

  test("no hidden rows, no note", async () => {
    installHost({ sheets: { Daten: customerRows(5) }, selection: "Daten!A1:B6" });
    const data = await createExcelApi().readSource({});
    expect(codes(data.notes)).not.toContain("XL_HIDDEN_ROWS");
  });
});

describe("readSource: merged cells", () => {
  test("merged areas are reported on ExcelApi 1.13", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    host.workbook.getSheet("Daten").merge("A3:A4");
    const data = await createExcelApi().readSource({});
    expect(data.mergedAreas).toEqual(["Daten!A3:A4"]);
    expect(data.notes).toContainEqual({
      code: "XL_MERGED_CELLS",
      params: { count: 1, first: "Daten!A3:A4" },
    });
    // Excel keeps the value in the first cell only: the core sees a blank customer.
    expect(data.grid[3][0]).toBe("");
  });

  test("below 1.13 the read degrades with a note", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(6) },
      selection: "Daten!A1:B7",
      supportedSets: { ExcelApi: "1.12" },
    });
    host.workbook.getSheet("Daten").merge("A3:A4");
    const data = await createExcelApi().readSource({});
    expect(data.mergedAreas).toEqual([]);
    expect(codes(data.notes)).toContain("XL_MERGED_NOT_CHECKED");
  });
});

describe("readSource: stored sources", () => {
  test("a stored range grows by customers added below it", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const first = await api.readSource({});
    await api.writeClassColumns(first, analyzeSource(first), "en");
    host.workbook.getSheet("Daten").setValues("A8:B9", [
      ["Neu AG", 5000],
      ["Neu GmbH", 100],
    ]);
    const again = await api.readSource({ ref: first.ref });
    expect(again.ref.address).toBe("Daten!A1:B9");
    expect(again.grid[8]).toEqual(["Neu GmbH", 100]);
  });

  test("a stored table is found by name after it moved", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A2" });
    host.workbook.addTable("Daten!A1:B7", true, "Umsatz");
    const api = createExcelApi();
    const first = await api.readSource({});
    host.workbook.getSheet("Daten").insertColumns(0, 2);
    host.workbook.getSheet("Daten").insertRows(0, 1);
    const again = await api.readSource({ ref: first.ref });
    expect(again.ref).toMatchObject({ kind: "table", address: "Daten!C2:D8" });
    expect(again.grid).toEqual(first.grid);
  });

  test("a source that is gone is reported", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(4), Other: [["x"]] },
      selection: "Daten!A1:B5",
    });
    const api = createExcelApi();
    const first = await api.readSource({});
    host.workbook.deleteSheet("Daten");
    await expect(api.readSource({ ref: first.ref })).rejects.toMatchObject({
      code: "XL_SOURCE_MISSING",
    });
  });

  test("the add-in's own columns are not read back as data", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const first = await api.readSource({});
    await api.writeClassColumns(first, analyzeSource(first), "de");
    host.workbook.select("Daten!A3");
    const again = await api.readSource({});
    expect(again.ref.address).toBe("Daten!A1:B7");
    expect(again.grid[0]).toEqual(["Kunde", "Umsatz"]);
    expect(codes(again.notes)).toContain("XL_OWN_COLUMNS_LEFT_OUT");
  });
});

describe("readSource: round trips", () => {
  test("1,000 rows take a small constant number of syncs", async () => {
    const host = installHost({ sheets: { Daten: customerRows(1000) }, selection: "Daten!A5" });
    const data = await createExcelApi().readSource({});
    expect(data.grid).toHaveLength(1001);
    expect(host.stats.syncs).toBe(data.syncs);
    expect(data.syncs).toBeLessThanOrEqual(3);
  });
});
