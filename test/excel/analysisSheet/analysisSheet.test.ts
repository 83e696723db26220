import { analyze } from "../../../src/core/analyze";
import { createExcelApi } from "../../../src/excel";
import { placeSheet } from "../../../src/excel/analysisSheet/analysisSheet";
import {
  ABC_CHART_BOX,
  PARETO_CHART_BOX,
  PARETO_TOP,
} from "../../../src/excel/analysisSheet/analysisLayout";
import {
  allEmpty,
  analyzeSource,
  customerRows,
  installHost,
  SETTINGS,
  uninstallHost,
} from "../fakeHost";

afterEach(uninstallHost);

const nbsp = (s: unknown) => String(s).replace(/\u00a0/g, " ");

async function firstRun(rows: (string | number)[][], lang: "de" | "en" = "de") {
  const host = installHost({ sheets: { Daten: rows }, selection: "Daten!A1" });
  const api = createExcelApi();
  const data = await api.readSource({});
  const result = analyzeSource(data);
  const report = await api.writeAnalysisSheet(data, result, SETTINGS, lang);
  return { host, api, data, result, report };
}

describe("placeSheet", () => {
  const sheet = (name: string, role: "analysis" | null = null, charts: string[] = []) => ({
    id: name,
    name,
    role,
    charts,
  });
  test("the named sheet when it carries the marker, else a marked one, else a free name", () => {
    const sheets = [sheet("Daten"), sheet("Meine Analyse", "analysis")];
    expect(placeSheet("meine analyse", sheets, "de")).toEqual({
      existing: true,
      name: "Meine Analyse",
      unmarked: false,
    });
    // The name was deleted: the marker still tells.
    expect(placeSheet(null, sheets, "de")).toMatchObject({ existing: true, name: "Meine Analyse" });
    expect(placeSheet(null, [sheet("Daten")], "de")).toEqual({
      existing: false,
      name: "ABC-Analyse",
      unmarked: true,
    });
    expect(placeSheet(null, [sheet("Daten"), sheet("abc-analyse")], "de")).toEqual({
      existing: false,
      name: "ABC-Analyse (2)",
      unmarked: true,
      takenName: "ABC-Analyse",
    });
  });

  test("a named sheet without the marker is the user's; one from before markers has both charts", () => {
    expect(placeSheet("Daten", [sheet("Daten")], "en")).toEqual({
      existing: false,
      name: "ABC Analysis",
      unmarked: true,
      notOurs: "Daten",
    });
    const legacy = sheet("ABC Analysis", null, ["KAA_Pareto", "KAA_ABC"]);
    expect(placeSheet("ABC Analysis", [legacy], "en")).toEqual({
      existing: true,
      name: "ABC Analysis",
      unmarked: true,
    });
  });
});

