/**
 * The persisted workbook of the fake Excel host: plain data (no proxies), column-major cell
 * storage, structural operations that keep every reference (names, tables, conditional formats,
 * data validation, charts, formulas, merges) in step, as Excel does.
 * Plain TypeScript without Node APIs.
 */
import {
  LAST_COL,
  LAST_ROW,
  MAX_COLS,
  MAX_ROWS,
  Rect,
  Shift,
  contains,
  formatRect,
  intersect,
  isFullHeight,
  isFullWidth,
  quoteSheet,
  rewriteFormula,
  shiftRect,
} from "./address";
import { OfficeError } from "./errors";
import type { PageLayoutState } from "./pageLayout";

export type CellValue = string | number | boolean;
/** Immutable, interned style object: keys such as "font.bold", "fill.color", "hAlign". */
export type Style = Readonly<Record<string, unknown>>;

export interface ColumnData {
  /** Values; for formula cells the calculated value (calc.ts), else the formula text. */
  v: (CellValue | undefined)[];
  /** Formulas ("=..."), only for formula cells. */
  f?: (string | undefined)[];
  /** Number formats set on the cell. */
  nf?: (string | undefined)[];
  /** Cell styles. */
  st?: (Style | undefined)[];
  /** Comments (plain text). */
  cm?: (string | undefined)[];
}

const LAYERS = ["v", "f", "nf", "st", "cm"] as const;
type LayerName = (typeof LAYERS)[number];

export interface LineProps {
  hidden?: boolean;
  /** Row height or column width in points. */
  size?: number;
  style?: Style;
  nf?: string;
}

export interface NameState {
  name: string;
  /** "=Sheet1!$A$1:$B$5", "=0.2", "=\"text\"" ... */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row, data body and (when showTotals) the totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  /** Filter criteria per table column (filters.ts); absent or null: the column is not filtered. */
  criteria?: (FilterCriteriaState | null)[];
}

/** Excel.FilterCriteria as stored: what the user or the add-in applied to one column. */
export interface FilterCriteriaState {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
}

export interface SeriesState {
  id: number;
  name: string;
  /** Reference of the series name cell ("=Sheet1!$B$1"), when the name comes from a cell. */
  nameRef?: string;
  /** "=Sheet1!$B$2:$B$10" */
  values?: string;
  xValues?: string;
  chartType?: string;
  axisGroup: string;
  [key: string]: unknown;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  top: number;
  left: number;
  width: number;
  height: number;
  series: SeriesState[];
  nextSeriesId: number;
  /** Nested data for title, legend, axes, data labels, format ... */
  data: Record<string, unknown>;
}

export interface CFState {
  id: string;
  type: string;
  ranges: Rect[];
  stopIfTrue: boolean;
  data: Record<string, unknown>;
}

export interface DVState {
  id: string;
  ranges: Rect[];
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  showHeadings: boolean;
  standardWidth: number;
  cols: (ColumnData | undefined)[];
  rowProps: (LineProps | undefined)[];
  colProps: (LineProps | undefined)[];
  merges: Rect[];
  /**
   * Areas Excel will not shift in part: legacy array formulas (Ctrl+Shift+Enter) and PivotTables.
   * Set up as the user makes them in Excel (the model calls enterArrayFormula / addPivotTable).
   */
  arrays: Rect[];
  pivots: Rect[];
  charts: ChartState[];
  cfs: CFState[];
  dvs: DVState[];
  names: NameState[];
  freezeRows: number;
  freezeCols: number;
  protected: boolean;
  selection: Rect[];
  /** Page setup (pageLayout.ts); absent = Excel's defaults. */
  pageLayout?: PageLayoutState;
  /** The sheet's AutoFilter (ExcelApi 1.9), outside tables. */
  autoFilter?: { rect: Rect; criteria: (FilterCriteriaState | null)[] };
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  names: NameState[];
  settings: { key: string; value: unknown }[];
  activeSheetId: string;
  seq: number;
  calculationMode: string;
  properties: Record<string, unknown>;
}

export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_COL_WIDTH = 48;
export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

export const STYLE_DEFAULTS: Record<string, unknown> = {
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "Calibri",
  "font.underline": "None",
  "font.strikethrough": false,
  "font.subscript": false,
  "font.superscript": false,
  "font.tintAndShade": 0,
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
  "fill.patternColor": "#000000",
  "fill.tintAndShade": 0,
  "fill.patternTintAndShade": 0,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
  readingOrder: "Context",
  autoIndent: false,
  "protection.locked": true,
  "protection.formulaHidden": false,
};

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export function err(code: string, message?: string): OfficeError {
  return new OfficeError(code, message);
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function nextId(state: WorkbookState): number {
  return ++state.seq;
}

export function guid(n: number, kind: number): string {
  const h = n.toString(16).toUpperCase().padStart(8, "0");
  return `{${h}-${kind.toString(16).padStart(4, "0").toUpperCase()}-4000-8000-000000000000}`;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  return {
    id: guid(nextId(state), 1),
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    showHeadings: true,
    standardWidth: 8.43,
    cols: [],
    rowProps: [],
    colProps: [],
    merges: [],
    arrays: [],
    pivots: [],
    charts: [],
    cfs: [],
    dvs: [],
    names: [],
    freezeRows: 0,
    freezeCols: 0,
    protected: false,
    selection: [{ r0: 0, c0: 0, r1: 0, c1: 0 }],
  };
}

export function newWorkbook(): WorkbookState {
  return {
    sheets: [],
    tables: [],
    names: [],
    settings: [],
    activeSheetId: "",
    seq: 0,
    calculationMode: "Automatic",
    properties: { title: "", author: "", subject: "", keywords: "", comments: "", category: "" },
  };
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  return state.sheets.find((s) => sameName(s.name, name));
}

export function sheetById(state: WorkbookState, id: string): SheetState {
  const s = state.sheets.find((x) => x.id === id);
  if (!s) throw err("ItemNotFound");
  return s;
}

export function tableById(state: WorkbookState, id: string): TableState {
  const t = state.tables.find((x) => x.id === id);
  if (!t) throw err("ItemNotFound", "The table doesn't exist.");
  return t;
}

/** The table of that name, compared as Excel compares names (ignoring case). */
export function tableNamed(state: WorkbookState, name: string): TableState | undefined {
  return state.tables.find((x) => sameName(x.name, name));
}

export function activeSheet(state: WorkbookState): SheetState {
  return state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
}

export function validateSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw err("InvalidArgument", `The worksheet name '${name}' is invalid.`);
  }
  if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw err("InvalidArgument", `The worksheet name '${name}' is invalid.`);
  }
  if (sameName(name, "History")) throw err("InvalidArgument", "'History' is a reserved name.");
  const other = findSheet(state, name);
  if (other && other !== self) throw err("ItemAlreadyExists");
}

