// The one-pager of one key account as plain data: what each cell of the block holds, how it looks,
// which cells are the user's. Two panels side by side for A4 landscape: the account, its figures,
// trend, goals and strategy on the left; open actions, stakeholders and notes on the right. The
// block never changes size, so the cells people type into stay where they are across refreshes.
import { columnLetter, rect, type Rect } from "../../a1";
import { calendarDayText, monthText } from "../../i18n/dates";
import type { CellValue, Language } from "../../types";
import { ACTION_COLUMNS } from "../actionsTable";
import { FORMATS } from "../columns";
import { fromSerial } from "../dates";
import { STAKEHOLDER_COLUMNS } from "../stakeholdersTable";
import type { KeyAccount } from "../keyAccounts";
import { listSpec } from "../lists";
import {
  actionRef,
  headerOf,
  lastContact,
  moreLine,
  nthOpenAction,
  nthStakeholder,
  openActionCount,
  planLookup,
  roleCount,
  rowCell,
  stakeholderRef,
  type FormulaContext,
} from "./formulas";
import { DIMENSION_HINTS, ONE_PAGER_TEXT as T, fill } from "./texts";

export type CellStyle = "title" | "note" | "section" | "header" | "label" | "key" | "helper";

/**
 * value/formula/blank cells are the add-in's and rewritten by every refresh; typed cells are the
 * user's: created empty and never written again.
 */
export type OnePagerCell =
  | { kind: "value"; value: CellValue; format?: string; style?: CellStyle }
  | { kind: "formula"; formula: string; format?: string; style?: CellStyle }
  | { kind: "typed" }
  | { kind: "blank"; style?: CellStyle };

/** Figures from the time axis of the analysis. */
export interface OnePagerTime {
  /** Growth against the previous period; NaN when none (new customer, no previous period). */
  growth: number;
  xyz: string;
  /** Revenue of the previous period; null without one. */
  previous: number | null;
  /** The months of the trend: month index (year * 12 + month − 1) and revenue. */
  months: readonly { month: number; revenue: number }[];
}

export interface OnePagerInput {
  account: KeyAccount;
  /** Its entry in the key-account list: what the Customer cells of actions and stakeholders hold. */
  listName: string;
  revenue: number;
  margin: number | null;
  totalRevenue: number;
  /** 0-100, NaN when it cannot be scored. */
  score: number;
  /** Excel serial of the run. */
  runDate: number;
  time?: OnePagerTime;
  /** Language of the KAM sheets: headers, labels and formulas. */
  lang: Language;
  tables: FormulaContext["tables"];
  planHeader: FormulaContext["planHeader"];
}

export interface OnePagerLayout {
  cells: OnePagerCell[][];
  /** Merged areas (typed text fields and the plan's goals and opportunities). */
  merges: Rect[];
  rowHeights: { row: number; height: number }[];
  columnWidths: readonly number[];
  /** Columns 0..printColumns-1 and rows 0..printRows-1 are printed. */
  printColumns: number;
  printRows: number;
  /** Where the monthly chart goes and where its data is; null without months. */
  chart: { months: number; categories: Rect; values: Rect; anchor: Rect } | null;
}

/** Columns: A-F left panel, G gap, H-N right panel, O row helpers, P-Q the chart's data. */
export const ONE_PAGER_WIDTH = 17;
export const ONE_PAGER_HEIGHT = 39;
const RIGHT = 7;
const HELPER = 14;
const TREND = 15;
const PRINT_COLUMNS = 14;
const PRINT_ROWS = 35;
/** Points, chosen so that A-N fit an A4 landscape page at about 75 %. */
const COLUMN_WIDTHS = [110, 85, 95, 80, 85, 70, 12, 150, 95, 85, 75, 75, 80, 60, 40, 60, 80];
export const ACTION_SLOTS = 10;
export const STAKEHOLDER_SLOTS = 8;
/** The longest trend the sheet shows: the last 24 months of the period. */
export const TREND_MONTHS = 24;
const FIRST_ACTION = 5;
const FIRST_STAKEHOLDER = 20;
const STRATEGY = 30;
const NOTES = 31;
const TREND_ROW = 14;

/** "$B$4" for a 0-based cell. */
const abs = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
const rel = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

