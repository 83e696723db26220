import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, columnOf, installHost, storedState, tableGrid } from "./helpers";

const translate = EXCEL_CATALOGUE.translate;

const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);
// Gamma drops out, Delta grows into A, Alpha and Beta change only case and spacing.
const month2 = analysisOf([
  ["ALPHA  ag", 500],
  ["beta kg", 200],
  ["Delta", 150],
  ["Gamma GmbH", 30],
  ["Epsilon", 70],
  ["Zeta", 50],
]);

let host: FakeHost;
beforeEach(() => (host = installHost("en-US")));
afterEach(() => host.uninstall(globalThis));

/** Sheet row (0-based) of the plan row whose key is `key`. */
function rowOf(key: string): number {
  const g = tableGrid(host, "KAM_Plan");
  const r = g.rows.findIndex((row) => row[g.header.indexOf("Key")] === key);
  if (r < 0) throw new Error(`no row for ${key}`);
  return r + 1;
}

function col(header: string): number {
  return tableGrid(host, "KAM_Plan").header.indexOf(header);
}

describe("refreshing the KAM plan", () => {
  it("updates figures, appends and marks rows, and keeps every manual entry", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    plan.setValue(rowOf("gamma gmbh"), col("Notes"), "call in May");
    plan.setValue(rowOf("alpha ag"), col("KAM owner"), "Eva");
    plan.setValue(rowOf("alpha ag"), col("Customer satisfaction (1-5)"), 4);
    plan.setValue(rowOf("beta kg"), col("Next review"), 46000);
    plan.setComment(rowOf("alpha ag"), col("Revenue"), "checked by finance");
    plan.setComment(rowOf("beta kg"), col("Goals"), "see board minutes");
    host.stats.reset();

    const report = await writeKamSheets(month2, A_ONLY, "en");
    expect(report.syncs).toBe(4);
    expect(host.stats.syncs).toBe(4);
    expect(translate(report.lines[1], "en")).toBe(
      "KAM plan updated – new key accounts: 1, updated: 2, unchanged: 0, no longer key accounts: 1."
    );
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual([
      "ALPHA  ag",
      "beta kg",
      "Gamma GmbH",
      "Delta",
    ]);
    expect(columnOf(host, "KAM_Plan", "Class")).toEqual(["A", "A", "C", "A"]);
    expect(columnOf(host, "KAM_Plan", "Class at previous run")).toEqual(["A", "A", "A", ""]);
    expect(columnOf(host, "KAM_Plan", "Change")).toEqual([
      "",
      "",
      "no longer key account (A → C)",
      "new",
    ]);
    expect(columnOf(host, "KAM_Plan", "Notes")).toEqual(["", "", "call in May", ""]);
    expect(columnOf(host, "KAM_Plan", "KAM owner")).toEqual(["Eva", "", "", ""]);
    expect(columnOf(host, "KAM_Plan", "Customer satisfaction (1-5)")).toEqual([4, "", "", ""]);
    expect(columnOf(host, "KAM_Plan", "Next review")).toEqual(["", 46000, "", ""]);
    expect(plan.getComment(rowOf("alpha ag"), col("Revenue"))).toBe("checked by finance");
    expect(plan.getComment(rowOf("beta kg"), col("Goals"))).toBe("see board minutes");
    // The new row gets the formats and validation of the add-in's columns.
    const delta = rowOf("delta");
    expect(plan.getNumberFormat(delta, col("Customer"))).toBe("@");
    expect(plan.getNumberFormat(delta, col("Next review"))).toBe("yyyy-mm-dd");
    const satisfaction = plan
      .dataValidations()
      .filter((d) => d.type === "WholeNumber")
      .map((d) => d.address);
    expect(satisfaction.join(",")).toMatch(/K5/);
    // The add-in's highlights cover the new row too, each rule once.
    expect(plan.conditionalFormats().map((c) => [c.address, c.formula])).toEqual(
      expect.arrayContaining([
        ["'KAM Plan'!H2:H5", '=AND($H2<>"",$H2<TODAY())'],
        ["'KAM Plan'!H2:H5", '=AND($H2<>"",$H2>=TODAY(),$H2<=TODAY()+14)'],
        ["'KAM Plan'!B2:B5", '=AND($R2<>"",$B2<>$R2)'],
        ["'KAM Plan'!S2:S5", '=$S2<>""'],
      ])
    );
    expect(plan.conditionalFormats()).toHaveLength(4);
  });

  it("renews its highlights without touching a user's rule (rule ids are priorities)", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    // The user's own highlight on the Notes column, added on top of the add-in's.
    await Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("KAM Plan").getRange("Q2:Q4");
      const cf = notes.conditionalFormats.add("ContainsText");
      cf.textComparison.rule = { operator: "Contains", text: "urgent" };
      cf.textComparison.format.font.color = "#C00000";
      await context.sync();
    });
    await writeKamSheets(month2, A_ONLY, "en");
    const rules = host.workbook.getSheet("KAM Plan").conditionalFormats();
    expect(rules.filter((c) => c.type === "ContainsText").map((c) => [c.address, c.text])).toEqual([
      ["'KAM Plan'!Q2:Q4", "urgent"],
    ]);
    const own = rules.filter((c) => c.type === "Custom").map((c) => [c.address, c.formula]);
    expect(own).toHaveLength(4);
    expect(new Set(own.map((r) => r[1])).size).toBe(4);
    expect(own.every(([address]) => /2:[A-Z]+5$/.test(address as string))).toBe(true);
  });

  it("changes nothing on a third run with the same data", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeKamSheets(month1, A_ONLY, "en");
    const before = tableGrid(host, "KAM_Plan").rows;
    const report = await writeKamSheets(month1, A_ONLY, "en");
    expect(tableGrid(host, "KAM_Plan").rows).toEqual(before);
    expect(translate(report.lines[1], "en")).toBe(
      "KAM plan updated – new key accounts: 0, updated: 0, unchanged: 3, no longer key accounts: 0."
    );
  });

  it("refreshes a plan created with the old column order without moving or losing entries", async () => {
    // The order of plans created before the columns people work in came first.
    const OLD = [
      "Customer",
      "Class",
      "Revenue",
      "Share of revenue",
      "Rank",
      "Class at previous run",
      "Change",
      "KAM owner",
      "Contribution margin",
      "Customer satisfaction (1-5)",
      "Potential (1-5)",
      "Share of wallet",
      "Revenue goal",
      "Goals",
      "Opportunities",
      "Strategy focus",
      "Next review",
      "Status",
      "Notes",
      "Key",
    ];
    await writeKamSheets(month1, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    const made = tableGrid(host, "KAM_Plan");
    expect([...made.header].sort()).toEqual([...OLD].sort());
    const from = OLD.map((h) => made.header.indexOf(h));
    [made.header, ...made.rows].forEach((row, r) =>
      from.forEach((c, i) => plan.setValue(r, i, row[c]))
    );
    plan.setValue(rowOf("gamma gmbh"), OLD.indexOf("Notes"), "call in May");
    plan.setValue(rowOf("alpha ag"), OLD.indexOf("KAM owner"), "Eva");
    plan.setValue(rowOf("alpha ag"), OLD.indexOf("Goals"), "grow service share");
    plan.setValue(rowOf("beta kg"), OLD.indexOf("Next review"), 46000);

    await writeKamSheets(month2, A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    expect(g.header).toEqual(OLD);
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual([
      "ALPHA  ag",
      "beta kg",
      "Gamma GmbH",
      "Delta",
    ]);
    expect(columnOf(host, "KAM_Plan", "Class")).toEqual(["A", "A", "C", "A"]);
    expect(columnOf(host, "KAM_Plan", "Change")).toEqual([
      "",
      "",
      "no longer key account (A → C)",
      "new",
    ]);
    expect(columnOf(host, "KAM_Plan", "Notes")).toEqual(["", "", "call in May", ""]);
    expect(columnOf(host, "KAM_Plan", "KAM owner")).toEqual(["Eva", "", "", ""]);
    expect(columnOf(host, "KAM_Plan", "Goals")).toEqual(["grow service share", "", "", ""]);
    expect(columnOf(host, "KAM_Plan", "Next review")).toEqual(["", 46000, "", ""]);
    expect(columnOf(host, "KAM_Plan", "Revenue")).toEqual([500, 200, 30, 150]);
  });

  it("keeps user columns and the user's sort order", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    // The user inserts a column inside the table, names it and fills it, then sorts Z-A.
    plan.insertColumns(2, 1);
    plan.setValue(0, 2, "Region");
    ["North", "South", "West"].forEach((v, i) => plan.setValue(i + 1, 2, v));
    plan.sortRows(1, 3, { column: 0, ascending: false });
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual(["Gamma GmbH", "Beta KG", "Alpha AG"]);

    await writeKamSheets(month2, A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    expect(g.header[2]).toBe("Region");
    expect(columnOf(host, "KAM_Plan", "Customer")).toEqual([
      "Gamma GmbH",
      "beta kg",
      "ALPHA  ag",
      "Delta",
    ]);
    expect(columnOf(host, "KAM_Plan", "Region")).toEqual(["West", "South", "North", ""]);
    expect(columnOf(host, "KAM_Plan", "Class")).toEqual(["C", "A", "A", "A"]);
    // Highlights moved with the columns and were renewed over the longer table.
    const rules = plan.conditionalFormats().map((c) => [c.address, c.formula]);
    expect(rules).toHaveLength(4);
    expect(rules).toContainEqual(["'KAM Plan'!I2:I5", '=AND($I2<>"",$I2<TODAY())']);
  });

  it("adds a deleted computed column again at the right end and says so", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    plan.deleteColumns(col("Rank"), 1);
    const report = await writeKamSheets(month2, A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    expect(g.header[g.header.length - 1]).toBe("Rank");
    expect(columnOf(host, "KAM_Plan", "Rank")).toEqual([1, 2, 6, 3]);
    expect(report.lines.map((l) => translate(l, "en"))).toContain(
      'The column "Rank" was missing in the KAM plan and was added at the right end of the table.'
    );
  });

  it("creates a deleted table anew and reports it", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    host.workbook.deleteSheet("Actions");
    const report = await writeKamSheets(month2, A_ONLY, "en");
    expect(host.workbook.table("KAM_Actions")?.sheet).toBe("Actions");
    expect(report.lines.map((l) => translate(l, "en"))).toContain(
      "The table KAM_Actions was no longer in the workbook and was created anew."
    );
    expect(report.syncs).toBe(5);
  });

  it("refreshes the key-account list and its name", async () => {
    await writeKamSheets(month1, { ...A_ONLY, includeB: true }, "en");
    const lists = host.workbook.getSheet("Lists");
    expect(lists.getValues("G2:G6").map((r) => r[0])).toEqual([
      "Alpha AG",
      "Beta KG",
      "Gamma GmbH",
      "Delta",
      "Epsilon",
    ]);
    // An administrator extends a fixed list; the refresh leaves it alone.
    lists.setValue(6, 3, "Controlling");
    await writeKamSheets(month2, A_ONLY, "en");
    expect(lists.getValues("G2:G6").map((r) => r[0])).toEqual([
      "ALPHA  ag",
      "beta kg",
      "Delta",
      "",
      "",
    ]);
    expect(lists.getValue(6, 3)).toBe("Controlling");
    const names = Object.fromEntries(host.workbook.names().map((n) => [n.name, n.formula]));
    expect(names.KAM_KeyAccounts).toBe("=Lists!$G$2:$G$4");
  });

  it("creates the lists sheet anew when it was deleted and points the names at it", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    host.workbook.deleteSheet("Lists");
    await writeKamSheets(month2, A_ONLY, "en");
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "KAM Plan",
      "Actions",
      "Stakeholders",
      "Lists",
    ]);
    const names = Object.fromEntries(host.workbook.names().map((n) => [n.name, n.formula]));
    expect(names.KAM_KeyAccounts).toBe("=Lists!$G$2:$G$4");
    expect(names.KAM_List_Focus).toMatch(/^=Lists!\$A\$2:INDEX/);
    expect(host.workbook.getSheet("Lists").getValue(1, 6)).toBe("ALPHA  ag");
  });

  it("defines a deleted list name again", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await Excel.run(async (context) => {
      context.workbook.names.getItem("KAM_List_Role").delete();
      await context.sync();
    });
    expect(host.workbook.names().map((n) => n.name)).not.toContain("KAM_List_Role");
    await writeKamSheets(month2, A_ONLY, "en");
    expect(host.workbook.names().find((n) => n.name === "KAM_List_Role")?.formula).toBe(
      "=Lists!$D$2:INDEX(Lists!$D$2:$D$1001,MAX(1,COUNTA(Lists!$D$2:$D$1001)))"
    );
  });
});

