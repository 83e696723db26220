// Test helpers: analyses from small grids and a plain-grid version of what the Excel layer does.
import { analyze } from "../../../src/core/analyze";
import type { AnalysisResult } from "../../../src/core/analyze";
import type { CellValue, Grid, Language } from "../../../src/core/types";
import {
  PLAN,
  onePagerFigures,
  selectKeyAccounts,
  type OnePagerInput,
  type PlanChangeSet,
} from "../../../src/core/kam";

export function analysisOf(rows: [string, number][], ids?: string[], margins?: number[]) {
  const header = [
    "Kunde",
    ...(ids ? ["Kundennummer"] : []),
    "Umsatz",
    ...(margins ? ["Deckungsbeitrag"] : []),
  ];
  const grid: CellValue[][] = [header];
  rows.forEach(([name, value], i) => {
    grid.push([name, ...(ids ? [ids[i]] : []), value, ...(margins ? [margins[i]] : [])]);
  });
  return analyze(grid, { method: "fixed", thresholds: [80, 95] });
}

/** Applies a change set to a header + body grid the way the Excel layer does. */
export function applyChangeSet(table: Grid, cs: PlanChangeSet): CellValue[][] {
  const out = table.map((r) => [...r]);
  for (const c of cs.addedColumns) {
    out[0][c.column] = c.header;
    c.values.forEach((v, r) => (out[r + 1][c.column] = v));
  }
  for (let r = 1; r < out.length; r++) while (out[r].length < cs.width) out[r].push("");
  for (const u of cs.updates) out[u.row + 1][u.column] = u.value;
  for (const row of cs.appends) out.push([...row]);
  return out;
}

export function column(table: Grid, header: string): CellValue[] {
  const i = table[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return table.slice(1).map((r) => r[i]);
}

/** The one-pager of the largest key account of an analysis, run on day 46000 (2025-12-09). */
export function onePagerInputOf(result: AnalysisResult, lang: Language): OnePagerInput {
  const account = selectKeyAccounts(result, { includeB: false, extraKeys: [] })[0];
  return {
    account,
    listName: account.name,
    ...onePagerFigures(result, account, {}),
    runDate: 46000,
    lang,
    tables: { plan: "KAM_Plan", actions: "KAM_Actions", stakeholders: "KAM_Stakeholders" },
    planHeader: (id) => PLAN[id].header[lang],
  };
}
