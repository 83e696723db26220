/* Inserting and deleting cells: everything that refers to cells moves with them, as in Excel. */
import { createFakeHost } from "../../fake-excel";

const DATA = [
  ["Customer", "Revenue", "Share"],
  ["Acme", 1200, 0.5],
  ["Beta", 800, 0.3],
  ["Gamma", 300, 0.1],
  ["Delta", 200, 0.1],
];

/** Sheet "Data" with a table, names, a formula, CF, validation and a chart on rows 1-5. */
async function setup() {
  const h = createFakeHost({
    sheets: { Data: DATA, Report: [["=SUM(Data!B2:B5)", "=Data!$B$2"]] },
    supportedSets: { ExcelApi: "1.13" },
  });
  await h.Excel.run(async (context: any) => {
    const ws = context.workbook.worksheets.getItem("Data");
    ws.tables.add("A1:C5", true).name = "Customers";
    context.workbook.names.add("Revenue", ws.getRange("B2:B5"));
    ws.names.add("Top", "=Data!$A$2");
    ws.getRange("E1").formulas = [["=SUM(B2:B5)"]];
    const cf = ws.getRange("B2:B5").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=$B2>1000";
    cf.custom.format.fill.color = "#C6EFCE";
    ws.getRange("C2:C5").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=$G$1:$G$3" },
    };
    ws.charts.add("ColumnClustered", ws.getRange("A1:B5"), "Columns");
    await context.sync();
  });
  return h;
}

function snapshot(h: ReturnType<typeof createFakeHost>) {
  const s = h.workbook.getSheet("Data");
  const chart = s.charts()[0];
  return {
    table: h.workbook.table("Customers")?.address,
    revenue: h.workbook.names().find((n) => n.name === "Revenue")?.formula,
    top: h.workbook.names().find((n) => n.name === "Top")?.formula,
    formula: s
      .getFormulas()
      .flat()
      .find((f) => typeof f === "string" && f.startsWith("=SUM(")),
    report: h.workbook.getSheet("Report").getFormulas("A1:B1")[0],
    cf: s.conditionalFormats().map((c) => [c.address, c.formula]),
    dv: s.dataValidations().map((d) => [d.address, d.source]),
    series: chart.series.map((x) => [x.name, x.values, x.xValues]),
  };
}

