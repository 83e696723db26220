// ExcelApi.select: several blocks at once with getRanges (ExcelApi 1.9), the first block below.
import { createExcelApi } from "../../../src/excel";
import { selectionBlocks } from "../../../src/excel/source/select";
import { customerRows, installHost, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

describe("select", () => {
  test("selects every block on ExcelApi 1.9 and newer, in one round trip", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(20), Other: [] },
      selection: "Other!A1",
    });
    host.stats.reset();
    const selected = await createExcelApi().select("Daten!A5:B5,A9:B11,A14:B14");
    expect(host.workbook.activeSheet).toBe("Daten");
    expect(host.workbook.selection).toBe("Daten!A5:B5,Daten!A9:B11,Daten!A14:B14");
    expect(selected).toEqual({
      address: "Daten!A5:B5,Daten!A9:B11,Daten!A14:B14",
      areas: 3,
      selectedAreas: 3,
      rows: 5,
    });
    expect(host.stats.syncs).toBe(1);
  });

  test("selects the first block below ExcelApi 1.9 and says so", async () => {
    const host = installHost({
      sheets: { Daten: customerRows(20), Other: [] },
      selection: "Other!A1",
      supportedSets: { ExcelApi: "1.8" },
    });
    const api = createExcelApi();
    expect(await api.select("Daten!A9:B11,A14:B14")).toEqual({
      address: "Daten!A9:B11",
      areas: 2,
      selectedAreas: 1,
      rows: 3,
      limited: "oneBlock",
    });
    expect(host.workbook.activeSheet).toBe("Daten");
    expect(host.workbook.selection).toBe("Daten!A9:B11");
    // One block is complete on any version.
    expect(await api.select("Daten!C2:D3")).toMatchObject({ areas: 1, selectedAreas: 1, rows: 2 });
  });

  test("a quoted sheet name with a comma and a quote does not split the blocks", async () => {
    const host = installHost({ sheets: { "Q1, it's": [], Other: [] }, selection: "Other!A1" });
    const selected = await createExcelApi().select("'Q1, it''s'!A2:C2,A4:C4");
    expect(selected).toMatchObject({ areas: 2, selectedAreas: 2, rows: 2 });
    expect(host.workbook.selection).toBe("'Q1, it''s'!A2:C2,'Q1, it''s'!A4:C4");
  });

  test("blocks on another sheet are left out; text that is no address is refused", async () => {
    installHost({ sheets: { A: [], B: [] }, selection: "A!A1" });
    const api = createExcelApi();
    expect(await api.select("A!A1:A2,B!C3,A5")).toMatchObject({ areas: 3, selectedAreas: 2 });
    await expect(api.select("#REF!")).rejects.toThrow("Not a cell address");
    expect(selectionBlocks("")).toBeNull();
    expect(selectionBlocks("A!A1,b!B2,A!C3")).toEqual({
      sheet: "A",
      asked: 3,
      blocks: [
        { top: 0, left: 0, bottom: 0, right: 0 },
        { top: 2, left: 2, bottom: 2, right: 2 },
      ],
    });
  });

  // office-js issue 5198: getRanges fails for long multi-area addresses (around 500 areas /
  // 8,000 characters). The add-in selects the first blocks up to a safe length and says so.
  test("many blocks are capped below the getRanges limit; the result says how many rows", async () => {
    const host = installHost({ sheets: { Daten: customerRows(2_000) }, selection: "Daten!A1" });
    const rows = Array.from({ length: 900 }, (_, i) => 2 * i + 2);
    const address = "Daten!" + rows.map((r) => `A${r}:B${r}`).join(",");
    const selected = await createExcelApi().select(address);
    expect(selected.areas).toBe(900);
    expect(selected.selectedAreas).toBeLessThan(900);
    expect(selected.selectedAreas).toBeGreaterThanOrEqual(100);
    expect(selected.rows).toBe(selected.selectedAreas);
    expect(selected.limited).toBe("manyBlocks");
    expect(host.workbook.selection.split(",")).toHaveLength(selected.selectedAreas);
    expect(host.workbook.selection.startsWith("Daten!A2:B2,Daten!A4:B4")).toBe(true);
  });
});
