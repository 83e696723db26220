// The controlling and portfolio sheets are written only into a sheet that carries the add-in's
// KAA_Owner marker (or is its own from before the marker), and only the add-in's conditional
// formats on the block are deleted; rule ids are priorities (fake-excel/cf.ts).
import {
  COCKPIT_NAME,
  PORTFOLIO_NAME,
  writeCockpit,
  writePortfolio,
} from "../../../src/excel/cockpit";
import { writeKamSheets } from "../../../src/excel/kam";
import { OWNER_MARKER } from "../../../src/excel/host/ownedSheets";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost } from "../kam/helpers";

const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
]);

let host: FakeHost;
beforeEach(() => (host = installHost("en-US")));
afterEach(() => host.uninstall(globalThis));

const BUDGET = [
  ["Budget 2027", "Q1", "Q2"],
  ["Travel", 1000, "=B2*2"],
  ["Fairs", 5000, '=IF(B3="","","")'],
];

/** A user's highlight on `address` of `sheet`, added on top of every other rule. */
async function userRule(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .conditionalFormats.add("ContainsText");
    cf.textComparison.rule = { operator: "Contains", text: "urgent" };
    cf.textComparison.format.font.color = "#C00000";
    await context.sync();
  });
}

const markerOf = (sheet: string) =>
  host.workbook.names().find((n) => n.name === OWNER_MARKER && n.scope === sheet)?.formula;

describe.each([
  ["controlling", COCKPIT_NAME, writeCockpit, "KAM controlling", '="cockpit"'],
  ["portfolio", PORTFOLIO_NAME, writePortfolio, "KAM portfolio", '="portfolio"'],
] as const)("the %s sheet", (_, name, write, sheetName, marker) => {
  it("is marked as the add-in's and refreshed in place", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await write(month1, A_ONLY, "en");
    expect(markerOf(sheetName)).toBe(marker);
    await write(month1, A_ONLY, "en");
    expect(host.workbook.sheetNames.filter((s) => s.startsWith(sheetName))).toEqual([sheetName]);
  });

  it("never writes into a user's sheet its workbook name points at", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    host.workbook.addSheet("Budget", BUDGET);
    // The name now points into the user's sheet (a copied workbook, an edited name).
    host.workbook.addName(name, "=Budget!$A$1:$C$3");
    const before = host.workbook.getSheet("Budget").getFormulas("A1:C3");
    await write(month1, A_ONLY, "en");
    expect(host.workbook.getSheet("Budget").getFormulas("A1:C3")).toEqual(before);
    expect(host.workbook.sheetNames).toContain(sheetName);
    expect(markerOf(sheetName)).toBe(marker);
    expect(host.workbook.names().find((n) => n.name === name)?.formula).toMatch(
      new RegExp(`^='${sheetName}'!\\$A\\$1:`)
    );
  });

  it("keeps the user's conditional formats on its block", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    await write(month1, A_ONLY, "en");
    const own = host.workbook.getSheet(sheetName).conditionalFormats().length;
    await userRule(sheetName, "A5:A6");
    await write(month1, A_ONLY, "en");
    await write(month1, A_ONLY, "en");
    const rules = host.workbook.getSheet(sheetName).conditionalFormats();
    expect(rules.filter((r) => r.type === "ContainsText").map((r) => [r.address, r.text])).toEqual([
      [`'${sheetName}'!A5:A6`, "urgent"],
    ]);
    expect(rules.filter((r) => r.type !== "ContainsText")).toHaveLength(own);
  });
});

it("adopts a controlling sheet written before the marker and marks it", async () => {
  await writeKamSheets(month1, A_ONLY, "en");
  await writeCockpit(month1, A_ONLY, "en");
  // A workbook from before the marker: the same sheet without KAA_Owner.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("KAM controlling").names.getItem(OWNER_MARKER).delete();
    await context.sync();
  });
  await writeCockpit(month1, A_ONLY, "en");
  expect(host.workbook.sheetNames.filter((s) => s.startsWith("KAM controlling"))).toEqual([
    "KAM controlling",
  ]);
  expect(markerOf("KAM controlling")).toBe('="cockpit"');
});