describe("analysis sheet", () => {
  test("summary, ranked table and charts on a new sheet", async () => {
    const { host, api, result, report } = await firstRun(customerRows(80));
    expect(report.lines.map((l) => l.code)).toEqual(["XL_SHEET_NEW", "XL_PARETO_OTHER"]);
    expect(report.touched).toEqual(["ABC-Analyse"]);
    expect(report.syncs).toBeLessThanOrEqual(4);
    expect(host.workbook.activeSheet).toBe("ABC-Analyse");
    const sheet = host.workbook.getSheet("ABC-Analyse");
    expect(sheet.getValue(0, 0)).toBe("ABC-Analyse des Kundenumsatzes");
    expect(sheet.getValues("A3:B4")).toEqual([
      ["Kunden", result.summary.customers],
      ["Gesamtumsatz", result.summary.total],
    ]);
    expect(nbsp(sheet.getValue(4, 1))).toMatch(
      /^\d+ von \d+ Kunden \(\d+,\d %\) machen 80 % des Umsatzes aus\.$/
    );
    expect(sheet.getValues("A6:B6")).toEqual([["Gini-Koeffizient", result.summary.gini]]);
    expect(sheet.getValues("A9:B9")).toEqual([["Quelle", "Daten!A1:B81"]]);
    expect(sheet.getValues("A13:E13")).toEqual([
      [
        "A",
        result.summary.classes.A.count,
        result.summary.classes.A.customerShare,
        result.summary.classes.A.value,
        result.summary.classes.A.share,
      ],
    ]);

    // Ranked table: every customer in rank order.
    const n = result.ranking.count;
    const ranked = sheet.getValues(`N1:S${n + 1}`);
    expect(ranked[0]).toEqual([
      "Rang",
      "Kunde",
      "Umsatz",
      "Anteil",
      "Kumulierter Anteil",
      "ABC-Klasse",
    ]);
    for (let r = 0; r < n; r++) {
      expect(ranked[r + 1][0]).toBe(r + 1);
      expect(ranked[r + 1][1]).toBe(result.customers.names[result.ranking.customer[r]]);
      expect(ranked[r + 1][2]).toBe(result.ranking.value[r]);
    }
    expect(sheet.getNumberFormat(1, 16)).toBe("0.0%");
    expect(sheet.getNumberFormat(1, 14)).toBe("@");

    // Pareto chart: top 30 plus "Übrige", cumulative share and limits on the secondary axis.
    const charts = sheet.charts();
    expect(charts.map((c) => c.name)).toEqual(["KAA_Pareto", "KAA_ABC"]);
    const pareto = charts[0];
    const last = 19 + PARETO_TOP; // 30 customers and "Other" from row 19
    expect(pareto.series.map((s) => [s.values, s.xValues, s.axisGroup, s.chartType])).toEqual([
      [`'ABC-Analyse'!B19:B${last}`, `'ABC-Analyse'!A19:A${last}`, "Primary", "ColumnClustered"],
      [`'ABC-Analyse'!C19:C${last}`, `'ABC-Analyse'!A19:A${last}`, "Secondary", "Line"],
      [`'ABC-Analyse'!D19:D${last}`, `'ABC-Analyse'!A19:A${last}`, "Secondary", "Line"],
      [`'ABC-Analyse'!E19:E${last}`, `'ABC-Analyse'!A19:A${last}`, "Secondary", "Line"],
    ]);
    expect(pareto.series.slice(2).map((s) => nbsp(s.name))).toEqual([
      "A-Grenze (80,0 %)",
      "B-Grenze (95,0 %)",
    ]);
    const secondary = pareto.axes.find((a) => a.type === "Value" && a.group === "Secondary")!;
    expect([secondary.minimum, secondary.maximum, secondary.numberFormat]).toEqual([0, 1, "0%"]);
    expect(sheet.getValues(`D19:E${last}`).every(([a, b]) => a === 0.8 && b === 0.95)).toBe(true);
    expect(sheet.getValue(last - 1, 0)).toBe(`Übrige (${n - PARETO_TOP})`);
    // Ranks as categories; the names stand in the ranked table under the same rank.
    expect(sheet.getValues("A18:A21").map((r) => r[0])).toEqual(["Rang", 1, 2, 3]);
    expect(pareto.position).toMatchObject(PARETO_CHART_BOX);
    expect(charts[1].position).toMatchObject(ABC_CHART_BOX);
    // Columns F:M lie under the charts, the ranked table starts at N.
    expect(pareto.topLeftCell).toBe("F1");
    expect(sheet.getValue(0, 13)).toBe("Rang");
    // The two sentences wrap in the narrow column B; the headers wrap too.
    expect(sheet.getFormat(4, 1).wrapText).toBe(true);
    expect(sheet.getFormat(7, 1).wrapText).toBe(true);
    expect(sheet.getFormat(11, 2).wrapText).toBe(true);
    expect(sheet.getFormat(3, 1).wrapText).toBe(false);
    expect(sheet.getValue(last - 1, 2)).toBeCloseTo(1);

    // ABC chart: share of customers and of revenue per class.
    expect(charts[1].series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Kundenanteil", "'ABC-Analyse'!C13:C15", "'ABC-Analyse'!A13:A15"],
      ["Umsatzanteil", "'ABC-Analyse'!E13:E15", "'ABC-Analyse'!A13:A15"],
    ]);
    expect(await api.loadRun()).toBeNull(); // the task pane saves the run itself
  });

  test("a chart the user deleted is drawn again (its null object is never used)", async () => {
    // The fake host refuses loads and calls on null objects (strictNullObjects, as in Excel).
    const { host, api, data, result } = await firstRun(customerRows(40));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("ABC-Analyse").charts.getItem("KAA_Pareto").delete();
      await context.sync();
    });
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const charts = host.workbook.getSheet("ABC-Analyse").charts();
    expect(charts.map((c) => c.name).sort()).toEqual(["KAA_ABC", "KAA_Pareto"]);
    expect(charts.find((c) => c.name === "KAA_Pareto")?.series).toHaveLength(4);
  });

  test("names that look like formulas stay text", async () => {
    const tricky = ["=SUM(1)", "+49 171", "-Minus GmbH", "@home"];
    const host = installHost({ sheets: { Daten: [["Kunde", "Umsatz"]] }, selection: "Daten!A1" });
    const source = host.workbook.getSheet("Daten");
    tricky.forEach((name, i) => {
      source.setNumberFormat(i + 1, 0, "@");
      source.setValue(i + 1, 0, name);
      source.setValue(i + 1, 1, 100 * (i + 1));
    });
    const api = createExcelApi();
    const data = await api.readSource({});
    expect(data.grid.slice(1).map((r) => r[0])).toEqual(tricky);
    const result = analyzeSource(data);
    await api.writeAnalysisSheet(data, result, SETTINGS, "en");
    const sheet = host.workbook.getSheet("ABC Analysis");
    const names = sheet.getValues("O2:O5").map((r) => r[0]);
    expect([...names].sort()).toEqual([...tricky].sort());
    for (let r = 1; r <= 4; r++) expect(sheet.getFormula(r, 14)).toBeUndefined();
  });

  test("count method: limits are the cumulative share at the class boundaries", async () => {
    const host = installHost({ sheets: { Daten: customerRows(20) }, selection: "Daten!A1" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyze(data.grid, { method: "count", thresholds: [20, 50] });
    await api.writeAnalysisSheet(
      data,
      result,
      { ...SETTINGS, method: "count", thresholds: [20, 50] },
      "en"
    );
    const sheet = host.workbook.getSheet("ABC Analysis");
    const cum = result.ranking.cumulativeShare;
    expect(sheet.getValue(18, 3)).toBe(cum[result.aCount - 1]);
    expect(sheet.getValue(18, 4)).toBe(cum[result.bCount - 1]);
    expect(sheet.getValue(7, 1)).toBe(
      "By count: A = top 20.0%, B = up to the top 50.0% of customers"
    );
  });
});

