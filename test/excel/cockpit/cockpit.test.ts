import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { COCKPIT_COLUMNS } from "../../../src/core/kam";
import { COCKPIT_NAME, writeCockpit } from "../../../src/excel/cockpit";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost, tableGrid } from "../kam/helpers";

const translate = EXCEL_CATALOGUE.translate;

const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);
const withB = { ...A_ONLY, includeB: true };

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

const colOf = (id: string) => COCKPIT_COLUMNS.findIndex((c) => c.id === id);
/** Sheet row (0-based) of the first key account: title, note, blank, header. */
const FIRST = 4;

/** Every structured reference `Table[Column]` in a formula, unescaped. */
function structuredRefs(formula: string): { table: string; column: string }[] {
  return [...formula.matchAll(/([A-Za-z_][\w.]*)\[((?:[^\]']|'.)*)\]/g)].map((m) => ({
    table: m[1],
    column: m[2].replace(/'(.)/g, "$1"),
  }));
}

describe.each([
  ["en-US", "KAM controlling", "KAM Plan"],
  ["de-DE", "KAM-Controlling", "KAM-Planung"],
])("the KAM controlling sheet (%s)", (language, sheetName) => {
  beforeEach(() => (host = installHost(language)));
  const lang = language.startsWith("de") ? "de" : "en";

  it("refers only to tables and columns that exist, in the sheets' language", async () => {
    await writeKamSheets(month1, A_ONLY, lang);
    const report = await writeCockpit(month1, A_ONLY, lang);
    const sheet = host.workbook.getSheet(sheetName);
    expect(sheet.getValue(FIRST - 1, 0)).toBe(COCKPIT_COLUMNS[0].header[lang]);
    expect(sheet.getValue(FIRST, 0)).toBe("Alpha AG");
    expect(sheet.getValue(FIRST, colOf("revenue"))).toBe(500);
    const formulas = sheet
      .getFormulas(`A1:O${FIRST + 2}`)
      .flat()
      .filter((f) => typeof f === "string" && f.startsWith("="));
    const refs = formulas.flatMap((f) => structuredRefs(f as string));
    expect(new Set(refs.map((r) => r.table))).toEqual(
      new Set(["KAM_Plan", "KAM_Actions", "KAM_Stakeholders"])
    );
    for (const r of refs) expect(tableGrid(host, r.table).header).toContain(r.column);
    expect(refs.length).toBeGreaterThan(10);
    expect(translate(report.lines[0], lang)).toContain(sheetName);
  });
});

describe("the KAM controlling formulas", () => {
  beforeEach(() => (host = installHost("en-US")));

  it("count open and overdue actions without the finished ones, in both languages' labels", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeCockpit(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM controlling");
    const row = FIRST + 1;
    expect(sheet.getFormula(FIRST, colOf("open"))).toBe(
      '=COUNTIFS(KAM_Actions[Customer],$A5,KAM_Actions[Status],"<>Done",KAM_Actions[Status],"<>Cancelled",KAM_Actions[Status],"<>Erledigt",KAM_Actions[Status],"<>Abgebrochen")'
    );
    expect(sheet.getFormula(FIRST, colOf("overdue"))).toContain(',KAM_Actions[Due],"<"&TODAY())');
    expect(sheet.getFormula(FIRST, colOf("lastContact"))).toBe(
      `=IF(MAXIFS(KAM_Stakeholders[Last contact],KAM_Stakeholders[Customer],$A${row})=0,"",MAXIFS(KAM_Stakeholders[Last contact],KAM_Stakeholders[Customer],$A${row}))`
    );
    expect(sheet.getFormula(FIRST, colOf("goal"))).toBe(
      `=IFERROR(IF(N(INDEX(KAM_Plan[Revenue goal],MATCH($O${row},KAM_Plan[Key],0)))=0,"",INDEX(KAM_Plan[Revenue goal],MATCH($O${row},KAM_Plan[Key],0))),"")`
    );
    expect(sheet.getFormula(FIRST, colOf("health"))).toMatch(
      /^=IFERROR\(ROUND\(\(IF\(\$D5<>"",30\*/
    );
  });

  it("has a totals row with the key accounts' share of all revenue", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeCockpit(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM controlling");
    // A-only: Alpha, Beta and Gamma (800 of 1,000).
    const total = FIRST + 3;
    expect(sheet.getValue(total, 0)).toBe("Key accounts total");
    expect(sheet.getFormula(total, colOf("revenue"))).toBe("=SUM($B5:$B7)");
    expect(sheet.getValue(total + 1, colOf("revenue"))).toBe(1000);
    expect(sheet.getFormula(total + 2, colOf("revenue"))).toBe('=IF($B9=0,"",$B8/$B9)');
    expect(sheet.getNumberFormat(total + 2, colOf("revenue"))).toBe("0.0%");
  });

  it("has traffic lights on the account rows", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeCockpit(month1, A_ONLY, "en");
    const rules = host.workbook.getSheet("KAM controlling").conditionalFormats();
    expect(rules.map((r) => [r.address, r.formula])).toContainEqual([
      "'KAM controlling'!N5:N7",
      '=AND($N5<>"",$N5<40)',
    ]);
    expect(rules.filter((r) => r.address === "'KAM controlling'!D5:D7")).toHaveLength(3);
  });

  it("refreshes in place, keeps the user's cells beside it and follows a renamed sheet", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeCockpit(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM controlling");
    sheet.setValue(FIRST, 16, "my note");
    sheet.rename("Controlling 2027");
    await writeKamSheets(month1, withB, "en");
    const report = await writeCockpit(month1, withB, "en");
    expect(host.workbook.sheetNames).not.toContain("KAM controlling (2)");
    expect(sheet.getValue(FIRST + 3, 0)).toBe("Delta");
    expect(sheet.getValue(FIRST, 16)).toBe("my note");
    expect(host.workbook.names().find((n) => n.name === COCKPIT_NAME)?.formula).toMatch(
      /^='Controlling 2027'!\$A\$1:\$O\$\d+$/
    );
    expect(report.touched[0]).toMatch(/^'Controlling 2027'!A1:O/);
  });

  it("refuses to grow over the user's entries below it", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await writeCockpit(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM controlling");
    const below = sheet.usedRange().rowCount;
    sheet.setValue(below + 1, 0, "=1+1");
    await writeKamSheets(month1, withB, "en");
    const report = await writeCockpit(month1, withB, "en");
    expect(translate(report.lines[0], "en")).toMatch(/needs more rows, but 1 cell/);
    expect(sheet.getFormula(below + 1, 0)).toBe("=1+1");
    expect(sheet.getValue(FIRST + 3, 0)).toBe("Key accounts total");
  });

  it("says the KAM tables are needed first", async () => {
    const report = await writeCockpit(month1, A_ONLY, "en");
    expect(report.lines[0].code).toBe("KAM_COCKPIT_NEEDS_TABLES");
    expect(host.workbook.sheetNames).not.toContain("KAM controlling");
  });
});
