// The KAM sheets after a reopen: sheet ids change between openings (office-js-docs issue 297,
// office-js issue 1390) and settings belong to one add-in id; names and markers decide.
import { writeKamSheets } from "../../../src/excel/kam";
import { KAM_STATE_KEY } from "../../../src/excel/kam/state";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost, tableGrid } from "./helpers";

const month = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
]);

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

async function sheetId(name: string): Promise<string> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name).load("id");
    await context.sync();
    return ws.id;
  });
}

describe("KAM sheets found again", () => {
  it("a stored lists-sheet id that now names a user's sheet gets none of the lists", async () => {
    host = installHost("en-US");
    host.workbook.addSheet("Notes", [["my notes"]]);
    await writeKamSheets(month, A_ONLY, "en");
    host.reopen({ newIds: true });
    // Ids remapped: the id recorded for the lists sheet is now the user's notes sheet; and the
    // user deleted the key-account name in the Name Manager.
    const settings = host.workbook.settings();
    if (settings[KAM_STATE_KEY]) {
      const state = JSON.parse(settings[KAM_STATE_KEY] as string);
      state.listsSheet.id = await sheetId("Notes");
      host.workbook.setSetting(KAM_STATE_KEY, JSON.stringify(state));
    }
    await Excel.run(async (context) => {
      context.workbook.names.getItem("KAM_KeyAccounts").delete();
      await context.sync();
    });

    await writeKamSheets(month, A_ONLY, "en");
    expect(host.workbook.getSheet("Notes").getValues()).toEqual([["my notes"]]);
    const names = Object.fromEntries(host.workbook.names().map((n) => [n.name, n.formula]));
    expect(names.KAM_KeyAccounts).toBe("=Lists!$G$2:$G$4");
    expect(host.workbook.sheetNames).toEqual([
      "Daten",
      "Notes",
      "KAM Plan",
      "Actions",
      "Stakeholders",
      "Lists",
    ]);
  });

  it("another add-in id (empty settings) refreshes the same German sheets", async () => {
    host = installHost("de-DE");
    await writeKamSheets(month, A_ONLY, "de");
    const before = tableGrid(host, "KAM_Plan").header;
    const sheets = host.workbook.sheetNames;
    host.reopen({ addInId: "development" });
    expect(host.workbook.settings()).toEqual({});
    // Office now runs in English: the sheets keep the language they were made in.
    await writeKamSheets(month, A_ONLY, "en");
    expect(tableGrid(host, "KAM_Plan").header).toEqual(before);
    expect(host.workbook.sheetNames).toEqual(sheets);
  });
});