/* ------------------------------------------------------------------------------------------ */
/* Cells                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** The column store of column c, created when missing. */
export function col(sheet: SheetState, c: number): ColumnData {
  let cd = sheet.cols[c];
  if (!cd) {
    cd = { v: [] };
    sheet.cols[c] = cd;
  }
  return cd;
}

function layer<T>(cd: ColumnData, name: LayerName, create: boolean): T[] | undefined {
  let arr = cd[name] as T[] | undefined;
  if (!arr && create) {
    arr = [];
    (cd as unknown as Record<string, unknown>)[name] = arr;
  }
  return arr;
}

export function getValue(sheet: SheetState, r: number, c: number): CellValue | undefined {
  const cd = sheet.cols[c];
  return cd ? cd.v[r] : undefined;
}

export function getFormula(sheet: SheetState, r: number, c: number): string | undefined {
  const cd = sheet.cols[c];
  return cd && cd.f ? cd.f[r] : undefined;
}

export function isEmptyCell(sheet: SheetState, r: number, c: number): boolean {
  const cd = sheet.cols[c];
  return !cd || cd.v[r] === undefined;
}

/** Stores a cell; `v === undefined` clears the value (formats are kept). */
export function setCell(
  sheet: SheetState,
  r: number,
  c: number,
  v: CellValue | undefined,
  f?: string
): void {
  const cd = v === undefined && !sheet.cols[c] ? undefined : col(sheet, c);
  if (!cd) return;
  if (v === undefined) {
    if (r < cd.v.length) cd.v[r] = undefined;
  } else cd.v[r] = v;
  if (f !== undefined) layer<string>(cd, "f", true)![r] = f;
  else if (cd.f && r < cd.f.length) cd.f[r] = undefined;
}

export function getComment(sheet: SheetState, r: number, c: number): string | undefined {
  const cd = sheet.cols[c];
  return cd && cd.cm ? cd.cm[r] : undefined;
}

export function setComment(sheet: SheetState, r: number, c: number, text: string | undefined) {
  if (text === undefined && !sheet.cols[c]) return;
  const cd = col(sheet, c);
  layer<string | undefined>(cd, "cm", true)![r] = text;
}

/** How Excel turns typed input into a cell: formulas, numbers, booleans, quote prefix, "@". */
export function coerceInput(
  input: unknown,
  textFormat: boolean
): { v: CellValue | undefined; f?: string } | null {
  if (input === null || input === undefined) return null; // null: leave the cell unchanged
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw err("InvalidArgument", "Invalid number in the input.");
    return { v: input };
  }
  if (typeof input === "boolean") return { v: input };
  if (typeof input !== "string") {
    throw err("InvalidArgument", `Unsupported cell value of type ${typeof input}.`);
  }
  const s = input;
  if (s === "") return { v: undefined };
  if (textFormat) return { v: s };
  if (s[0] === "'") return s.length === 1 ? { v: undefined } : { v: s.slice(1) };
  if (s[0] === "=" && s.length > 1) return { v: s, f: s };
  const num = parseNumber(s);
  if (num !== null) return { v: num };
  if ((s[0] === "+" || s[0] === "-") && s.length > 1) return { v: "=" + s, f: "=" + s };
  const up = s.toUpperCase();
  if (up === "TRUE") return { v: true };
  if (up === "FALSE") return { v: false };
  return { v: s };
}

export function parseNumber(s: string): number | null {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  return m[2] ? n / 100 : n;
}

export function valueType(v: CellValue | undefined): string {
  if (v === undefined) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (ERROR_VALUES.has(v)) return "Error";
  return "String";
}

