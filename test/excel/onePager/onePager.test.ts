import { analyze } from "../../../src/core/analyze";
import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { ACTION_COLUMNS, PLAN, STAKEHOLDER_COLUMNS } from "../../../src/core/kam";
import type { CellValue, Language } from "../../../src/core/types";
import { writeKamSheets } from "../../../src/excel/kam";
import { ONE_PAGER_CHART, onePagerName, writeOnePager } from "../../../src/excel/onePager";
import { createFakeHost, type FakeHost } from "../../../fake-excel";
import { A_ONLY, tableGrid } from "../kam/helpers";

const translate = EXCEL_CATALOGUE.translate;

/** Invoices with dates: Alpha AG is the only class A customer. */
function invoices(alphaFebruary = 300.55): CellValue[][] {
  return [
    ["Kunde", "Rechnungsdatum", "Umsatz", "Deckungsbeitrag"],
    ["Alpha AG", "15.01.2026", 300, 90],
    ["Alpha AG", "15.02.2026", alphaFebruary, 100],
    ["Alpha AG", "15.02.2025", 200, 60],
    ["Beta KG", "15.02.2026", 100, 10],
    ["Gamma", "03.02.2026", 50, 5],
    ["Gamma", "10.03.2024", 10, 1],
  ];
}
const analysis = (alphaFebruary?: number) =>
  analyze(invoices(alphaFebruary), { method: "fixed", thresholds: [80, 95] });
const ALPHA = "alpha ag";

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

function install(displayLanguage: string, excelApi = "1.9"): FakeHost {
  host = createFakeHost({
    displayLanguage,
    sheets: { Daten: [] },
    supportedSets: { ExcelApi: excelApi },
  });
  host.install(globalThis);
  return host;
}

/** Every structured reference `Table[Column]` in a formula, unescaped. */
const refsOf = (formula: string) =>
  [...formula.matchAll(/([A-Za-z_][\w.]*)\[((?:[^\]']|'.)*)\]/g)].map((m) => ({
    table: m[1],
    column: m[2].replace(/'(.)/g, "$1"),
  }));

describe.each([
  ["en-US", "en", "Alpha AG – one-pager"],
  ["de-DE", "de", "Alpha AG – One-Pager"],
] as const)("the one-pager (%s)", (language, lang: Language, sheetName) => {
  beforeEach(() => install(language));

  it("is an A4 landscape page with a print area, found by its name and marker", async () => {
    const result = analysis();
    await writeKamSheets(result, A_ONLY, lang);
    host.stats.reset();
    const report = await writeOnePager(result, ALPHA, A_ONLY, lang);
    expect(translate(report.lines[0], lang)).toContain(sheetName);
    expect(report.lines).toHaveLength(1);
    expect(report.touched).toEqual([`'${sheetName}'!A1:N35`]);
    const sheet = host.workbook.getSheet(sheetName);
    expect(sheet.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 1 },
      printGridlines: false,
      centerHorizontally: true,
      printArea: "A1:N35",
      showGridlines: false,
    });
    const names = host.workbook.names();
    expect(names.find((n) => n.name === onePagerName(ALPHA))?.formula).toBe(
      `='${sheetName}'!$A$1:$Q$39`
    );
    expect(names.find((n) => n.name === "KAA_Owner" && n.scope === sheetName)?.formula).toBe(
      '="onePager"'
    );
    expect(sheet.getValue(3, 1)).toBe("Alpha AG");
    expect(sheet.getValue(8, 1)).toBe(600.55);
    expect(sheet.charts().map((c) => c.name)).toEqual([ONE_PAGER_CHART]);
    // prepare (snapshot, plan size, plan cells), the name, the write.
    expect(report.syncs).toBe(5);
  });

  it("refers only to the KAM tables' columns, in the sheets' language", async () => {
    const result = analysis();
    await writeKamSheets(result, A_ONLY, lang);
    await writeOnePager(result, ALPHA, A_ONLY, lang);
    const formulas = host.workbook
      .getSheet(sheetName)
      .getFormulas("A1:Q39")
      .flat()
      .filter((f): f is string => typeof f === "string" && f.startsWith("="));
    const refs = formulas.flatMap(refsOf);
    expect(new Set(refs.map((r) => r.table))).toEqual(
      new Set(["KAM_Plan", "KAM_Actions", "KAM_Stakeholders"])
    );
    for (const r of refs) {
      if (r.column === "#Headers") continue;
      expect([r.table, tableGrid(host, r.table).header.includes(r.column)]).toEqual([
        r.table,
        true,
      ]);
    }
    const columns = new Set(refs.map((r) => r.column));
    expect(columns).toContain(ACTION_COLUMNS[1].header[lang]);
    expect(columns).toContain(STAKEHOLDER_COLUMNS[3].header[lang]);
    expect(columns).toContain(PLAN.revenueGoal.header[lang]);
  });
});

