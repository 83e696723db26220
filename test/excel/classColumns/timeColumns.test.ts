import type { AnalysisResult } from "../../../src/core/analyze";
import { NO_XYZ, XYZ_LETTERS } from "../../../src/core/time/xyz";
import { createExcelApi } from "../../../src/excel";
import { GROWTH_FORMAT } from "../../../src/excel/classColumns/classColumnValues";
import { analyzeSource, installHost, uninstallHost } from "../fakeHost";
import { invoices } from "../timeData";

afterEach(uninstallHost);

/** XYZ and growth cells the customer of each data row should show. */
function expectedTime(result: AnalysisResult, name: string, newLabel: string): (string | number)[] {
  const t = result.time!;
  const c = result.customers.names.indexOf(name);
  const ranked = Array.from(result.ranking.customer).includes(c);
  if (!ranked) return ["", ""];
  const xyz = t.xyz[c] === NO_XYZ ? "" : XYZ_LETTERS[t.xyz[c]];
  const g = t.growth[c];
  return [xyz, Number.isFinite(g) ? g : t.isNew[c] ? newLabel : ""];
}

function expectTimeCells(
  values: (string | number | boolean)[][],
  result: AnalysisResult,
  first: number,
  newLabel: string
) {
  for (let r = 1; r < values.length; r++) {
    const name = String(values[r][0]);
    expect([r, values[r].slice(first, first + 2)]).toEqual([
      r,
      expectedTime(result, name, newLabel),
    ]);
  }
}

/** `grid` on sheet Daten as the table "Umsatz", read as the pane reads a selection in it. */
async function tableSource(grid: (string | number)[][]) {
  const host = installHost({ sheets: { Daten: grid }, selection: "Daten!A2" });
  const width = String.fromCharCode(64 + grid[0].length);
  host.workbook.addTable(`Daten!A1:${width}${grid.length}`, true, "Umsatz");
  const api = createExcelApi();
  return { host, api, data: await api.readSource({}) };
}

