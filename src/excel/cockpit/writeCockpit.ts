// The KAM controlling sheet: written once, found again by its workbook name, refreshed in place.
// The block belongs to the add-in; cells around it stay the user's and are never written.
import {
  ALL_PLAN_COLUMNS,
  COCKPIT_COLUMNS,
  COCKPIT_SHEET,
  COCKPIT_VALUE_COLUMNS,
  cockpitBlock,
  cockpitColumnIndex,
  COCKPIT_TEXT,
  matchColumns,
  resolveFormula,
  type CockpitBlock,
} from "../../core/kam";
import type { KeyAccount } from "../../core/kam/keyAccounts";
import type { TimeFigures } from "../../core/kam/cockpit";
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import type { KamOptions } from "../api";
import { formatAddress, rect } from "../../core/a1";
import { uniqueSheetName } from "../host/sheetNames";
import { runBatch, type Batch } from "../host/batch";
import { placeBlock, queueBlockName, blockedReport } from "./ownedBlock";
import type { ActionReport } from "../types";
import { prepare, type Prepared } from "../kam/prepare";
import { queueConditionalFormat } from "../kam/validation";

/** Workbook name over the cockpit block: Excel keeps it pointing there when the sheet is renamed. */
export const COCKPIT_NAME = "KAA_Cockpit";
const VALUE_HEADER_FILL = "#D9D9D9";
const HEADER_FILL = "#DDEBF7";

function inputOf(p: Prepared, result: AnalysisResult) {
  const plan = p.plan;
  const header = plan ? plan.grid[0] : [];
  const found = matchColumns(header, ALL_PLAN_COLUMNS);
  return {
    accounts: p.accounts,
    listNames: p.keyAccountNames,
    totalRevenue: result.summary.total,
    tables: {
      plan: p.located.plan?.name ?? "",
      actions: p.located.actions?.name ?? "",
      stakeholders: p.located.stakeholders?.name ?? "",
    },
    planHeader: (id: string) => {
      const i = found.get(id);
      return i === undefined ? null : String(header[i]);
    },
    lang: p.sheetLang,
    ...(result.time ? { time: timeOf(p.accounts) } : {}),
  };
}

/** Growth and XYZ of each key account from the time axis (carried by its figures). */
function timeOf(accounts: readonly KeyAccount[]): (key: string) => TimeFigures | undefined {
  const byKey = new Map(accounts.map((a) => [a.key, a.period]));
  return (key) => {
    const period = byKey.get(key);
    return period
      ? { growth: period.growth, xyz: period.xyz === "" ? null : period.xyz }
      : undefined;
  };
}

function queueBlock(sheet: Excel.Worksheet, block: CockpitBlock): void {
  const h = block.values.length;
  const w = COCKPIT_COLUMNS.length;
  const all = sheet.getRangeByIndexes(0, 0, h, w);
  // Text format before values, so a customer called "=HYPERLINK(...)" stays text.
  all.numberFormat = block.formats;
  all.values = block.values;
  // Formulas column by column over the account rows, then the totals' single cells.
  block.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const inAccounts =
        r >= block.firstAccountRow && r < block.firstAccountRow + block.accountRows;
      if (f !== null && !inAccounts) sheet.getRangeByIndexes(r, c, 1, 1).formulas = [[f]];
    })
  );
  COCKPIT_COLUMNS.forEach((col, c) => {
    if (COCKPIT_VALUE_COLUMNS.has(col.id) || block.accountRows === 0) return;
    const rows = block.formulas.slice(
      block.firstAccountRow,
      block.firstAccountRow + block.accountRows
    );
    sheet.getRangeByIndexes(block.firstAccountRow, c, block.accountRows, 1).formulas = rows.map(
      (row) => [row[c] as string]
    );
  });
  const head = block.firstAccountRow - 1;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  COCKPIT_COLUMNS.forEach((col, c) => {
    const cellRange = sheet.getRangeByIndexes(head, c, 1, 1);
    cellRange.format.fill.color = COCKPIT_VALUE_COLUMNS.has(col.id)
      ? VALUE_HEADER_FILL
      : HEADER_FILL;
    cellRange.format.font.bold = true;
    cellRange.format.wrapText = true;
    cellRange.format.columnWidth = col.width;
  });
  sheet.getRangeByIndexes(block.firstAccountRow + block.accountRows, 0, 1, w).format.font.bold =
    true;
  if (block.accountRows > 0) {
    for (const rule of block.conditionalFormats) {
      const range = sheet.getRangeByIndexes(
        block.firstAccountRow,
        cockpitColumnIndex(rule.column),
        block.accountRows,
        1
      );
      queueConditionalFormat(range, rule, cockpitColumnIndex, block.firstAccountRow + 1);
    }
  }
}

/**
 * Creates or refreshes the controlling sheet. Needs the plan, actions and stakeholders tables
 * (the formulas refer to them). Round trips: snapshot, plan, cockpit lookup, write.
 */
export function writeCockpit(
  result: AnalysisResult,
  options: KamOptions,
  lang: Language
): Promise<ActionReport> {
  return runBatch(async (context: Batch) => {
    const p = await prepare(context, result, options, lang);
    const missing = (["plan", "actions", "stakeholders"] as const).filter((id) => !p.located[id]);
    if (missing.length) {
      return {
        lines: [{ code: "KAM_COCKPIT_NEEDS_TABLES", params: {} }],
        touched: [],
        syncs: context.syncs,
      };
    }
    const block = cockpitBlock(inputOf(p, result));
    const height = block.values.length;
    const width = COCKPIT_COLUMNS.length;

    const placed = await placeBlock(
      context,
      {
        name: COCKPIT_NAME,
        role: "cockpit",
        newSheetName: () =>
          uniqueSheetName(
            COCKPIT_SHEET[p.sheetLang],
            p.snap.sheets.map((s) => s.name)
          ),
        isUnmarkedOwn: ({ title }) =>
          title === COCKPIT_TEXT.title.en || title === COCKPIT_TEXT.title.de,
        ownRules: block.conditionalFormats.map((rule) =>
          resolveFormula(rule, cockpitColumnIndex, block.firstAccountRow + 1)
        ),
      },
      height,
      width
    );
    if (placed.kind === "blocked") return blockedReport(placed, context.syncs);
    const { sheet, sheetName } = placed;
    queueBlock(sheet, block);
    queueBlockName(context, COCKPIT_NAME, placed, height, width);
    sheet.freezePanes.freezeRows(block.firstAccountRow);
    sheet.activate();
    await context.sync();
    return {
      lines: [
        {
          code: "KAM_COCKPIT_WRITTEN",
          params: { sheet: sheetName, count: block.accountRows },
        },
      ],
      touched: [formatAddress(sheetName, rect(0, 0, height - 1, width - 1))],
      syncs: context.syncs,
    };
  });
}