describe("refreshing a one-pager", () => {
  beforeEach(() => install("de-DE"));
  const SHEET = "Alpha AG – One-Pager";

  it("updates the figures in place and keeps typed cells, after a reopen with new ids and a rename", async () => {
    await writeKamSheets(analysis(), A_ONLY, "de");
    await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    const typed = host.workbook.getSheet(SHEET);
    typed.setValue(30, 1, "Neue Baureihe vorstellen");
    typed.setValue(34, 1, "=1+1"); // a formula typed into a Text cell stays text
    typed.setValue(31, 7, "Rabattstaffel ansprechen");
    host.reopen({ newIds: true });
    host.workbook.renameSheet(SHEET, "Alpha Termin");
    const report = await writeOnePager(analysis(400), ALPHA, A_ONLY, "de");
    expect(translate(report.lines[0], "de")).toBe(
      "One-Pager für Alpha AG auf dem Blatt Alpha Termin aktualisiert; Ihre Eingaben darauf sind unverändert."
    );
    expect(host.workbook.sheetNames.filter((n) => n.includes("One-Pager"))).toEqual([]);
    const sheet = host.workbook.getSheet("Alpha Termin");
    expect(sheet.getValue(8, 1)).toBe(700);
    expect(sheet.getValue(30, 1)).toBe("Neue Baureihe vorstellen");
    expect(sheet.getValue(34, 1)).toBe("=1+1");
    expect(sheet.getValue(31, 7)).toBe("Rabattstaffel ansprechen");
    expect(sheet.charts()).toHaveLength(1);
    expect(sheet.mergedAreas()).toContain("B31:E31");
    expect(sheet.page.printArea).toBe("A1:N35");
    // prepare's three, the name, the marker of the existing sheet, the write.
    expect(report.syncs).toBe(6);
  });

  it("leaves the page setup to the user after creating it", async () => {
    await writeKamSheets(analysis(), A_ONLY, "de");
    await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    await host.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.orientation = "Portrait";
      await context.sync();
    });
    await writeOnePager(analysis(400), ALPHA, A_ONLY, "de");
    expect(host.workbook.getSheet(SHEET).page).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printArea: "A1:N35",
    });
  });

  it("never writes into a sheet without the add-in's marker", async () => {
    await writeKamSheets(analysis(), A_ONLY, "de");
    host.workbook.addSheet("Meins", [["meine Notiz"]]);
    host.workbook.addName(onePagerName(ALPHA), "=Meins!$A$1:$Q$39");
    const report = await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    expect(report.lines[0].code).toBe("KAM_ONEPAGER_NOT_OURS");
    expect(host.workbook.getSheet("Meins").getValues()).toEqual([["meine Notiz"]]);
    expect(host.workbook.hasSheet(SHEET)).toBe(false);
  });

  it("leaves a one-pager with inserted rows alone: typed cells would have moved", async () => {
    await writeKamSheets(analysis(), A_ONLY, "de");
    await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    const sheet = host.workbook.getSheet(SHEET);
    sheet.insertRows(20, 2);
    const before = sheet.getFormulas("A1:Q41");
    const report = await writeOnePager(analysis(400), ALPHA, A_ONLY, "de");
    expect(report.lines[0].code).toBe("KAM_ONEPAGER_CHANGED");
    expect(sheet.getFormulas("A1:Q41")).toEqual(before);
  });

  it("makes a new one-pager when its sheet was deleted", async () => {
    await writeKamSheets(analysis(), A_ONLY, "de");
    await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    host.workbook.deleteSheet(SHEET);
    const report = await writeOnePager(analysis(), ALPHA, A_ONLY, "de");
    expect(report.lines[0].code).toBe("KAM_ONEPAGER_WRITTEN");
    expect(host.workbook.names().filter((n) => n.name === onePagerName(ALPHA))).toHaveLength(1);
    expect(host.workbook.getSheet(SHEET).getValue(3, 1)).toBe("Alpha AG");
  });
});

describe("a one-pager that cannot be written", () => {
  it("says so for a customer who is no key account, or without the KAM tables", async () => {
    install("en-US");
    const result = analysis();
    expect((await writeOnePager(result, ALPHA, A_ONLY, "en")).lines[0].code).toBe(
      "KAM_ONEPAGER_NEEDS_TABLES"
    );
    await writeKamSheets(result, A_ONLY, "en");
    const gamma = await writeOnePager(result, "gamma", A_ONLY, "en");
    expect(translate(gamma.lines[0], "en")).toBe(
      "Gamma is not a key account of this analysis; no one-pager was written."
    );
    expect(host.workbook.sheetNames.some((n) => n.includes("one-pager"))).toBe(false);
  });

  it("is written without page setup below ExcelApi 1.9, and the report says how to set it up", async () => {
    install("en-US", "1.8");
    const result = analysis();
    await writeKamSheets(result, A_ONLY, "en");
    const report = await writeOnePager(result, ALPHA, A_ONLY, "en");
    expect(report.lines.map((l) => l.code)).toEqual([
      "KAM_ONEPAGER_WRITTEN",
      "KAM_ONEPAGER_NO_PAGE_SETUP",
    ]);
    const sheet = host.workbook.getSheet("Alpha AG – one-pager");
    expect(sheet.page).toMatchObject({
      orientation: "Portrait",
      printArea: null,
      showGridlines: false,
    });
    expect(sheet.getValue(8, 1)).toBe(600.55);
  });

  it("keeps a customer name that looks like a formula as text", async () => {
    install("en-US");
    const grid = invoices().map((row) =>
      row[0] === "Alpha AG" ? ["-Minus GmbH", ...row.slice(1)] : row
    );
    const result = analyze(grid, { method: "fixed", thresholds: [80, 95] });
    await writeKamSheets(result, A_ONLY, "en");
    const report = await writeOnePager(result, "-minus gmbh", A_ONLY, "en");
    expect(report.lines[0].code).toBe("KAM_ONEPAGER_WRITTEN");
    const sheet = host.workbook.getSheet("-Minus GmbH – one-pager");
    expect(sheet.getValue(3, 1)).toBe("-Minus GmbH");
    expect(sheet.getFormula(3, 1)).toBeUndefined();
  });
});
