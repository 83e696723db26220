import type { AnalysisResult } from "../../../src/core/analyze";
import { CLASS_LETTERS } from "../../../src/core/classify/classCodes";
import { createExcelApi } from "../../../src/excel";
import { allEmpty, analyzeSource, customerRows, installHost, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

/** The class cells each customer should show, from the core result. */
function expectedByName(result: AnalysisResult): Map<string, (string | number)[]> {
  const m = new Map<string, (string | number)[]>();
  const { ranking, customers } = result;
  for (let r = 0; r < ranking.count; r++) {
    m.set(customers.names[ranking.customer[r]], [
      r + 1,
      ranking.share[r],
      ranking.cumulativeShare[r],
      CLASS_LETTERS[ranking.classes[r]],
    ]);
  }
  return m;
}

/** Every data row of A:B carries its customer's class cells in columns `first..first+3`. */
function expectRowsRight(
  values: (string | number | boolean)[][],
  result: AnalysisResult,
  first = 2
) {
  const expected = expectedByName(result);
  for (let r = 1; r < values.length; r++) {
    const name = values[r][0];
    if (name === "") continue;
    expect([r, values[r].slice(first, first + 4)]).toEqual([r, expected.get(String(name))]);
  }
}

describe("class columns next to a range", () => {
  test("writes rank, share, cumulative share and class with formats and colours", async () => {
    const host = installHost({ sheets: { Daten: customerRows(10) }, selection: "Daten!A1:B11" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    const plan = await api.planClassColumns(data, "de");
    expect(plan.lines).toEqual([
      {
        code: "XL_CLASS_COLUMNS_NEW",
        params: {
          columns: "Rang, Anteil, Kumulierter Anteil, ABC-Klasse",
          address: "Daten!C1:F11",
        },
      },
    ]);
    expect(host.workbook.getSheet("Daten").getValues("C1:F1")).toEqual([["", "", "", ""]]);

    const report = await api.writeClassColumns(data, result, "de");
    expect(report.touched).toEqual(["Daten!C1:F11"]);
    expect(report.syncs).toBeLessThanOrEqual(3);
    const sheet = host.workbook.getSheet("Daten");
    const values = sheet.getValues("A1:F11");
    expect(values[0]).toEqual([
      "Kunde",
      "Umsatz",
      "Rang",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
    ]);
    expectRowsRight(values, result);
    expect(sheet.getNumberFormat(1, 3)).toBe("0.0%");
    expect(sheet.getNumberFormat(1, 4)).toBe("0.0%");
    expect(sheet.getNumberFormat(1, 2)).toBe("0");

    const cfs = sheet.conditionalFormats();
    expect(cfs).toHaveLength(3);
    expect(cfs.map((c) => [c.address, c.operator, c.formula]).sort()).toEqual([
      ["Daten!F2:F11", "EqualTo", '="A"'],
      ["Daten!F2:F11", "EqualTo", '="B"'],
      ["Daten!F2:F11", "EqualTo", '="C"'],
    ]);
    const names = Object.fromEntries(host.workbook.names().map((n) => [n.name, n.formula]));
    expect(names).toEqual({
      KAA_ClassColumns: "=Daten!$C$1:$F$11",
      KAA_Source: "=Daten!$A$1:$B$11",
    });
  });

  test("rows the core skipped stay empty", async () => {
    const rows = customerRows(6);
    rows[2] = ["", ""];
    rows[4] = ["Fehler GmbH", "#N/A"];
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    const values = host.workbook.getSheet("Daten").getValues("A1:F7");
    expect(values[0].slice(2)).toEqual(["Rank", "Share", "Cumulative share", "Class"]);
    expect(values[2].slice(2)).toEqual(["", "", "", ""]);
    expect(values[4].slice(2)).toEqual(["", "", "", ""]);
    expect(values[1][2]).not.toBe("");
  });

  test("occupied cells to the right: cells are inserted, the user's cells move intact", async () => {
    const rows = customerRows(6).map((r, i) => [
      ...r,
      i === 2 ? "Notiz" : "",
      "",
      "",
      i === 5 ? 42 : "",
    ]);
    rows.push(["", "", "unterhalb", "", "", ""]);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    expect(data.ref.address).toBe("Daten!A1:B7");
    const plan = await api.planClassColumns(data, "de");
    expect(plan.lines).toContainEqual({
      code: "XL_CELLS_SHIFTED",
      params: { columnsCount: 4, address: "Daten!C1:F7" },
    });
    const report = await api.writeClassColumns(data, analyzeSource(data), "de");
    expect(report.lines.map((l) => l.code)).toEqual([
      "XL_CLASS_COLUMNS_NEW_DONE",
      "XL_CELLS_SHIFTED_DONE",
    ]);
    const sheet = host.workbook.getSheet("Daten");
    // The user's cells moved four columns to the right, unchanged.
    expect(sheet.getValue(2, 6)).toBe("Notiz");
    expect(sheet.getValue(5, 9)).toBe(42);
    // Below the block nothing moved.
    expect(sheet.getValue(7, 2)).toBe("unterhalb");
    expect(sheet.getValue(0, 2)).toBe("Rang");
  });
});

describe("class columns in a table", () => {
  test("become table columns, updated in place and renamed on a language switch", async () => {
    const host = installHost({ sheets: { Daten: customerRows(8) }, selection: "Daten!A2" });
    host.workbook.addTable("Daten!A1:B9", true, "Umsatz");
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    const first = await api.writeClassColumns(data, result, "en");
    expect(first.lines).toEqual([
      {
        code: "XL_CLASS_COLUMNS_TABLE_NEW_DONE",
        params: { columns: "Rank, Share, Cumulative share, Class", table: "Umsatz" },
      },
    ]);
    let table = host.workbook.table("Umsatz")!;
    expect(table.headers).toEqual([
      "Kunde",
      "Umsatz",
      "Rank",
      "Share",
      "Cumulative share",
      "Class",
    ]);
    expectRowsRight(host.workbook.getSheet("Daten").getValues("A1:F9"), result);

    // Sorted by the user, then re-run in German: same four columns, renamed.
    host.workbook.getSheet("Daten").sortRows(1, 8, { column: 1, ascending: true });
    const again = await api.readSource({ ref: data.ref });
    expect(again.grid[0]).toEqual(["Kunde", "Umsatz"]); // our own table columns are not data
    const result2 = analyzeSource(again);
    const second = await api.writeClassColumns(again, result2, "de");
    expect(second.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_TABLE_UPDATE_DONE"]);
    table = host.workbook.table("Umsatz")!;
    expect(table.headers).toEqual([
      "Kunde",
      "Umsatz",
      "Rang",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
    ]);
    expectRowsRight(host.workbook.getSheet("Daten").getValues("A1:F9"), result2);
    expect(host.workbook.getSheet("Daten").conditionalFormats()).toHaveLength(3);
  });

  // office-js issue 224: writes leave a filter stale; the user's criteria are applied again.
  test("a filtered table is written unfiltered and filtered again with the user's criteria", async () => {
    const host = installHost({ sheets: { Daten: customerRows(8) }, selection: "Daten!A2" });
    host.workbook.addTable("Daten!A1:B9", true, "Umsatz");
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    host.workbook.filterTable("Umsatz", 5, { filterOn: "Values", values: ["A"] });
    const sheet = host.workbook.getSheet("Daten");
    const shownNames = () =>
      sheet
        .getValues("A2:A9")
        .filter((_, i) => !sheet.isRowHidden(i + 1))
        .map((r) => r[0]);
    const before = shownNames();
    // The smallest customer grows past everyone: class A from now on.
    const last = sheet.getValues("A2:B9").reduce((m, r) => (Number(r[1]) < Number(m[1]) ? r : m));
    const row = sheet.getValues("A2:A9").findIndex((r) => r[0] === last[0]) + 1;
    sheet.setValue(row, 1, 1_000_000);

    const again = await api.readSource({ ref: data.ref });
    const result = analyzeSource(again);
    await api.writeClassColumns(again, result, "en");
    const classes = sheet.getValues("A2:F9").map((r) => [r[0], r[5]]);
    expect(shownNames()).toEqual(classes.filter(([, c]) => c === "A").map(([n]) => n));
    expect(shownNames()).toContain(last[0]);
    expect(shownNames()).not.toEqual(before);
    expect(host.workbook.tableFilters("Umsatz")[5]).toEqual({ filterOn: "Values", values: ["A"] });
  });

  test("a user's column of the same name is left alone", async () => {
    const rows = customerRows(4).map((r, i) => [...r, i === 0 ? "Rank" : i]);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A2" });
    host.workbook.addTable("Daten!A1:C5", true, "T");
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(host.workbook.table("T")!.headers).toEqual([
      "Kunde",
      "Umsatz",
      "Rank",
      "Rank (ABC)",
      "Share",
      "Cumulative share",
      "Class",
    ]);
    expect(host.workbook.getSheet("Daten").getValues("C1:C5")).toEqual([
      ["Rank"],
      [1],
      [2],
      [3],
      [4],
    ]);
  });
});

describe("re-runs update the same columns", () => {
  test("after customers were added, rows deleted and the data re-sorted", async () => {
    const host = installHost({ sheets: { Daten: customerRows(12) }, selection: "Daten!B2" });
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "de");
    const sheet = host.workbook.getSheet("Daten");

    // Customers added at the bottom.
    sheet.setValues("A14:B15", [
      ["Großkunde AG", 90000],
      ["Kleinkunde", 1],
    ]);
    let ref = (await api.loadRun())?.source ?? data.ref;
    let again = await api.readSource({ ref });
    let result = analyzeSource(again);
    let report = await api.writeClassColumns(again, result, "de");
    expect(report.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_UPDATE_DONE"]);
    expect(report.touched).toEqual(["Daten!C1:F15"]);
    expectRowsRight(sheet.getValues("A1:F15"), result);
    expect(allEmpty(sheet.getValues("G1:J15"))).toBe(true);

    // Rows deleted, then sorted by revenue (the user's sort takes our columns along).
    sheet.deleteRows(3, 2);
    sheet.sortRows(1, 12, { column: 1, ascending: false });
    ref = again.ref;
    again = await api.readSource({ ref });
    expect(again.ref.address).toBe("Daten!A1:B13");
    result = analyzeSource(again);
    report = await api.writeClassColumns(again, result, "de");
    expect(report.touched).toEqual(["Daten!C1:F13"]);
    expectRowsRight(sheet.getValues("A1:F13"), result);
    // No second set, nothing left below.
    expect(allEmpty(sheet.getValues("G1:J15"))).toBe(true);
    expect(allEmpty(sheet.getValues("C14:F15"))).toBe(true);
    expect(sheet.conditionalFormats()).toHaveLength(3);
    expect(
      host.workbook
        .names()
        .map((n) => n.formula)
        .sort()
    ).toEqual(["=Daten!$A$1:$B$13", "=Daten!$C$1:$F$13"]);
  });

  test("after a save, close and reopen", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    let api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    host.reopen();
    api = createExcelApi();
    const again = await api.readSource({ ref: data.ref });
    const report = await api.writeClassColumns(again, analyzeSource(again), "en");
    expect(report.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_UPDATE_DONE"]);
    expect(host.workbook.getSheet("Daten").getValues("G1:J1")).toEqual([["", "", "", ""]]);
  });

  test("other data gets its own columns; the earlier ones stay and the user is told", async () => {
    const rows = customerRows(6).map((r) => [...r, "", "", "", "", "", "", ...r]);
    const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const first = await api.readSource({});
    await api.writeClassColumns(first, analyzeSource(first), "en");
    host.workbook.select("Daten!I1:J7");
    const other = await api.readSource({});
    expect(other.ref.address).toBe("Daten!I1:J7");
    const report = await api.writeClassColumns(other, analyzeSource(other), "en");
    expect(report.lines).toEqual([
      {
        code: "XL_CLASS_COLUMNS_NEW_DONE",
        params: { columns: "Rank, Share, Cumulative share, Class", address: "Daten!K1:N7" },
      },
      { code: "XL_OLD_COLUMNS_LEFT", params: { address: "Daten!C1:F7" } },
    ]);
    const sheet = host.workbook.getSheet("Daten");
    expect(sheet.getValue(0, 2)).toBe("Rank");
    expect(sheet.getValue(0, 10)).toBe("Rank");
  });

  test("columns the user moved away are updated where they are", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1:B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    await api.writeClassColumns(data, analyzeSource(data), "en");
    host.workbook.getSheet("Daten").insertColumns(2, 1); // a column between data and ours
    const again = await api.readSource({ ref: data.ref });
    const result = analyzeSource(again);
    const report = await api.writeClassColumns(again, result, "en");
    expect(report.touched).toEqual(["Daten!D1:G7"]);
    expectRowsRight(
      host.workbook
        .getSheet("Daten")
        .getValues("A1:G7")
        .map((r) => [r[0], r[1], ...r.slice(3)]),
      result
    );
    expect(allEmpty(host.workbook.getSheet("Daten").getValues("C1:C7"))).toBe(true);
  });
});
