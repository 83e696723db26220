// The one-pager's live formulas over the KAM tables. They must calculate in every Excel the
// manifest admits (ExcelApi 1.8: Excel 2019 and later) and, where it costs nothing, in Excel 2016:
// the open actions and stakeholders are listed with AGGREGATE(15,6,…) (SMALL over an array,
// errors ignored: Excel 2010+, no Ctrl+Shift+Enter), not FILTER (Excel 2021 / Microsoft 365 only)
// and not MAXIFS (Excel 2019+). Dropdown labels are compared in the sheets' language.
import type { Language } from "../../types";
import { ACTION_COLUMNS } from "../actionsTable";
import { structuredRef } from "../cockpit";
import { listSpec } from "../lists";
import type { PLAN } from "../planTable";
import { STAKEHOLDER_COLUMNS } from "../stakeholdersTable";
import type { ColumnSpec } from "../types";

/** Names of the KAM tables as the workbook holds them (a user may have renamed one). */
export interface OnePagerTables {
  plan: string;
  actions: string;
  stakeholders: string;
}

export interface FormulaContext {
  tables: OnePagerTables;
  /** Header text of a plan column in the workbook, or null when the user deleted it. */
  planHeader: (id: keyof typeof PLAN) => string | null;
  /** Language of the KAM tables' headers and dropdown labels. */
  lang: Language;
  /** Absolute cell holding the key-account list name (what the Customer dropdowns hold). */
  customerCell: string;
  /** Absolute cell holding the plan key (what the plan's Key column holds). */
  keyCell: string;
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function headerOf(columns: readonly ColumnSpec[], id: string, lang: Language): string {
  const c = columns.find((x) => x.id === id);
  if (!c) throw new Error(`no column ${id}`);
  return c.header[lang];
}

export const actionRef = (f: FormulaContext, id: string) =>
  structuredRef(f.tables.actions, headerOf(ACTION_COLUMNS, id, f.lang));
export const stakeholderRef = (f: FormulaContext, id: string) =>
  structuredRef(f.tables.stakeholders, headerOf(STAKEHOLDER_COLUMNS, id, f.lang));

/** Done and Cancelled, in both languages: an action with such a status is not open. */
function closedLabels(): string[] {
  const labels = listSpec("actionStatus").values;
  return [labels.en[2], labels.en[4], labels.de[2], labels.de[4]];
}

/**
 * A plan cell of this key account: text as text ("" when empty), numbers and dates with N() so
 * that an empty cell shows empty, not 0 or 1900-01-00. "" when the column was deleted.
 */
export function planLookup(f: FormulaContext, id: keyof typeof PLAN, kind: "text" | "number") {
  const column = f.planHeader(id);
  const keys = f.planHeader("key");
  if (column === null || keys === null) return '=""';
  const value = `INDEX(${structuredRef(f.tables.plan, column)},MATCH(${f.keyCell},${structuredRef(f.tables.plan, keys)},0))`;
  return kind === "text"
    ? `=IFERROR(${value}&"","")`
    : `=IFERROR(IF(N(${value})=0,"",${value}),"")`;
}

/** COUNTIFS criteria of this account's open actions (after the Customer criterion). */
function openCriteria(f: FormulaContext): string {
  const status = actionRef(f, "status");
  return closedLabels()
    .map((l) => `,${status},${quoted("<>" + l)}`)
    .join("");
}

/** Number of open actions of this account, optionally in one marketing-mix dimension. */
export function openActionCount(f: FormulaContext, dimension?: string): string {
  const inDimension =
    dimension === undefined ? "" : `,${actionRef(f, "dimension")},${quoted(dimension)}`;
  return `COUNTIFS(${actionRef(f, "customer")},${f.customerCell}${inDimension}${openCriteria(f)})`;
}

/** 1 for each open action row of this account, a division by zero (ignored) for the others. */
function openActionRows(f: FormulaContext): string {
  const customer = actionRef(f, "customer");
  const status = actionRef(f, "status");
  const open = closedLabels()
    .map((l) => `*(${status}<>${quoted(l)})`)
    .join("");
  const header = `${f.tables.actions}[#Headers]`;
  return `(ROW(${customer})-ROW(${header}))/((${customer}=${f.customerCell})${open})`;
}

function stakeholderRows(f: FormulaContext): string {
  const customer = stakeholderRef(f, "customer");
  const header = `${f.tables.stakeholders}[#Headers]`;
  return `(ROW(${customer})-ROW(${header}))/(${customer}=${f.customerCell})`;
}

/** The table row (1-based) of this account's k-th open action, "" when there are fewer. */
export const nthOpenAction = (f: FormulaContext, k: number) =>
  `=IFERROR(AGGREGATE(15,6,${openActionRows(f)},${k}),"")`;

/** The table row (1-based) of this account's k-th stakeholder, "" when there are fewer. */
export const nthStakeholder = (f: FormulaContext, k: number) =>
  `=IFERROR(AGGREGATE(15,6,${stakeholderRows(f)},${k}),"")`;

/** A cell of the table row named in `rowCell`: "" without a row and for an empty cell. */
export function rowCell(column: string, rowCellRef: string, kind: "text" | "number"): string {
  const value = `INDEX(${column},${rowCellRef})`;
  return kind === "text"
    ? `=IF(${rowCellRef}="","",${value}&"")`
    : `=IF(${rowCellRef}="","",IF(${value}="","",${value}))`;
}

/** Stakeholders of this account with a role (label in the sheets' language). */
export function roleCount(f: FormulaContext, roleIndex: number): string {
  const role = listSpec("role").values[f.lang][roleIndex];
  return `=COUNTIFS(${stakeholderRef(f, "customer")},${f.customerCell},${stakeholderRef(f, "role")},${quoted(role)})`;
}

/** The latest contact with anyone at this account; "" when none is typed. */
export function lastContact(f: FormulaContext): string {
  const last = `AGGREGATE(14,6,${stakeholderRef(f, "lastContact")}/(${stakeholderRef(f, "customer")}=${f.customerCell}),1)`;
  return `=IFERROR(IF(${last}=0,"",${last}),"")`;
}

/** "… and 3 more" under a list of `shown` rows, from a count formula without "=". */
export function moreLine(count: string, shown: number, text: string): string {
  const [before, after] = text.split("{n}");
  return `=IF(${count}>${shown},${quoted(before)}&(${count}-${shown})&${quoted(after)},"")`;
}
