/* Ranges of the fake Excel host: addresses, typed input, navigation, regions, special cells. */
import { createFakeHost } from "../../fake-excel";

async function inSheet<T>(
  h: ReturnType<typeof createFakeHost>,
  sheet: string,
  fn: (ws: any, context: any) => Promise<T>
): Promise<T> {
  return h.Excel.run((context: any) => fn(context.workbook.worksheets.getItem(sheet), context));
}

describe("addresses", () => {
  test("address forms and range geometry", async () => {
    const h = createFakeHost({ sheets: { "My Sheet": [], Sheet1: [] } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("My Sheet");
      const props =
        "address,rowIndex,columnIndex,rowCount,columnCount,isEntireRow,isEntireColumn,cellCount";
      const a = ws.getRange("$B$2:c4").load(props);
      const b = ws.getRange("'My Sheet'!D5").load(props);
      const c = ws.getRange("A:C").load(props);
      const d = ws.getRange("2:5").load(props);
      const e = ws.getRange().load("address");
      const f = ws.getRangeByIndexes(9, 1, 2, 3).load("address");
      const g = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("XFD1048576")
        .load("address");
      await context.sync();
      expect([
        a.address,
        a.rowIndex,
        a.columnIndex,
        a.rowCount,
        a.columnCount,
        a.cellCount,
      ]).toEqual(["'My Sheet'!B2:C4", 1, 1, 3, 2, 6]);
      expect(b.address).toBe("'My Sheet'!D5");
      expect([c.address, c.rowCount, c.isEntireColumn, c.isEntireRow]).toEqual([
        "'My Sheet'!A:C",
        1048576,
        true,
        false,
      ]);
      expect([d.address, d.columnCount, d.isEntireRow]).toEqual(["'My Sheet'!2:5", 16384, true]);
      expect(e.address).toBe("'My Sheet'!1:1048576");
      expect(f.address).toBe("'My Sheet'!B10:D11");
      expect(g.address).toBe("Sheet1!XFD1048576");
    });
  });

  test.each(["A0", "XFE1", "A1048577", "B!A1", "not an address"])(
    "invalid address or address of another sheet %p fails with InvalidArgument",
    async (address) => {
      const h = createFakeHost({ sheets: { A: [], B: [] } });
      await expect(
        inSheet(h, "A", async (ws, context) => {
          ws.getRange(address);
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  );

  test("getRange accepts a defined name", async () => {
    const h = createFakeHost({ sheets: { Data: [[1], [2], [3]] } });
    h.workbook.addName("Numbers", "=Data!$A$1:$A$3");
    const values = await inSheet(h, "Data", async (ws, context) => {
      const r = ws.getRange("Numbers").load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([[1], [2], [3]]);
  });
});

describe("typed input", () => {
  test("strings starting with = (and +/- formulas) become formulas; '@' and a quote prefix keep text", async () => {
    const h = createFakeHost();
    await inSheet(h, "Sheet1", async (ws, context) => {
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:A6").values = [
        ["=SUM(1,2)"],
        ["+A1*2"],
        ["-A1"],
        ['\'=HYPERLINK("x")'],
        ["-"],
        ["plain"],
      ];
      ws.getRange("B1").values = [["=cmd|' /C calc'!A0"]];
      ws.getRange("C1").formulas = [["=A1+1"]];
      ws.getRange("C2").formulas = [["text via formulas"]];
      await context.sync();
      const r = ws.getRange("A1:C6").load("values, formulas, valueTypes");
      await context.sync();
      expect(r.formulas.map((row: unknown[]) => row[0])).toEqual([
        "=SUM(1,2)",
        "=+A1*2",
        "=-A1",
        '=HYPERLINK("x")',
        "-",
        "plain",
      ]);
      expect(r.values[3][0]).toBe('=HYPERLINK("x")');
    });
    const s = h.workbook.getSheet("Sheet1");
    expect(s.getFormula(0, 0)).toBe("=SUM(1,2)");
    expect(s.getFormula(1, 0)).toBe("=+A1*2");
    expect(s.getFormula(3, 0)).toBeUndefined();
    expect(s.getValue(3, 0)).toBe('=HYPERLINK("x")');
    expect(s.getFormula(0, 1)).toBeUndefined();
    expect(s.getValue(0, 1)).toBe("=cmd|' /C calc'!A0");
    expect(s.getFormula(0, 2)).toBe("=A1+1");
    expect(s.getFormula(1, 2)).toBeUndefined();
  });

  test("numbers, booleans and errors typed as text are converted unless the cell is Text ('@')", async () => {
    const h = createFakeHost();
    await inSheet(h, "Sheet1", async (ws, context) => {
      ws.getRange("B1:B2").numberFormat = [["@"], ["@"]];
      ws.getRange("A1:A6").values = [["00123"], ["1.5e3"], ["12%"], ["true"], ["#N/A"], [""]];
      ws.getRange("B1:B2").values = [["00123"], ["TRUE"]];
      await context.sync();
      const r = ws.getRange("A1:B6").load("values, valueTypes, text");
      await context.sync();
      expect(r.values.map((x: unknown[]) => x[0])).toEqual([123, 1500, 0.12, true, "#N/A", ""]);
      expect(r.valueTypes.map((x: unknown[]) => x[0])).toEqual([
        "Double",
        "Double",
        "Double",
        "Boolean",
        "Error",
        "Empty",
      ]);
      expect(r.values[0][1]).toBe("00123");
      expect(r.values[1][1]).toBe("TRUE");
      expect(r.valueTypes[0][1]).toBe("String");
      expect(r.text[3][0]).toBe("TRUE");
    });
  });

  test("number formats drive the text", async () => {
    const h = createFakeHost({ sheets: { S: [[1234.5, 0.256, 45000, -3, 7]] } });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("A1:E1").numberFormat = [
        ["#,##0.00", "0.0%", "yyyy-mm-dd", '#,##0 "€"', "General"],
      ];
      const r = ws.getRange("A1:E1").load("text, numberFormat");
      await context.sync();
      expect(r.text).toEqual([["1,234.50", "25.6%", "2023-03-15", "-3 €", "7"]]);
      expect(r.numberFormat[0][0]).toBe("#,##0.00");
    });
  });

  test("a formula the fake cannot calculate reports its formula text as value (see calc.ts)", async () => {
    const h = createFakeHost({ sheets: { S: [[1, 2, '=INDIRECT("A1")']] } });
    const values = await inSheet(h, "S", async (ws, context) => {
      const r = ws.getRange("A1:C1").load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([[1, 2, '=INDIRECT("A1")']]);
  });
});

describe("navigation", () => {
  const data = [
    ["Customer", "Revenue", "Region"],
    ["Acme", 1200, "North"],
    ["Beta", 800, "South"],
    ["Gamma", 300, "North"],
  ];

  test("cells, rows, columns, offsets, resizing, bounding rectangles and intersections", async () => {
    const h = createFakeHost({ sheets: { S: data } });
    await inSheet(h, "S", async (ws, context) => {
      const base = ws.getRange("B2:C4");
      const list = {
        cell: base.getCell(1, 1),
        row: base.getRow(2),
        column: base.getColumn(0),
        above: base.getRowsAbove(),
        below: base.getRowsBelow(2),
        before: base.getColumnsBefore(),
        after: base.getColumnsAfter(1),
        offset: base.getOffsetRange(1, 1),
        resized: base.getResizedRange(1, -1),
        absolute: base.getAbsoluteResizedRange(1, 5),
        bounding: base.getBoundingRect("E7"),
        intersection: base.getIntersection("A3:B9"),
        entireRow: base.getEntireRow(),
        entireColumn: base.getEntireColumn(),
        lastRow: base.getLastRow(),
        lastColumn: base.getLastColumn(),
        lastCell: base.getLastCell(),
        used: ws.getRange("A1:Z100").getUsedRange(),
      } as Record<string, any>;
      const none = base.getIntersectionOrNullObject("H1:H2");
      for (const r of Object.values(list)) r.load("address");
      await context.sync();
      const got: Record<string, string> = {};
      for (const [k, r] of Object.entries(list)) got[k] = r.address.replace("S!", "");
      expect(got).toEqual({
        cell: "C3",
        row: "B4:C4",
        column: "B2:B4",
        above: "B1:C1",
        below: "B5:C6",
        before: "A2:A4",
        after: "D2:D4",
        offset: "C3:D5",
        resized: "B2:B5",
        absolute: "B2:F2",
        bounding: "B2:E7",
        intersection: "B3:B4",
        entireRow: "2:4",
        entireColumn: "B:C",
        lastRow: "B4:C4",
        lastColumn: "C2:C4",
        lastCell: "C4",
        used: "A1:C4",
      });
      expect(none.isNullObject).toBe(true);
    });
  });

  test("navigating outside the sheet fails with InvalidArgument", async () => {
    const h = createFakeHost();
    await expect(
      inSheet(h, "Sheet1", async (ws, context) => {
        ws.getRange("A1").getOffsetRange(-1, 0);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("used range of an empty sheet is A1; getUsedRangeOrNullObject is null", async () => {
    const h = createFakeHost();
    await inSheet(h, "Sheet1", async (ws, context) => {
      const u = ws.getUsedRange().load("address");
      const n = ws.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(u.address).toBe("Sheet1!A1");
      expect(n.isNullObject).toBe(true);
    });
    await expect(
      inSheet(h, "Sheet1", async (ws, context) => {
        ws.getRange("A1:B2").getUsedRange().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("formatted cells count for the used range unless valuesOnly", async () => {
    const h = createFakeHost({ sheets: { S: [[1]] } });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("D5").format.fill.color = "yellow";
      const all = ws.getUsedRange().load("address");
      const values = ws.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("S!A1:D5");
      expect(values.address).toBe("S!A1");
    });
  });

  test("getSurroundingRegion expands to the block bordered by empty rows and columns", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["", "", "", "", "", ""],
          ["", "Name", "Q1", "Q2", "", "x"],
          ["", "A", 1, 2, "", ""],
          ["", "B", 3, "", "", ""],
          ["", "", "", 9, "", ""],
          ["", "", "", "", "", ""],
          ["", "far", "", "", "", ""],
        ],
      },
    });
    await inSheet(h, "S", async (ws, context) => {
      const a = ws.getRange("C3").getSurroundingRegion().load("address");
      const b = ws.getRange("B7").getSurroundingRegion().load("address");
      const c = ws.getRange("A10").getSurroundingRegion().load("address");
      await context.sync();
      // D5 touches C4 diagonally, so it belongs to the region; F2 is separated by column E.
      expect(a.address).toBe("S!B2:D5");
      expect(b.address).toBe("S!B7");
      expect(c.address).toBe("S!A10");
    });
  });

  test("find and findOrNullObject", async () => {
    const h = createFakeHost({ sheets: { S: data } });
    await inSheet(h, "S", async (ws, context) => {
      const found = ws.getRange("A1:C4").find("north", { completeMatch: true }).load("address");
      const partial = ws.getRange("A1:C4").find("amm", {}).load("address");
      const none = ws.getRange("A1:C4").findOrNullObject("zzz", {});
      await context.sync();
      expect(found.address).toBe("S!C2");
      expect(partial.address).toBe("S!A4");
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("visible cells, merges and views", () => {
  const rows = Array.from({ length: 10 }, (_, i) => [`r${i + 1}`, i + 1, i * 10]);

  test("getSpecialCellsOrNullObject('Visible') returns the visible areas", async () => {
    const h = createFakeHost({ sheets: { S: rows }, supportedSets: { ExcelApi: "1.13" } });
    h.workbook.getSheet("S").hideRows(3, 2);
    await inSheet(h, "S", async (ws, context) => {
      const areas = ws.getRange("A1:C9").getSpecialCellsOrNullObject("Visible");
      areas.load("address, areaCount, cellCount");
      areas.areas.load("items/address");
      const hidden = ws.getRange("A4:C5").getSpecialCellsOrNullObject("Visible");
      const rowHidden = ws.getRange("A4:C5").load("rowHidden");
      const mixed = ws.getRange("A3:C5").load("rowHidden");
      await context.sync();
      expect(areas.address).toBe("S!A1:C3,S!A6:C9");
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(21);
      expect(areas.areas.items.map((r: any) => r.address)).toEqual(["S!A1:C3", "S!A6:C9"]);
      expect(hidden.isNullObject).toBe(true);
      expect(rowHidden.rowHidden).toBe(true);
      expect(mixed.rowHidden).toBeNull();
    });
  });

  test("special cells: constants, formulas, blanks; errors when nothing is found", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          [1, "=A1*2", ""],
          ["", "x", true],
        ],
      },
    });
    await inSheet(h, "S", async (ws, context) => {
      const consts = ws.getRange("A1:C2").getSpecialCells("Constants").load("address");
      const numbers = ws.getRange("A1:C2").getSpecialCells("Constants", "Numbers").load("address");
      const formulas = ws.getRange("A1:C2").getSpecialCells("Formulas").load("address");
      const blanks = ws.getRange("A1:C2").getSpecialCells("Blanks").load("address");
      await context.sync();
      expect(consts.address).toBe("S!A1,S!B2:C2");
      expect(numbers.address).toBe("S!A1");
      expect(formulas.address).toBe("S!B1");
      expect(blanks.address).toBe("S!C1,S!A2");
    });
    await expect(
      inSheet(h, "S", async (ws, context) => {
        ws.getRange("A1:A1").getSpecialCells("Formulas");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("rows hidden through the API are reported by the model", async () => {
    const h = createFakeHost({ sheets: { S: rows } });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("2:3").rowHidden = true;
      ws.getRange("B:B").columnHidden = true;
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    expect([s.isRowHidden(0), s.isRowHidden(1), s.isRowHidden(2), s.isRowHidden(3)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(s.isColumnHidden(1)).toBe(true);
  });

  test("merge keeps the upper-left value; getMergedAreasOrNullObject lists merged areas", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Title", "lost"],
          [1, 2],
        ],
      },
      supportedSets: { ExcelApi: "1.13" },
    });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("A1:B1").merge();
      ws.getRange("A3:C4").merge(true);
      const m = ws.getRange("A1:D9").getMergedAreasOrNullObject().load("address, areaCount");
      const none = ws.getRange("F1").getMergedAreasOrNullObject();
      await context.sync();
      expect(m.address).toBe("S!A1:B1,S!A3:C3,S!A4:C4");
      expect(m.areaCount).toBe(3);
      expect(none.isNullObject).toBe(true);
      ws.getRange("A3:C4").unmerge();
      await context.sync();
    });
    expect(h.workbook.getSheet("S").getValue(0, 1)).toBe("");
    expect(h.workbook.getSheet("S").mergedAreas()).toEqual(["A1:B1"]);
  });

  test("getVisibleView skips hidden rows", async () => {
    const h = createFakeHost({ sheets: { S: rows } });
    h.workbook.getSheet("S").hideRows(1, 8);
    await inSheet(h, "S", async (ws, context) => {
      const v = ws.getRange("A1:B10").getVisibleView().load("values, rowCount");
      v.rows.load("items/values");
      await context.sync();
      expect(v.values).toEqual([
        ["r1", 1],
        ["r10", 10],
      ]);
      expect(v.rowCount).toBe(2);
      expect(v.rows.items.map((r: any) => r.values[0][0])).toEqual(["r1", "r10"]);
    });
  });
});

describe("formats, clearing and sorting", () => {
  test("format properties, uniform or null, and autofit", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Customer name", 1],
          ["B", 2],
        ],
      },
    });
    await inSheet(h, "S", async (ws, context) => {
      const r = ws.getRange("A1:B1");
      r.format.font.bold = true;
      r.format.font.color = "red";
      r.format.fill.color = "#ffeb9c";
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      ws.getRange("A:A").format.autofitColumns();
      ws.getRange("B:B").format.columnWidth = 80;
      const one = ws.getRange("A1:B1").format.load("horizontalAlignment, wrapText, columnWidth");
      one.font.load("bold, color");
      one.fill.load("color");
      const mixed = ws.getRange("A1:A2").format;
      mixed.load("horizontalAlignment");
      mixed.font.load("bold");
      const border = ws.getRange("B1").format.borders.getItem("EdgeBottom").load("style");
      await context.sync();
      expect([
        one.font.bold,
        one.font.color,
        one.fill.color,
        one.horizontalAlignment,
        one.wrapText,
      ]).toEqual([true, "#FF0000", "#FFEB9C", "Center", true]);
      expect(one.columnWidth).toBeNull();
      expect(mixed.font.bold).toBeNull();
      expect(mixed.horizontalAlignment).toBeNull();
      expect(border.style).toBe("Continuous");
      ws.getRange("A1").format.fill.clear();
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    expect(s.getFormat(0, 1)).toMatchObject({
      bold: true,
      fontColor: "#FF0000",
      fillColor: "#FFEB9C",
    });
    expect(s.getFormat(0, 0).fillColor).toBeNull();
    expect(s.getFormat(1, 0).bold).toBe(false);
    expect(s.columnWidth(0)).toBeGreaterThan(48);
    expect(s.columnWidth(1)).toBe(80);
  });

  test("row heights: uniform or null", async () => {
    const h = createFakeHost();
    await inSheet(h, "Sheet1", async (ws, context) => {
      ws.getRange("A1").format.rowHeight = 30;
      ws.getRange("A5").format.rowHeight = 20;
      const mixed = ws.getRange("A1:A3").format.load("rowHeight");
      const one = ws.getRange("A1:C1").format.load("rowHeight");
      const plain = ws.getRange("A2:A4").format.load("rowHeight, useStandardHeight");
      await context.sync();
      expect(mixed.rowHeight).toBeNull();
      expect(one.rowHeight).toBe(30);
      expect([plain.rowHeight, plain.useStandardHeight]).toEqual([15, true]);
    });
    expect(h.workbook.getSheet("Sheet1").rowHeight(0)).toBe(30);
  });

  test("formats of entire columns apply to every cell without storing a million cells", async () => {
    const h = createFakeHost({ sheets: { S: [["a"], ["b"]] } });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("A:C").numberFormat = "@";
      ws.getRange("A:C").format.font.italic = true;
      await context.sync();
      ws.getRange("C5").values = [["0042"]];
      const f = ws.getRange("A1:C1048576").format.font.load("italic");
      await context.sync();
      expect(f.italic).toBe(true);
    });
    const s = h.workbook.getSheet("S");
    expect(s.getValue(4, 2)).toBe("0042");
    expect(s.getNumberFormat(1048575, 1)).toBe("@");
  });

  test("clear contents, formats or all", async () => {
    const h = createFakeHost({ sheets: { S: [[1, 2, 3]] } });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear("Formats");
      ws.getRange("C1").clear();
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    expect([s.getValue(0, 0), s.getFormat(0, 0).bold]).toEqual(["", true]);
    expect([s.getValue(0, 1), s.getFormat(0, 1).bold]).toEqual([2, false]);
    expect([s.getValue(0, 2), s.getFormat(0, 2).bold]).toEqual(["", false]);
  });

  test("range.sort.apply sorts rows (blanks last) and moves formats with the cells", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Name", "Revenue"],
          ["b", 10],
          ["a", 30],
          ["c", ""],
          ["d", 20],
        ],
      },
    });
    await inSheet(h, "S", async (ws, context) => {
      ws.getRange("A3").format.font.bold = true;
      ws.getRange("A1:B5").sort.apply([{ key: 1, ascending: false }], false, true);
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    expect(s.getValues("A1:B5")).toEqual([
      ["Name", "Revenue"],
      ["a", 30],
      ["d", 20],
      ["b", 10],
      ["c", ""],
    ]);
    expect(s.getFormat(1, 0).bold).toBe(true);
  });

  test("select sets the selection and the active sheet", async () => {
    const h = createFakeHost({ sheets: { A: [], B: [] }, selection: "A!B2" });
    await h.Excel.run(async (context: any) => {
      const sel = context.workbook.getSelectedRange().load("address");
      const cell = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(sel.address).toBe("A!B2");
      expect(cell.address).toBe("A!B2");
      context.workbook.worksheets.getItem("B").getRange("C3:D4").select();
      await context.sync();
    });
    expect(h.workbook.activeSheet).toBe("B");
    expect(h.workbook.selection).toBe("B!C3:D4");
  });

  test("getRanges selects several areas at once (ExcelApi 1.9)", async () => {
    const h = createFakeHost({ sheets: { A: [], B: [] }, selection: "A!B2" });
    await h.Excel.run(async (context: any) => {
      const areas = context.workbook.worksheets.getItem("B").getRanges("A2:C2, A5:C6,E9");
      areas.load("address,areaCount,cellCount");
      areas.select();
      const selected = context.workbook.getSelectedRanges().load("address,areaCount");
      await context.sync();
      expect(areas.address).toBe("B!A2:C2,B!A5:C6,B!E9");
      expect(areas.areaCount).toBe(3);
      expect(areas.cellCount).toBe(3 + 6 + 1);
      expect(selected.address).toBe("B!A2:C2,B!A5:C6,B!E9");
      expect(selected.areaCount).toBe(3);
    });
    expect(h.workbook.activeSheet).toBe("B");
    expect(h.workbook.selection).toBe("B!A2:C2,B!A5:C6,B!E9");
  });

  test("getRange takes one block only, as in Excel; getRanges needs ExcelApi 1.9", async () => {
    const h = createFakeHost({ sheets: { A: [] }, selection: "A!B2" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("A").getRange("A2:C2,A5:C6").select();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const old = createFakeHost({
      sheets: { A: [] },
      selection: "A!B2",
      supportedSets: { ExcelApi: "1.8" },
    });
    await expect(
      old.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("A").getRanges("A2:C2,A5:C6").select();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(h.workbook.selection).toBe("A!B2");
    expect(old.workbook.selection).toBe("A!B2");
  });

  test("getRanges refuses an area on another sheet", async () => {
    const h = createFakeHost({ sheets: { A: [], B: [] }, selection: "A!B2" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("A").getRanges("A1:B2,B!C3").select();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(h.workbook.selection).toBe("A!B2");
  });
});
