/* Tables, named items and settings of the fake Excel host. */
import { createFakeHost } from "../../fake-excel";

const DATA = [
  ["Customer", "Revenue", "Region"],
  ["Acme", 1200, "North"],
  ["Beta", 800, "South"],
  ["Gamma", 300, "North"],
];

describe("tables", () => {
  test("add with headers: name, ranges, columns and rows", async () => {
    const h = createFakeHost({ sheets: { Data: DATA } });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.load("name, id, style, showTotals, showBandedRows");
      const range = t.getRange().load("address");
      const header = t.getHeaderRowRange().load("address, values");
      const body = t.getDataBodyRange().load("address");
      t.columns.load("items/name, items/index, count");
      t.rows.load("count");
      const col = t.columns.getItem("revenue");
      col.load("name, index, values");
      const colBody = col.getDataBodyRange().load("address");
      const row = t.rows.getItemAt(1).load("values, index");
      const byIndex = t.columns.getItemAt(2).load("name");
      const missing = t.columns.getItemOrNullObject("Nope");
      await context.sync();
      expect([t.name, t.style, t.showTotals, t.showBandedRows]).toEqual([
        "Table1",
        "TableStyleMedium2",
        false,
        true,
      ]);
      expect(typeof t.id).toBe("string");
      expect(range.address).toBe("Data!A1:C4");
      expect(header.address).toBe("Data!A1:C1");
      expect(header.values).toEqual([["Customer", "Revenue", "Region"]]);
      expect(body.address).toBe("Data!A2:C4");
      expect(t.columns.items.map((c: any) => [c.name, c.index])).toEqual([
        ["Customer", 0],
        ["Revenue", 1],
        ["Region", 2],
      ]);
      expect(t.columns.count).toBe(3);
      expect(t.rows.count).toBe(3);
      expect([col.name, col.index]).toEqual(["Revenue", 1]);
      expect(col.values).toEqual([["Revenue"], [1200], [800], [300]]);
      expect(colBody.address).toBe("Data!B2:B4");
      expect(row.values).toEqual([["Beta", 800, "South"]]);
      expect(byIndex.name).toBe("Region");
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("add without headers inserts a header row with Column1..n above the data", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          [1, 2],
          [3, 4],
          ["below", ""],
        ],
      },
    });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.worksheets.getItem("S").tables.add("A1:B2", false);
      t.getRange().load("address");
      await context.sync();
    });
    expect(h.workbook.getSheet("S").getValues("A1:B4")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
      ["below", ""],
    ]);
    expect(h.workbook.tables()[0].address).toBe("S!A1:B3");
  });

  test("header cells are always unique, non-empty text", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          [2023, "", "Name", "name"],
          [1, 2, 3, 4],
        ],
      },
    });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.tables.add("A1:D2", true);
      await context.sync();
      ws.getRange("A1").values = [[2024]];
      ws.getRange("C1").formulas = [["=1+1"]];
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    expect(s.getValues("A1:D1")).toEqual([["2024", "Column2", "=1+1", "name2"]]);
    expect(s.getFormula(0, 2)).toBeUndefined();
    expect(h.workbook.tables()[0].headers).toEqual(["2024", "Column2", "=1+1", "name2"]);
  });

  test("rows.add appends and grows the table; values go through Excel's input rules", async () => {
    const h = createFakeHost({ sheets: { Data: [...DATA, [], ["note below"]] } });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.name = "Customers";
      const added = t.rows.add(null, [
        ["Delta", 100, "West"],
        ['=HYPERLINK("http://x")', "50", "East"],
      ]);
      added.load("index");
      const inserted = t.rows.add(0, [["First", 1, "North"]]);
      const body = t.getDataBodyRange().load("address");
      await context.sync();
      expect(added.index).toBe(3);
      expect(body.address).toBe("Data!A2:C7");
      void inserted;
    });
    const s = h.workbook.getSheet("Data");
    expect(s.getValues("A2:C7")).toEqual([
      ["First", 1, "North"],
      ["Acme", 1200, "North"],
      ["Beta", 800, "South"],
      ["Gamma", 300, "North"],
      ["Delta", 100, "West"],
      ['=HYPERLINK("http://x")', 50, "East"],
    ]);
    expect(s.getFormula(6, 0)).toBe('=HYPERLINK("http://x")');
    // Cells below the table were shifted down, not overwritten.
    expect(s.getValue(8, 0)).toBe("note below");
    expect(h.workbook.table("customers")?.rowCount).toBe(6);
  });

  test("columns.add, rename and delete", async () => {
    const h = createFakeHost({ sheets: { Data: DATA } });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.columns.add(null, [["Class"], ["A"], ["B"], ["C"]]);
      t.columns.add(1, null, "Rank");
      t.columns.getItem("Region").name = "Area";
      t.columns.getItem("Customer").delete();
      await context.sync();
    });
    expect(h.workbook.tables()[0].headers).toEqual(["Rank", "Revenue", "Area", "Class"]);
    expect(h.workbook.getSheet("Data").getValues("A1:D2")).toEqual([
      ["Rank", "Revenue", "Area", "Class"],
      ["", 1200, "North", "A"],
    ]);
  });

  test("totals row, style, options, sort, getTables", async () => {
    const h = createFakeHost({ sheets: { Data: DATA }, supportedSets: { ExcelApi: "1.12" } });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.showTotals = true;
      t.style = "TableStyleLight9";
      t.showBandedRows = false;
      t.sort.apply([{ key: 1, ascending: true }]);
      const total = t.getTotalRowRange().load("address, formulas");
      const scoped = context.workbook.worksheets.getItem("Data").getRange("B2").getTables(false);
      scoped.load("items/name");
      const first = context.workbook.worksheets
        .getItem("Data")
        .getRange("F1")
        .getTables()
        .getFirstOrNullObject();
      await context.sync();
      expect(total.address).toBe("Data!A5:C5");
      expect(total.formulas).toEqual([["Total", "", "=SUBTOTAL(109,Table1[Region])"]]);
      expect(scoped.items.map((x: any) => x.name)).toEqual(["Table1"]);
      expect(first.isNullObject).toBe(true);
    });
    const info = h.workbook.tables()[0];
    expect(info).toMatchObject({
      showTotals: true,
      style: "TableStyleLight9",
      showBandedRows: false,
      address: "Data!A1:C5",
    });
    expect(h.workbook.getSheet("Data").getValues("A2:B4")).toEqual([
      ["Gamma", 300],
      ["Beta", 800],
      ["Acme", 1200],
    ]);
  });

  test("resize (ExcelApi 1.13), convertToRange and delete", async () => {
    const h = createFakeHost({
      sheets: { Data: [...DATA, ["Delta", 50, "East"]] },
      supportedSets: { ExcelApi: "1.13" },
    });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.resize("Data!A1:C5");
      const r = t.getRange().load("address");
      await context.sync();
      expect(r.address).toBe("Data!A1:C5");
      t.convertToRange().load("address");
      await context.sync();
    });
    expect(h.workbook.tables()).toEqual([]);
    expect(h.workbook.getSheet("Data").getValue(4, 0)).toBe("Delta");
    await h.Excel.run(async (context: any) => {
      context.workbook.tables.add("Data!A1:C5", true).delete();
      await context.sync();
    });
    expect(h.workbook.getSheet("Data").usedRange().rowCount).toBe(0);
  });

  test("overlapping tables, duplicate names and missing tables fail", async () => {
    const h = createFakeHost({ sheets: { Data: DATA } });
    await h.Excel.run(async (context: any) => {
      context.workbook.tables.add("Data!A1:B4", true);
      await context.sync();
    });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.add("Data!B1:C4", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.add("Data!E1:F2", true).name = "table1";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Nope").getRange();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("deleting all body rows keeps one empty data row", async () => {
    const h = createFakeHost({ sheets: { Data: DATA }, supportedSets: { ExcelApi: "1.14" } });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:C4", true);
      t.rows.deleteRowsAt(0, 3);
      await context.sync();
      const body = t.getDataBodyRange().load("address, values");
      await context.sync();
      expect(body.address).toBe("Data!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      t.rows.add(null, [["New", 1, "X"]]);
      await context.sync();
    });
    // The empty row is filled first.
    expect(h.workbook.tables()[0].bodyAddress).toBe("Data!A2:C2");
  });

  // A calculated column (the same formula in every body row) fills rows added without values; a
  // value passed for it, "" included, takes the cell instead
  // (microsoft-graph-docs-contrib issue 6536; support.microsoft.com "Use calculated columns in an
  // Excel table").
  test("rows.add fills calculated columns only where no values are passed", async () => {
    const h = createFakeHost({
      sheets: {
        Data: [
          ["Customer", "Revenue", "Double", "Note"],
          ["Acme", 1200, "=B2*2", "=B2"],
          ["Beta", 800, "=B3*2", "=B2"],
        ],
      },
    });
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.add("Data!A1:D3", true);
      t.rows.add();
      t.rows.add(null, [
        ["Gamma", 300, "", ""],
        ["Delta", 100, "=B6*2", 5],
      ]);
      await context.sync();
    });
    const s = h.workbook.getSheet("Data");
    // "Double" is calculated (=B2*2, =B3*2 read alike from their rows); "Note" is not (=B2 twice).
    expect(s.getFormulas("C4:D6")).toEqual([
      ["=B4*2", ""],
      ["", ""],
      ["=B6*2", 5],
    ]);
    expect(s.getValues("C6:D6")).toEqual([[200, 5]]);
  });
});

