// Large writes suspend Excel's calculation until the next sync (ExcelApi 1.6), so formulas that
// refer to the data are not recalculated once per chunk.
import { createExcelApi } from "../../src/excel";
import { SETTINGS, analyzeSource, customerRows, installHost, uninstallHost } from "./fakeHost";

afterEach(uninstallHost);

describe("calculation is suspended while the add-in writes", () => {
  test("every batch that writes class columns or the analysis sheet suspends it first", async () => {
    const host = installHost({
      // Enough rows for several chunks under the 2 MB budget, so several write batches.
      sheets: { Daten: customerRows(40_000) },
      selection: "Daten!A1:B40001",
    });
    const api = createExcelApi();
    const data = await api.readSource({});
    const result = analyzeSource(data);
    for (const write of [
      () => api.writeClassColumns(data, result, "en"),
      () => api.writeAnalysisSheet(data, result, SETTINGS, "en"),
    ]) {
      host.stats.reset();
      await write();
      const writing = host.stats.batches.filter((b) => b.writes > 0);
      expect(writing.length).toBeGreaterThan(1);
      expect(writing.map((b) => b.writesBeforeSuspension)).toEqual(writing.map(() => 0));
    }
  });
});
