import { analyze } from "../../../src/core/analyze";
import { CLASS_LETTERS } from "../../../src/core/classify/classCodes";
import { ABC_XYZ_CELLS } from "../../../src/core/time/abcXyz";
import { createExcelApi } from "../../../src/excel";
import { ANALYSIS_TIME_NAME } from "../../../src/excel/analysisSheet/analysisSheet";
import { MONTHLY_CHART_BOX } from "../../../src/excel/analysisSheet/analysisLayout";
import { MONTHLY_CHART } from "../../../src/excel/analysisSheet/monthlyChart";
import { TIME_TOP, timeLayout } from "../../../src/excel/analysisSheet/timeLayout";
import {
  allEmpty,
  analyzeSource,
  customerRows,
  installHost,
  SETTINGS,
  uninstallHost,
} from "../fakeHost";
import { invoices } from "../timeData";

afterEach(uninstallHost);

const SHEET = "ABC-Analyse";
/** 1-based sheet row of block offset `i`. */
const row = (i: number) => TIME_TOP + 1 + i;

async function run(grid: (string | number)[][]) {
  const host = installHost({ sheets: { Daten: grid }, selection: "Daten!A1" });
  const api = createExcelApi();
  const data = await api.readSource({});
  const result = analyzeSource(data);
  host.stats.reset();
  const report = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
  return { host, api, data, result, report };
}

/** The block's rows as the sheet shows them, up to the first row after `from` whose A is empty. */
function blockAfter(
  values: (string | number | boolean)[][],
  caption: string
): (string | number | boolean)[][] {
  const at = values.findIndex((r) => r[0] === caption);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = values.findIndex((r, i) => i > at && r[0] === "");
  return values.slice(at + 1, end < 0 ? undefined : end);
}

