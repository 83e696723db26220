// The KAM controlling cockpit: one row per key account. Figures from the analysis are values;
// figures people type (goals, satisfaction, reviews, actions, contacts) are live formulas over
// the KAM tables, so the cockpit stays current while managers edit, without a refresh.
import type { CellValue, Language } from "../types";
import { ACTION_COLUMNS } from "./actionsTable";
import { AMBER, GREEN, RED, SOON_DAYS, STALE_CONTACT_DAYS } from "./colors";
import { FORMATS } from "./columns";
import type { KeyAccount } from "./keyAccounts";
import { listSpec } from "./lists";
import { PLAN } from "./planTable";
import { STAKEHOLDER_COLUMNS } from "./stakeholdersTable";
import type { Bilingual, ConditionalFormatSpec } from "./types";

export const COCKPIT_SHEET: Bilingual = { en: "KAM controlling", de: "KAM-Controlling" };

/** Names of the KAM tables as the workbook holds them (a user may have renamed one). */
export interface CockpitTables {
  plan: string;
  actions: string;
  stakeholders: string;
}

/** Figures from the time axis; empty cells while the data has no months. */
export interface TimeFigures {
  growth: number | null;
  xyz: string | null;
}

export interface CockpitInput {
  accounts: readonly KeyAccount[];
  /** Entries of the key-account list: what the Customer cells of actions and stakeholders hold. */
  listNames: readonly string[];
  /** Revenue of all analysed customers. */
  totalRevenue: number;
  tables: CockpitTables;
  /** Header text of a plan column in the workbook (found by matchColumns), or null when deleted. */
  planHeader: (id: keyof typeof PLAN) => string | null;
  lang: Language;
  time?: (key: string) => TimeFigures | undefined;
}

interface CockpitColumn {
  id: string;
  header: Bilingual;
  format: Bilingual;
  width: number;
}

const col = (id: string, en: string, de: string, format: Bilingual, width = 90) => ({
  id,
  header: { en, de },
  format,
  width,
});

export const COCKPIT_COLUMNS: readonly CockpitColumn[] = [
  col("customer", "Key account", "Key Account", FORMATS.text, 180),
  col("revenue", "Revenue", "Umsatz", FORMATS.amount, 100),
  col("goal", "Revenue goal", "Umsatzziel", FORMATS.amount, 100),
  col("achievement", "Achievement", "Zielerreichung", FORMATS.percent),
  col("growth", "Growth", "Wachstum", FORMATS.percent),
  col("marginPercent", "Margin %", "DB-Marge", FORMATS.percent),
  col("xyz", "XYZ", "XYZ", FORMATS.text, 50),
  col("satisfaction", "Satisfaction (1-5)", "Zufriedenheit (1-5)", FORMATS.integer),
  col("open", "Open actions", "Offene Maßnahmen", FORMATS.integer),
  col("overdue", "Overdue actions", "Überfällige Maßnahmen", FORMATS.integer),
  col("lastContact", "Last contact", "Letzter Kontakt", FORMATS.date),
  col("daysSince", "Days since contact", "Tage seit Kontakt", FORMATS.integer),
  col("nextReview", "Next review", "Nächstes Review", FORMATS.date),
  col("health", "Health score", "Health-Score", FORMATS.integer),
  col("key", "Key", "Schlüssel", FORMATS.text, 60),
];

/** Parts of the health score and their weights; parts without data are left out, weights rescaled. */
export const HEALTH_PARTS = [
  { id: "achievement", weight: 30 },
  { id: "satisfaction", weight: 20 },
  { id: "onTime", weight: 20 },
  { id: "contact", weight: 15 },
  { id: "review", weight: 15 },
] as const;

/** Contact this recent earns full points; none after HEALTH_CONTACT_ZERO days. */
export const HEALTH_CONTACT_FULL = 30;
export const HEALTH_CONTACT_ZERO = 180;

export const HEALTH_TEXT: Bilingual = {
  en:
    "Health score 0-100: goal achievement 30 (100 % or more = full points), satisfaction 20 ((x − 1) / 4), " +
    `actions on time 20 (share of open actions not overdue), contact 15 (full up to ${HEALTH_CONTACT_FULL} days, none after ${HEALTH_CONTACT_ZERO}), ` +
    "next review planned and not passed 15. Parts without data are left out and the weights rescaled.",
  de:
    "Health-Score 0-100: Zielerreichung 30 (ab 100 % volle Punkte), Zufriedenheit 20 ((x − 1) / 4), " +
    `Maßnahmen im Plan 20 (Anteil der offenen Maßnahmen, die nicht überfällig sind), Kontakt 15 (voll bis ${HEALTH_CONTACT_FULL} Tage, null ab ${HEALTH_CONTACT_ZERO}), ` +
    "nächstes Review geplant und nicht überschritten 15. Teile ohne Daten entfallen, die Gewichte werden hochgerechnet.",
};

