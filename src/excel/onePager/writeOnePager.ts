// The account one-pager sheet: created for a key account picked in the pane, found again by its
// workbook name and owner marker, refreshed in place. Figures from the analysis are values; the
// plan, actions and stakeholders are live formulas over the KAM tables (which must exist).
import {
  ALL_PLAN_COLUMNS,
  ONE_PAGER_TEXT,
  calendarDay,
  excelSerial,
  matchColumns,
  onePagerFigures,
  onePagerLayout,
  onePagerSheetName,
  typedRatings,
  type KeyAccount,
  type OnePagerLayout,
} from "../../core/kam";
import { formatAddress, rect } from "../../core/a1";
import type { AnalysisResult } from "../../core/analyze";
import type { Language, Message } from "../../core/types";
import type { KamOptions } from "../api";
import { runBatch, type Batch } from "../host/batch";
import { uniqueSheetName } from "../host/sheetNames";
import { prepare, type Prepared } from "../kam/prepare";
import type { ActionReport } from "../types";
import {
  ONE_PAGER_CHART,
  locateOnePager,
  queueMarkOnePager,
  queueOnePagerName,
  type Located,
} from "./locate";
import { queuePageSetup } from "./pageSetup";
import { queueLayout } from "./queueLayout";

interface Inspected {
  p: Prepared;
  account: KeyAccount;
  listName: string;
  located: Located;
  layout: OnePagerLayout;
}

const report = (context: Batch, lines: Message[], touched: string[] = []): ActionReport => ({
  lines,
  touched,
  syncs: context.syncs,
});

function customerName(result: AnalysisResult, key: string): string {
  const i = result.customers.keys.indexOf(key);
  return i < 0 ? key : result.customers.names[i];
}

/** Everything both the plan and the write need; a report instead when nothing can be written. */
async function inspect(
  context: Batch,
  result: AnalysisResult,
  key: string,
  options: KamOptions,
  lang: Language
): Promise<Inspected | ActionReport> {
  const p = await prepare(context, result, options, lang);
  const index = p.accounts.findIndex((a) => a.key === key);
  if (index < 0) {
    const customer = customerName(result, key);
    return report(context, [{ code: "KAM_ONEPAGER_NOT_KEY_ACCOUNT", params: { customer } }]);
  }
  const { plan, actions, stakeholders } = p.located;
  if (!plan || !actions || !stakeholders || !p.plan) {
    return report(context, [{ code: "KAM_ONEPAGER_NEEDS_TABLES", params: {} }]);
  }
  const account = p.accounts[index];
  const listName = p.keyAccountNames[index] ?? account.name;
  const header = p.plan.grid[0];
  const found = matchColumns(header, ALL_PLAN_COLUMNS);
  const layout = onePagerLayout({
    account,
    listName,
    ...onePagerFigures(
      result,
      account,
      { typed: typedRatings(p.plan.grid), data: options.dataRatings },
      options.scoreWeights
    ),
    runDate: excelSerial(calendarDay(new Date())),
    lang: p.sheetLang,
    tables: { plan: plan.name, actions: actions.name, stakeholders: stakeholders.name },
    planHeader: (id) => {
      const i = found.get(id);
      return i === undefined ? null : String(header[i]);
    },
  });
  const located = await locateOnePager(context, key);
  return { p, account, listName, located, layout };
}

const isReport = (x: Inspected | ActionReport): x is ActionReport => "lines" in x;

function newSheetName(x: Inspected): string {
  return uniqueSheetName(
    onePagerSheetName(x.listName, x.p.sheetLang),
    x.p.snap.sheets.map((s) => s.name)
  );
}

/** Lines for a one-pager that cannot be written (not ours, rows inserted). */
function refusal(x: Inspected): Message[] | null {
  const customer = x.listName;
  if (x.located.kind === "notOurs") {
    return [{ code: "KAM_ONEPAGER_NOT_OURS", params: { customer, sheet: x.located.sheetName } }];
  }
  if (x.located.kind === "changed") {
    return [{ code: "KAM_ONEPAGER_CHANGED", params: { customer, sheet: x.located.sheetName } }];
  }
  return null;
}

/** What writing the one-pager will do. Round trips: those of prepare, then one or two. */
export function planOnePager(
  result: AnalysisResult,
  key: string,
  options: KamOptions,
  lang: Language
): Promise<ActionReport> {
  return runBatch(async (context: Batch) => {
    const x = await inspect(context, result, key, options, lang);
    if (isReport(x)) return x;
    const refused = refusal(x);
    if (refused) return report(context, refused);
    const customer = x.listName;
    return x.located.kind === "ours"
      ? report(context, [
          { code: "KAM_ONEPAGER_WILL_REFRESH", params: { customer, sheet: x.located.sheetName } },
        ])
      : report(context, [
          { code: "KAM_ONEPAGER_WILL_CREATE", params: { customer, sheet: newSheetName(x) } },
        ]);
  });
}

function queueChart(sheet: Excel.Worksheet, layout: OnePagerLayout, lang: Language): void {
  const spec = layout.chart;
  if (!spec) return;
  const range = (r: typeof spec.values) =>
    sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const chart = sheet.charts.add("ColumnClustered", range(spec.values), "Columns");
  chart.name = ONE_PAGER_CHART;
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(range(spec.categories));
  series.name = ONE_PAGER_TEXT.revenue[lang];
  chart.title.visible = false;
  chart.legend.visible = false;
  const a = spec.anchor;
  chart.setPosition(
    sheet.getRangeByIndexes(a.top, a.left, 1, 1),
    sheet.getRangeByIndexes(a.bottom, a.right, 1, 1)
  );
}

/**
 * Creates the one-pager of the key account `key` (a customer key of the analysis) or refreshes it:
 * the add-in's cells are rewritten, cells typed on the sheet stay. Round trips: prepare's, one or
 * two to find the sheet, one to write.
 */
export function writeOnePager(
  result: AnalysisResult,
  key: string,
  options: KamOptions,
  lang: Language
): Promise<ActionReport> {
  return runBatch(async (context: Batch) => {
    const x = await inspect(context, result, key, options, lang);
    if (isReport(x)) return x;
    const refused = refusal(x);
    if (refused) return report(context, refused);
    const { layout, located } = x;
    const sheetLang = x.p.sheetLang;
    let sheet: Excel.Worksheet;
    let sheetName: string;
    if (located.kind === "ours") {
      ({ sheet, sheetName } = located);
      if (!located.chart.isNullObject) located.chart.delete();
      queueLayout(sheet, layout, false);
    } else {
      sheetName = newSheetName(x);
      sheet = context.workbook.worksheets.add(sheetName);
      queueMarkOnePager(sheet);
      queueLayout(sheet, layout, true);
      if (located.kind === "new") queueOnePagerName(context, key, located.nameItem, sheet);
    }
    queueChart(sheet, layout, sheetLang);
    // The page is set up once; what the user changes in it later stays theirs.
    const note =
      located.kind === "ours" ? null : queuePageSetup(sheet, layout.printRows, layout.printColumns);
    sheet.activate();
    await context.sync();
    const customer = x.listName;
    const done: Message = {
      code: located.kind === "ours" ? "KAM_ONEPAGER_REFRESHED" : "KAM_ONEPAGER_WRITTEN",
      params: { customer, sheet: sheetName },
    };
    const printed = rect(0, 0, layout.printRows - 1, layout.printColumns - 1);
    return report(context, note ? [done, note] : [done], [formatAddress(sheetName, printed)]);
  });
}