describe("XYZ and growth as class columns", () => {
  test("a range: six owned columns, switched off and on again in place", async () => {
    const grid = invoices();
    const host = installHost({ sheets: { Daten: grid }, selection: "Daten!A1" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    expect(result.time).toBeDefined();
    const alpha = result.customers.names.indexOf("Alpha");
    expect(result.time!.growth[alpha]).toBeCloseTo(0.25, 12);

    const plan = await api.planClassColumns(data, "de", { timeColumns: true });
    expect(plan.touched).toEqual([`Daten!D1:I${grid.length}`]);
    const report = await api.writeClassColumns(data, result, "de", undefined, {
      timeColumns: true,
    });
    expect(report.touched).toEqual([`Daten!D1:I${grid.length}`]);
    const sheet = host.workbook.getSheet("Daten");
    let values = sheet.getValues(`A1:J${grid.length}`);
    expect(values[0].slice(3)).toEqual([
      "Rang",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
      "XYZ",
      "Wachstum",
      "",
    ]);
    expectTimeCells(values, result, 7, "neu");
    const flat = values.slice(1).map((row) => row.slice(7, 9));
    expect(flat).toContainEqual(["X", 0.25]);
    expect(flat).toContainEqual(["X", "neu"]); // Gamma
    expect(flat).toContainEqual(["", ""]); // Delta: no revenue in the period
    expect(sheet.getNumberFormat(1, 8)).toBe(GROWTH_FORMAT);
    expect(sheet.getText(1, 8)).toBe("+25.0%");
    const name = () => host.workbook.names().find((n) => n.name === "KAA_ClassColumns")?.formula;
    expect(name()).toBe(`=Daten!$D$1:$I$${grid.length}`);

    // Without the time columns: the two are cleared, the name covers four columns.
    const off = await api.writeClassColumns(data, result, "en");
    expect(off.touched).toEqual([`Daten!D1:G${grid.length}`]);
    values = sheet.getValues(`A1:J${grid.length}`);
    expect(values.every((row) => row[7] === "" && row[8] === "")).toBe(true);
    expect(name()).toBe(`=Daten!$D$1:$G$${grid.length}`);

    // The user writes beside the four; switching the time columns on makes room, never overwrites.
    sheet.setValue(2, 7, "Notiz");
    sheet.setValue(5, 7, "=1+1");
    const on = await api.writeClassColumns(data, result, "en", undefined, { timeColumns: true });
    expect(on.lines.map((l) => l.code)).toEqual([
      "XL_CLASS_COLUMNS_UPDATE_DONE",
      "XL_CELLS_SHIFTED_DONE",
    ]);
    expect(on.lines[1].params).toMatchObject({ columnsCount: 2 });
    values = sheet.getValues(`A1:K${grid.length}`);
    expect(values[0].slice(7, 9)).toEqual(["XYZ", "Growth"]);
    expectTimeCells(values, result, 7, "new");
    expect(sheet.getValue(2, 9)).toBe("Notiz");
    expect(sheet.getFormula(5, 9)).toBe("=1+1");
    expect(name()).toBe(`=Daten!$D$1:$I$${grid.length}`);
  });

  test("a table: two more table columns, deleted again when switched off", async () => {
    const grid = invoices();
    const { host, api, data } = await tableSource(grid);
    const result = analyzeSource(data);
    const first = await api.writeClassColumns(data, result, "en", undefined, { timeColumns: true });
    expect(first.lines[0].params).toMatchObject({
      columns: "Rank, Share, Cumulative share, Class, XYZ, Growth",
    });
    expect(host.workbook.table("Umsatz")!.headers.slice(3)).toEqual([
      "Rank",
      "Share",
      "Cumulative share",
      "Class",
      "XYZ",
      "Growth",
    ]);
    expectTimeCells(
      host.workbook.getSheet("Daten").getValues(`A1:I${grid.length}`),
      result,
      7,
      "new"
    );

    // Re-read (our six columns are not data), re-run in German in place.
    const again = await api.readSource({ ref: data.ref });
    expect(again.grid[0]).toEqual(["Kunde", "Datum", "Umsatz"]);
    await api.writeClassColumns(again, analyzeSource(again), "de", undefined, {
      timeColumns: true,
    });
    expect(host.workbook.table("Umsatz")!.headers.slice(7)).toEqual(["XYZ", "Wachstum"]);
    expectTimeCells(
      host.workbook.getSheet("Daten").getValues(`A1:I${grid.length}`),
      result,
      7,
      "neu"
    );

    // Off: the time columns are the add-in's, so they go; the four stay.
    await api.writeClassColumns(again, analyzeSource(again), "de");
    expect(host.workbook.table("Umsatz")!.headers).toEqual([
      "Kunde",
      "Datum",
      "Umsatz",
      "Rang",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
    ]);
  });

  // The add-in's time columns deleted under a user's filter: the criteria stay on their columns.
  test("a filter on a user's column right of the time columns survives their delete", async () => {
    const grid = invoices();
    const { host, api, data } = await tableSource(grid);
    await api.writeClassColumns(data, analyzeSource(data), "en", undefined, { timeColumns: true });
    await Excel.run(async (context) => {
      const notes = grid.map((_, i) => [i === 0 ? "Note" : i % 2 ? "call" : "visit"]);
      context.workbook.tables.getItem("Umsatz").columns.add(undefined, notes, "Note");
      await context.sync();
    });
    host.workbook.filterTable("Umsatz", 9, { filterOn: "Values", values: ["call"] });

    await api.writeClassColumns(data, analyzeSource(data), "en");
    expect(host.workbook.table("Umsatz")!.headers.slice(6)).toEqual(["Class", "Note"]);
    const filters = host.workbook.tableFilters("Umsatz");
    expect(filters[7]).toEqual({ filterOn: "Values", values: ["call"] });
    expect(filters.filter((f) => f !== null)).toHaveLength(1);
  });

  // Table column names are unique ignoring case: a user's "growth" and "xyz" make ours
  // "Growth (ABC)" and "XYZ (ABC)", and no run renames, fills or deletes the user's columns.
  test("a user's own xyz and growth columns in another case are never taken for ours", async () => {
    const grid = invoices().map((row, i) => [
      ...row,
      ...(i === 0 ? ["xyz", "growth"] : [i % 3 === 0 ? "x" : "", i % 2 ? 0.125 : "=1/8"]),
    ]);
    const { host, api, data } = await tableSource(grid);
    const userColumns = () => host.workbook.getSheet("Daten").getFormulas(`D1:E${grid.length}`);
    const before = userColumns();
    expect(data.grid[0]).toEqual(["Kunde", "Datum", "Umsatz", "xyz", "growth"]);
    const result = analyzeSource(data);
    await api.writeClassColumns(data, result, "en", undefined, { timeColumns: true });
    expect(host.workbook.table("Umsatz")!.headers).toEqual([
      "Kunde",
      "Datum",
      "Umsatz",
      "xyz",
      "growth",
      "Rank",
      "Share",
      "Cumulative share",
      "Class",
      "XYZ (ABC)",
      "Growth (ABC)",
    ]);
    expectTimeCells(
      host.workbook.getSheet("Daten").getValues(`A1:K${grid.length}`),
      result,
      9,
      "new"
    );

    // Again in English and in German, then without the time columns: the user's stay as typed.
    await api.writeClassColumns(data, result, "en", undefined, { timeColumns: true });
    await api.writeClassColumns(data, result, "de", undefined, { timeColumns: true });
    expect(host.workbook.table("Umsatz")!.headers.slice(3, 5)).toEqual(["xyz", "growth"]);
    expect(host.workbook.table("Umsatz")!.headers.slice(9)).toEqual(["XYZ (ABC)", "Wachstum"]);
    await api.writeClassColumns(data, result, "de");
    expect(host.workbook.table("Umsatz")!.headers).toEqual([
      "Kunde",
      "Datum",
      "Umsatz",
      "xyz",
      "growth",
      "Rang",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
    ]);
    expect(userColumns()).toEqual(before);
  });

  test("without a time axis the option writes the four columns", async () => {
    const host = installHost({
      sheets: {
        Daten: [
          ["Kunde", "Umsatz"],
          ["A", 10],
          ["B", 5],
        ],
      },
      selection: "Daten!A1",
    });
    const api = createExcelApi();
    const data = await api.readSource({});
    const report = await api.writeClassColumns(data, analyzeSource(data), "en", undefined, {
      timeColumns: true,
    });
    expect(report.touched).toEqual(["Daten!C1:F3"]);
    expect(host.workbook.getSheet("Daten").getValues("G1:H1")).toEqual([["", ""]]);
  });
});
