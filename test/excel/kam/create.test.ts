import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { KAM_STATE_KEY, planKamSheets, writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, columnOf, installHost, storedState, tableGrid } from "./helpers";

const translate = EXCEL_CATALOGUE.translate;

const tricky = analysisOf([
  ['=HYPERLINK("x")', 500],
  ["-Minus GmbH", 200],
  ["@foo", 100],
  ["+49 Handel", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

describe("writeKamSheets on a workbook without KAM sheets (English)", () => {
  beforeEach(() => (host = installHost("en-US")));

  it("creates the plan, actions, stakeholders and lists in three round trips", async () => {
    const report = await writeKamSheets(tricky, A_ONLY, "en");
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "KAM Plan",
      "Actions",
      "Stakeholders",
      "Lists",
    ]);
    expect(host.workbook.tables().map((t) => [t.name, t.address])).toEqual([
      ["KAM_Plan", "'KAM Plan'!A1:T4"],
      ["KAM_Actions", "Actions!A1:I2"],
      ["KAM_Stakeholders", "Stakeholders!A1:J2"],
    ]);
    expect(report.syncs).toBe(3);
    expect(host.stats.syncs).toBe(3);
    expect(report.lines.map((l) => translate(l, "en"))).toEqual([
      "3 key accounts selected (3 class A, 0 class B, 0 picked by hand).",
      "Created sheets: KAM Plan, Actions, Stakeholders, Lists.",
      "KAM plan updated – new key accounts: 3, updated: 0, unchanged: 0, no longer key accounts: 0.",
      "The key-account list for the Customer dropdowns now holds 3 customers.",
    ]);
    expect(report.touched).toContain("'KAM Plan'!A1:T4");
    expect(host.workbook.activeSheet).toBe("KAM Plan");
    expect(host.workbook.getSheet("KAM Plan").frozen).toEqual({ rows: 1, columns: 1 });
  });

  it("keeps names that look like formulas as text", async () => {
    await writeKamSheets(tricky, { ...A_ONLY, extraKeys: ["+49 handel"] }, "en");
    const names = ['=HYPERLINK("x")', "-Minus GmbH", "@foo", "+49 Handel"];
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual(names);
    const { sheet } = tableGrid(host, "KAM_Plan");
    for (let r = 1; r <= 4; r++) {
      expect(sheet.getFormula(r, 0)).toBeUndefined();
      expect(sheet.getNumberFormat(r, 0)).toBe("@");
      expect(sheet.getNumberFormat(r, 19)).toBe("@");
    }
    const lists = host.workbook.getSheet("Lists");
    expect(lists.getValues("G2:G5").map((r) => r[0])).toEqual(names);
    for (let r = 1; r <= 4; r++) expect(lists.getFormula(r, 6)).toBeUndefined();
  });

  it("formats, validates and highlights the columns", async () => {
    await writeKamSheets(tricky, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    expect(plan.getNumberFormat(1, 2)).toBe("#,##0.00");
    expect(plan.getNumberFormat(1, 15)).toBe("0.0%");
    expect(plan.getNumberFormat(1, 7)).toBe("yyyy-mm-dd");
    const dv = Object.fromEntries(plan.dataValidations().map((d) => [d.address, d]));
    expect(dv["'KAM Plan'!K2:K4"].rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 5, operator: "Between" },
    });
    expect(dv["'KAM Plan'!L2:L4"].rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 5, operator: "Between" },
    });
    expect(dv["'KAM Plan'!M2:M4"].rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    expect(plan.getNumberFormat(1, 12)).toBe("0%");
    expect(plan.getNumberFormat(1, 13)).toBe("#,##0.00");
    expect(dv["'KAM Plan'!G2:G4"].source).toBe("=KAM_List_Focus");
    expect(dv["'KAM Plan'!H2:H4"].type).toBe("Date");
    expect(dv["'KAM Plan'!I2:I4"].source).toBe("=KAM_List_PlanStatus");
    // Goals, opportunities and notes wrap; every cell of a row starts at the top.
    const wraps = (sheet: string, row: number, cols: number) =>
      Array.from({ length: cols }, (_, c) => host.workbook.getSheet(sheet).getFormat(row, c))
        .map((f, c) => (f.wrapText ? c : -1))
        .filter((c) => c >= 0);
    expect(wraps("KAM Plan", 1, 20)).toEqual([4, 5, 9]);
    expect(wraps("KAM Plan", 3, 20)).toEqual([4, 5, 9]);
    expect(plan.getFormat(2, 0).verticalAlignment).toBe("Top");
    expect(plan.getFormat(2, 15).verticalAlignment).toBe("Top");
    expect(wraps("Actions", 1, 9)).toEqual([1, 8]);
    const actions = host.workbook.getSheet("Actions").dataValidations();
    expect(actions.find((d) => d.address === "Actions!A2")).toMatchObject({
      source: "=KAM_KeyAccounts",
      errorAlert: expect.objectContaining({ style: "Warning" }),
    });
    expect(actions.map((d) => d.source).filter(Boolean)).toEqual([
      "=KAM_KeyAccounts",
      "=KAM_List_Focus",
      "=KAM_List_ActionStatus",
    ]);
    const stake = host.workbook.getSheet("Stakeholders").dataValidations();
    expect(stake.map((d) => d.source).filter(Boolean)).toEqual([
      "=KAM_KeyAccounts",
      "=KAM_List_Role",
      "=KAM_List_Influence",
      "=KAM_List_Attitude",
    ]);

    const cf = (sheet: string): Record<string, (string | null)[]> =>
      Object.fromEntries(
        host.workbook
          .getSheet(sheet)
          .conditionalFormats()
          .map((c) => [c.formula, [c.address, c.fillColor]])
      );
    expect(cf("KAM Plan")).toEqual({
      '=AND($H2<>"",$H2<TODAY())': ["'KAM Plan'!H2:H4", "#FFC7CE"],
      '=AND($H2<>"",$H2>=TODAY(),$H2<=TODAY()+14)': ["'KAM Plan'!H2:H4", "#FFEB9C"],
      '=AND($R2<>"",$B2<>$R2)': ["'KAM Plan'!B2:B4", "#DDEBF7"],
      '=$S2<>""': ["'KAM Plan'!S2:S4", "#DDEBF7"],
    });
    const overdue = Object.keys(cf("Actions")).find((f) => f.includes("<TODAY(),"));
    expect(overdue).toBe(
      '=AND($F2<>"",$F2<TODAY(),$G2<>"Done",$G2<>"Erledigt",$G2<>"Cancelled",$G2<>"Abgebrochen")'
    );
    expect(Object.values(cf("Actions")).map((v) => v[0])).toEqual(["Actions!F2", "Actions!F2"]);
    expect(cf("Stakeholders")).toEqual({
      '=AND($H2<>"",$H2<TODAY()-90)': ["Stakeholders!H2", "#FFEB9C"],
    });
  });

  it("defines one workbook name per list over its column on the lists sheet", async () => {
    await writeKamSheets(tricky, A_ONLY, "en");
    const names = Object.fromEntries(
      host.workbook
        .names()
        .filter((n) => n.name.startsWith("KAM_"))
        .map((n) => [n.name, n.formula])
    );
    expect(names.KAM_List_Status ?? names.KAM_List_PlanStatus).toBe(
      "=Lists!$B$2:INDEX(Lists!$B$2:$B$1001,MAX(1,COUNTA(Lists!$B$2:$B$1001)))"
    );
    expect(names.KAM_KeyAccounts).toBe("=Lists!$G$2:$G$4");
    expect(Object.keys(names).sort()).toEqual([
      "KAM_KeyAccounts",
      "KAM_List_ActionStatus",
      "KAM_List_Attitude",
      "KAM_List_Focus",
      "KAM_List_Influence",
      "KAM_List_PlanStatus",
      "KAM_List_Role",
    ]);
    const lists = host.workbook.getSheet("Lists");
    expect(lists.getValues("A1:G1")[0]).toEqual([
      "Strategy focus",
      "Plan status",
      "Action status",
      "Role in buying decision",
      "Influence",
      "Attitude",
      "Key accounts",
    ]);
    expect(lists.getValues("A2:A6").map((r) => r[0])).toEqual([
      "Product",
      "Price",
      "Place",
      "Promotion",
      "Personnel",
    ]);
    expect(lists.getNumberFormat(900, 0)).toBe("@");
  });

  it("stores where its tables are in a hidden name, not in the settings", async () => {
    await writeKamSheets(tricky, A_ONLY, "en");
    expect(host.workbook.settings()[KAM_STATE_KEY]).toBeUndefined();
    expect(host.workbook.names().find((n) => n.name === "KAA_Kam")?.visible).toBe(false);
    const state = storedState(host);
    const ids = Object.fromEntries(host.workbook.tables().map((t) => [t.name, t.id]));
    expect(state).toMatchObject({
      version: 1,
      language: "en",
      keyAccountCount: 3,
      tables: {
        plan: { id: ids.KAM_Plan, name: "KAM_Plan" },
        actions: { id: ids.KAM_Actions, name: "KAM_Actions" },
        stakeholders: { id: ids.KAM_Stakeholders, name: "KAM_Stakeholders" },
      },
      listsSheet: { name: "Lists" },
    });
    expect(state?.createdOn).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it("does not take over a sheet of the user that has the same name", async () => {
    host.workbook.addSheet("Lists", [["my own list"]]);
    await writeKamSheets(tricky, A_ONLY, "en");
    expect(host.workbook.getSheet("Lists").getValues()).toEqual([["my own list"]]);
    expect(host.workbook.sheetNames).toContain("Lists (2)");
    expect(host.workbook.names().find((n) => n.name === "KAM_KeyAccounts")?.formula).toBe(
      "='Lists (2)'!$G$2:$G$4"
    );
  });
});

describe("writeKamSheets in German", () => {
  beforeEach(() => (host = installHost("de-DE")));

  it("names sheets, headers and list entries in German", async () => {
    const report = await writeKamSheets(tricky, A_ONLY, "de");
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "KAM-Planung",
      "Maßnahmen",
      "Ansprechpartner",
      "Listen",
    ]);
    const plan = tableGrid(host, "KAM_Plan");
    // The columns people work in first; figures and the key to the right.
    expect(plan.header.slice(0, 10)).toEqual([
      "Kunde",
      "Klasse",
      "Umsatz",
      "KAM-Verantwortlich",
      "Ziele",
      "Chancen",
      "Strategieschwerpunkt",
      "Nächstes Review",
      "Status",
      "Notizen",
    ]);
    expect(plan.header.slice(10)).toEqual([
      "Kundenzufriedenheit (1-5)",
      "Potenzial (1-5)",
      "Lieferanteil",
      "Umsatzziel",
      "Deckungsbeitrag",
      "Umsatzanteil",
      "Rang",
      "Klasse beim letzten Lauf",
      "Veränderung",
      "Schlüssel",
    ]);
    // First creation: no row is marked "neu" (every row would be).
    expect(columnOf(host, "KAM_Plan", "Veränderung")).toEqual(["", "", ""]);
    expect(tableGrid(host, "KAM_Actions").header).toEqual([
      "Kunde",
      "Maßnahme",
      "Marketing-Mix-Dimension",
      "Verantwortlich",
      "Start",
      "Fällig",
      "Status",
      "% erledigt",
      "Ergebnis",
    ]);
    const lists = host.workbook.getSheet("Listen");
    expect(lists.getValues("C2:C6").map((r) => r[0])).toEqual([
      "Offen",
      "In Arbeit",
      "Erledigt",
      "Verschoben",
      "Abgebrochen",
    ]);
    expect(lists.getValues("A2:A6").map((r) => r[0])).toEqual([
      "Produkt",
      "Preis",
      "Distribution",
      "Kommunikation",
      "Personal",
    ]);
    expect(host.workbook.getSheet("KAM-Planung").getNumberFormat(1, 7)).toBe("dd.mm.yyyy");
    expect(translate(report.lines[1], "de")).toBe(
      "Angelegte Blätter: KAM-Planung, Maßnahmen, Ansprechpartner, Listen."
    );
  });
});

