import { parseRecord } from "../../../src/excel/host/record";
import { createExcelApi } from "../../../src/excel";
import type { StoredRun } from "../../../src/excel/types";
import { analyzeSource, customerRows, installHost, SETTINGS, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

describe("state, selection and language", () => {
  test("the stored run survives a save, close and reopen, with the layer's outputs merged in", async () => {
    const host = installHost({ sheets: { Daten: customerRows(8) }, selection: "Daten!A1" });
    let api = createExcelApi();
    expect(await api.loadRun()).toBeNull();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    await api.writeClassColumns(data, result, "de");
    await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const run: StoredRun = {
      version: 1,
      source: data.ref,
      settings: SETTINGS,
      ranAt: "2025-01-02T10:00:00.000Z",
      language: "de",
      outputs: {},
    };
    await api.saveRun(run);
    host.reopen();
    api = createExcelApi();
    const loaded = await api.loadRun();
    expect(loaded).toEqual({
      ...run,
      outputs: {
        classColumns: { name: "KAA_ClassColumns", address: "Daten!C1:F9", inTable: false },
        analysisSheet: "ABC-Analyse",
      },
    });
    // In the file itself, a hidden name of plain JSON, small and free of anything secret; the
    // settings (one add-in id's) are not needed.
    const record = host.workbook.names().find((n) => n.name === "KAA_Run");
    expect(record?.visible).toBe(false);
    expect(parseRecord(record?.formula)).toEqual(run);
    expect(String(record?.formula).length).toBeLessThan(1000);
    expect(host.workbook.settings()["kamAnalyzer.run"]).toBeUndefined();
  });

  test("the KAM choices of the run survive a save, close and reopen", async () => {
    const host = installHost({ sheets: { Daten: customerRows(8) }, selection: "Daten!A1" });
    const data = await createExcelApi().readSource({});
    const run: StoredRun = {
      version: 1,
      source: data.ref,
      settings: SETTINGS,
      ranAt: "2025-01-02T10:00:00.000Z",
      language: "en",
      outputs: { kamSheets: ["KAM Plan"] },
      kam: { includeB: true, extraKeys: ["kunde 7", "#00123"], roadmapCreated: true },
    };
    await createExcelApi().saveRun(run);
    host.reopen();
    expect((await createExcelApi().loadRun())?.kam).toEqual(run.kam);
  });

  test("a broken setting reads as no run", async () => {
    const host = installHost({});
    host.workbook.setSetting("kamAnalyzer.run", "{not json");
    expect(await createExcelApi().loadRun()).toBeNull();
  });

  test("select activates the sheet and selects the cells", async () => {
    const host = installHost({ sheets: { Daten: customerRows(4), "Mein Blatt": [["x"]] } });
    const api = createExcelApi();
    await api.select("'Mein Blatt'!B3:C4");
    expect(host.workbook.activeSheet).toBe("Mein Blatt");
    expect(host.workbook.selection).toBe("'Mein Blatt'!B3:C4");
    await api.select("A2");
    expect(host.workbook.selection).toBe("'Mein Blatt'!A2");
  });

  test("language follows Office's display language", () => {
    installHost({ displayLanguage: "de-AT" });
    expect(createExcelApi().language()).toBe("de");
    installHost({ displayLanguage: "fr-FR" });
    expect(createExcelApi().language()).toBe("en");
  });
});
