/* Filters of the fake Excel host (fake-excel/filters.ts): table column filters (ExcelApi 1.2),
   AutoFilter (1.9), and what Excel does wrong while a filter hides rows. */
import { createFakeHost } from "../../fake-excel";

const DATA = [
  ["Customer", "Revenue", "Class"],
  ["Acme", 1200, "A"],
  ["Beta", 800, "B"],
  ["Gamma", 300, "A"],
  ["Delta", 50, "C"],
];

function filteredHost(excelApi = "1.9") {
  const h = createFakeHost({ sheets: { Data: DATA }, supportedSets: { ExcelApi: excelApi } });
  h.workbook.addTable("Data!A1:C5", true, "Sales");
  return h;
}

const hidden = (h: ReturnType<typeof filteredHost>) =>
  [1, 2, 3, 4].filter((r) => h.workbook.getSheet("Data").isRowHidden(r));

describe("filters", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.filter (ExcelApi 1.2)
  test("a column filter hides the rows that miss it and reads back its criteria", async () => {
    const h = filteredHost("1.8");
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.getItem("Sales");
      t.columns.getItem("Class").filter.applyValuesFilter(["A"]);
      t.columns.getItem("Revenue").filter.applyCustomFilter(">=500");
      t.columns.load("items/name,items/filter/criteria");
      await context.sync();
      expect(t.columns.items.map((c: any) => c.filter.criteria)).toEqual([
        null,
        { filterOn: "Custom", criterion1: ">=500" },
        { filterOn: "Values", values: ["A"] },
      ]);
    });
    expect(hidden(h)).toEqual([2, 3, 4]);
    await h.Excel.run(async (context: any) => {
      context.workbook.tables.getItem("Sales").clearFilters();
      await context.sync();
    });
    expect(hidden(h)).toEqual([]);
    expect(h.workbook.tableFilters("Sales")).toEqual([null, null, null]);
  });

  // office-js issue 224: after a write into a filtered range "rows that should be filtered are
  // shown, rows that should be shown are filtered" until the filter is applied again.
  test("a write does not filter again; reapplyFilters does", async () => {
    const h = filteredHost("1.8");
    h.workbook.filterTable("Sales", 2, { filterOn: "Values", values: ["A"] });
    expect(hidden(h)).toEqual([2, 4]);
    await h.Excel.run(async (context: any) => {
      const t = context.workbook.tables.getItem("Sales");
      t.getDataBodyRange().getColumn(2).values = [["C"], ["A"], ["A"], ["C"]];
      await context.sync();
    });
    expect(hidden(h)).toEqual([2, 4]);
    await h.Excel.run(async (context: any) => {
      context.workbook.tables.getItem("Sales").reapplyFilters();
      await context.sync();
    });
    expect(hidden(h)).toEqual([1, 4]);
  });

  // office-js issue 994 (rows "are not deleted at all" while filtered) and 468 (GeneralException
  // on row deletion while the filter is still on).
  test("table rows can't be deleted while a filter is applied", async () => {
    const h = filteredHost("1.14");
    h.workbook.filterTable("Sales", 2, { filterOn: "Values", values: ["A"] });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Sales").rows.getItemAt(0).delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Sales").rows.deleteRowsAt(1, 2);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(h.workbook.table("Sales")?.rowCount).toBe(4);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.autofilter (ExcelApi 1.9)
  test("the AutoFilter of a table tells whether it filters, clears and applies again", async () => {
    const h = filteredHost("1.9");
    h.workbook.filterTable("Sales", 2, { filterOn: "Values", values: ["B"] });
    await h.Excel.run(async (context: any) => {
      const af = context.workbook.tables.getItem("Sales").autoFilter;
      af.load("enabled,isDataFiltered,criteria");
      await context.sync();
      expect([af.enabled, af.isDataFiltered]).toEqual([true, true]);
      expect(af.criteria[2]).toEqual({ filterOn: "Values", values: ["B"] });
      af.clearCriteria();
      await context.sync();
      expect(hidden(h)).toEqual([]);
      const t = context.workbook.tables.getItem("Sales");
      af.apply(t.getRange(), 0, { filterOn: "Custom", criterion1: "=*a" });
      af.load("isDataFiltered");
      await context.sync();
      expect(af.isDataFiltered).toBe(true);
    });
    expect(hidden(h)).toEqual([1]); // "=*a": names that end in "a"
  });

  test("AutoFilter and a worksheet's AutoFilter need ExcelApi 1.9", async () => {
    const h = filteredHost("1.8");
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Sales").autoFilter.load("isDataFiltered");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const h9 = createFakeHost({ sheets: { Data: DATA }, supportedSets: { ExcelApi: "1.9" } });
    await h9.Excel.run(async (context: any) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.autoFilter.apply(sheet.getRange("A1:C5"), 1, {
        filterOn: "Custom",
        criterion1: "<500",
      });
      await context.sync();
    });
    expect([1, 2, 3, 4].filter((r) => h9.workbook.getSheet("Data").isRowHidden(r))).toEqual([1, 2]);
  });
});