describe("the time blocks of the analysis sheet", () => {
  test("period, ABC-XYZ matrix, class moves, movers and the monthly chart", async () => {
    const grid = invoices();
    const { host, result, report } = await run(grid);
    const time = result.time!;
    expect(report.syncs).toBe(3);
    const sheet = host.workbook.getSheet(SHEET);
    const values = sheet.getValues(`A${row(0)}:E${row(120)}`);
    expect(values[0].slice(0, 2)).toEqual(["Zeitraum", "Jan 2026 – Dez 2026 (12 Monate)"]);
    expect(values[1].slice(0, 2)).toEqual(["Vorzeitraum", "Jan 2025 – Dez 2025 (12 Monate)"]);
    expect(values[2].slice(0, 2)).toEqual([
      "XYZ-Grenzen (Variationskoeffizient)",
      "X\u00a0≤\u00a00,5 · Y\u00a0≤\u00a01,0 · Z\u00a0>\u00a01,0",
    ]);

    // ABC-XYZ: counts and shares from the core, the meaning of every cell.
    const counts = blockAfter(values, "ABC-XYZ-Matrix: Kunden");
    expect(values.find((r) => r[0] === "ABC-XYZ-Matrix: Kunden")).toEqual([
      "ABC-XYZ-Matrix: Kunden",
      "X (stetig)",
      "Y (schwankend)",
      "Z (sprunghaft)",
      "",
    ]);
    CLASS_LETTERS.forEach((letter, i) => {
      const cells = ABC_XYZ_CELLS.slice(3 * i, 3 * i + 3);
      expect(counts[i].slice(0, 4)).toEqual([letter, ...cells.map((c) => time.abcXyz[c].count)]);
    });
    const shares = blockAfter(values, "ABC-XYZ-Matrix: Umsatzanteil");
    expect(shares[0][1]).toBeCloseTo(time.abcXyz.AX.share, 12);
    const meaning = blockAfter(values, "ABC-XYZ-Matrix: Bedeutung");
    expect(meaning[0][1]).toBe("Groß und stetig: sichern und ausbauen.");
    expect(meaning[2][3]).toBe(
      "Klein und sprunghaft: kostengünstig bedienen, gelegentlich prüfen."
    );

    // Class moves: Gamma is new, Delta lost.
    const moves = blockAfter(
      values,
      "Klassenwechsel: Kunden (Zeilen: Vorzeitraum, Spalten: jetzt)"
    );
    expect(moves[0]).toEqual(["Vorher \\ jetzt", "A", "B", "C", "weggefallen"]);
    const m = time.migration!;
    const newRow = moves.find((r) => r[0] === "neu")!;
    expect(newRow.slice(1)).toEqual([
      ...["A", "B", "C"].map((to) => m.counts[`new>${to}`] ?? 0),
      "",
    ]);
    expect(
      moves
        .slice(1)
        .reduce((n, r) => n + r.slice(1).reduce<number>((a, v) => a + Number(v || 0), 0), 0)
    ).toBe(Object.values(m.counts).reduce((a, b) => a + b, 0));
    const up = blockAfter(values, "Größte Aufsteiger");
    expect(up[0]).toEqual(["Kunde", "Klasse vorher", "Klasse jetzt", "Umsatz", "Veränderung"]);
    expect(up.map((r) => r[0])).toContain("Gamma");
    const gamma = up.find((r) => r[0] === "Gamma")!;
    expect(gamma.slice(1, 5)).toEqual(["neu", gamma[2], 3600, 3600]);
    const down = blockAfter(values, "Größte Absteiger");
    expect(down.find((r) => r[0] === "Delta")!.slice(1, 5)).toEqual([
      down.find((r) => r[0] === "Delta")![1],
      "weggefallen",
      0,
      -2400,
    ]);

    // Monthly revenue: class A against the rest, checked against the invoice lines to the cent.
    const monthly = blockAfter(values, "Monatsumsatz: Key Accounts (Klasse A) und übrige Kunden");
    expect(monthly[0]).toEqual(["Monat", "Key Accounts (A)", "Übrige Kunden", "", ""]);
    expect(monthly).toHaveLength(13);
    const classOf = new Map<string, string>();
    for (let r = 0; r < result.ranking.count; r++)
      classOf.set(
        result.customers.names[result.ranking.customer[r]],
        CLASS_LETTERS[result.ranking.classes[r]]
      );
    for (let j = 0; j < 12; j++) {
      const month = `2026-${String(j + 1).padStart(2, "0")}`;
      let a = 0;
      let rest = 0;
      for (const [name, date, amount] of grid.slice(1)) {
        if (!String(date).startsWith(month)) continue;
        if (classOf.get(String(name)) === "A") a += Number(amount);
        else rest += Number(amount);
      }
      expect(monthly[1 + j][0]).toBe(
        ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"][j] +
          " 2026"
      );
      expect(Math.round(Number(monthly[1 + j][1]) * 100)).toBe(Math.round(a * 100));
      expect(Math.round(Number(monthly[1 + j][2]) * 100)).toBe(Math.round(rest * 100));
    }
    // Month labels stay text (Excel would read "Mai 2026" as a date).
    const firstMonth = values.indexOf(monthly[1]);
    expect(sheet.getNumberFormat(TIME_TOP + firstMonth, 0)).toBe("@");

    const chart = sheet.charts().find((c) => c.name === MONTHLY_CHART)!;
    expect(chart.type).toBe("ColumnStacked");
    expect(chart.position).toMatchObject(MONTHLY_CHART_BOX);
    const top = TIME_TOP + firstMonth + 1;
    expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Key Accounts (A)", `'${SHEET}'!B${top}:B${top + 11}`, `'${SHEET}'!A${top}:A${top + 11}`],
      ["Übrige Kunden", `'${SHEET}'!C${top}:C${top + 11}`, `'${SHEET}'!A${top}:A${top + 11}`],
    ]);
    expect(host.workbook.names().find((n) => n.name === ANALYSIS_TIME_NAME)?.formula).toBe(
      `='${SHEET}'!$A$${row(0)}:$E$${top + 11}`
    );
  });

  test("the XYZ limits the matrix was computed with, chosen ones too, in both languages", async () => {
    const host = installHost({ sheets: { Daten: invoices() }, selection: "Daten!A1" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyze(data.grid, { time: { xyzLimits: [0.35, 1.25] } });
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(host.workbook.getSheet(SHEET).getValues(`A${row(2)}:B${row(2)}`)[0]).toEqual([
      "XYZ-Grenzen (Variationskoeffizient)",
      "X\u00a0≤\u00a00,35 · Y\u00a0≤\u00a01,25 · Z\u00a0>\u00a01,25",
    ]);
    expect(timeLayout(result, SHEET, "en")!.block.values[2].slice(0, 2)).toEqual([
      "XYZ limits (coefficient of variation)",
      "X\u00a0≤\u00a00.35 · Y\u00a0≤\u00a01.25 · Z\u00a0>\u00a01.25",
    ]);
  });

  test("a re-run updates in place; a run without a time axis clears the blocks and the chart", async () => {
    const { host, api, data, result } = await run(invoices());
    const sheet = host.workbook.getSheet(SHEET);
    const before = sheet.getValues(`A${row(0)}:E${row(120)}`);
    host.stats.reset();
    const again = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(again.syncs).toBe(3); // the blocks are the add-in's: no occupancy check
    expect(sheet.getValues(`A${row(0)}:E${row(120)}`)).toEqual(before);
    expect(sheet.charts().filter((c) => c.name === MONTHLY_CHART)).toHaveLength(1);

    host.workbook.getSheet("Daten").setValues("A1:C3", [
      ["Kunde", "Datum", "Umsatz"],
      ["X", "", ""],
      ["", "", ""],
    ]);
    const plainGrid = customerRows(6);
    host.workbook.addSheet("Plain", plainGrid);
    host.workbook.select("Plain!A1");
    const plain = await api.readSource({});
    const plainResult = analyzeSource(plain);
    expect(plainResult.time).toBeUndefined();
    await api.writeAnalysisSheet(plain, plainResult, SETTINGS, "de");
    expect(allEmpty(sheet.getValues(`A${row(0)}:E${row(120)}`))).toBe(true);
    expect(sheet.charts().map((c) => c.name)).not.toContain(MONTHLY_CHART);
    expect(host.workbook.names().map((n) => n.name)).not.toContain(ANALYSIS_TIME_NAME);
  });

  test("the user's cells below the summary are never overwritten: the blocks are left out", async () => {
    const host = installHost({ sheets: { Daten: customerRows(6) }, selection: "Daten!A1" });
    const api = createExcelApi();
    let data = await api.readSource({});
    await api.writeAnalysisSheet(data, analyzeSource(data), SETTINGS, "de");
    const sheet = host.workbook.getSheet(SHEET);
    sheet.setValue(TIME_TOP + 5, 1, '="Notiz"');

    host.workbook.addSheet("Rechnungen", invoices());
    host.workbook.select("Rechnungen!A1");
    data = await api.readSource({});
    const report = await api.writeAnalysisSheet(data, analyzeSource(data), SETTINGS, "de");
    expect(report.lines.map((l) => l.code)).toContain("XL_TIME_BLOCKS_BLOCKED");
    expect(report.syncs).toBe(4);
    expect(sheet.getFormula(TIME_TOP + 5, 1)).toBe('="Notiz"');
    expect(sheet.getValue(TIME_TOP, 0)).toBe("");
    expect(sheet.charts().map((c) => c.name)).not.toContain(MONTHLY_CHART);
  });
});