describe("inserting and deleting rows", () => {
  test("inserting entire rows above the data moves cells and all references", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").getRange("1:2").insert("Down");
      await context.sync();
    });
    expect(h.workbook.getSheet("Data").getValue(2, 0)).toBe("Customer");
    expect(snapshot(h)).toEqual({
      table: "Data!A3:C7",
      revenue: "=Data!$B$4:$B$7",
      top: "=Data!$A$4",
      formula: "=SUM(B4:B7)",
      report: ["=SUM(Data!B4:B7)", "=Data!$B$4"],
      cf: [["Data!B4:B7", "=$B4>1000"]],
      dv: [["Data!C4:C7", "=$G$3:$G$5"]],
      series: [["Revenue", "Data!B4:B7", "Data!A4:A7"]],
    });
  });

  test("inserting rows inside the table extends the table and the ranges that span them", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").getRange("A3:C3").getEntireRow().insert("Down");
      await context.sync();
    });
    expect(snapshot(h)).toMatchObject({
      table: "Data!A1:C6",
      revenue: "=Data!$B$2:$B$6",
      top: "=Data!$A$2",
      formula: "=SUM(B2:B6)",
      cf: [["Data!B2:B6", "=$B2>1000"]],
      // G1:G3 contains row 3, so it grows too.
      dv: [["Data!C2:C6", "=$G$1:$G$4"]],
      series: [["Revenue", "Data!B2:B6", "Data!A2:A6"]],
    });
    expect(h.workbook.getSheet("Data").getValues("A2:A4")).toEqual([["Acme"], [""], ["Beta"]]);
    expect(h.workbook.table("Customers")?.rowCount).toBe(5);
  });

  test("deleting rows shrinks references; deleting all referenced cells gives #REF!", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").getRange("2:3").delete("Up");
      await context.sync();
    });
    const snap = snapshot(h);
    expect(snap).toMatchObject({
      table: "Data!A1:C3",
      revenue: "=Data!$B$2:$B$3",
      top: "=Data!#REF!",
      formula: "=SUM(B2:B3)",
      report: ["=SUM(Data!B2:B3)", "=Data!#REF!"],
      cf: [["Data!B2:B3", "=$B2>1000"]],
      series: [["Revenue", "Data!B2:B3", "Data!A2:A3"]],
    });
    expect(h.workbook.getSheet("Data").getValues("A2:A3")).toEqual([["Gamma"], ["Delta"]]);
    const top = h.workbook.names().find((n) => n.name === "Top");
    expect(top?.type).toBe("Error");
  });

  test("the model API (user at the keyboard) shifts references the same way", async () => {
    const h = await setup();
    h.workbook.getSheet("Data").insertRows(0, 3);
    expect(snapshot(h).table).toBe("Data!A4:C8");
    h.workbook.getSheet("Data").deleteRows(0, 3);
    expect(snapshot(h).revenue).toBe("=Data!$B$2:$B$5");
    h.workbook.getSheet("Data").insertColumns(0, 1);
    expect(snapshot(h)).toMatchObject({
      table: "Data!B1:D5",
      revenue: "=Data!$C$2:$C$5",
      formula: "=SUM(C2:C5)",
      cf: [["Data!C2:C5", "=$C2>1000"]],
      dv: [["Data!D2:D5", "=$H$1:$H$3"]],
      series: [["Revenue", "Data!C2:C5", "Data!B2:B5"]],
    });
    h.workbook.getSheet("Data").deleteColumns(0, 1);
    expect(snapshot(h).table).toBe("Data!A1:C5");
  });

  test("a data validation list and a chart on another sheet follow the referenced cells", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      const report = context.workbook.worksheets.getItem("Report");
      report.getRange("C1").dataValidation.rule = {
        list: {
          inCellDropDown: true,
          source: context.workbook.worksheets.getItem("Data").getRange("A2:A5"),
        },
      };
      const chart = report.charts.add("Pie", report.getRange("A1:B1"), "Rows");
      chart.series
        .getItemAt(0)
        .setValues(context.workbook.worksheets.getItem("Data").getRange("B2:B5"));
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A1").getEntireRow().insert("Down");
      await context.sync();
    });
    const report = h.workbook.getSheet("Report");
    expect(report.dataValidations()[0].source).toBe("=Data!$A$3:$A$6");
    expect(report.charts()[0].series[0].values).toBe("Data!B3:B6");
  });

  test("entire rows of merged areas, hidden rows and row heights move too", async () => {
    const h = createFakeHost({ sheets: { S: [["a"], ["b"], ["c"]] } });
    const s = h.workbook.getSheet("S");
    s.merge("A3:B3");
    s.hideRows(1, 1);
    s.insertRows(0, 2);
    expect(s.mergedAreas()).toEqual(["A5:B5"]);
    expect([s.isRowHidden(1), s.isRowHidden(3)]).toEqual([false, true]);
    expect(s.getValues("A3:A5")).toEqual([["a"], ["b"], ["c"]]);
  });
});