export const COCKPIT_TEXT = {
  title: { en: "KAM controlling", de: "KAM-Controlling" } as Bilingual,
  live: {
    en: "Grey headers: figures from the last run (Refresh updates them). Other figures are live formulas over the KAM tables.",
    de: "Graue Überschriften: Zahlen aus dem letzten Lauf (Aktualisieren erneuert sie). Die übrigen Zahlen sind Formeln über die KAM-Tabellen und immer aktuell.",
  } as Bilingual,
  total: { en: "Key accounts total", de: "Summe Key Accounts" } as Bilingual,
  all: { en: "All customers", de: "Alle Kunden" } as Bilingual,
  share: {
    en: "Key accounts' share of all revenue",
    de: "Anteil der Key Accounts am Gesamtumsatz",
  } as Bilingual,
};

/** Columns whose cells are values from the analysis (the rest are formulas). */
export const COCKPIT_VALUE_COLUMNS = new Set([
  "customer",
  "revenue",
  "growth",
  "marginPercent",
  "xyz",
  "key",
]);

/** Row 1 title, row 2 note, row 4 header, rows from 5 the key accounts, then totals. */
export const COCKPIT_HEADER_ROW = 3;

/**
 * A structured reference `Table[Column]`. Inside the brackets `[`, `]`, `#` and `'` are escaped with
 * `'` (https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 */
export function structuredRef(table: string, column: string): string {
  return `${table}[${column.replace(/['[\]#]/g, "'$&")}]`;
}

const letter = (i: number) => String.fromCharCode(65 + i);
const at = (id: string) => COCKPIT_COLUMNS.findIndex((c) => c.id === id);
/** The cell of column `id` in sheet row `row` (1-based), e.g. "$D5". */
const cell = (id: string, row: number) => `$${letter(at(id))}${row}`;

const excelText = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Status labels, both languages, of actions that are finished: never open nor overdue. */
function closedCriteria(statusRef: string): string {
  const labels = listSpec("actionStatus").values;
  const closed = [labels.en[2], labels.en[4], labels.de[2], labels.de[4]];
  return closed.map((l) => `,${statusRef},${excelText("<>" + l)}`).join("");
}

function header(columns: readonly { id: string; header: Bilingual }[], id: string, lang: Language) {
  const c = columns.find((x) => x.id === id);
  if (!c) throw new Error(`no column ${id}`);
  return c.header[lang];
}

/**
 * The formula of column `id` in sheet row `row`, or null for value columns. MAXIFS and COUNTIFS
 * exist in every host of the manifest's ExcelApi 1.8 (Excel 2019, 2021, Microsoft 365, the web,
 * the Mac); INDEX/MATCH rather than XLOOKUP, which Excel 2019 lacks.
 */
export function cockpitFormula(id: string, row: number, input: CockpitInput): string | null {
  const { tables, lang } = input;
  const act = (c: string) => structuredRef(tables.actions, header(ACTION_COLUMNS, c, lang));
  const stake = (c: string) =>
    structuredRef(tables.stakeholders, header(STAKEHOLDER_COLUMNS, c, lang));
  const plan = (c: keyof typeof PLAN) => {
    const h = input.planHeader(c);
    return h === null ? null : structuredRef(tables.plan, h);
  };
  const fromPlan = (c: keyof typeof PLAN) => {
    const range = plan(c);
    const keys = plan("key");
    if (range === null || keys === null) return '=""';
    // N() is 0 for an empty or text cell: the cockpit then shows an empty cell, not 0.
    const value = `INDEX(${range},MATCH(${cell("key", row)},${keys},0))`;
    return `=IFERROR(IF(N(${value})=0,"",${value}),"")`;
  };
  const customer = cell("customer", row);
  const open = `COUNTIFS(${act("customer")},${customer}${closedCriteria(act("status"))})`;
  switch (id) {
    case "goal":
      return fromPlan("revenueGoal");
    case "satisfaction":
      return fromPlan("satisfaction");
    case "nextReview":
      return fromPlan("nextReview");
    case "achievement":
      return `=IF(N(${cell("goal", row)})=0,"",${cell("revenue", row)}/${cell("goal", row)})`;
    case "open":
      return "=" + open;
    case "overdue":
      return `=COUNTIFS(${act("customer")},${customer}${closedCriteria(act("status"))},${act("due")},"<"&TODAY())`;
    case "lastContact": {
      const max = `MAXIFS(${stake("lastContact")},${stake("customer")},${customer})`;
      return `=IF(${max}=0,"",${max})`;
    }
    case "daysSince":
      return `=IF(${cell("lastContact", row)}="","",TODAY()-${cell("lastContact", row)})`;
    case "health":
      return healthFormula(row);
    default:
      return null;
  }
}