/* ------------------------------------------------------------------------------------------ */
/* Formats                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export function getNumberFormat(sheet: SheetState, r: number, c: number): string {
  const cd = sheet.cols[c];
  const own = cd && cd.nf ? cd.nf[r] : undefined;
  if (own !== undefined) return own;
  const rp = sheet.rowProps[r];
  if (rp && rp.nf !== undefined) return rp.nf;
  const cp = sheet.colProps[c];
  if (cp && cp.nf !== undefined) return cp.nf;
  return "General";
}

const EMPTY_STYLE: Style = Object.freeze({});
const styleCache = new Map<Style, Map<string, Style>>();

/** Interned style = base with key set (value undefined removes the key). */
export function withStyle(base: Style | undefined, key: string, value: unknown): Style | undefined {
  const b = base ?? EMPTY_STYLE;
  let m = styleCache.get(b);
  if (!m) {
    m = new Map();
    styleCache.set(b, m);
  }
  const ck = key + "\u0000" + JSON.stringify(value === undefined ? null : value);
  let s = m.get(ck);
  if (!s) {
    const o: Record<string, unknown> = { ...b };
    if (value === undefined) delete o[key];
    else o[key] = value;
    s = Object.keys(o).length === 0 ? EMPTY_STYLE : Object.freeze(o);
    m.set(ck, s);
  }
  return s === EMPTY_STYLE ? undefined : s;
}

export function styleValue(sheet: SheetState, r: number, c: number, key: string): unknown {
  const cd = sheet.cols[c];
  const st = cd && cd.st ? cd.st[r] : undefined;
  if (st && key in st) return st[key];
  const rp = sheet.rowProps[r];
  if (rp && rp.style && key in rp.style) return rp.style[key];
  const cp = sheet.colProps[c];
  if (cp && cp.style && key in cp.style) return cp.style[key];
  return STYLE_DEFAULTS[key] ?? null;
}

function lineProps(arr: (LineProps | undefined)[], i: number): LineProps {
  let p = arr[i];
  if (!p) {
    p = {};
    arr[i] = p;
  }
  return p;
}

/** Sets a style key (or, with key "nf", the number format) on every cell of a rectangle. */
export function setFormat(sheet: SheetState, rc: Rect, key: string, value: unknown): void {
  const isNf = key === "nf";
  if (isFullHeight(rc) || isFullWidth(rc)) {
    const byCols = isFullHeight(rc);
    const lines = byCols ? sheet.colProps : sheet.rowProps;
    const from = byCols ? rc.c0 : rc.r0;
    const to = byCols ? rc.c1 : rc.r1;
    for (let i = from; i <= to; i++) {
      const p = lineProps(lines, i);
      if (isNf) p.nf = value as string;
      else p.style = withStyle(p.style, key, value);
    }
    // Cell-level settings of that key inside the lines give way.
    forEachColumn(sheet, rc.c0, rc.c1, (cd) => {
      const arr = isNf ? cd.nf : cd.st;
      if (!arr) return;
      const hi = Math.min(rc.r1, arr.length - 1);
      for (let r = rc.r0; r <= hi; r++) {
        if (arr[r] === undefined) continue;
        if (isNf) arr[r] = undefined;
        else (arr as (Style | undefined)[])[r] = withStyle(arr[r] as Style, key, undefined);
      }
    });
    if (byCols) {
      sheet.rowProps.forEach((p) => {
        if (!p) return;
        if (isNf) delete p.nf;
        else if (p.style && key in p.style) p.style = withStyle(p.style, key, undefined);
      });
    }
    return;
  }
  for (let c = rc.c0; c <= rc.c1; c++) {
    const cd = col(sheet, c);
    if (isNf) {
      const arr = layer<string>(cd, "nf", true)!;
      for (let r = rc.r0; r <= rc.r1; r++) arr[r] = value as string;
    } else {
      const arr = layer<Style | undefined>(cd, "st", true)!;
      for (let r = rc.r0; r <= rc.r1; r++) arr[r] = withStyle(arr[r], key, value);
    }
  }
}

export function setNumberFormatCell(sheet: SheetState, r: number, c: number, nf: string): void {
  layer<string>(col(sheet, c), "nf", true)![r] = nf;
}

/** Calls fn for each existing column in [c0, c1] (sparse). */
export function forEachColumn(
  sheet: SheetState,
  c0: number,
  c1: number,
  fn: (cd: ColumnData, c: number) => void
): void {
  const hi = Math.min(c1, sheet.cols.length - 1);
  if (hi - c0 > 4096) {
    sheet.cols.forEach((cd, c) => {
      if (cd && c >= c0 && c <= c1) fn(cd, c);
    });
    return;
  }
  for (let c = c0; c <= hi; c++) {
    const cd = sheet.cols[c];
    if (cd) fn(cd, c);
  }
}

export function rowHeight(sheet: SheetState, r: number): number {
  const p = sheet.rowProps[r];
  if (p && p.hidden) return 0;
  return p && p.size !== undefined ? p.size : DEFAULT_ROW_HEIGHT;
}

export function colWidth(sheet: SheetState, c: number): number {
  const p = sheet.colProps[c];
  if (p && p.hidden) return 0;
  return p && p.size !== undefined ? p.size : DEFAULT_COL_WIDTH;
}

/** Distance in points from the top of the sheet to the top of row r. */
export function rowTop(sheet: SheetState, r: number): number {
  let y = r * DEFAULT_ROW_HEIGHT;
  sheet.rowProps.forEach((p, i) => {
    if (i < r && p && (p.hidden || p.size !== undefined))
      y += rowHeight(sheet, i) - DEFAULT_ROW_HEIGHT;
  });
  return y;
}

export function colLeft(sheet: SheetState, c: number): number {
  let x = c * DEFAULT_COL_WIDTH;
  sheet.colProps.forEach((p, i) => {
    if (i < c && p && (p.hidden || p.size !== undefined))
      x += colWidth(sheet, i) - DEFAULT_COL_WIDTH;
  });
  return x;
}

