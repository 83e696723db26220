// How the add-in finds what it owns after a reopen: sheet ids change between openings
// (office-js-docs issue 297, office-js issue 1390) and settings belong to one add-in id, so only
// workbook names and the add-in's own markers count.
import { createExcelApi } from "../../../src/excel";
import { OUTPUTS_KEY } from "../../../src/excel/host/state";
import { analyzeSource, customerRows, installHost, SETTINGS, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

async function analysed() {
  const host = installHost({
    sheets: { Daten: customerRows(30), Notizen: [["Meine Notizen"], ["bitte nicht ändern"]] },
    selection: "Daten!A1",
  });
  const api = createExcelApi();
  const data = await api.readSource({});
  const result = analyzeSource(data);
  await api.writeAnalysisSheet(data, result, SETTINGS, "de");
  return { host, api, data, result };
}

const sheetNames = (host: ReturnType<typeof installHost>) => host.workbook.sheetNames;

/** What a user does in Excel to a sheet: move it, or empty it completely (charts, names too). */
async function asUser(sheet: string, action: (ws: Excel.Worksheet) => void): Promise<void> {
  await Excel.run(async (context) => {
    action(context.workbook.worksheets.getItem(sheet));
    await context.sync();
  });
}

describe("the analysis sheet after a reopen", () => {
  test("with new sheet ids it is updated in place, after a rename and a move too", async () => {
    const { host, api, data, result } = await analysed();
    host.workbook.getSheet("ABC-Analyse").rename("Auswertung");
    await asUser("Auswertung", (ws) => (ws.position = 0));
    host.reopen({ newIds: true });
    const report = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(report.lines[0]).toEqual({ code: "XL_SHEET_UPDATE", params: { sheet: "Auswertung" } });
    expect(sheetNames(host)).toEqual(["Auswertung", "Daten", "Notizen"]);
  });

  test("a stored id that now names a user's sheet never gets the add-in's cells", async () => {
    const { host, api, data, result } = await analysed();
    host.reopen({ newIds: true });
    // The ids were remapped so that the stored one is now the user's notes sheet.
    const notesId = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Notizen").load("id");
      await context.sync();
      return ws.id;
    });
    // The record older versions kept in the settings: the sheet by id.
    const analysisSheet = { id: notesId, name: "ABC-Analyse", rankedRows: 15 };
    host.workbook.setSetting(OUTPUTS_KEY, JSON.stringify({ version: 1, analysisSheet }));
    host.workbook.deleteSheet("ABC-Analyse");

    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const notes = host.workbook.getSheet("Notizen");
    expect(notes.getValues("A1:M3")).toEqual([
      ["Meine Notizen", ...Array(12).fill("")],
      ["bitte nicht ändern", ...Array(12).fill("")],
      Array(13).fill(""),
    ]);
    expect(notes.charts()).toEqual([]);
    expect(sheetNames(host)).toEqual(["Daten", "Notizen", "ABC-Analyse"]);
  });

  test("a sheet the name points at without the add-in's marker is left alone", async () => {
    const { host, api, data, result } = await analysed();
    // The user deletes the analysis sheet's contents, charts and all, and makes it their own.
    const sheet = host.workbook.getSheet("ABC-Analyse");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ABC-Analyse");
      const charts = ws.charts.load("items/name");
      const names = ws.names.load("items/name");
      await context.sync();
      charts.items.forEach((c) => c.delete());
      names.items.forEach((n) => n.delete());
      ws.getRange().clear("All");
      await context.sync();
    });
    sheet.setValue(0, 0, "Mein Blatt");
    const report = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(host.workbook.getSheet("ABC-Analyse").getValues("A1:B2")).toEqual([
      ["Mein Blatt", ""],
      ["", ""],
    ]);
    expect(report.lines[0]).toEqual({
      code: "XL_SHEET_NOT_OURS",
      params: { sheet: "ABC-Analyse", created: "ABC-Analyse (2)" },
    });
  });
});

describe("another add-in id (development and production manifests)", () => {
  test("finds the run and the analysis sheet from the workbook alone", async () => {
    const { host, api, data, result } = await analysed();
    await api.saveRun({
      version: 1,
      source: data.ref,
      settings: SETTINGS,
      ranAt: "2026-12-01T10:00:00.000Z",
      language: "de",
      outputs: {},
    });
    host.reopen({ addInId: "development" });
    expect(host.workbook.settings()).toEqual({});
    const run = await api.loadRun();
    expect(run?.source).toEqual(data.ref);
    expect(run?.settings).toEqual(SETTINGS);
    expect(run?.outputs.analysisSheet).toBe("ABC-Analyse");
    const report = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    expect(report.lines[0]).toEqual({ code: "XL_SHEET_UPDATE", params: { sheet: "ABC-Analyse" } });
    expect(sheetNames(host)).toEqual(["Daten", "Notizen", "ABC-Analyse"]);
  });
});
