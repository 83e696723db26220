// Payload limits and round trips for large sources against the fake host, which refuses any
// batch above 5 MB (as Excel on the web does).
import { analyze } from "../../src/core/analyze";
import { createExcelApi } from "../../src/excel";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/host/chunks";
import type { FakeHost } from "../../fake-excel";
import { installHost, SETTINGS, uninstallHost } from "./fakeHost";

afterEach(uninstallHost);

const LIMIT = 5 * 1024 * 1024;

/** `n` data rows under a header; about half the rows repeat a customer. */
function bigRows(n: number): (string | number)[][] {
  const rows: (string | number)[][] = new Array(n + 1);
  rows[0] = ["Kunde", "Umsatz"];
  const customers = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const c = i < customers ? i : (i * 7919) % customers;
    rows[i + 1] = [`Kunde ${String(c).padStart(7, "0")}`, 100 + ((i * 104729) % 100000) / 100];
  }
  return rows;
}

/** Round trips and bytes of what ran since the last call. */
function measure(host: FakeHost) {
  const batches = host.stats.batches;
  const out = {
    syncs: host.stats.syncs,
    maxRequest: host.stats.maxRequestBytes(),
    maxResponse: host.stats.maxResponseBytes(),
    request: batches.reduce((s, b) => s + b.requestBytes, 0),
    response: batches.reduce((s, b) => s + b.responseBytes, 0),
  };
  host.stats.reset();
  return out;
}

describe("large sources", () => {
  test("1,048,576 rows: chunked reads and writes stay under the payload limit", async () => {
    const host = installHost({ sheets: { Daten: bigRows(1_048_575) }, selection: "Daten!A:B" });
    const api = createExcelApi();
    host.stats.reset();
    const progress: number[] = [];
    const data = await api.readSource({ onProgress: (done) => progress.push(done) });
    const read = measure(host);
    expect(data.grid).toHaveLength(1_048_576);
    expect(data.ref.address).toBe("Daten!A:B"); // every row: Excel writes whole columns so
    expect(data.grid[1_048_575]).toEqual(bigRows(1_048_575)[1_048_575]);
    expect(progress[progress.length - 1]).toBe(1_048_576);
    expect(read.maxResponse).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(read.syncs).toBe(data.syncs);
    expect(read.syncs).toBeGreaterThan(4);

    const result = analyze(data.grid);
    const columns = await api.writeClassColumns(data, result, "de");
    const wrote = measure(host);
    expect(columns.touched).toEqual(["Daten!C:F"]);
    expect(wrote.maxRequest).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(wrote.syncs).toBe(columns.syncs);
    const sheet = host.workbook.getSheet("Daten");
    expect(sheet.getValues("C1:F1")).toEqual([
      ["Rang", "Anteil", "Kumulierter Anteil", "ABC-Klasse"],
    ]);
    const lastRow = sheet.getValues("A1048576:F1048576")[0];
    const c = result.customers.rowCustomer[result.customers.rowCustomer.length - 1];
    const rank = Array.from(result.ranking.customer).indexOf(c);
    expect(lastRow[2]).toBe(rank + 1);

    const analysis = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const sheetStats = measure(host);
    expect(analysis.syncs).toBe(sheetStats.syncs);
    expect(sheetStats.maxRequest).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    const n = result.ranking.count;
    expect(host.workbook.getSheet("ABC-Analyse").getValue(n, 13)).toBe(n);
    for (const m of [read, wrote, sheetStats]) {
      expect(m.maxRequest).toBeLessThan(LIMIT);
      expect(m.maxResponse).toBeLessThan(LIMIT);
    }
  }, 180_000);

  test("round trips: a small constant for 1,000 rows, proportional to chunks for 100,000", async () => {
    for (const [rows, small] of [
      [1_000, true],
      [100_000, false],
    ] as const) {
      const host = installHost({ sheets: { Daten: bigRows(rows) }, selection: "Daten!A1" });
      const api = createExcelApi();
      host.stats.reset();
      const data = await api.readSource({});
      const read = measure(host);
      const result = analyze(data.grid);
      const columns = await api.writeClassColumns(data, result, "en");
      const wrote = measure(host);
      const sheet = await api.writeAnalysisSheet(data, result, SETTINGS, "en");
      const sheetStats = measure(host);
      expect([data.syncs, columns.syncs, sheet.syncs]).toEqual([
        read.syncs,
        wrote.syncs,
        sheetStats.syncs,
      ]);
      if (small) {
        expect(read.syncs).toBeLessThanOrEqual(3);
        expect(wrote.syncs).toBeLessThanOrEqual(3);
        expect(sheetStats.syncs).toBeLessThanOrEqual(3);
      } else {
        // Beyond a few fixed round trips, one per chunk, and every chunk carries at least
        // a quarter of the budget: syncs grow with the payload, not with rows or cells.
        const chunks = (bytes: number) => Math.ceil(bytes / (PAYLOAD_BUDGET_BYTES / 4));
        expect(read.syncs).toBeGreaterThan(3);
        expect(read.syncs).toBeLessThanOrEqual(2 + chunks(read.response));
        expect(wrote.syncs).toBeGreaterThan(3);
        expect(wrote.syncs).toBeLessThanOrEqual(2 + chunks(wrote.request));
        expect(sheetStats.syncs).toBeGreaterThan(3);
        expect(sheetStats.syncs).toBeLessThanOrEqual(3 + chunks(sheetStats.request));
      }
      uninstallHost();
    }
  }, 60_000);
});
