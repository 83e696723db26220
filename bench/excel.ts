// Times the Excel layer against the fake host: `npm run bench:excel`.
// Per size: readSource (whole columns A:B selected) + analyze (core) + writeClassColumns +
// writeAnalysisSheet, with round trips and the largest request and response of any batch.
import { analyze } from "../src/core";
import { createExcelApi } from "../src/excel";
import type { RunSettings } from "../src/excel/types";
import { createFakeHost } from "../test/fake-excel";

const SIZES = [1_000, 100_000, 1_048_575];

const SETTINGS: RunSettings = {
  method: "fixed",
  thresholds: [80, 95],
  strict: false,
  visibleOnly: false,
};

/** mulberry32: the same rows on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Header plus `n` rows over ceil(n/2) customers: about half the rows repeat a customer. */
function rows(n: number): (string | number)[][] {
  const rnd = prng(42);
  const customers = Math.ceil(n / 2);
  const grid: (string | number)[][] = [["Kunde", "Umsatz"]];
  for (let i = 0; i < n; i++) {
    const c = i < customers ? i : Math.floor(customers * Math.pow(rnd(), 3));
    const cents = Math.max(1, Math.round(Math.exp(7 + 2.4 * (rnd() + rnd() - 1)) * 100));
    grid.push(["Kunde " + String(c).padStart(6, "0") + " GmbH", cents / 100]);
  }
  return grid;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

async function benchSize(n: number): Promise<string> {
  const host = createFakeHost({
    sheets: { Daten: rows(n) },
    selection: "Daten!A:B",
    supportedSets: { ExcelApi: "1.13" },
  });
  host.install(globalThis);
  try {
    const api = createExcelApi();
    const t0 = process.hrtime.bigint();
    const data = await api.readSource({});
    const tRead = process.hrtime.bigint();
    const result = analyze(data.grid, { method: "fixed" });
    const tCore = process.hrtime.bigint();
    const columns = await api.writeClassColumns(data, result, "de");
    const tColumns = process.hrtime.bigint();
    const sheet = await api.writeAnalysisSheet(data, result, SETTINGS, "de");
    const tSheet = process.hrtime.bigint();
    const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(0);
    const syncs = (data.syncs ?? 0) + columns.syncs + sheet.syncs;
    if (syncs !== host.stats.syncs) throw new Error("sync count differs from the host's");
    return (
      `rows=${n} customers=${result.summary.customers} syncs=${syncs} ` +
      `(read ${data.syncs}, columns ${columns.syncs}, sheet ${sheet.syncs}) ` +
      `max_request_kb=${kb(host.stats.maxRequestBytes())} max_response_kb=${kb(host.stats.maxResponseBytes())} ` +
      `ms=${ms(t0, tSheet)} (read ${ms(t0, tRead)}, core ${ms(tRead, tCore)}, ` +
      `columns ${ms(tCore, tColumns)}, sheet ${ms(tColumns, tSheet)})`
    );
  } finally {
    host.uninstall(globalThis);
  }
}

async function main(): Promise<void> {
  for (const n of SIZES) console.log(await benchSize(n));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
