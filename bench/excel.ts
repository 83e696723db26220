// Times the Excel layer against the fake host: `npm run bench:excel`.
// Per size: readSource (whole columns A:B selected) + analyze (core) + writeClassColumns +
// writeAnalysisSheet, with round trips and the largest request and response of any batch.
import { analyze } from "../src/core/analyze";
import { createExcelApi } from "../src/excel";
import type { RunSettings } from "../src/excel/types";
import { createFakeHost } from "../fake-excel";
import { makeRows, toGrid } from "./data";

const SIZES = [1_000, 100_000, 1_048_575];

const SETTINGS: RunSettings = {
  method: "fixed",
  thresholds: [80, 95],
  strict: false,
  visibleOnly: false,
};

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

async function benchSize(n: number): Promise<string> {
  const host = createFakeHost({
    sheets: { Daten: toGrid(makeRows(n)) },
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
