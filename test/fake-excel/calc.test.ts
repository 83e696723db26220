// Range.values of a formula cell is its calculated value, Range.formulas the formula ("If a cell
// has no formula, its value is returned instead"):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
import { createFakeHost } from "../../fake-excel";

async function read(
  h: ReturnType<typeof createFakeHost>,
  address: string
): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
  return h.Excel.run(async (context: any) => {
    const r = context.workbook.worksheets.getItem("S").getRange(address);
    r.load("values,formulas");
    await context.sync();
    return { values: r.values, formulas: r.formulas };
  });
}

describe("calculated values of formula cells", () => {
  test("values shows the result, formulas the formula", async () => {
    const h = createFakeHost({
      sheets: { S: [[1, 2, "=A1+B1", '=IF(A2="","","")', '="Kunde "&A1', "=SUM(A1:C1)"]] },
    });
    const { values, formulas } = await read(h, "A1:F1");
    expect(values).toEqual([[1, 2, 3, "", "Kunde 1", 6]]);
    expect(formulas).toEqual([[1, 2, "=A1+B1", '=IF(A2="","","")', '="Kunde "&A1', "=SUM(A1:C1)"]]);
  });

  test("a formula showing an empty string still occupies its cell", async () => {
    const h = createFakeHost({ sheets: { S: [["x", '=IF(A2="","","")']] } });
    const occupied = await h.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("S").getRange("B1:B1");
      const formulas = r.getSpecialCellsOrNullObject("Formulas");
      const used = r.getUsedRangeOrNullObject(true);
      formulas.load("address");
      used.load("address");
      await context.sync();
      return [formulas.isNullObject ? null : formulas.address, used.address];
    });
    expect(occupied).toEqual(["S!B1", "S!B1"]);
  });

  test("formulas follow changes of the cells they refer to, in the same batch", async () => {
    const h = createFakeHost({ sheets: { S: [[1, "=A1*2", '=IF(A1>5,"big","small")']] } });
    const values = await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [[10]];
      const r = ws.getRange("B1:C1");
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([[20, "big"]]);
    h.workbook.getSheet("S").setValue(0, 0, 2);
    expect(h.workbook.getSheet("S").getValues("B1:C1")).toEqual([[4, "small"]]);
  });

  test("other sheets, errors and division by zero", async () => {
    const h = createFakeHost({
      sheets: { S: [["=Data!A1+1", "=1/0", "=Nope!A1", '=A1&"x"'], []], Data: [[41]] },
    });
    expect((await read(h, "A1:D1")).values).toEqual([[42, "#DIV/0!", "#REF!", "42x"]]);
  });

  test("a formula outside the subset keeps the value a test sets", async () => {
    const h = createFakeHost({ sheets: { S: [["=VLOOKUP(1,X:Y,2,0)"]] } });
    h.workbook.getSheet("S").setCalculatedValue(0, 0, "Müller");
    expect((await read(h, "A1")).values).toEqual([["Müller"]]);
    expect(() => h.workbook.getSheet("S").setCalculatedValue(0, 1, 1)).toThrow(/no formula/);
  });
});

// "Suspends calculation until the next context.sync() is called" (ExcelApi 1.6):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member
describe("Application.suspendApiCalculationUntilNextSync", () => {
  test("is recorded per batch with the writes queued before it; formulas wait for the next sync", async () => {
    const h = createFakeHost({ sheets: { S: [[1, "=A1*2"]] } });
    const seen = await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      context.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange("A1").values = [[5]];
      const b = ws.getRange("B1");
      b.load("values");
      await context.sync();
      const during = b.values[0][0];
      ws.getRange("A1").values = [[6]];
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      return during;
    });
    expect(seen).toBe(2);
    expect(h.stats.batches.map((b) => b.writesBeforeSuspension)).toEqual([0, 1]);
    expect(h.workbook.getSheet("S").getValues("B1")).toEqual([[12]]);
  });

  test("needs ExcelApi 1.6", async () => {
    const h = createFakeHost({ supportedSets: { ExcelApi: "1.5" } });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