/** Σ weight · points / Σ weight over the parts present, rounded to whole points. */
function healthFormula(row: number): string {
  const c = (id: string) => cell(id, row);
  const span = HEALTH_CONTACT_ZERO - HEALTH_CONTACT_FULL;
  const parts: { present: string; points: string }[] = [
    { present: `${c("achievement")}<>""`, points: `MIN(1,${c("achievement")})*100` },
    { present: `${c("satisfaction")}<>""`, points: `(${c("satisfaction")}-1)/4*100` },
    { present: `N(${c("open")})>0`, points: `(1-${c("overdue")}/${c("open")})*100` },
    {
      present: `${c("daysSince")}<>""`,
      points: `MAX(0,MIN(1,(${HEALTH_CONTACT_ZERO}-${c("daysSince")})/${span}))*100`,
    },
    {
      present: "TRUE",
      points: `IF(AND(${c("nextReview")}<>"",${c("nextReview")}>=TODAY()),100,0)`,
    },
  ];
  const w = HEALTH_PARTS.map((p) => p.weight);
  const sum = parts.map((p, i) => `IF(${p.present},${w[i]}*${p.points},0)`).join("+");
  const weights = parts.map((p, i) => `IF(${p.present},${w[i]},0)`).join("+");
  return `=IFERROR(ROUND((${sum})/(${weights}),0),"")`;
}

export interface CockpitBlock {
  /** Rows from the title to the last totals line; "" where nothing is written. */
  values: CellValue[][];
  /** Same shape: a formula where the cell is live, else null. */
  formulas: (string | null)[][];
  formats: string[][];
  /** Sheet rows (0-based) of the key accounts. */
  firstAccountRow: number;
  accountRows: number;
  conditionalFormats: ConditionalFormatSpec[];
}

/** The whole cockpit block, top-left at A1. */
export function cockpitBlock(input: CockpitInput): CockpitBlock {
  const { lang } = input;
  const width = COCKPIT_COLUMNS.length;
  const blank = () => new Array<CellValue>(width).fill("");
  const none = () => new Array<string | null>(width).fill(null);
  const general = () => new Array<string>(width).fill(FORMATS.general[lang]);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: string[][] = [];
  const push = (v: CellValue[], f = none(), n = general()) => {
    values.push(v);
    formulas.push(f);
    formats.push(n);
  };
  const line = (text: string) => {
    const v = blank();
    v[0] = text;
    push(v);
  };
  line(COCKPIT_TEXT.title[lang]);
  line(COCKPIT_TEXT.live[lang]);
  push(blank());
  push(COCKPIT_COLUMNS.map((c) => c.header[lang]));
  const first = values.length;
  const columnFormats = COCKPIT_COLUMNS.map((c) => c.format[lang]);
  input.accounts.forEach((a, i) => {
    const row = first + i + 1;
    const time = input.time?.(a.key);
    const v: Record<string, CellValue> = {
      customer: input.listNames[i] ?? a.name,
      revenue: a.value,
      growth: time?.growth ?? "",
      marginPercent: a.margin !== null && a.value !== 0 ? a.margin / a.value : "",
      xyz: time?.xyz ?? "",
      key: a.key,
    };
    push(
      COCKPIT_COLUMNS.map((c) => v[c.id] ?? ""),
      COCKPIT_COLUMNS.map((c) => cockpitFormula(c.id, row, input)),
      [...columnFormats]
    );
  });
  const last = first + input.accounts.length;
  const totalRow = last + 1;
  const sum = (id: string) =>
    input.accounts.length ? `=SUM(${cell(id, first + 1)}:${cell(id, last)})` : "=0";
  const t = blank();
  t[0] = COCKPIT_TEXT.total[lang];
  const tf = none();
  tf[at("revenue")] = sum("revenue");
  tf[at("goal")] = sum("goal");
  tf[at("achievement")] = cockpitFormula("achievement", totalRow, input);
  tf[at("open")] = sum("open");
  tf[at("overdue")] = sum("overdue");
  push(t, tf, [...columnFormats]);
  const all = blank();
  all[0] = COCKPIT_TEXT.all[lang];
  all[at("revenue")] = input.totalRevenue;
  push(all, none(), [...columnFormats]);
  const share = blank();
  share[0] = COCKPIT_TEXT.share[lang];
  const sf = none();
  sf[at("revenue")] =
    `=IF(${cell("revenue", totalRow + 1)}=0,"",${cell("revenue", totalRow)}/${cell("revenue", totalRow + 1)})`;
  const shareFormats = general();
  shareFormats[at("revenue")] = FORMATS.percent[lang];
  push(share, sf, shareFormats);
  push(blank());
  line(HEALTH_TEXT[lang]);
  return {
    values,
    formulas,
    formats,
    firstAccountRow: first,
    accountRows: input.accounts.length,
    conditionalFormats: COCKPIT_FORMATS,
  };
}

