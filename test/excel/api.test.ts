// createExcelApi as the task pane uses it: every action in turn, then a refresh of all outputs.
import { createExcelApi } from "../../src/excel";
import { planKamSheets } from "../../src/excel/kam";
import type { StoredRun } from "../../src/excel/types";
import { analyzeSource, customerRows, installHost, SETTINGS, uninstallHost } from "./fakeHost";

afterEach(uninstallHost);

const KAM = { includeB: false, extraKeys: [], roadmap: false };

describe("createExcelApi", () => {
  test("the KAM writers of src/excel/kam load on first use and answer as they do", async () => {
    installHost({ sheets: { Daten: customerRows(12) }, selection: "Daten!A1:B13" });
    const api = createExcelApi();
    const result = analyzeSource(await api.readSource({}));
    expect(await api.planKamSheets(result, KAM, "en")).toEqual(
      await planKamSheets(result, KAM, "en")
    );
    const written = await api.writeKamSheets(result, KAM, "en");
    expect(written.lines.map((l) => l.code)).toContain("KAM_PLAN_DONE");
    // The chunk is loaded once: a second plan answers the same (now "will refresh").
    expect(await api.planKamSheets(result, KAM, "en")).toEqual(
      await planKamSheets(result, KAM, "en")
    );
  });

  test("all outputs, then a refresh after new rows: each output updated once, in place", async () => {
    const host = installHost({ sheets: { Daten: customerRows(40) }, selection: "Daten!B7" });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    await api.writeClassColumns(data, result, "de");
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    await api.writeKamSheets(result, KAM, "de");
    const run: StoredRun = {
      version: 1,
      source: data.ref,
      settings: SETTINGS,
      ranAt: new Date().toISOString(),
      language: "de",
      outputs: {},
    };
    await api.saveRun(run);
    const sheetsBefore = host.workbook.sheetNames;

    host.workbook.getSheet("Daten").setValues("A42:B42", [["Neukunde AG", 250000]]);
    const stored = await api.loadRun();
    expect(stored?.outputs.classColumns?.inTable).toBe(false);
    expect(stored?.outputs.analysisSheet).toBe("ABC-Analyse");
    const again = await api.readSource({ ref: stored!.source });
    expect(again.grid).toHaveLength(42);
    const result2 = analyzeSource(again);
    const columns = await api.writeClassColumns(again, result2, stored!.language);
    const sheet = await api.writeAnalysisSheet(again, result2, SETTINGS, stored!.language);
    await api.writeKamSheets(result2, KAM, stored!.language);
    expect(columns.lines.map((l) => l.code)).toEqual(["XL_CLASS_COLUMNS_UPDATE_DONE"]);
    expect(sheet.lines.map((l) => l.code)).toEqual(["XL_SHEET_UPDATE_DONE"]);
    expect(host.workbook.sheetNames).toEqual(sheetsBefore);
    const daten = host.workbook.getSheet("Daten");
    expect(daten.getValues("C42:F42")).toEqual([
      [1, result2.ranking.share[0], result2.ranking.share[0], "A"],
    ]);
    expect(host.workbook.getSheet("ABC-Analyse").getValues("O2:O2")).toEqual([["Neukunde AG"]]);
  });
});
