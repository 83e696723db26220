/* The direct model API (a user at the keyboard) and Office.js events of the fake Excel host. */
import { createFakeHost } from "../../fake-excel";

describe("model API", () => {
  test("cells, formulas, number formats, text and used range", () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Name", "Amount"],
          ["A", 1.5],
          ["B", "=B2*2"],
        ],
      },
    });
    const s = h.workbook.getSheet("S");
    expect(s.getValue(1, 1)).toBe(1.5);
    expect(s.getValue(5, 5)).toBe("");
    expect(s.getFormula(2, 1)).toBe("=B2*2");
    expect(s.getFormula(1, 1)).toBeUndefined();
    s.setNumberFormat(1, 1, "0.00");
    expect(s.getNumberFormat(1, 1)).toBe("0.00");
    expect(s.getText(1, 1)).toBe("1.50");
    s.setValue(3, 0, "=A1");
    expect(s.getFormula(3, 0)).toBe("=A1");
    s.setValue(3, 0, null);
    expect(s.getValue(3, 0)).toBe("");
    s.setValues("D1:E2", [
      ["0042", "+A1"],
      ["+1", true],
    ]);
    expect(s.getFormulas("D1:E2")).toEqual([
      [42, "=+A1"],
      [1, true],
    ]);
    expect(s.usedRange()).toEqual({
      address: "S!A1:E3",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 3,
      columnCount: 5,
    });
    expect(s.getValues("A1:B2")).toEqual([
      ["Name", "Amount"],
      ["A", 1.5],
    ]);
  });

  test("sheets: add, rename, activate, select, delete", () => {
    const h = createFakeHost({ sheets: { A: [] }, activeSheet: "A" });
    h.workbook.addSheet("B", [[1, 2]]);
    expect(h.workbook.sheetNames).toEqual(["A", "B"]);
    h.workbook.select("B!A1:B1");
    expect(h.workbook.activeSheet).toBe("B");
    expect(h.workbook.selection).toBe("B!A1:B1");
    h.workbook.select("C3,D4:D5");
    expect(h.workbook.selection).toBe("B!C3,B!D4:D5");
    h.workbook.renameSheet("B", "Beta");
    expect(h.workbook.hasSheet("beta")).toBe(true);
    h.workbook.activate("A");
    expect(h.workbook.activeSheet).toBe("A");
    h.workbook.deleteSheet("Beta");
    expect(h.workbook.sheetNames).toEqual(["A"]);
    expect(() => h.workbook.getSheet("Beta")).toThrow(/no worksheet/);
  });

  test("sortRows with a compare function or a column, comments move with their cells", () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["h1", "h2"],
          ["b", 2],
          ["c", 3],
          ["a", 1],
        ],
      },
    });
    const s = h.workbook.getSheet("S");
    s.setComment(3, 0, "smallest");
    s.sortRows(1, 3, (x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(s.getValues("A2:B4")).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect(s.getComment(1, 0)).toBe("smallest");
    s.sortRows(1, 3, { column: 1, ascending: false });
    expect(s.getValues("A2:A4")).toEqual([["c"], ["b"], ["a"]]);
    s.insertRows(0, 1);
    expect(s.getComment(4, 0)).toBe("smallest");
  });

  test("tables and names can be created like a user would", () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Customer", "Revenue"],
          ["A", 1],
        ],
      },
    });
    const t = h.workbook.addTable("S!A1:B2", true, "Sales");
    expect(t).toMatchObject({
      name: "Sales",
      address: "S!A1:B2",
      headers: ["Customer", "Revenue"],
      rowCount: 1,
    });
    h.workbook.addName("Total", "=S!$B$2");
    expect(h.workbook.names()).toEqual([
      expect.objectContaining({
        name: "Total",
        formula: "=S!$B$2",
        scope: "Workbook",
        type: "Range",
        value: "S!$B$2",
      }),
    ]);
    h.workbook.setSetting("x", { a: 1 });
    expect(h.workbook.settings()).toEqual({ x: { a: 1 } });
  });

  test("onChange reports add-in batches, user edits and reopen", async () => {
    const h = createFakeHost();
    const seen: string[] = [];
    const off = h.workbook.onChange((source) => seen.push(source));
    h.workbook.getSheet("Sheet1").setValue(0, 0, 1);
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").load("values");
      await context.sync();
    });
    h.reopen();
    off();
    h.workbook.getSheet("Sheet1").setValue(0, 0, 3);
    expect(seen).toEqual(["user", "addin", "reopen"]);
  });
});

describe("events", () => {
  test("worksheet.onChanged and workbook.onSelectionChanged fire for user actions", async () => {
    const h = createFakeHost({ sheets: { S: [], T: [] } });
    const changes: any[] = [];
    const selections: any[] = [];
    const activations: any[] = [];
    const result = await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      const r = ws.onChanged.add(async (e: any) => {
        changes.push(e);
      });
      context.workbook.onSelectionChanged.add(async (e: any) => {
        selections.push(e);
      });
      context.workbook.worksheets.onActivated.add(async (e: any) => {
        activations.push(e);
      });
      await context.sync();
      return r;
    });
    h.workbook.getSheet("S").setValue(1, 2, "x");
    h.workbook.getSheet("T").setValue(0, 0, "not watched");
    h.workbook.select("T!B2");
    await Promise.resolve();
    await Promise.resolve();
    expect(changes).toEqual([
      expect.objectContaining({
        address: "C2",
        changeType: "RangeEdited",
        type: "WorksheetChanged",
      }),
    ]);
    expect(selections).toEqual([expect.objectContaining({ address: "B2" })]);
    expect(activations).toEqual([expect.objectContaining({ type: "WorksheetActivated" })]);
    await h.Excel.run(async (context: any) => {
      void context;
      result.remove();
      await result.context.sync();
    });
    h.workbook.getSheet("S").setValue(1, 2, "y");
    await Promise.resolve();
    expect(changes).toHaveLength(1);
  });
});