/** Row containing the point y (points from the top). */
export function rowAt(sheet: SheetState, y: number): number {
  let acc = 0;
  for (let r = 0; r < MAX_ROWS; r++) {
    const h = rowHeight(sheet, r);
    if (acc + h > y) return r;
    acc += h;
    if (r > 4096 && sheet.rowProps.length < r) {
      return Math.min(LAST_ROW, r + Math.floor((y - acc) / DEFAULT_ROW_HEIGHT) + 1);
    }
  }
  return LAST_ROW;
}

export function colAt(sheet: SheetState, x: number): number {
  let acc = 0;
  for (let c = 0; c < MAX_COLS; c++) {
    const w = colWidth(sheet, c);
    if (acc + w > x) return c;
    acc += w;
  }
  return LAST_COL;
}

/* ------------------------------------------------------------------------------------------ */
/* Used range                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function lastDefined(arr: unknown[] | undefined): number {
  if (!arr) return -1;
  for (let i = arr.length - 1; i >= 0; i--) if (arr[i] !== undefined) return i;
  return -1;
}

function firstDefined(arr: unknown[] | undefined): number {
  if (!arr) return -1;
  const n = arr.length;
  for (let i = 0; i < n; i++) if (arr[i] !== undefined) return i;
  return -1;
}

/** Used range of a sheet (values only, or also formatted cells), null when empty. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  sheet.cols.forEach((cd, c) => {
    if (!cd) return;
    const arrays: (unknown[] | undefined)[] = valuesOnly ? [cd.v] : [cd.v, cd.nf, cd.st];
    for (const a of arrays) {
      const hi = lastDefined(a);
      if (hi < 0) continue;
      const lo = firstDefined(a);
      if (lo < r0) r0 = lo;
      if (hi > r1) r1 = hi;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  });
  if (!valuesOnly) {
    sheet.rowProps.forEach((p, r) => {
      if (!p || (p.style === undefined && p.nf === undefined)) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = 0;
      c1 = Math.max(c1, 0);
    });
    sheet.colProps.forEach((p, c) => {
      if (!p || (p.style === undefined && p.nf === undefined)) return;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
      r0 = 0;
      r1 = Math.max(r1, 0);
    });
  }
  if (r1 < 0) return null;
  return { r0, c0, r1, c1 };
}

/** Excel's "current region": expand until bordered by empty rows and columns (diagonals count). */
export function surroundingRegion(sheet: SheetState, start: Rect): Rect {
  const r = { ...start };
  const rowHas = (row: number, a: number, b: number) => {
    if (row < 0 || row > LAST_ROW) return false;
    for (let c = Math.max(0, a); c <= Math.min(LAST_COL, b); c++) {
      if (!isEmptyCell(sheet, row, c)) return true;
    }
    return false;
  };
  const colHas = (c: number, a: number, b: number) => {
    if (c < 0 || c > LAST_COL) return false;
    const cd = sheet.cols[c];
    if (!cd) return false;
    const hi = Math.min(b, cd.v.length - 1, LAST_ROW);
    for (let row = Math.max(0, a); row <= hi; row++) if (cd.v[row] !== undefined) return true;
    return false;
  };
  let changed = true;
  while (changed) {
    changed = false;
    while (rowHas(r.r1 + 1, r.c0 - 1, r.c1 + 1)) {
      r.r1++;
      changed = true;
    }
    while (rowHas(r.r0 - 1, r.c0 - 1, r.c1 + 1)) {
      r.r0--;
      changed = true;
    }
    if (colHas(r.c1 + 1, r.r0 - 1, r.r1 + 1)) {
      r.c1++;
      changed = true;
    }
    if (colHas(r.c0 - 1, r.r0 - 1, r.r1 + 1)) {
      r.c0--;
      changed = true;
    }
  }
  return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Tables                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export function tableHeaderRow(t: TableState): number {
  return t.rect.r0;
}

export function tableBody(t: TableState): Rect {
  return {
    r0: t.rect.r0 + 1,
    c0: t.rect.c0,
    r1: t.rect.r1 - (t.showTotals ? 1 : 0),
    c1: t.rect.c1,
  };
}

export function tableColumnNames(sheet: SheetState, t: TableState): string[] {
  const out: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const v = getValue(sheet, t.rect.r0, c);
    out.push(v === undefined ? "" : String(v));
  }
  return out;
}

/** `name`, or `name2`, `name3` ... : the first not among `others`, ignoring case. */
export function uniqueHeader(name: string, others: readonly string[]): string {
  const taken = new Set(others.map((o) => o.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has((name + n).toLowerCase())) n++;
  return name + n;
}

/** Header cells are unique, non-empty text, as in Excel. */
export function normalizeTableHeaders(sheet: SheetState, t: TableState): void {
  const seen = new Set<string>();
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const v = getValue(sheet, t.rect.r0, c);
    let name = v === undefined ? "" : String(v);
    if (name === "") {
      let n = c - t.rect.c0 + 1;
      while (seen.has(`column${n}`) || headerTaken(sheet, t, `Column${n}`, c)) n++;
      name = `Column${n}`;
    }
    if (seen.has(name.toLowerCase())) {
      let n = 2;
      while (seen.has((name + n).toLowerCase())) n++;
      name = name + n;
    }
    seen.add(name.toLowerCase());
    if (v !== name || getFormula(sheet, t.rect.r0, c) !== undefined) {
      setCell(sheet, t.rect.r0, c, name);
    }
  }
}