describe("planKamSheets", () => {
  beforeEach(() => (host = installHost("en-US")));

  it("says what will be created without writing anything", async () => {
    const report = await planKamSheets(tricky, { ...A_ONLY, roadmap: true }, "en");
    expect(host.workbook.sheetNames).toEqual(["Daten"]);
    expect(host.workbook.settings()[KAM_STATE_KEY]).toBeUndefined();
    expect(report.syncs).toBe(1);
    expect(report.lines.map((l) => translate(l, "en"))).toEqual([
      "3 key accounts selected (3 class A, 0 class B, 0 picked by hand).",
      "Sheets to create: KAM Plan, Actions, Stakeholders, Roadmap, Lists.",
      "KAM plan – new key accounts: 3, to update: 0, to mark as no longer key accounts: 0. Manual entries stay as they are.",
      "A six-month introduction roadmap will be created on sheet Roadmap.",
    ]);
  });

  it("counts the changes of a refresh", async () => {
    await writeKamSheets(tricky, A_ONLY, "en");
    const next = analysisOf([
      ["Epsilon", 900],
      ['=HYPERLINK("x")', 500],
      ["-Minus GmbH", 20],
      ["@foo", 10],
    ]);
    const report = await planKamSheets(next, A_ONLY, "en");
    expect(report.syncs).toBe(3);
    expect(translate(report.lines[1], "en")).toBe(
      "KAM plan – new key accounts: 1, to update: 1, to mark as no longer key accounts: 2. Manual entries stay as they are."
    );
    expect(columnOf(host, "KAM_Plan", "Customer")).toHaveLength(3);
  });
});