describe("analysis sheet re-runs", () => {
  test("update the same sheet and charts in place, keep moved charts, clear leftovers", async () => {
    const { host, api, data } = await firstRun(customerRows(80));
    const before = host.workbook.getSheet("ABC-Analyse").charts();
    // The user moves and resizes the Pareto chart and renames the sheet.
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("ABC-Analyse").charts.getItem("KAA_Pareto");
      chart.top = 500;
      chart.left = 20;
      chart.width = 300;
      await context.sync();
    });
    host.workbook.renameSheet("ABC-Analyse", "Auswertung");

    // Fewer customers now: rows at the bottom deleted.
    host.workbook.getSheet("Daten").deleteRows(11, 70);
    const again = await api.readSource({ ref: data.ref });
    const result = analyzeSource(again);
    expect(result.ranking.count).toBeLessThan(PARETO_TOP);
    const report = await api.writeAnalysisSheet(again, result, SETTINGS, "de");
    expect(report.lines.map((l) => l.code)).toEqual(["XL_SHEET_UPDATE_DONE"]);
    expect(report.touched).toEqual(["Auswertung"]);
    expect(host.workbook.sheetNames).toEqual(["Daten", "Auswertung"]);

    const sheet = host.workbook.getSheet("Auswertung");
    const after = sheet.charts();
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after[0].position).toMatchObject({ top: 500, left: 20, width: 300 });
    expect(after[1].position).toEqual(before[1].position);
    const n = result.ranking.count;
    const last = 18 + n;
    expect(after[0].series.map((s) => s.values)).toEqual([
      `Auswertung!B19:B${last}`,
      `Auswertung!C19:C${last}`,
      `Auswertung!D19:D${last}`,
      `Auswertung!E19:E${last}`,
    ]);
    expect(after[0].series[0].xValues).toBe(`Auswertung!A19:A${last}`);
    // Leftovers of the longer first run are gone.
    expect(allEmpty(sheet.getValues(`A${last + 1}:E49`))).toBe(true);
    expect(allEmpty(sheet.getValues(`N${n + 2}:S100`))).toBe(true);
    expect(sheet.getValue(n, 13)).toBe(n);
  });

  test("a sheet of the old layout (ranked table from H) keeps it; a deleted chart returns to O2", async () => {
    const { host, api, data, result } = await firstRun(customerRows(20));
    const n = result.ranking.count;
    // What an earlier version left: the ranked table in H:M, the workbook name over it.
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ABC-Analyse");
      const table = ws.getRange(`N1:S${n + 1}`);
      ws.getRange(`H1:M${n + 1}`).copyFrom(table);
      table.clear("All");
      ws.charts.getItem("KAA_Pareto").delete();
      context.workbook.names.getItem("KAA_AnalysisSheet").delete();
      context.workbook.names.add("KAA_AnalysisSheet", ws.getRange(`H1:M${n + 1}`));
      await context.sync();
    });
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const sheet = host.workbook.getSheet("ABC-Analyse");
    expect(sheet.getValues(`H1:I2`)).toEqual([
      ["Rang", "Kunde"],
      [1, result.customers.names[result.ranking.customer[0]]],
    ]);
    expect(allEmpty(sheet.getValues(`N1:S${n + 1}`))).toBe(true);
    const pareto = sheet.charts().find((c) => c.name === "KAA_Pareto");
    expect(pareto?.topLeftCell).toBe("O2");
  });

  test("a sheet of the user's with the same name is left alone; state survives a reopen", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(10), "ABC-Analyse": [["meins"]] },
      selection: "Daten!A1",
    });
    let api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    const plan = await api.planAnalysisSheet("de");
    expect(plan.lines.map((l) => l.code)).toEqual(["XL_SHEET_NAME_TAKEN", "XL_SHEET_PLAN_NEW"]);
    const first = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(first.touched).toEqual(["ABC-Analyse (2)"]);
    expect(host.workbook.getSheet("ABC-Analyse").getValues()).toEqual([["meins"]]);

    host.reopen();
    api = createExcelApi();
    expect((await api.planAnalysisSheet("de")).lines.map((l) => l.code)).toEqual([
      "XL_SHEET_UPDATE",
    ]);
    const second = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(second.touched).toEqual(["ABC-Analyse (2)"]);
    expect(host.workbook.sheetNames).toEqual(["Daten", "ABC-Analyse", "ABC-Analyse (2)"]);
    expect(host.workbook.getSheet("ABC-Analyse (2)").charts()).toHaveLength(2);
  });
});