function headerTaken(sheet: SheetState, t: TableState, name: string, except: number): boolean {
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    if (c === except) continue;
    const v = getValue(sheet, t.rect.r0, c);
    if (v !== undefined && sameName(String(v), name)) return true;
  }
  return false;
}

export function tablesOf(state: WorkbookState, sheet: SheetState): TableState[] {
  return state.tables.filter((t) => t.sheetId === sheet.id);
}

export function isNameTaken(state: WorkbookState, name: string): boolean {
  return (
    state.tables.some((t) => sameName(t.name, name)) ||
    state.names.some((n) => sameName(n.name, name))
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Structural changes                                                                          */
/* ------------------------------------------------------------------------------------------ */

function arrInsert(arr: unknown[], at: number, n: number, max: number): void {
  const len = arr.length;
  if (at >= len) return;
  const newLen = Math.min(len + n, max);
  arr.length = newLen;
  arr.copyWithin(at + n, at, len);
  arr.fill(undefined, at, Math.min(at + n, newLen));
}

function arrDelete(arr: unknown[], at: number, n: number): void {
  const len = arr.length;
  if (at >= len) return;
  const end = Math.min(at + n, len);
  arr.copyWithin(at, end, len);
  arr.length = len - (end - at);
}

function columnLastUsed(cd: ColumnData | undefined): number {
  if (!cd) return -1;
  let hi = -1;
  for (const l of LAYERS) hi = Math.max(hi, lastDefined(cd[l] as unknown[] | undefined));
  return hi;
}

function moveCell(sheet: SheetState, r: number, from: number, to: number): void {
  const src = sheet.cols[from];
  if (!src && !sheet.cols[to]) return;
  const dst = col(sheet, to);
  for (const l of LAYERS) {
    const sa = src ? (src[l] as unknown[] | undefined) : undefined;
    const val = sa ? sa[r] : undefined;
    const da = dst[l] as unknown[] | undefined;
    if (val === undefined) {
      if (da && r < da.length) da[r] = undefined;
    } else {
      layer<unknown>(dst, l, true)![r] = val;
    }
  }
}

function clearCellAll(sheet: SheetState, r: number, c: number): void {
  const cd = sheet.cols[c];
  if (!cd) return;
  for (const l of LAYERS) {
    const a = cd[l] as unknown[] | undefined;
    if (a && r < a.length) a[r] = undefined;
  }
}

/** Moves cells (all layers) for a shift; checks "nonblank cells pushed off the sheet". */
function moveCells(sheet: SheetState, s: Shift): void {
  const full = s.span0 === 0 && s.span1 === (s.axis === "rows" ? LAST_COL : LAST_ROW);
  if (s.axis === "rows") {
    if (s.kind === "insert") {
      forEachColumn(sheet, s.span0, s.span1, (cd) => {
        if (columnLastUsed(cd) + s.count > LAST_ROW) throw err("NonBlankCellOffSheet");
      });
    }
    forEachColumn(sheet, s.span0, s.span1, (cd) => {
      for (const l of LAYERS) {
        const a = cd[l] as unknown[] | undefined;
        if (!a) continue;
        if (s.kind === "insert") arrInsert(a, s.at, s.count, MAX_ROWS);
        else arrDelete(a, s.at, s.count);
      }
    });
    if (full) {
      if (s.kind === "insert") arrInsert(sheet.rowProps, s.at, s.count, MAX_ROWS);
      else arrDelete(sheet.rowProps, s.at, s.count);
    }
    return;
  }
  // Columns.
  if (full) {
    if (s.kind === "insert") {
      for (let c = MAX_COLS - s.count; c < sheet.cols.length; c++) {
        if (columnLastUsed(sheet.cols[c]) >= 0) throw err("NonBlankCellOffSheet");
      }
      arrInsert(sheet.cols, s.at, s.count, MAX_COLS);
      arrInsert(sheet.colProps, s.at, s.count, MAX_COLS);
    } else {
      arrDelete(sheet.cols, s.at, s.count);
      arrDelete(sheet.colProps, s.at, s.count);
    }
    return;
  }
  let maxRow = -1;
  sheet.cols.forEach((cd) => (maxRow = Math.max(maxRow, columnLastUsed(cd))));
  const r1 = Math.min(s.span1, maxRow);
  const lastCol = sheet.cols.length - 1;
  if (s.kind === "insert") {
    for (let c = Math.max(s.at, MAX_COLS - s.count); c <= lastCol; c++) {
      for (let r = s.span0; r <= r1; r++) {
        if (!isEmptyCell(sheet, r, c)) throw err("NonBlankCellOffSheet");
      }
    }
    for (let c = Math.min(lastCol, LAST_COL - s.count); c >= s.at; c--) {
      for (let r = s.span0; r <= r1; r++) moveCell(sheet, r, c, c + s.count);
    }
    for (let c = s.at; c < s.at + s.count && c <= lastCol; c++) {
      for (let r = s.span0; r <= r1; r++) clearCellAll(sheet, r, c);
    }
  } else {
    for (let c = s.at; c <= lastCol; c++) {
      for (let r = s.span0; r <= r1; r++) {
        if (c + s.count <= lastCol) moveCell(sheet, r, c + s.count, c);
        else clearCellAll(sheet, r, c);
      }
    }
  }
}

function shiftRects(list: Rect[], s: Shift): Rect[] {
  const out: Rect[] = [];
  for (const r of list) {
    const n = shiftRect(r, s);
    if (n) out.push(n);
  }
  return out;
}

/** Rewrites formula references to `sheetName` according to fn everywhere in the workbook. */
export function rewriteAllFormulas(
  state: WorkbookState,
  fn: (sheet: string, r: Rect) => Rect | null | undefined,
  renameSheet?: (sheet: string) => string | null | undefined,
  /** Anchor moves of conditional formats / validations (their formulas are relative to it). */
  anchorMoves?: Map<object, { dr: number; dc: number }>
): void {
  const opts = { renameSheet };
  const anchored = (o: object) => {
    const t = anchorMoves?.get(o);
    return t ? { renameSheet, translate: t } : opts;
  };
  for (const sh of state.sheets) {
    sh.cols.forEach((cd) => {
      if (!cd || !cd.f) return;
      const f = cd.f;
      f.forEach((formula, r) => {
        if (formula === undefined) return;
        const nf = rewriteFormula(formula, sh.name, fn, opts);
        if (nf !== formula) {
          f[r] = nf;
          // A formula outside the fake's calculation keeps showing its text (see calc.ts).
          if (cd.v[r] === formula) cd.v[r] = nf;
        }
      });
    });
    for (const n of sh.names) n.formula = rewriteFormula(n.formula, sh.name, fn, opts);
    for (const ch of sh.charts) {
      for (const se of ch.series) {
        for (const k of ["values", "xValues", "nameRef", "bubbleSizes"]) {
          const v = se[k];
          if (typeof v === "string") se[k] = rewriteFormula(v, sh.name, fn, opts);
        }
      }
    }
    for (const dv of sh.dvs) {
      const o = anchored(dv);
      const list = dv.rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string" && list.source.startsWith("=")) {
        list.source = rewriteFormula(list.source, sh.name, fn, o);
      }
      for (const k of Object.keys(dv.rule)) {
        const sub = dv.rule[k] as Record<string, unknown> | undefined;
        if (!sub || typeof sub !== "object") continue;
        for (const fk of ["formula1", "formula2", "formula"]) {
          if (typeof sub[fk] === "string" && (sub[fk] as string).startsWith("=")) {
            sub[fk] = rewriteFormula(sub[fk] as string, sh.name, fn, o);
          }
        }
      }
    }
    for (const cf of sh.cfs) {
      const o = anchored(cf);
      rewriteDeep(cf.data, (f) => rewriteFormula(f, sh.name, fn, o));
    }
  }
  const home = activeSheet(state)?.name ?? "";
  for (const n of state.names) n.formula = rewriteFormula(n.formula, home, fn, opts);
}

function rewriteDeep(o: Record<string, unknown>, fn: (f: string) => string): void {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string" && v.startsWith("=") && /formula/i.test(k)) o[k] = fn(v);
    else if (v && typeof v === "object" && !Array.isArray(v)) {
      rewriteDeep(v as Record<string, unknown>, fn);
    }
  }
}

