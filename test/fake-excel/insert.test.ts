// Range.insert("Right") is refused when it would shift part of a table (InsertDeleteConflict:
// https://github.com/microsoftgraph/microsoft-graph-docs/issues/4392) or part of a merged area
// (MergedRangeConflict: https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes),
// part of a legacy array formula ("You can't change part of an array"; InsertDeleteConflict) or
// part of a PivotTable (PivotTableRangeConflict, same ErrorCodes page).
import { createFakeHost } from "../../fake-excel";

function insertRight(h: ReturnType<typeof createFakeHost>, address: string): Promise<void> {
  return h.Excel.run(async (context: any) => {
    context.workbook.worksheets.getItem("S").getRange(address).insert("Right");
    await context.sync();
  });
}

describe("insert right through something Excel will not split", () => {
  test("part of a table to the right: InsertDeleteConflict, nothing moves", async () => {
    const h = createFakeHost({
      sheets: { S: [[1, "", "", "", "x", "y"], [2, "", "", "", 3, 4], [3]] },
    });
    h.workbook.addTable("S!E1:F2", true, "T");
    await expect(insertRight(h, "B2:C3")).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(h.workbook.table("T")!.address).toBe("S!E1:F2");
    // The table's rows completely inside the band: the whole table moves.
    await insertRight(h, "B1:C2");
    expect(h.workbook.table("T")!.address).toBe("S!G1:H2");
  });

  test("part of a merged area to the right: MergedRangeConflict", async () => {
    const h = createFakeHost({ sheets: { S: [[1], [2], [3]] } });
    h.workbook.getSheet("S").merge("D2:E3");
    await expect(insertRight(h, "B1:C2")).rejects.toMatchObject({ code: "MergedRangeConflict" });
    await insertRight(h, "B2:C3");
    expect(h.workbook.getSheet("S").mergedAreas()).toEqual(["F2:G3"]);
  });

  test("part of an array formula to the right: InsertDeleteConflict; the whole array moves", async () => {
    const h = createFakeHost({ sheets: { S: [[1], [2], [3]] } });
    h.workbook.getSheet("S").enterArrayFormula("D2:D3", "=A2:A3*2");
    await expect(insertRight(h, "B1:C2")).rejects.toMatchObject({
      code: "InsertDeleteConflict",
    });
    expect(h.workbook.getSheet("S").getFormula(1, 3)).toBe("=A2:A3*2");
    await insertRight(h, "B1:C3");
    expect(h.workbook.getSheet("S").getFormula(1, 5)).toBe("=A2:A3*2");
    await expect(insertRight(h, "B3:C3")).rejects.toMatchObject({
      code: "InsertDeleteConflict",
    });
  });

  test("part of a PivotTable to the right: PivotTableRangeConflict", async () => {
    const h = createFakeHost({ sheets: { S: [[1], [2], [3]] } });
    h.workbook.getSheet("S").addPivotTable("E1:F5");
    await expect(insertRight(h, "B2:C3")).rejects.toMatchObject({
      code: "PivotTableRangeConflict",
    });
    // Rows from the top of the sheet to below the PivotTable: it moves as a whole.
    await insertRight(h, "B1:C6");
    await expect(insertRight(h, "B2:C3")).rejects.toMatchObject({
      code: "PivotTableRangeConflict",
    });
  });
});