describe("finding the KAM sheets again", () => {
  it("survives save and reopen, a renamed sheet and a language switch", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    host.workbook.getSheet("KAM Plan").setValue(1, col("Goals"), "grow 10 %");
    host.reopen();
    host.workbook.renameSheet("KAM Plan", "Our key accounts");
    host.workbook.renameSheet("Lists", "Dropdowns");
    const report = await writeKamSheets(month2, A_ONLY, "de");
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "Our key accounts",
      "Actions",
      "Stakeholders",
      "Dropdowns",
    ]);
    expect(host.workbook.tables()).toHaveLength(3);
    // The sheets stay English: texts written follow the workbook, the report the user.
    expect(columnOf(host, "KAM_Plan", "Change")).toEqual([
      "",
      "",
      "no longer key account (A → C)",
      "new",
    ]);
    expect(columnOf(host, "KAM_Plan", "Goals")[0]).toBe("grow 10 %");
    expect(translate(report.lines[1], "de")).toBe(
      "Die KAM-Blätter wurden auf Englisch angelegt und bleiben englisch."
    );
    expect(host.workbook.getSheet("Dropdowns").getValue(3, 6)).toBe("Delta");
    expect(storedState(host)?.listsSheet?.name).toBe("Dropdowns");
  });

  it("adopts its tables by name when the stored state is gone", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await Excel.run(async (context) => {
      context.workbook.names.getItem("KAA_Kam").delete();
      await context.sync();
    });
    await writeKamSheets(month2, A_ONLY, "en");
    expect(host.workbook.tables()).toHaveLength(3);
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "KAM Plan",
      "Actions",
      "Stakeholders",
      "Lists",
    ]);
  });
});