/**
 * Inserts or deletes cells of one sheet and adjusts everything that refers to cells.
 * Throws (before changing anything) when the shift would break a table or a merged area or push
 * data off the sheet.
 */
export function applyShift(state: WorkbookState, sheet: SheetState, s: Shift): void {
  const full = s.span0 === 0 && s.span1 === (s.axis === "rows" ? LAST_COL : LAST_ROW);
  const byRows = s.axis === "rows";
  const lo = (r: Rect) => (byRows ? r.r0 : r.c0);
  const hi = (r: Rect) => (byRows ? r.r1 : r.c1);
  const pLo = (r: Rect) => (byRows ? r.c0 : r.r0);
  const pHi = (r: Rect) => (byRows ? r.c1 : r.r1);
  const affected = (r: Rect) => hi(r) >= s.at;
  const partialSpan = (r: Rect) =>
    !(pLo(r) >= s.span0 && pHi(r) <= s.span1) && pHi(r) >= s.span0 && pLo(r) <= s.span1;
  // Excel refuses to shift part of a table (InsertDeleteConflict, "would move cells in a table
  // on your worksheet": https://github.com/microsoftgraph/microsoft-graph-docs/issues/4392) or
  // part of a merged area (MergedRangeConflict, Excel.ErrorCodes:
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes), part of a legacy
  // array formula ("You can't change part of an array": cells can't be inserted or deleted inside
  // a multi-cell array; InsertDeleteConflict) or part of a PivotTable (PivotTableRangeConflict,
  // same ErrorCodes page).
  const tables = tablesOf(state, sheet);
  if (!full) {
    for (const t of tables) {
      if (affected(t.rect) && partialSpan(t.rect)) {
        throw err(
          "InsertDeleteConflict",
          "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet."
        );
      }
    }
    for (const m of sheet.merges) {
      if (affected(m) && partialSpan(m)) {
        throw err("MergedRangeConflict", "Cannot change part of a merged cell.");
      }
    }
    for (const a of sheet.arrays) {
      if (affected(a) && partialSpan(a)) {
        throw err("InsertDeleteConflict", "You can't change part of an array.");
      }
    }
    for (const p of sheet.pivots) {
      if (affected(p) && partialSpan(p)) {
        throw err(
          "PivotTableRangeConflict",
          "The operation is attempting to change part of a PivotTable report."
        );
      }
    }
  }
  if (s.kind === "delete") {
    const d1 = s.at + s.count - 1;
    for (const t of tables) {
      const inSpan = pLo(t.rect) >= s.span0 && pHi(t.rect) <= s.span1;
      if (!inSpan) continue;
      const whole = lo(t.rect) >= s.at && hi(t.rect) <= d1;
      if (whole) continue;
      if (byRows && t.rect.r0 >= s.at && t.rect.r0 <= d1) {
        throw err("InsertDeleteConflict", "The header row of a table can't be deleted alone.");
      }
    }
  }
  moveCells(sheet, s);

  // Conditional format and validation formulas are relative to the top-left cell of their first
  // range: express them from the old cell that becomes the new top-left, then shift as usual.
  const anchorMoves = new Map<object, { dr: number; dc: number }>();
  for (const x of [...sheet.cfs, ...sheet.dvs]) {
    const first = x.ranges[0];
    const moved = first ? shiftRect(first, s) : null;
    if (!first || !moved) continue;
    const p = unshiftPoint(moved.r0, moved.c0, s);
    anchorMoves.set(x, { dr: p.r - first.r0, dc: p.c - first.c0 });
  }

  // Sheet-local rectangles.
  sheet.merges = shiftRects(sheet.merges, s);
  sheet.arrays = shiftRects(sheet.arrays, s);
  sheet.pivots = shiftRects(sheet.pivots, s);
  sheet.cfs = sheet.cfs.filter((cf) => {
    cf.ranges = shiftRects(cf.ranges, s);
    return cf.ranges.length > 0;
  });
  sheet.dvs = sheet.dvs.filter((dv) => {
    dv.ranges = shiftRects(dv.ranges, s);
    return dv.ranges.length > 0;
  });
  const sel = shiftRects(sheet.selection, s);
  sheet.selection = sel.length ? sel : [{ r0: 0, c0: 0, r1: 0, c1: 0 }];

  const emptied: TableState[] = [];
  state.tables = state.tables.filter((t) => {
    if (t.sheetId !== sheet.id) return true;
    const before = t.rect;
    const n = shiftRect(t.rect, s);
    if (!n) return false;
    t.rect = n;
    if (byRows && s.kind === "delete" && n !== before && tableBody(t).r1 < tableBody(t).r0) {
      emptied.push(t);
    }
    return true;
  });

  // Formulas, names, chart series, validation lists, conditional format rules.
  rewriteAllFormulas(
    state,
    (name, r) => (sameName(name, sheet.name) ? shiftRect(r, s) : undefined),
    undefined,
    anchorMoves
  );

  // Charts "move and size with cells" (approximately: by default row heights / column widths).
  if (full) {
    const edge = byRows ? rowTop(sheet, s.at) : colLeft(sheet, s.at);
    const unit = byRows ? DEFAULT_ROW_HEIGHT : DEFAULT_COL_WIDTH;
    for (const ch of sheet.charts) {
      const pos = byRows ? ch.top : ch.left;
      if (pos < edge) continue;
      const delta = (s.kind === "insert" ? 1 : -1) * s.count * unit;
      if (byRows) ch.top = Math.max(edge, ch.top + delta);
      else ch.left = Math.max(edge, ch.left + delta);
    }
  }

  for (const t of tablesOf(state, sheet)) normalizeTableHeaders(sheet, t);
  // A table keeps at least one (empty) data row, as in Excel.
  for (const t of emptied) {
    applyShift(state, sheet, {
      axis: "rows",
      kind: "insert",
      at: t.rect.r0 + 1,
      count: 1,
      span0: t.rect.c0,
      span1: t.rect.c1,
    });
    if (t.rect.r1 === t.rect.r0) t.rect = { ...t.rect, r1: t.rect.r0 + 1 };
  }
}

