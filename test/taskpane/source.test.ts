import {
  analysisRequest,
  columnChoices,
  rowsAddress,
  toAnalysisOptions,
} from "../../src/taskpane/logic/source";
import type { SourceRef } from "../../src/excel/types";

const ref = (sheet: string): SourceRef => ({ kind: "range", address: `${sheet}!A1`, sheet });

describe("rowsAddress", () => {
  it("merges neighbouring rows and offsets by the source's position", () => {
    const src = { ref: ref("Data"), firstRow: 3, firstColumn: 1 };
    expect(rowsAddress(src, [5, 2, 3, 9], 3)).toBe("Data!B5:D6,B8:D8,B12:D12");
    expect(rowsAddress(src, [], 3)).toBeNull();
  });

  it("quotes sheet names that need it and caps the areas", () => {
    const src = { ref: ref("Umsätze 2024"), firstRow: 1, firstColumn: 0 };
    expect(rowsAddress(src, [0, 2, 4], 2, 2)).toBe("'Umsätze 2024'!A1:B1,A3:B3");
  });
});

describe("columnChoices", () => {
  it("labels columns with the sheet letter and header", () => {
    const grid = [
      ["Kunde", "", "Umsatz"],
      ["a", 1, 2],
    ];
    const choices = columnChoices({ grid, firstColumn: 2 }, null, 0);
    expect(choices.map((c) => [c.letter, c.header])).toEqual([
      ["C", "Kunde"],
      ["D", ""],
      ["E", "Umsatz"],
    ]);
    // Headers from the core name blank columns by their grid letter: not shown as a header.
    expect(columnChoices({ grid, firstColumn: 0 }, ["Kunde", "B", "Umsatz"], 0)[1].header).toBe("");
  });
});

describe("analysisRequest", () => {
  const run = {
    method: "fixed" as const,
    thresholds: [80, 95] as [number, number],
    strict: true,
    visibleOnly: true,
    columns: { revenue: 2 },
  };

  it("leaves hidden rows out only when asked and survives structured cloning", () => {
    const req = analysisRequest(run, { hiddenRows: [3, 4] }, "de");
    expect(req.excludeRows).toEqual([3, 4]);
    expect(req.options.decimalFallback).toBe(",");
    const options = toAnalysisOptions(structuredClone(req));
    expect(options.includeRow?.(3)).toBe(false);
    expect(options.includeRow?.(5)).toBe(true);
    expect(
      analysisRequest({ ...run, visibleOnly: false }, { hiddenRows: [3] }, "en").excludeRows
    ).toEqual([]);
  });

  it("drops thresholds for the computed method", () => {
    const req = analysisRequest({ ...run, method: "computed" }, { hiddenRows: [] }, "en");
    expect(req.options.thresholds).toBeUndefined();
    expect(req.options.strict).toBe(false);
  });
});