export function onePagerLayout(input: OnePagerInput): OnePagerLayout {
  const { lang } = input;
  const cells: OnePagerCell[][] = Array.from({ length: ONE_PAGER_HEIGHT }, () =>
    Array.from({ length: ONE_PAGER_WIDTH }, (): OnePagerCell => ({ kind: "blank" }))
  );
  const merges: Rect[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const value = (r: number, c: number, v: CellValue, format?: string, style?: CellStyle) =>
    (cells[r][c] = { kind: "value", value: v, format, style });
  const formula = (r: number, c: number, f: string, format?: string, style?: CellStyle) =>
    (cells[r][c] = { kind: "formula", formula: f, format, style });
  const label = (r: number, c: number, text: string) =>
    value(r, c, text, FORMATS.text[lang], "label");
  const section = (r: number, c: number, text: string) =>
    value(r, c, text, FORMATS.text[lang], "section");
  const typed = (r: number, c0: number, c1: number) => {
    for (let c = c0; c <= c1; c++) cells[r][c] = { kind: "typed" };
    merges.push(rect(r, c0, r, c1));
    rowHeights.push({ row: r, height: 30 });
  };
  const f: FormulaContext = {
    tables: input.tables,
    planHeader: input.planHeader,
    lang,
    customerCell: abs(3, 1),
    keyCell: abs(4, 5),
  };
  const amount = FORMATS.amount[lang];
  const percent = FORMATS.percent[lang];
  const date = FORMATS.date[lang];
  const text = FORMATS.text[lang];
  const num = (v: number | null | undefined) =>
    v === null || v === undefined || Number.isNaN(v) ? "" : v;
  const a = input.account;

  // Header: who the account is.
  value(0, 0, fill(T.title[lang], { name: input.listName }), text, "title");
  value(
    1,
    0,
    fill(T.note[lang], { date: calendarDayText(fromSerial(input.runDate), lang) }),
    text,
    "note"
  );
  label(3, 0, T.customer[lang]);
  value(3, 1, input.listName, text);
  label(3, 2, T.customerId[lang]);
  value(3, 3, a.id ?? "", text);
  label(3, 4, T.class[lang]);
  value(3, 5, a.class, text);
  label(4, 0, T.owner[lang]);
  formula(4, 1, planLookup(f, "owner", "text"), text);
  label(4, 2, T.rank[lang]);
  value(4, 3, a.rank, FORMATS.integer[lang]);
  label(4, 4, T.key[lang]);
  value(4, 5, a.key, text, "key");
  label(5, 0, T.status[lang]);
  formula(5, 1, planLookup(f, "status", "text"), text);
  label(5, 2, T.nextReview[lang]);
  formula(5, 3, planLookup(f, "nextReview", "number"), date);

  // Figures: the analysis as values, what people typed in the plan as live lookups.
  section(7, 0, T.figures[lang]);
  const time = input.time;
  const v = (x: CellValue, format: string): OnePagerCell => ({ kind: "value", value: x, format });
  const fx = (x: string, format: string): OnePagerCell => ({ kind: "formula", formula: x, format });
  const integer = FORMATS.integer[lang];
  const { revenue, margin, score } = input;
  const figures: [number, number, string, OnePagerCell][] = [
    [8, 0, T.revenue[lang], v(revenue, amount)],
    [8, 2, T.goal[lang], fx(planLookup(f, "revenueGoal", "number"), amount)],
    [8, 4, T.achievement[lang], fx(`=IF(N(D9)=0,"",B9/D9)`, percent)],
    [9, 0, T.growth[lang], v(num(time?.growth), percent)],
    [9, 2, T.previous[lang], v(num(time?.previous), amount)],
    [9, 4, T.xyz[lang], v(time?.xyz ?? "", text)],
    [10, 0, T.margin[lang], v(num(margin), amount)],
    [10, 2, T.marginPercent[lang], v(margin !== null && revenue ? margin / revenue : "", percent)],
    [10, 4, T.score[lang], v(Number.isNaN(score) ? "" : Math.round(score), integer)],
    [11, 0, T.satisfaction[lang], fx(planLookup(f, "satisfaction", "number"), integer)],
    [
      11,
      2,
      T.shareOfWallet[lang],
      fx(planLookup(f, "shareOfWallet", "number"), FORMATS.wholePercent[lang]),
    ],
    [
      11,
      4,
      T.shareOfRevenue[lang],
      v(input.totalRevenue ? revenue / input.totalRevenue : "", percent),
    ],
  ];
  for (const [r, c, l, cell] of figures) {
    label(r, c, l);
    cells[r][c + 1] = cell;
  }

  // Trend: the monthly revenue as a chart over its data outside the print area.
  const months = time ? time.months.slice(-TREND_MONTHS) : [];
  let chart: OnePagerLayout["chart"] = null;
  if (months.length) {
    section(
      13,
      0,
      fill(T.trend[lang], {
        from: monthText(months[0].month, lang),
        to: monthText(months[months.length - 1].month, lang),
      })
    );
    value(TREND_ROW, TREND, T.month[lang], text, "helper");
    value(TREND_ROW, TREND + 1, T.revenue[lang], text, "helper");
    months.forEach((m, i) => {
      value(TREND_ROW + 1 + i, TREND, monthText(m.month, lang), text, "helper");
      value(TREND_ROW + 1 + i, TREND + 1, m.revenue, amount, "helper");
    });
    const last = TREND_ROW + months.length;
    chart = {
      months: months.length,
      categories: rect(TREND_ROW + 1, TREND, last, TREND),
      values: rect(TREND_ROW + 1, TREND + 1, last, TREND + 1),
      anchor: rect(TREND_ROW, 0, 22, 5),
    };
  } else {
    section(13, 0, T.trendTitle[lang]);
    value(TREND_ROW, 0, T.noTrend[lang], text, "note");
  }

  // Goals and opportunities as the plan holds them.
  section(24, 0, T.goalsSection[lang]);
  for (const [r, id, l] of [
    [25, "goals", T.goals[lang]],
    [26, "opportunities", T.opportunities[lang]],
  ] as const) {
    label(r, 0, l);
    formula(r, 1, planLookup(f, id, "text"), text);
    merges.push(rect(r, 1, r, 5));
    rowHeights.push({ row: r, height: 30 });
  }

  // Strategy per marketing-mix dimension, typed here; beside it the open actions per dimension.
  section(28, 0, T.strategy[lang]);
  value(29, 0, T.dimension[lang], text, "header");
  value(29, 1, T.strategyEntry[lang], text, "header");
  value(29, 5, T.openActions[lang], text, "header");
  listSpec("focus").values[lang].forEach((dimension, i) => {
    const r = STRATEGY + i;
    value(r, 0, `${dimension} (${DIMENSION_HINTS[i][lang]})`, text, "label");
    typed(r, 1, 4);
    formula(r, 5, "=" + openActionCount(f, dimension), FORMATS.integer[lang]);
  });

  // Open actions of this account, in the order of the actions table.
  section(3, RIGHT, T.actionsSection[lang]);
  const actionColumns: [string, "text" | "number", string][] = [
    ["action", "text", text],
    ["dimension", "text", text],
    ["owner", "text", text],
    ["start", "number", date],
    ["due", "number", date],
    ["status", "text", text],
    ["percentDone", "number", FORMATS.wholePercent[lang]],
  ];
  for (let k = 1; k <= ACTION_SLOTS; k++) {
    formula(FIRST_ACTION + k - 1, HELPER, nthOpenAction(f, k), FORMATS.general[lang], "helper");
  }
  actionColumns.forEach(([id, kind, format], i) => {
    value(4, RIGHT + i, headerOf(ACTION_COLUMNS, id, lang), text, "header");
    for (let k = 0; k < ACTION_SLOTS; k++) {
      const r = FIRST_ACTION + k;
      formula(r, RIGHT + i, rowCell(actionRef(f, id), "$" + rel(r, HELPER), kind), format);
    }
  });
  formula(
    FIRST_ACTION + ACTION_SLOTS,
    RIGHT,
    moreLine(
      openActionCount(f),
      ACTION_SLOTS,
      fill(T.moreActions[lang], { table: input.tables.actions })
    ),
    text,
    "note"
  );

  // Stakeholders: who decides, who supports us, when we last spoke to them.
  section(17, RIGHT, T.stakeholders[lang]);
  label(18, RIGHT, T.decisionMakers[lang]);
  formula(18, RIGHT + 1, roleCount(f, 0), FORMATS.integer[lang]);
  label(18, RIGHT + 2, T.champions[lang]);
  formula(18, RIGHT + 3, roleCount(f, 5), FORMATS.integer[lang]);
  label(18, RIGHT + 4, T.lastContact[lang]);
  formula(18, RIGHT + 5, lastContact(f), date);
  const [before, after] = T.daysAgo[lang].split("{n}");
  const last = rel(18, RIGHT + 5);
  formula(18, RIGHT + 6, `=IF(${last}="","","${before}"&(TODAY()-${last})&"${after}")`, text);
  const stakeholderColumns: [string, "text" | "number", string][] = [
    ["name", "text", text],
    ["function", "text", text],
    ["role", "text", text],
    ["influence", "text", text],
    ["attitude", "text", text],
    ["lastContact", "number", date],
    ["nextContact", "number", date],
  ];
  for (let k = 1; k <= STAKEHOLDER_SLOTS; k++) {
    formula(
      FIRST_STAKEHOLDER + k - 1,
      HELPER,
      nthStakeholder(f, k),
      FORMATS.general[lang],
      "helper"
    );
  }
  stakeholderColumns.forEach(([id, kind, format], i) => {
    value(19, RIGHT + i, headerOf(STAKEHOLDER_COLUMNS, id, lang), text, "header");
    for (let k = 0; k < STAKEHOLDER_SLOTS; k++) {
      const r = FIRST_STAKEHOLDER + k;
      formula(r, RIGHT + i, rowCell(stakeholderRef(f, id), "$" + rel(r, HELPER), kind), format);
    }
  });
  const stakeholderCount = `COUNTIF(${stakeholderRef(f, "customer")},${f.customerCell})`;
  formula(
    FIRST_STAKEHOLDER + STAKEHOLDER_SLOTS,
    RIGHT,
    moreLine(
      stakeholderCount,
      STAKEHOLDER_SLOTS,
      fill(T.moreStakeholders[lang], { table: input.tables.stakeholders })
    ),
    text,
    "note"
  );

  // Notes for the meeting: the user's.
  section(30, RIGHT, T.notes[lang]);
  for (let i = 0; i < 4; i++) typed(NOTES + i, RIGHT, RIGHT + 6);

  return {
    cells,
    merges,
    rowHeights,
    columnWidths: COLUMN_WIDTHS,
    printColumns: PRINT_COLUMNS,
    printRows: PRINT_ROWS,
    chart,
  };
}
