// Shared set-up for the KAM Excel tests: a fake host installed as the global Excel.
import { analyze } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/types";
import { parseRecord } from "../../../src/excel/host/record";
import { KAM_RECORD, parseState, type KamState } from "../../../src/excel/kam/state";
import { createFakeHost, type FakeHost, type FakeSheetModel } from "../../../fake-excel";

export const A_ONLY = { includeB: false, extraKeys: [] as string[], roadmap: false };

export function installHost(displayLanguage = "en-US"): FakeHost {
  // ExcelApi 1.8 is what the manifest promises: the KAM sheets must work there.
  const host = createFakeHost({
    displayLanguage,
    sheets: { Daten: [] },
    supportedSets: { ExcelApi: "1.8" },
  });
  host.install(globalThis);
  return host;
}

export function analysisOf(rows: [string, number][], ids?: string[]) {
  const header = ["Kunde", ...(ids ? ["Kundennummer"] : []), "Umsatz"];
  const grid: CellValue[][] = [header];
  rows.forEach(([name, value], i) => grid.push([name, ...(ids ? [ids[i]] : []), value]));
  return analyze(grid, { method: "fixed", thresholds: [80, 95] });
}

/** A table's header and body as the user sees them. */
export function tableGrid(
  host: FakeHost,
  tableName: string
): { sheet: FakeSheetModel; header: string[]; rows: CellValue[][] } {
  const t = host.workbook.table(tableName);
  if (!t) throw new Error(`no table ${tableName}`);
  const sheet = host.workbook.getSheet(t.sheet);
  const values = sheet.getValues(t.address.slice(t.address.lastIndexOf("!") + 1));
  return { sheet, header: values[0] as string[], rows: values.slice(1) };
}

export function columnOf(host: FakeHost, tableName: string, header: string): CellValue[] {
  const g = tableGrid(host, tableName);
  const i = g.header.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${g.header.join("|")}`);
  return g.rows.map((r) => r[i]);
}

/** The KAM state as the add-in keeps it: a record in the hidden workbook name KAA_Kam. */
export function storedState(host: FakeHost): KamState | null {
  const record = host.workbook.names().find((n) => n.name === KAM_RECORD);
  return parseState(parseRecord(record?.formula));
}