describe("the controlling columns of the KAM plan", () => {
  const CONTROLLING = ["Potential (1-5)", "Share of wallet", "Revenue goal"];

  it("reach a plan made before them on the next refresh, empty, and nothing typed is lost", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    const plan = host.workbook.getSheet("KAM Plan");
    // An older plan: the three columns did not exist yet.
    for (const h of CONTROLLING) plan.deleteColumns(col(h), 1);
    plan.setValue(rowOf("alpha ag"), col("Goals"), "+10 % in 2027");
    plan.setValue(rowOf("beta kg"), col("Customer satisfaction (1-5)"), 4);
    const report = await writeKamSheets(month2, A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    expect(g.header.slice(-3)).toEqual(CONTROLLING);
    for (const h of CONTROLLING)
      expect(columnOf(host, "KAM_Plan", h).every((v) => v === "")).toBe(true);
    expect(plan.getValue(rowOf("alpha ag"), col("Goals"))).toBe("+10 % in 2027");
    expect(plan.getValue(rowOf("beta kg"), col("Customer satisfaction (1-5)"))).toBe(4);
    const last = g.header.length - 1;
    expect(plan.getNumberFormat(1, last - 1)).toBe("0%");
    const dv = plan.dataValidations().find((d) => d.address.includes("!" + "R2"));
    expect(dv?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } });
    expect(report.lines.map((l) => translate(l, "en"))).toContain(
      'The column "Revenue goal" was missing in the KAM plan and was added at the right end of the table.'
    );
  });

  it("stay deleted when the user deleted one of them", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    host.workbook.getSheet("KAM Plan").deleteColumns(col("Share of wallet"), 1);
    await writeKamSheets(month2, A_ONLY, "en");
    expect(tableGrid(host, "KAM_Plan").header).not.toContain("Share of wallet");
    expect(tableGrid(host, "KAM_Plan").header).toContain("Revenue goal");
  });
});