describe("the roadmap", () => {
  beforeEach(() => (host = installHost("de-DE")));

  it("is created once when asked and never overwritten", async () => {
    await writeKamSheets(tricky, A_ONLY, "de");
    expect(host.workbook.table("KAM_Roadmap")).toBeUndefined();
    const first = await writeKamSheets(tricky, { ...A_ONLY, roadmap: true }, "de");
    expect(
      translate(
        first.lines.find((l) => l.code === "KAM_ROADMAP_CREATED")!,
        "de"
      )
    ).toBe("Sechsmonatigen Einführungsplan auf Blatt Einführung angelegt.");
    const road = tableGrid(host, "KAM_Roadmap");
    expect(road.header).toEqual([
      "Schritt",
      "Aufgabe",
      "Verantwortlich",
      "Start",
      "Ende",
      "Status",
      "Notizen",
    ]);
    expect(road.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(road.rows.every((r) => r[5] === "Offen")).toBe(true);
    expect(road.rows[1][3]).toBe((road.rows[0][4] as number) + 1);
    road.sheet.setValue(1, 2, "Frau Schmidt");
    road.sheet.setValue(1, 1, "Eigene Formulierung");
    const again = await writeKamSheets(tricky, { ...A_ONLY, roadmap: true }, "de");
    expect(again.lines.some((l) => l.code === "KAM_ROADMAP_EXISTS")).toBe(true);
    const after = tableGrid(host, "KAM_Roadmap");
    expect(after.rows[0].slice(1, 3)).toEqual(["Eigene Formulierung", "Frau Schmidt"]);
    expect(host.workbook.sheetNames.filter((n) => n.startsWith("Einführung"))).toEqual([
      "Einführung",
    ]);
  });
});
