// A small in-memory ExcelApi for the pane's unit tests: one grid, recorded calls.
import type { RunRecord } from "../../src/core/time/runRecord";
import type { CellValue, Language } from "../../src/core/types";
import type { ExcelApi } from "../../src/excel/api";
import type { ActionReport, SourceData, StoredRun } from "../../src/excel/types";

export function fakeApi(grid: CellValue[][], lang: Language = "en") {
  const calls: string[] = [];
  let stored: StoredRun | null = null;
  let record: RunRecord | null = null;
  const report = (code: string): ActionReport => ({ lines: [{ code }], touched: [code], syncs: 1 });
  const source = (): SourceData => ({
    ref: { kind: "range", address: `Data!A1:C${grid.length}`, sheet: "Data" },
    grid,
    firstRow: 1,
    firstColumn: 0,
    hiddenRows: [],
    mergedAreas: [],
    notes: [],
  });
  const api: ExcelApi = {
    language: () => lang,
    readSource: async () => (calls.push("readSource"), source()),
    planClassColumns: async () => (calls.push("planClassColumns"), report("PLAN")),
    writeClassColumns: async () => (calls.push("writeClassColumns"), report("WROTE")),
    planAnalysisSheet: async () => (calls.push("planAnalysisSheet"), report("PLAN")),
    writeAnalysisSheet: async () => (calls.push("writeAnalysisSheet"), report("WROTE")),
    planKamSheets: async () => (calls.push("planKamSheets"), report("PLAN")),
    writeKamSheets: async () => (calls.push("writeKamSheets"), report("WROTE")),
    writeCockpit: async () => (calls.push("writeCockpit"), report("WROTE")),
    writePortfolio: async () => (calls.push("writePortfolio"), report("WROTE")),
    loadRun: async () => stored,
    saveRun: async (run) => {
      calls.push("saveRun");
      stored = run;
    },
    select: async (address) => {
      calls.push(`select ${address}`);
      const areas = address.split(",").length;
      return { address, areas, selectedAreas: areas, rows: 1 };
    },
    loadRunRecord: async () => record,
    saveRunRecord: async (r) => {
      calls.push("saveRunRecord");
      record = r;
    },
  };
  return { api, calls, source };
}

/** 57 customers with a long tail, as the pane's sentence example. */
export function sampleGrid(customers = 57): CellValue[][] {
  const grid: CellValue[][] = [["Kunde", "Umsatz"]];
  for (let i = 0; i < customers; i++) grid.push([`Kunde ${i + 1}`, Math.round(100000 / (i + 1))]);
  return grid;
}