/** The cell that a shift moved to (r, c). */
function unshiftPoint(r: number, c: number, s: Shift): { r: number; c: number } {
  const byRows = s.axis === "rows";
  const along = byRows ? r : c;
  const across = byRows ? c : r;
  if (across < s.span0 || across > s.span1) return { r, c };
  let p = along;
  if (s.kind === "insert") p = along >= s.at + s.count ? along - s.count : along;
  else p = along >= s.at ? along + s.count : along;
  return byRows ? { r: p, c } : { r, c: p };
}

/** Sorts the rows r0..r1 of the columns c0..c1 (all cell layers move together). */
export function sortRect(
  sheet: SheetState,
  rc: Rect,
  compare: (a: number, b: number) => number
): void {
  const n = rc.r1 - rc.r0 + 1;
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = rc.r0 + i;
  order.sort((a, b) => compare(a, b) || a - b);
  forEachColumn(sheet, rc.c0, rc.c1, (cd) => {
    for (const l of LAYERS) {
      const a = cd[l] as unknown[] | undefined;
      if (!a) continue;
      const copy = order.map((r) => a[r]);
      for (let i = 0; i < n; i++) {
        if (copy[i] === undefined && rc.r0 + i >= a.length) continue;
        a[rc.r0 + i] = copy[i];
      }
    }
  });
}

/** Excel's default sort order: numbers < text (case-insensitive) < booleans < errors < blanks. */
export function compareCells(a: CellValue | undefined, b: CellValue | undefined): number {
  const rank = (v: CellValue | undefined) =>
    v === undefined
      ? 5
      : typeof v === "number"
        ? 1
        : typeof v === "boolean"
          ? 3
          : ERROR_VALUES.has(v)
            ? 4
            : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) return (a as number) - (b as number);
  if (ra === 2) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 3) return Number(a) - Number(b);
  return 0;
}