describe("inserting and deleting cells", () => {
  test("insert 'Right' shifts only the rows of the range", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    });
    const address = await h.Excel.run(async (context: any) => {
      const inserted = context.workbook.worksheets
        .getItem("S")
        .getRange("B1")
        .insert(h.Excel.InsertShiftDirection.right);
      inserted.load("address");
      await context.sync();
      return inserted.address;
    });
    expect(address).toBe("S!B1");
    expect(h.workbook.getSheet("S").getValues("A1:D2")).toEqual([
      [1, "", 2, 3],
      [4, 5, 6, ""],
    ]);
  });

  test("delete 'Left' and 'Up' shift cells into the gap", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      },
    });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").delete("Left");
      ws.getRange("B2:B3").delete("Up");
      await context.sync();
    });
    expect(h.workbook.getSheet("S").getValues("A1:C3")).toEqual([
      [2, 3, ""],
      [4, "", 6],
      [7, "", 9],
    ]);
  });

  test("shifting part of a table fails with InsertDeleteConflict and changes nothing", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["A", "B", "C"],
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    });
    h.workbook.addTable("S!A1:C3");
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("S").getRange("B2").insert("Down");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(h.workbook.getSheet("S").getValues("A1:C3")).toEqual([
      ["A", "B", "C"],
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(h.workbook.tables()[0].address).toBe("S!A1:C3");
  });

  test("inserting cells over the table's full width inside it extends the table", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["A", "B", "x"],
          [1, 2, "y"],
          [4, 5, "z"],
        ],
      },
    });
    h.workbook.addTable("S!A1:B3");
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("S").getRange("A3:B3").insert("Down");
      await context.sync();
    });
    expect(h.workbook.tables()[0].address).toBe("S!A1:B4");
    expect(h.workbook.getSheet("S").getValues("A1:C4")).toEqual([
      ["A", "B", "x"],
      [1, 2, "y"],
      ["", "", "z"],
      [4, 5, ""],
    ]);
  });

  test("pushing data off the sheet fails with NonBlankCellOffSheet", async () => {
    const h = createFakeHost();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1048576").values = [["last"]];
      await context.sync();
    });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("5:5").insert("Down");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });
  });
});

describe("sheets", () => {
  test("renaming a sheet updates names, formulas and chart references", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").name = "Kunden Daten";
      await context.sync();
    });
    expect(h.workbook.names().find((n) => n.name === "Revenue")?.formula).toBe(
      "='Kunden Daten'!$B$2:$B$5"
    );
    expect(h.workbook.getSheet("Report").getFormula(0, 0)).toBe("=SUM('Kunden Daten'!B2:B5)");
    expect(h.workbook.getSheet("Kunden Daten").charts()[0].series[0].values).toBe(
      "'Kunden Daten'!B2:B5"
    );
    expect(h.workbook.table("Customers")?.address).toBe("'Kunden Daten'!A1:C5");
  });

  test("add, duplicate names, position, visibility, delete", async () => {
    const h = createFakeHost({ sheets: { Data: [] } });
    await h.Excel.run(async (context: any) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Analysis");
      const auto = sheets.add();
      added.position = 0;
      added.load("name, position, id");
      auto.load("name");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Analysis", 0]);
      expect(auto.name).toBe("Sheet3");
      expect(added.id).toMatch(/^\{.*\}$/);
    });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.add("analysis");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.add("bad/name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Sheet3").delete();
      context.workbook.worksheets.getItem("Data").visibility = "Hidden";
      context.workbook.worksheets.getItem("Analysis").activate();
      await context.sync();
    });
    expect(h.workbook.sheetNames).toEqual(["Analysis", "Data"]);
    expect(h.workbook.getSheet("Data").visibility).toBe("Hidden");
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Analysis").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("deleting a sheet turns references to it into #REF! and removes its tables", async () => {
    const h = await setup();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(h.workbook.tables()).toEqual([]);
    expect(h.workbook.names()[0].formula).toBe("=#REF!");
    expect(h.workbook.getSheet("Report").getFormula(0, 0)).toBe("=SUM(#REF!)");
  });

  test("freeze panes, tab color and protection", async () => {
    const h = createFakeHost();
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.freezePanes.freezeRows(2);
      ws.tabColor = "#00b050";
      ws.protection.protect();
      const loc = ws.freezePanes.getLocationOrNullObject().load("address");
      const p = ws.protection.load("protected");
      await context.sync();
      expect(loc.address).toBe("Sheet1!1:2");
      expect(p.protected).toBe(true);
    });
    const s = h.workbook.getSheet("Sheet1");
    expect(s.frozen).toEqual({ rows: 2, columns: 0 });
    expect(s.tabColor).toBe("#00B050");
    expect(s.protected).toBe(true);
  });
});