const rule = (
  id: string,
  column: string,
  formula: string,
  colour: { fill: string; font: string },
  en: string,
  de: string
): ConditionalFormatSpec => ({ id, column, formula, ...colour, description: { en, de } });

/** Traffic lights per column; `{id}` is the cell of that column in the same row. */
export const COCKPIT_FORMATS: ConditionalFormatSpec[] = [
  rule(
    "goalMissed",
    "achievement",
    'AND({achievement}<>"",{achievement}<0.8)',
    RED,
    "Below 80 % of the goal",
    "Unter 80 % des Ziels"
  ),
  rule(
    "goalClose",
    "achievement",
    'AND({achievement}<>"",{achievement}>=0.8,{achievement}<1)',
    AMBER,
    "80-100 % of the goal",
    "80-100 % des Ziels"
  ),
  rule(
    "goalMet",
    "achievement",
    'AND({achievement}<>"",{achievement}>=1)',
    GREEN,
    "Goal reached",
    "Ziel erreicht"
  ),
  rule(
    "shrinking",
    "growth",
    'AND({growth}<>"",{growth}<0)',
    RED,
    "Revenue shrinking",
    "Umsatz rückläufig"
  ),
  rule(
    "growing",
    "growth",
    'AND({growth}<>"",{growth}>0)',
    GREEN,
    "Revenue growing",
    "Umsatz wächst"
  ),
  rule(
    "unsatisfied",
    "satisfaction",
    'AND({satisfaction}<>"",{satisfaction}<=2)',
    RED,
    "Unsatisfied (1-2)",
    "Unzufrieden (1-2)"
  ),
  rule(
    "neutral",
    "satisfaction",
    'AND({satisfaction}<>"",{satisfaction}=3)',
    AMBER,
    "Neither (3)",
    "Teils, teils (3)"
  ),
  rule(
    "satisfied",
    "satisfaction",
    'AND({satisfaction}<>"",{satisfaction}>=4)',
    GREEN,
    "Satisfied (4-5)",
    "Zufrieden (4-5)"
  ),
  rule("overdue", "overdue", "N({overdue})>0", RED, "Actions overdue", "Maßnahmen überfällig"),
  rule(
    "contactLost",
    "daysSince",
    `AND({daysSince}<>"",{daysSince}>${HEALTH_CONTACT_ZERO})`,
    RED,
    `No contact for more than ${HEALTH_CONTACT_ZERO} days`,
    `Kein Kontakt seit mehr als ${HEALTH_CONTACT_ZERO} Tagen`
  ),
  rule(
    "contactStale",
    "daysSince",
    `AND({daysSince}<>"",{daysSince}>${STALE_CONTACT_DAYS},{daysSince}<=${HEALTH_CONTACT_ZERO})`,
    AMBER,
    `No contact for more than ${STALE_CONTACT_DAYS} days`,
    `Kein Kontakt seit mehr als ${STALE_CONTACT_DAYS} Tagen`
  ),
  rule(
    "reviewOverdue",
    "nextReview",
    'OR({nextReview}="",{nextReview}<TODAY())',
    RED,
    "No review planned or review date passed",
    "Kein Review geplant oder Termin überschritten"
  ),
  rule(
    "reviewSoon",
    "nextReview",
    `AND({nextReview}<>"",{nextReview}>=TODAY(),{nextReview}<=TODAY()+${SOON_DAYS})`,
    AMBER,
    `Review within ${SOON_DAYS} days`,
    `Review innerhalb von ${SOON_DAYS} Tagen`
  ),
  rule(
    "healthLow",
    "health",
    'AND({health}<>"",{health}<40)',
    RED,
    "Health below 40",
    "Health unter 40"
  ),
  rule(
    "healthMid",
    "health",
    'AND({health}<>"",{health}>=40,{health}<70)',
    AMBER,
    "Health 40-69",
    "Health 40-69"
  ),
  rule(
    "healthGood",
    "health",
    'AND({health}<>"",{health}>=70)',
    GREEN,
    "Health 70 or more",
    "Health ab 70"
  ),
];

/** Column index of a cockpit column id (for conditional formats). */
export function cockpitColumnIndex(id: string): number {
  return at(id);
}
