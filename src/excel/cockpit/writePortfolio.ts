// The KAM portfolio sheet: key accounts placed by attractiveness (score) and position strength,
// a native bubble chart (size = revenue) with the quadrant lines at 50, and a table per quadrant.
import {
  STAKEHOLDER_COLUMNS,
  calendarDay,
  excelSerial,
  matchColumns,
  portfolioPoints,
  quadrantTables,
  typedRatings,
  type PortfolioPoint,
} from "../../core/kam";
import { PORTFOLIO_LINE, QUADRANT_TEXT, type StakeholderContact } from "../../core/score";
import type { AnalysisResult } from "../../core/analyze";
import type { Bilingual } from "../../core/kam";
import type { CellValue, Language } from "../../core/types";
import type { KamOptions } from "../api";
import { formatAddress, rect } from "../../core/a1";
import { uniqueSheetName } from "../host/sheetNames";
import { runBatch, type Batch } from "../host/batch";
import type { ActionReport } from "../types";
import { prepare, type Prepared } from "../kam/prepare";
import { placeBlock, queueBlockName, blockedReport } from "./ownedBlock";

export const PORTFOLIO_NAME = "KAA_Portfolio";
export const PORTFOLIO_CHART = "KAA_PortfolioChart";
const SHEET: Bilingual = { en: "KAM portfolio", de: "KAM-Portfolio" };
const WIDTH = 5;
/** Title, note, blank, header: the first point is on sheet row 5. */
const FIRST = 4;

const TEXT = {
  note: {
    en: `Attractiveness = key-account score (see the pane); position = mean of satisfaction, share of wallet and relationship (decision maker and champion met in the last 90 days). Quadrant lines at ${PORTFOLIO_LINE}; bubble size = revenue.`,
    de: `Attraktivität = Key-Account-Score (siehe Aufgabenbereich); Position = Mittel aus Zufriedenheit, Lieferanteil und Beziehung (Entscheider und Fürsprecher in den letzten 90 Tagen getroffen). Quadrantengrenzen bei ${PORTFOLIO_LINE}; Blasengröße = Umsatz.`,
  } as Bilingual,
  header: {
    en: ["Key account", "Attractiveness (score)", "Position strength", "Revenue", "Quadrant"],
    de: ["Key Account", "Attraktivität (Score)", "Stärke der Position", "Umsatz", "Quadrant"],
  },
};

/** Stakeholders per key-account key, read from the table (its Customer cells hold list names). */
async function readContacts(
  context: Batch,
  p: Prepared
): Promise<Map<string, StakeholderContact[]>> {
  const out = new Map<string, StakeholderContact[]>();
  const info = p.located.stakeholders;
  if (!info) return out;
  const table = context.workbook.tables.getItem(info.id);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const cols = matchColumns(header.values[0], STAKEHOLDER_COLUMNS);
  const keyOf = new Map(p.keyAccountNames.map((n, i) => [n, p.accounts[i].key]));
  const [c, r, l] = [cols.get("customer"), cols.get("role"), cols.get("lastContact")];
  if (c === undefined || r === undefined) return out;
  for (const row of body.values) {
    const key = keyOf.get(String(row[c]));
    if (key === undefined) continue;
    const last = l === undefined ? NaN : row[l];
    const list = out.get(key) ?? [];
    list.push({ role: String(row[r]), lastContact: typeof last === "number" ? last : NaN });
    out.set(key, list);
  }
  return out;
}

function blockOf(points: readonly PortfolioPoint[], lang: Language): CellValue[][] {
  const pad = (row: CellValue[]) => [...row, ...new Array(WIDTH - row.length).fill("")];
  const placed = points.filter((p) => p.quadrant !== null);
  return [
    pad([SHEET[lang]]),
    pad([TEXT.note[lang]]),
    pad([]),
    TEXT.header[lang],
    ...placed.map((p) => [
      p.name,
      Math.round(p.attractiveness * 10) / 10,
      Math.round(p.strength * 10) / 10,
      p.revenue,
      QUADRANT_TEXT[p.quadrant as NonNullable<PortfolioPoint["quadrant"]>][lang].name,
    ]),
    pad([]),
    ...quadrantTables(points, lang).map(pad),
  ];
}