/** Clears contents and/or formats of a rectangle. */
export function clearRect(sheet: SheetState, rc: Rect, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "RemoveHyperlinks";
  const formats = applyTo === "All" || applyTo === "Formats";
  forEachColumn(sheet, rc.c0, rc.c1, (cd) => {
    const layers: LayerName[] = [];
    if (contents) layers.push("v", "f");
    if (formats) layers.push("nf", "st");
    if (applyTo === "All") layers.push("cm");
    for (const l of layers) {
      const a = cd[l] as unknown[] | undefined;
      if (!a) continue;
      const hi = Math.min(rc.r1, a.length - 1);
      if (hi >= rc.r0) a.fill(undefined, rc.r0, hi + 1);
    }
  });
  if (formats && (isFullHeight(rc) || isFullWidth(rc))) {
    const byCols = isFullHeight(rc);
    const lines = byCols ? sheet.colProps : sheet.rowProps;
    const from = byCols ? rc.c0 : rc.r0;
    const to = byCols ? rc.c1 : rc.r1;
    lines.forEach((p, i) => {
      if (p && i >= from && i <= to) {
        delete p.style;
        delete p.nf;
      }
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Deleting and renaming sheets                                                                 */
/* ------------------------------------------------------------------------------------------ */

export function renameSheet(state: WorkbookState, sheet: SheetState, newName: string): void {
  if (sheet.name === newName) return;
  validateSheetName(state, newName, sheet);
  const old = sheet.name;
  rewriteAllFormulas(
    state,
    () => undefined,
    (s) => (sameName(s, old) ? newName : undefined)
  );
  sheet.name = newName;
}

export function deleteSheet(state: WorkbookState, sheet: SheetState): void {
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length <= 1 && sheet.visibility === "Visible") {
    throw err("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  const idx = state.sheets.indexOf(sheet);
  state.sheets.splice(idx, 1);
  state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
  rewriteAllFormulas(
    state,
    () => undefined,
    (s) => (sameName(s, sheet.name) ? null : undefined)
  );
  if (state.activeSheetId === sheet.id) {
    const next =
      state.sheets.slice(idx).find((s) => s.visibility === "Visible") ??
      state.sheets.find((s) => s.visibility === "Visible")!;
    state.activeSheetId = next.id;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Cloning (rollback of failed batches, reopen)                                                */
/* ------------------------------------------------------------------------------------------ */

export function deepClone<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => deepClone(x)) as unknown as T;
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(v as object)) o[k] = deepClone((v as Record<string, unknown>)[k]);
  return o as T;
}

function cloneSheet(s: SheetState): SheetState {
  const cols: (ColumnData | undefined)[] = new Array(s.cols.length);
  s.cols.forEach((cd, c) => {
    const n: ColumnData = { v: cd!.v.slice() };
    if (cd!.f) n.f = cd!.f.slice();
    if (cd!.nf) n.nf = cd!.nf.slice();
    if (cd!.st) n.st = cd!.st.slice(); // styles are immutable, shared
    if (cd!.cm) n.cm = cd!.cm.slice();
    cols[c] = n;
  });
  const lines = (arr: (LineProps | undefined)[]) => {
    const out: (LineProps | undefined)[] = new Array(arr.length);
    arr.forEach((p, i) => (out[i] = p ? { ...p } : undefined));
    return out;
  };
  return {
    ...s,
    cols,
    rowProps: lines(s.rowProps),
    colProps: lines(s.colProps),
    merges: s.merges.map((r) => ({ ...r })),
    arrays: s.arrays.map((r) => ({ ...r })),
    pivots: s.pivots.map((r) => ({ ...r })),
    charts: deepClone(s.charts),
    cfs: deepClone(s.cfs),
    dvs: deepClone(s.dvs),
    names: deepClone(s.names),
    selection: s.selection.map((r) => ({ ...r })),
  };
}

export function cloneWorkbook(w: WorkbookState): WorkbookState {
  return {
    ...w,
    sheets: w.sheets.map(cloneSheet),
    tables: deepClone(w.tables),
    names: deepClone(w.names),
    settings: deepClone(w.settings),
    properties: deepClone(w.properties),
  };
}

/**
 * A reopened file whose sheets got other ids. Worksheet.id stays the same while the workbook is
 * open, not across openings (Microsoft's answer in OfficeDev/office-js-docs issue 297), and files
 * moved between Excel versions come back with remapped ids (OfficeDev/office-js issue 1390).
 */
export function renewSheetIds(state: WorkbookState): void {
  const ids = new Map<string, string>();
  for (const sheet of state.sheets) {
    const id = guid(nextId(state), 1);
    ids.set(sheet.id, id);
    sheet.id = id;
  }
  for (const t of state.tables) t.sheetId = ids.get(t.sheetId) ?? t.sheetId;
  state.activeSheetId = ids.get(state.activeSheetId) ?? state.activeSheetId;
}

/* ------------------------------------------------------------------------------------------ */
/* Names                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export function validateName(name: string): void {
  if (
    typeof name !== "string" ||
    !/^[A-Za-z_\\\u00C0-\uFFFF][\w.\\\u00C0-\uFFFF]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw err("InvalidArgument", `The name '${name}' is not valid.`);
  }
}

/** "=Sheet1!$A$1:$B$5" for a rectangle. */
export function absRef(sheetName: string, r: Rect): string {
  return "=" + quoteSheet(sheetName) + "!" + formatRect(r, true);
}

export function rectsOverlapTable(state: WorkbookState, sheet: SheetState, r: Rect): boolean {
  return tablesOf(state, sheet).some((t) => intersect(t.rect, r) !== null);
}

export function rectContainsTable(t: TableState, r: Rect): boolean {
  return contains(r, t.rect);
}