describe("named items", () => {
  test("add with a range or a formula; type, value, getRange; names are case-insensitive", async () => {
    const h = createFakeHost({ sheets: { Data: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add("Revenue", ws.getRange("B2:B4"), "all revenue");
      context.workbook.names.add("Threshold", "=0.8");
      context.workbook.names.add("Label", '="ABC"');
      context.workbook.names.add("Unqualified", "=$A$1");
      const n = context.workbook.names.getItem("REVENUE");
      n.load("name, formula, type, value, comment, visible, scope");
      const r = n.getRange().load("address, values");
      const t = context.workbook.names.getItem("threshold").load("type, value");
      const l = context.workbook.names.getItem("Label").load("type, value");
      const u = context.workbook.names.getItem("Unqualified").load("formula");
      const none = context.workbook.names.getItem("Threshold").getRangeOrNullObject();
      const all = context.workbook.names.load("items/name");
      await context.sync();
      expect([n.name, n.formula, n.type, n.value, n.comment, n.visible, n.scope]).toEqual([
        "Revenue",
        "=Data!$B$2:$B$4",
        "Range",
        "Data!$B$2:$B$4",
        "all revenue",
        true,
        "Workbook",
      ]);
      expect(r.address).toBe("Data!B2:B4");
      expect(r.values).toEqual([[1200], [800], [300]]);
      expect([t.type, t.value]).toEqual(["Double", 0.8]);
      expect([l.type, l.value]).toEqual(["String", "ABC"]);
      expect(u.formula).toBe("=Data!$A$1");
      expect(none.isNullObject).toBe(true);
      expect(all.items.map((x: any) => x.name)).toEqual([
        "Revenue",
        "Threshold",
        "Label",
        "Unqualified",
      ]);
    });
  });

  test.each(["A1", "has space", "1abc", "R1C1"])(
    "the invalid name %p fails with InvalidArgument",
    async (bad) => {
      const h = createFakeHost({ sheets: { Data: DATA } });
      await expect(
        h.Excel.run(async (context: any) => {
          context.workbook.names.add(bad, "=Data!$A$1");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  );

  test("duplicate names fail; names can be deleted; sheet-scoped names", async () => {
    const h = createFakeHost({ sheets: { Data: DATA } });
    await h.Excel.run(async (context: any) => {
      context.workbook.names.add("Once", "=Data!$A$1");
      context.workbook.worksheets.getItem("Data").names.add("Local", "=$C$2");
      await context.sync();
    });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.names.add("once", "=Data!$A$2");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await h.Excel.run(async (context: any) => {
      context.workbook.names.getItem("Once").delete();
      const local = context.workbook.worksheets
        .getItem("Data")
        .names.getItem("local")
        .load("formula, scope");
      await context.sync();
      expect([local.formula, local.scope]).toEqual(["=Data!$C$2", "Worksheet"]);
    });
    expect(h.workbook.names().map((n) => [n.name, n.scope])).toEqual([["Local", "Data"]]);
  });
});

describe("settings", () => {
  test("add, read, update, delete, items; values are JSON", async () => {
    const h = createFakeHost();
    await h.Excel.run(async (context: any) => {
      const settings = context.workbook.settings;
      settings.add("thresholds", { a: 0.8, b: 0.95 });
      settings.add("lang", "de");
      settings.add("when", new Date(Date.UTC(2025, 0, 2)));
      await context.sync();
      const s = settings.getItem("thresholds").load("key, value");
      settings.getItem("lang").value = "en";
      const all = settings.load("items/key");
      const count = settings.getCount();
      await context.sync();
      expect([s.key, s.value]).toEqual(["thresholds", { a: 0.8, b: 0.95 }]);
      expect(all.items.map((x: any) => x.key)).toEqual(["thresholds", "lang", "when"]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(count.value).toBe(3);
      settings.getItem("when").delete();
      await context.sync();
    });
    expect(h.workbook.settings()).toEqual({ thresholds: { a: 0.8, b: 0.95 }, lang: "en" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.settings.getItem("when").load("value");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("settings survive reopen; proxies from before reopen are invalid", async () => {
    const h = createFakeHost();
    let setting: any;
    await h.Excel.run(async (context: any) => {
      setting = context.workbook.settings.add("kam", [1, 2, 3]);
      await context.sync();
    });
    h.reopen();
    await expect(
      h.Excel.run(async (context: any) => {
        void context;
        setting.load("value");
        await setting.context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
    const value = await h.Excel.run(async (context: any) => {
      const s = context.workbook.settings.getItem("kam").load("value");
      await context.sync();
      return s.value;
    });
    expect(value).toEqual([1, 2, 3]);
  });
});
