// Installs the fake Excel host on globalThis for one test and removes it afterwards.
import { analyze, type AnalysisResult } from "../../src/core/analyze";
import type { RunSettings, SourceData } from "../../src/excel/types";
import { createFakeHost, type FakeHost, type FakeHostOptions } from "../../fake-excel";

let current: FakeHost | null = null;

export function installHost(opts: FakeHostOptions = {}): FakeHost {
  uninstallHost();
  const host = createFakeHost({ supportedSets: { ExcelApi: "1.13" }, ...opts });
  host.install(globalThis);
  current = host;
  return host;
}

export function uninstallHost(): void {
  current?.uninstall(globalThis);
  current = null;
}

/** A header plus `n` rows of customer and revenue; every second row repeats a customer. */
export function customerRows(n: number, header = ["Kunde", "Umsatz"]): (string | number)[][] {
  const rows: (string | number)[][] = [header];
  for (let i = 0; i < n; i++) {
    const c = i % 2 === 0 ? i / 2 : Math.floor(i / 4);
    rows.push([`Kunde ${c}`, 1000 + ((i * 7919) % 5000)]);
  }
  return rows;
}

export const SETTINGS: RunSettings = {
  method: "fixed",
  thresholds: [80, 95],
  strict: false,
  visibleOnly: false,
};

/** The analysis as the task pane runs it: hidden rows left out only when asked. */
export function analyzeSource(data: SourceData, visibleOnly = false): AnalysisResult {
  const hidden = new Set(data.hiddenRows);
  return analyze(data.grid, visibleOnly ? { includeRow: (r) => !hidden.has(r) } : {});
}

/** True when every cell of the grid is empty, e.g. a block the add-in cleared. */
export function allEmpty(values: readonly (readonly unknown[])[]): boolean {
  return values.flat().every((v) => v === "");
}