/** Bubble chart over the placed points: x = position, y = attractiveness, size = revenue. */
function queueChart(sheet: Excel.Worksheet, count: number, lang: Language): void {
  const column = (c: number) => sheet.getRangeByIndexes(FIRST, c, count, 1);
  const chart = sheet.charts.add("Bubble", column(1), "Columns");
  chart.name = PORTFOLIO_CHART;
  const series = chart.series.getItemAt(0);
  series.name = SHEET[lang];
  series.setXAxisValues(column(2));
  series.setValues(column(1));
  // ExcelApi 1.7, below the manifest's 1.8: no capability check needed.
  series.setBubbleSizes(column(3));
  chart.title.text = SHEET[lang];
  chart.legend.visible = false;
  // The quadrant lines: each axis crosses the other at 50, labels stay at the edges.
  for (const type of ["Category", "Value"] as const) {
    const axis = chart.axes.getItem(type);
    axis.minimum = 0;
    axis.maximum = 100;
    axis.setPositionAt(PORTFOLIO_LINE);
    axis.tickLabelPosition = "Low";
  }
  chart.axes.getItem("Category").title.text = TEXT.header[lang][2];
  chart.axes.getItem("Value").title.text = TEXT.header[lang][1];
  chart.setPosition(sheet.getRangeByIndexes(FIRST - 1, WIDTH + 1, 1, 1));
  chart.width = 480;
  chart.height = 360;
}

/** Creates or refreshes the portfolio sheet. Needs the KAM plan (typed ratings). */
export function writePortfolio(
  result: AnalysisResult,
  options: KamOptions,
  lang: Language
): Promise<ActionReport> {
  return runBatch(async (context: Batch) => {
    const p = await prepare(context, result, options, lang);
    if (!p.plan) {
      return {
        lines: [{ code: "KAM_COCKPIT_NEEDS_TABLES", params: {} }],
        touched: [],
        syncs: context.syncs,
      };
    }
    const contacts = await readContacts(context, p);
    const points = portfolioPoints({
      result,
      accounts: p.accounts,
      typed: typedRatings(p.plan.grid),
      data: options.dataRatings,
      contacts: (key) => contacts.get(key) ?? [],
      today: excelSerial(calendarDay(new Date())),
      weights: options.scoreWeights,
    });
    const values = blockOf(points, p.sheetLang);
    const placed = await placeBlock(
      context,
      {
        name: PORTFOLIO_NAME,
        role: "portfolio",
        newSheetName: () =>
          uniqueSheetName(
            SHEET[p.sheetLang],
            p.snap.sheets.map((s) => s.name)
          ),
        isUnmarkedOwn: ({ charts }) => charts.includes(PORTFOLIO_CHART),
        // The portfolio puts no conditional formats on its block: every rule there is the user's.
        ownRules: [],
      },
      values.length,
      WIDTH
    );
    if (placed.kind === "blocked") return blockedReport(placed, context.syncs);
    const { sheet, sheetName } = placed;
    if (!placed.created) {
      const old = sheet.charts.getItemOrNullObject(PORTFOLIO_CHART);
      await context.sync();
      if (!old.isNullObject) old.delete();
    }
    const block = sheet.getRangeByIndexes(0, 0, values.length, WIDTH);
    // Names as text, so a customer called "=HYPERLINK(...)" stays text.
    block.getColumn(0).numberFormat = values.map(() => ["@"]);
    block.values = values;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(FIRST - 1, 0, 1, WIDTH).format.font.bold = true;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 180;
    const count = points.filter((x) => x.quadrant !== null).length;
    if (count > 0) queueChart(sheet, count, p.sheetLang);
    queueBlockName(context, PORTFOLIO_NAME, placed, values.length, WIDTH);
    sheet.activate();
    await context.sync();
    return {
      lines: [
        {
          code: "KAM_PORTFOLIO_WRITTEN",
          params: { sheet: sheetName, placed: count, count: points.length },
        },
      ],
      touched: [formatAddress(sheetName, rect(0, 0, values.length - 1, WIDTH - 1))],
      syncs: context.syncs,
    };
  });
}
