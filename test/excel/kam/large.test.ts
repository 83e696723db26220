import { analyze } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/types";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, installHost, tableGrid } from "./helpers";

function bigAnalysis(n: number, shift: number) {
  const grid: CellValue[][] = [["Kunde", "Umsatz"]];
  for (let i = 0; i < n; i++) grid.push([`Kunde ${i}`, 1000 + ((i + shift) % n)]);
  return analyze(grid, { method: "fixed", thresholds: [80, 95] });
}

let host: FakeHost;
beforeEach(() => (host = installHost()));
afterEach(() => host.uninstall(globalThis));

describe("a plan with many key accounts", () => {
  it("is written and refreshed in payload-sized requests", async () => {
    const first = bigAnalysis(25_000, 0);
    const progress: [number, number][] = [];
    const created = await writeKamSheets(first, A_ONLY, "en", (done, total) =>
      progress.push([done, total])
    );
    // Progress after each write round trip, ending at done = total.
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
    expect(progress.map((p) => p[0])).toEqual(progress.map((_, i) => i + 1));
    const rows = tableGrid(host, "KAM_Plan").rows.length;
    expect(rows).toBe(first.aCount);
    expect(created.syncs).toBe(7);
    expect(host.stats.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);

    host.stats.reset();
    const notes = tableGrid(host, "KAM_Plan").header.indexOf("Notes");
    host.workbook.getSheet("KAM Plan").setValue(rows, notes, "last row note");
    const refreshed = await writeKamSheets(bigAnalysis(25_000, 7_000), A_ONLY, "en");
    expect(host.stats.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
    expect(host.stats.maxResponseBytes()).toBeLessThan(5 * 1024 * 1024);
    const g = tableGrid(host, "KAM_Plan");
    expect(g.rows[rows - 1][notes]).toBe("last row note");
    const rank = g.header.indexOf("Rank");
    expect(new Set(g.rows.map((r) => r[rank])).size).toBe(g.rows.length);
    console.log(
      `create: ${created.syncs} syncs, refresh: ${refreshed.syncs} syncs, ${g.rows.length} rows`
    );
  }, 120_000);
});

describe("a plan full of managers' free text", () => {
  // Excel on the web refuses responses above 5 MB (the fake host's default limit). A fixed size
  // per cell puts thousands of rows in one read; long notes make that read far too large.
  it("is read in chunks sized on what the first chunk weighed", async () => {
    const first = bigAnalysis(3_750, 0);
    await writeKamSheets(first, A_ONLY, "en");
    const g = tableGrid(host, "KAM_Plan");
    const notes = g.header.indexOf("Notes");
    const note = "Rahmenvertrag verlängert, Ansprechpartner gewechselt. ".repeat(40);
    const sheet = host.workbook.getSheet("KAM Plan");
    for (let r = 1; r <= g.rows.length; r++) sheet.setValue(r, notes, note);
    host.stats.reset();

    await writeKamSheets(bigAnalysis(3_750, 100), A_ONLY, "en");
    expect(host.stats.maxResponseBytes()).toBeLessThan(5 * 1024 * 1024);
    const kept = tableGrid(host, "KAM_Plan").rows.slice(0, g.rows.length);
    expect(kept.every((r) => r[notes] === note)).toBe(true);
  }, 120_000);
});
