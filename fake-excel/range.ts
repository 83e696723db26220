/** Range, RangeAreas, RangeView, formats and sorting of the fake Excel host. */
import {
  LAST_COL,
  LAST_ROW,
  Rect,
  Shift,
  bounding,
  cols,
  contains,
  formatAddress,
  formulaRefs,
  intersect,
  isFullHeight,
  isFullWidth,
  parseArea,
  rows,
  subtract,
} from "./address";
import { ExcelEnums } from "./enums";
import { OfficeError } from "./errors";
import { formatText, normalizeColor } from "./format";
import * as M from "./model";
import { SheetState, WorkbookState } from "./model";
import {
  ClientCollection,
  ClientObject,
  CreateOptions,
  RequestContext,
  defineProps,
  jsonBytes,
} from "./runtime";
import { ConditionalFormatCollection, DataValidation } from "./cf";
import { TableScopedCollection, Worksheet, worksheetOf } from "./objects";

export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}

export interface AreasTarget {
  sheetId: string;
  rects: Rect[];
}

const err = M.err;

/* ------------------------------------------------------------------------------------------ */
/* Address resolution                                                                          */
/* ------------------------------------------------------------------------------------------ */

/** A rectangle for an address (or a named range) inside a given sheet. */
export function rectInSheet(state: WorkbookState, sheet: SheetState, address: string): Rect {
  const p = parseArea(address);
  if (p) {
    if (p.sheet !== undefined && !M.sameName(p.sheet, sheet.name)) {
      throw err("InvalidArgument", `The address '${address}' is not on worksheet '${sheet.name}'.`);
    }
    return p.rect;
  }
  const n = findNameRange(state, address, sheet);
  if (n && n.sheet.id === sheet.id) return n.rect;
  throw err("InvalidArgument", `The address '${address}' is not valid.`);
}

/** Sheet and rectangle of an address that may carry a sheet name (default: fallback sheet). */
export function resolveAddress(
  state: WorkbookState,
  address: string,
  fallback: SheetState
): { sheet: SheetState; rect: Rect } {
  const p = parseArea(address);
  if (p) {
    const sheet = p.sheet !== undefined ? M.findSheet(state, p.sheet) : fallback;
    if (!sheet) throw err("ItemNotFound", `The worksheet '${p.sheet}' doesn't exist.`);
    return { sheet, rect: p.rect };
  }
  const n = findNameRange(state, address, fallback);
  if (n) return n;
  throw err("InvalidArgument", `The address '${address}' is not valid.`);
}

/** The range a defined name refers to (null when it is not a single range). */
export function nameRange(
  state: WorkbookState,
  formula: string,
  homeSheet: string
): { sheet: SheetState; rect: Rect } | null {
  const body = formula.replace(/^=/, "").trim();
  const refs = formulaRefs(formula, homeSheet);
  if (refs.length !== 1) return null;
  const p = parseArea(body);
  if (!p) return null;
  const sheet = M.findSheet(state, refs[0].sheet);
  if (!sheet) return null;
  return { sheet, rect: p.rect };
}

function findNameRange(
  state: WorkbookState,
  name: string,
  sheet: SheetState
): { sheet: SheetState; rect: Rect } | null {
  const local = sheet.names.find((n) => M.sameName(n.name, name));
  if (local) return nameRange(state, local.formula, sheet.name);
  const global = state.names.find((n) => M.sameName(n.name, name));
  if (global) return nameRange(state, global.formula, M.activeSheet(state).name);
  return null;
}

/* ------------------------------------------------------------------------------------------ */
/* Cell grids                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function checkResponseSize(ctx: RequestContext, rect: Rect, perCell = 3): void {
  const cells = rows(rect) * cols(rect);
  if (cells * perCell > ctx._host.maxPayloadBytes) {
    throw new OfficeError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload for ${cells} cells would exceed the limit of ${ctx._host.maxPayloadBytes} bytes.`
    );
  }
}

/** 2-D array of cell data, built column by column from the sparse column store. */
export function readGrid<T>(
  sheet: SheetState,
  rc: Rect,
  empty: T,
  pick: (cd: M.ColumnData, r: number, c: number) => T | undefined
): T[][] {
  const nR = rows(rc);
  const nC = cols(rc);
  const out: T[][] = new Array(nR);
  for (let i = 0; i < nR; i++) out[i] = new Array(nC).fill(empty);
  for (let j = 0; j < nC; j++) {
    const c = rc.c0 + j;
    const cd = sheet.cols[c];
    if (!cd) continue;
    const hi = Math.min(rc.r1, cd.v.length - 1);
    for (let r = rc.r0; r <= hi; r++) {
      const v = pick(cd, r, c);
      if (v !== undefined) out[r - rc.r0][j] = v;
    }
  }
  return out;
}

function gridOf(rc: Rect, fn: (r: number, c: number) => unknown): unknown[][] {
  const out: unknown[][] = new Array(rows(rc));
  for (let i = 0; i < out.length; i++) {
    const row = new Array(cols(rc));
    for (let j = 0; j < row.length; j++) row[j] = fn(rc.r0 + i, rc.c0 + j);
    out[i] = row;
  }
  return out;
}

function dimsError(rc: Rect): OfficeError {
  return err(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows(rc)} x ${cols(rc)}).`
  );
}

function inputGetter(input: unknown, rc: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const nC = cols(rc);
  if (input.length !== rows(rc)) throw dimsError(rc);
  for (const row of input) if (!Array.isArray(row) || row.length !== nC) throw dimsError(rc);
  return (i, j) => (input as unknown[][])[i][j];
}

/** range.values / range.formulas = ... (typed input rules of Excel, see model.coerceInput). */
export function writeCells(state: WorkbookState, sheet: SheetState, rc: Rect, input: unknown) {
  const get = inputGetter(input, rc);
  if (!Array.isArray(input) && rows(rc) * cols(rc) > 20_000_000) {
    throw err("RangeExceedsLimit" as string, "The range is too large for a single value.");
  }
  for (let j = 0; j < cols(rc); j++) {
    const c = rc.c0 + j;
    for (let r = rc.r0; r <= rc.r1; r++) {
      const raw = get(r - rc.r0, j);
      if (typeof raw === "number" && Number.isFinite(raw)) {
        const cd = M.col(sheet, c);
        cd.v[r] = raw;
        if (cd.f && r < cd.f.length) cd.f[r] = undefined;
        continue;
      }
      const res = M.coerceInput(raw, M.getNumberFormat(sheet, r, c) === "@");
      if (!res) continue;
      M.setCell(sheet, r, c, res.v, res.f);
    }
  }
  afterCellWrite(state, sheet, rc);
}

export function afterCellWrite(state: WorkbookState, sheet: SheetState, rc: Rect): void {
  for (const t of M.tablesOf(state, sheet)) {
    if (t.rect.r0 >= rc.r0 && t.rect.r0 <= rc.r1 && t.rect.c1 >= rc.c0 && t.rect.c0 <= rc.c1) {
      M.normalizeTableHeaders(sheet, t);
    }
  }
}

function writeNumberFormats(sheet: SheetState, rc: Rect, input: unknown): void {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    M.setFormat(sheet, rc, "nf", String(input));
    return;
  }
  const get = inputGetter(input, rc);
  for (let i = 0; i < rows(rc); i++) {
    for (let j = 0; j < cols(rc); j++) {
      const v = get(i, j);
      if (v === null || v === undefined) continue;
      M.setNumberFormatCell(sheet, rc.r0 + i, rc.c0 + j, String(v));
    }
  }
}

/** Uniform value of a key over a rectangle, null when mixed. */
function uniform(values: Iterable<unknown>): unknown {
  let first: unknown = undefined;
  let seen = false;
  for (const v of values) {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) return null;
  }
  return seen ? first : null;
}

export function readStyle(sheet: SheetState, rc: Rect, key: string): unknown {
  const n = rows(rc) * cols(rc);
  if (n <= 2_000_000) {
    let first: unknown = undefined;
    for (let c = rc.c0; c <= rc.c1; c++) {
      for (let r = rc.r0; r <= rc.r1; r++) {
        const v = M.styleValue(sheet, r, c, key);
        if (r === rc.r0 && c === rc.c0) first = v;
        else if (v !== first) return null;
      }
    }
    return first;
  }
  // Very large ranges: look at line styles and the sparse cell styles only.
  const vals = new Set<unknown>([M.styleValue(sheet, rc.r0, rc.c0, key)]);
  M.forEachColumn(sheet, rc.c0, rc.c1, (cd, c) => {
    cd.st?.forEach((st, r) => {
      if (st && r >= rc.r0 && r <= rc.r1) vals.add(M.styleValue(sheet, r, c, key));
    });
  });
  sheet.rowProps.forEach((p, r) => {
    if (p && p.style && r >= rc.r0 && r <= rc.r1) vals.add(M.styleValue(sheet, r, rc.c0, key));
  });
  sheet.colProps.forEach((p, c) => {
    if (p && p.style && c >= rc.c0 && c <= rc.c1) vals.add(M.styleValue(sheet, rc.r0, c, key));
  });
  return vals.size === 1 ? [...vals][0] : null;
}

function hiddenState(lines: (M.LineProps | undefined)[], lo: number, hi: number): boolean | null {
  let hidden = 0;
  lines.forEach((p, i) => {
    if (p && p.hidden && i >= lo && i <= hi) hidden++;
  });
  if (hidden === 0) return false;
  return hidden === hi - lo + 1 ? true : null;
}

function setHidden(lines: (M.LineProps | undefined)[], lo: number, hi: number, v: boolean) {
  for (let i = lo; i <= hi; i++) {
    let p = lines[i];
    if (!p) {
      if (!v) continue;
      p = {};
      lines[i] = p;
    }
    p.hidden = v;
  }
}

function visibleIntervals(
  lines: (M.LineProps | undefined)[],
  lo: number,
  hi: number
): [number, number][] {
  const hidden: number[] = [];
  lines.forEach((p, i) => {
    if (p && p.hidden && i >= lo && i <= hi) hidden.push(i);
  });
  const out: [number, number][] = [];
  let start = lo;
  for (const h of hidden) {
    if (h > start) out.push([start, h - 1]);
    start = h + 1;
  }
  if (start <= hi) out.push([start, hi]);
  return out;
}

/** Rectangles covering the cells of rc for which test() is true (row runs merged downwards). */
function maskRects(rc: Rect, test: (r: number, c: number) => boolean): Rect[] {
  const out: Rect[] = [];
  let open: Rect[] = [];
  for (let r = rc.r0; r <= rc.r1; r++) {
    const runs: [number, number][] = [];
    let start = -1;
    for (let c = rc.c0; c <= rc.c1 + 1; c++) {
      const on = c <= rc.c1 && test(r, c);
      if (on && start < 0) start = c;
      if (!on && start >= 0) {
        runs.push([start, c - 1]);
        start = -1;
      }
    }
    const next: Rect[] = [];
    for (const [a, b] of runs) {
      const o = open.find((x) => x.c0 === a && x.c1 === b && x.r1 === r - 1);
      if (o) {
        o.r1 = r;
        next.push(o);
      } else {
        const n = { r0: r, c0: a, r1: r, c1: b };
        out.push(n);
        next.push(n);
      }
    }
    open = next;
  }
  return out.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}

function specialCells(
  sheet: SheetState,
  rc: Rect,
  type: string,
  valueType: string | undefined
): Rect[] {
  if (type === "Visible") {
    const rs = visibleIntervals(sheet.rowProps, rc.r0, rc.r1);
    const cs = visibleIntervals(sheet.colProps, rc.c0, rc.c1);
    const out: Rect[] = [];
    if (cs.length === 1 && isFullWidth(rc)) {
      for (const [r0, r1] of rs) out.push({ r0, r1, c0: cs[0][0], c1: cs[0][1] });
      return out;
    }
    for (const [r0, r1] of rs) for (const [c0, c1] of cs) out.push({ r0, r1, c0, c1 });
    return out;
  }
  const used = M.usedRect(sheet, false);
  if (!used) return [];
  if (type === "LastCell") return [{ r0: used.r1, c0: used.c1, r1: used.r1, c1: used.c1 }];
  const area = intersect(rc, used);
  if (!area) return [];
  const vt = (valueType ?? "All").toLowerCase();
  const typeOk = (v: M.CellValue | undefined) => {
    if (vt === "all") return true;
    const t = M.valueType(v);
    return (
      (t === "Error" && vt.includes("errors")) ||
      (t === "Boolean" && vt.includes("logical")) ||
      (t === "Double" && vt.includes("numbers")) ||
      (t === "String" && vt.includes("text"))
    );
  };
  const inAny = (list: { ranges: Rect[] }[]) => (r: number, c: number) =>
    list.some((x) => x.ranges.some((q) => r >= q.r0 && r <= q.r1 && c >= q.c0 && c <= q.c1));
  let test: (r: number, c: number) => boolean;
  switch (type) {
    case "Blanks":
      test = (r, c) => M.isEmptyCell(sheet, r, c);
      break;
    case "Constants":
      test = (r, c) =>
        !M.isEmptyCell(sheet, r, c) &&
        M.getFormula(sheet, r, c) === undefined &&
        typeOk(M.getValue(sheet, r, c));
      break;
    case "Formulas":
      test = (r, c) => M.getFormula(sheet, r, c) !== undefined && typeOk(M.getValue(sheet, r, c));
      break;
    case "ConditionalFormats":
    case "SameConditionalFormat":
    case "AllFormatConditions":
      test = inAny(sheet.cfs);
      break;
    case "DataValidations":
    case "SameDataValidation":
    case "AllDataValidations":
      test = inAny(sheet.dvs);
      break;
    default:
      throw err("InvalidArgument", `Unknown special cell type '${type}'.`);
  }
  return maskRects(area, test);
}

/* ------------------------------------------------------------------------------------------ */
/* Range                                                                                       */
/* ------------------------------------------------------------------------------------------ */

const RANGE_RO = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "hidden",
  "isEntireColumn",
  "isEntireRow",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "top",
  "left",
  "width",
  "height",
  "hasSpill",
];
const RANGE_RW = [
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "rowHidden",
  "columnHidden",
  "style",
];

export class Range extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => RangeTarget | null) | null,
    opts?: CreateOptions,
    fixed?: RangeTarget
  ) {
    super(ctx, "Range", create, opts, fixed);
  }

  _scalars(): string[] {
    return [...RANGE_RO, ...RANGE_RW];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "format":
        return this.format;
      case "worksheet":
        return this.worksheet;
      case "conditionalFormats":
        return this.conditionalFormats;
      case "dataValidation":
        return this.dataValidation;
      default:
        return undefined;
    }
  }

  get format(): RangeFormat {
    return this._child("format", () => new RangeFormat(this._ctx, this));
  }

  get worksheet(): Worksheet {
    return worksheetOf<RangeTarget>(this, (t) => t.sheetId);
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._child("cfs", () => new ConditionalFormatCollection(this._ctx, this));
  }

  get dataValidation(): DataValidation {
    return this._child("dv", () => new DataValidation(this._ctx, this));
  }

  get sort(): RangeSort {
    return this._child("sort", () => new RangeSort(this._ctx, this));
  }

  /** Target plus its sheet (throws ItemNotFound when the sheet is gone). */
  _sheetRect(state: WorkbookState): { sheet: SheetState; rect: Rect } {
    const t = this._resolve(state) as RangeTarget;
    return { sheet: M.sheetById(state, t.sheetId), rect: t.rect };
  }

  _read(prop: string, t: RangeTarget, state: WorkbookState): unknown {
    const sheet = M.sheetById(state, t.sheetId);
    const rc = t.rect;
    switch (prop) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rc);
      case "cellCount":
        return rows(rc) * cols(rc);
      case "rowCount":
        return rows(rc);
      case "columnCount":
        return cols(rc);
      case "rowIndex":
        return rc.r0;
      case "columnIndex":
        return rc.c0;
      case "isEntireRow":
        return isFullWidth(rc);
      case "isEntireColumn":
        return isFullHeight(rc);
      case "values":
        checkResponseSize(this._ctx, rc);
        return readGrid<M.CellValue>(sheet, rc, "", (cd, r) => cd.v[r]);
      case "formulas":
      case "formulasLocal":
        checkResponseSize(this._ctx, rc);
        return readGrid<M.CellValue>(sheet, rc, "", (cd, r) => (cd.f && cd.f[r]) ?? cd.v[r]);
      case "valueTypes":
        checkResponseSize(this._ctx, rc, 8);
        return readGrid<string>(sheet, rc, "Empty", (cd, r) =>
          cd.v[r] === undefined ? undefined : M.valueType(cd.v[r])
        );
      case "numberFormat":
      case "numberFormatLocal":
        checkResponseSize(this._ctx, rc, 10);
        return gridOf(rc, (r, c) => M.getNumberFormat(sheet, r, c));
      case "text":
        checkResponseSize(this._ctx, rc);
        return gridOf(rc, (r, c) =>
          formatText(M.getValue(sheet, r, c), M.getNumberFormat(sheet, r, c))
        );
      case "rowHidden":
        return hiddenState(sheet.rowProps, rc.r0, rc.r1);
      case "columnHidden":
        return hiddenState(sheet.colProps, rc.c0, rc.c1);
      case "hidden": {
        const rh = hiddenState(sheet.rowProps, rc.r0, rc.r1);
        const ch = hiddenState(sheet.colProps, rc.c0, rc.c1);
        if (rh === true || ch === true) return true;
        if (rh === false && ch === false) return false;
        return null;
      }
      case "top":
        return M.rowTop(sheet, rc.r0);
      case "left":
        return M.colLeft(sheet, rc.c0);
      case "height":
        return M.rowTop(sheet, rc.r1 + 1) - M.rowTop(sheet, rc.r0);
      case "width":
        return M.colLeft(sheet, rc.c1 + 1) - M.colLeft(sheet, rc.c0);
      case "hasSpill":
        return false;
      case "style":
        return "Normal";
      default:
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: RangeTarget, state: WorkbookState): void {
    const sheet = M.sheetById(state, t.sheetId);
    const rc = t.rect;
    switch (prop) {
      case "values":
      case "formulas":
      case "formulasLocal":
        writeCells(state, sheet, rc, v);
        return;
      case "numberFormat":
      case "numberFormatLocal":
        writeNumberFormats(sheet, rc, v);
        return;
      case "rowHidden":
        setHidden(sheet.rowProps, rc.r0, rc.r1, !!v);
        return;
      case "columnHidden":
        setHidden(sheet.colProps, rc.c0, rc.c1, !!v);
        return;
      case "style":
        return;
      default:
        super._write(prop, v, t, state);
    }
  }

  /** A new Range computed from this one at execution time. */
  _derive(
    args: unknown[],
    fn: (rc: Rect, sheet: SheetState, state: WorkbookState) => Rect | null,
    opts: { nullable?: boolean; minVersion?: string } = {}
  ): Range {
    return new Range(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as RangeTarget | null;
        if (this._isNull || !t) return null;
        const sheet = M.sheetById(state, t.sheetId);
        const r = fn(t.rect, sheet, state);
        if (!r) {
          if (opts.nullable) return null;
          throw err("ItemNotFound");
        }
        if (
          r.r0 < 0 ||
          r.c0 < 0 ||
          r.r1 > LAST_ROW ||
          r.c1 > LAST_COL ||
          r.r1 < r.r0 ||
          r.c1 < r.c0
        ) {
          throw err("InvalidArgument", "The resulting range is outside the worksheet.");
        }
        return { sheetId: t.sheetId, rect: r };
      },
      { args, nullable: opts.nullable, minVersion: opts.minVersion }
    );
  }

  _otherRect(state: WorkbookState, sheet: SheetState, other: Range | string): Rect {
    if (other instanceof Range) {
      const o = other._resolve(state) as RangeTarget;
      if (o.sheetId !== sheet.id)
        throw err("InvalidArgument", "The ranges are on different sheets.");
      return o.rect;
    }
    return rectInSheet(state, sheet, other);
  }

  getCell(row: number, column: number): Range {
    return this._derive([row, column], (rc) => ({
      r0: rc.r0 + row,
      c0: rc.c0 + column,
      r1: rc.r0 + row,
      c1: rc.c0 + column,
    }));
  }

  getRow(row: number): Range {
    return this._derive([row], (rc) => ({
      r0: rc.r0 + row,
      r1: rc.r0 + row,
      c0: rc.c0,
      c1: rc.c1,
    }));
  }

  getColumn(column: number): Range {
    return this._derive([column], (rc) => ({
      r0: rc.r0,
      r1: rc.r1,
      c0: rc.c0 + column,
      c1: rc.c0 + column,
    }));
  }

  getRowsAbove(count = 1): Range {
    return this._derive([count], (rc) => ({
      r0: rc.r0 - count,
      r1: rc.r0 - 1,
      c0: rc.c0,
      c1: rc.c1,
    }));
  }

  getRowsBelow(count = 1): Range {
    return this._derive([count], (rc) => ({
      r0: rc.r1 + 1,
      r1: rc.r1 + count,
      c0: rc.c0,
      c1: rc.c1,
    }));
  }

  getColumnsBefore(count = 1): Range {
    return this._derive([count], (rc) => ({
      r0: rc.r0,
      r1: rc.r1,
      c0: rc.c0 - count,
      c1: rc.c0 - 1,
    }));
  }

  getColumnsAfter(count = 1): Range {
    return this._derive([count], (rc) => ({
      r0: rc.r0,
      r1: rc.r1,
      c0: rc.c1 + 1,
      c1: rc.c1 + count,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive([rowOffset, columnOffset], (rc) => ({
      r0: rc.r0 + rowOffset,
      r1: rc.r1 + rowOffset,
      c0: rc.c0 + columnOffset,
      c1: rc.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive([deltaRows, deltaColumns], (rc) => ({
      r0: rc.r0,
      c0: rc.c0,
      r1: rc.r1 + deltaRows,
      c1: rc.c1 + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    if (!(numRows > 0) || !(numColumns > 0)) {
      throw err("InvalidArgument", "numRows and numColumns must be positive.");
    }
    return this._derive(
      [numRows, numColumns],
      (rc) => ({ r0: rc.r0, c0: rc.c0, r1: rc.r0 + numRows - 1, c1: rc.c0 + numColumns - 1 }),
      { minVersion: "1.7" }
    );
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive([anotherRange], (rc, sheet, state) =>
      bounding(rc, this._otherRect(state, sheet, anotherRange))
    );
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derive([anotherRange], (rc, sheet, state) =>
      intersect(rc, this._otherRect(state, sheet, anotherRange))
    );
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derive(
      [anotherRange],
      (rc, sheet, state) => intersect(rc, this._otherRect(state, sheet, anotherRange)),
      { nullable: true }
    );
  }

  getEntireRow(): Range {
    return this._derive([], (rc) => ({ r0: rc.r0, r1: rc.r1, c0: 0, c1: LAST_COL }));
  }

  getEntireColumn(): Range {
    return this._derive([], (rc) => ({ r0: 0, r1: LAST_ROW, c0: rc.c0, c1: rc.c1 }));
  }

  getLastRow(): Range {
    return this._derive([], (rc) => ({ r0: rc.r1, r1: rc.r1, c0: rc.c0, c1: rc.c1 }));
  }

  getLastColumn(): Range {
    return this._derive([], (rc) => ({ r0: rc.r0, r1: rc.r1, c0: rc.c1, c1: rc.c1 }));
  }

  getLastCell(): Range {
    return this._derive([], (rc) => ({ r0: rc.r1, r1: rc.r1, c0: rc.c1, c1: rc.c1 }));
  }

  getUsedRange(valuesOnly = false): Range {
    return this._derive([valuesOnly], (rc, sheet) => {
      const u = M.usedRect(sheet, valuesOnly);
      return u ? intersect(rc, u) : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._derive(
      [valuesOnly],
      (rc, sheet) => {
        const u = M.usedRect(sheet, valuesOnly);
        return u ? intersect(rc, u) : null;
      },
      { nullable: true }
    );
  }

  getSurroundingRegion(): Range {
    return this._derive([], (rc, sheet) => M.surroundingRegion(sheet, rc), { minVersion: "1.7" });
  }

  getSpecialCells(cellType: string, cellValueType?: string): RangeAreas {
    return this._specialAreas(cellType, cellValueType, false);
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return this._specialAreas(cellType, cellValueType, true);
  }

  _specialAreas(cellType: string, valueType: string | undefined, nullable: boolean): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as RangeTarget | null;
        if (this._isNull || !t) return null;
        const sheet = M.sheetById(state, t.sheetId);
        const rects = specialCells(sheet, t.rect, cellType, valueType);
        if (!rects.length) {
          if (nullable) return null;
          throw err("ItemNotFound", "No cells were found.");
        }
        return { sheetId: t.sheetId, rects };
      },
      { args: [cellType, valueType], nullable, minVersion: "1.9" }
    );
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as RangeTarget | null;
        if (this._isNull || !t) return null;
        const sheet = M.sheetById(state, t.sheetId);
        const rects = sheet.merges
          .filter((m) => intersect(m, t.rect))
          .sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
        return rects.length ? { sheetId: t.sheetId, rects } : null;
      },
      { nullable: true, minVersion: "1.13" }
    );
  }

  getTables(fullyContained = false): TableScopedCollection {
    return new TableScopedCollection(this._ctx, this, fullyContained);
  }

  getVisibleView(): RangeView {
    return new RangeView(
      this._ctx,
      (state) => {
        const { sheet, rect } = this._sheetRect(state);
        const rs: number[] = [];
        for (const [a, b] of visibleIntervals(sheet.rowProps, rect.r0, rect.r1)) {
          for (let r = a; r <= b; r++) rs.push(r);
        }
        const cs: number[] = [];
        for (const [a, b] of visibleIntervals(sheet.colProps, rect.c0, rect.c1)) {
          for (let c = a; c <= b; c++) cs.push(c);
        }
        return { sheetId: sheet.id, rows: rs, cols: cs, index: 0 };
      },
      { minVersion: "1.3" }
    );
  }

  find(text: string, criteria: FindCriteria = {}): Range {
    return this._derive([text, criteria], (rc, sheet) => findCell(sheet, rc, text, criteria), {
      minVersion: "1.9",
    });
  }

  findOrNullObject(text: string, criteria: FindCriteria = {}): Range {
    return this._derive([text, criteria], (rc, sheet) => findCell(sheet, rc, text, criteria), {
      nullable: true,
      minVersion: "1.9",
    });
  }

  insert(shift: string): Range {
    const inserted = new Range(this._ctx, null, {}, undefined);
    inserted._created = false;
    inserted._create = () => {
      throw err("GeneralException", "The inserted range is not available before sync.");
    };
    this._ctx._enqueue("write", jsonBytes([shift]), (state) => {
      const t = this._resolve(state) as RangeTarget;
      if (this._isNull) return;
      const sheet = M.sheetById(state, t.sheetId);
      M.applyShift(state, sheet, shiftFor(t.rect, shift, "insert"));
      inserted._target = { sheetId: t.sheetId, rect: t.rect };
      inserted._created = true;
    });
    return inserted;
  }

  delete(shift: string): void {
    this._act([shift], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      M.applyShift(state, sheet, shiftFor(t.rect, shift, "delete"));
    });
  }

  clear(applyTo = "All"): void {
    this._act([applyTo], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      M.clearRect(sheet, t.rect, applyTo);
      if (applyTo === "All" || applyTo === "Formats") {
        sheet.merges = sheet.merges.filter((m) => !contains(t.rect, m));
        sheet.cfs = sheet.cfs.filter((cf) => {
          cf.ranges = cf.ranges.flatMap((r) => subtract(r, t.rect));
          return cf.ranges.length > 0;
        });
      }
      if (applyTo === "All" || applyTo === "Contents") {
        for (const tb of M.tablesOf(state, sheet)) M.normalizeTableHeaders(sheet, tb);
      }
    });
  }

  merge(across = false): void {
    this._act([across], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      mergeRect(state, sheet, t.rect, across);
    });
  }

  unmerge(): void {
    this._act([], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      sheet.merges = sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }

  select(): void {
    this._act([], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      sheet.selection = [t.rect];
      state.activeSheetId = sheet.id;
    });
  }

  calculate(): void {
    this._act([], () => undefined);
  }

  copyFrom(source: Range | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this._act(
      [source, copyType, skipBlanks, transpose],
      (t: RangeTarget, state) => {
        const sheet = M.sheetById(state, t.sheetId);
        let src: { sheet: SheetState; rect: Rect };
        if (source instanceof Range) src = source._sheetRect(state);
        else src = resolveAddress(state, source, sheet);
        copyCells(state, src.sheet, src.rect, sheet, t.rect, copyType, skipBlanks, transpose);
      },
      "1.9"
    );
  }

  setCellProperties(): void {
    throw new Error("Fake Excel: Range.setCellProperties is not supported by the fake host.");
  }
}
defineProps(Range, RANGE_RO, RANGE_RW);

export interface FindCriteria {
  completeMatch?: boolean;
  matchCase?: boolean;
  searchDirection?: string;
}

function findCell(sheet: SheetState, rc: Rect, text: string, c: FindCriteria): Rect | null {
  const used = M.usedRect(sheet, true);
  const area = used ? intersect(rc, used) : null;
  if (!area) return null;
  const needle = c.matchCase ? text : text.toLowerCase();
  const match = (r: number, col: number) => {
    const v = M.getValue(sheet, r, col);
    if (v === undefined) return false;
    let s = formatText(v, M.getNumberFormat(sheet, r, col));
    if (!c.matchCase) s = s.toLowerCase();
    return c.completeMatch ? s === needle : s.includes(needle);
  };
  if (c.searchDirection === "Backwards") {
    for (let r = area.r1; r >= area.r0; r--) {
      for (let col = area.c1; col >= area.c0; col--) {
        if (match(r, col)) return { r0: r, c0: col, r1: r, c1: col };
      }
    }
    return null;
  }
  for (let r = area.r0; r <= area.r1; r++) {
    for (let col = area.c0; col <= area.c1; col++) {
      if (match(r, col)) return { r0: r, c0: col, r1: r, c1: col };
    }
  }
  return null;
}

export function shiftFor(rc: Rect, shift: string, kind: "insert" | "delete"): Shift {
  if (isFullWidth(rc) || (!isFullHeight(rc) && (shift === "Down" || shift === "Up"))) {
    if (!isFullWidth(rc) && shift !== "Down" && shift !== "Up") {
      throw err("InvalidArgument", `Invalid shift direction '${shift}'.`);
    }
    return { axis: "rows", kind, at: rc.r0, count: rows(rc), span0: rc.c0, span1: rc.c1 };
  }
  if (isFullHeight(rc) || shift === "Right" || shift === "Left") {
    return { axis: "cols", kind, at: rc.c0, count: cols(rc), span0: rc.r0, span1: rc.r1 };
  }
  throw err("InvalidArgument", `Invalid shift direction '${shift}'.`);
}

export function mergeRect(state: WorkbookState, sheet: SheetState, rc: Rect, across: boolean) {
  if (M.rectsOverlapTable(state, sheet, rc)) {
    throw err("InvalidOperation", "Merging cells inside a table is not allowed.");
  }
  const parts: Rect[] = [];
  if (across) {
    for (let r = rc.r0; r <= rc.r1; r++) parts.push({ r0: r, r1: r, c0: rc.c0, c1: rc.c1 });
  } else parts.push(rc);
  for (const p of parts) {
    if (p.r0 === p.r1 && p.c0 === p.c1) continue;
    for (const m of sheet.merges) {
      if (intersect(m, p) && !contains(p, m)) throw err("MergedRangeConflict");
    }
    sheet.merges = sheet.merges.filter((m) => !contains(p, m));
    // Only the upper-left value is kept.
    for (let r = p.r0; r <= p.r1; r++) {
      for (let c = p.c0; c <= p.c1; c++) {
        if (r === p.r0 && c === p.c0) continue;
        M.setCell(sheet, r, c, undefined);
      }
    }
    sheet.merges.push({ ...p });
  }
}

function copyCells(
  state: WorkbookState,
  from: SheetState,
  src: Rect,
  to: SheetState,
  dst: Rect,
  copyType: string,
  skipBlanks: boolean,
  transpose: boolean
): void {
  const nR = transpose ? cols(src) : rows(src);
  const nC = transpose ? rows(src) : cols(src);
  const values = copyType === "All" || copyType === "Values" || copyType === "Formulas";
  const formats = copyType === "All" || copyType === "Formats";
  const cells: { v?: M.CellValue; f?: string; nf?: string; st?: M.Style }[][] = [];
  for (let i = 0; i < nR; i++) {
    const row = [];
    for (let j = 0; j < nC; j++) {
      const r = src.r0 + (transpose ? j : i);
      const c = src.c0 + (transpose ? i : j);
      const cd = from.cols[c];
      row.push({
        v: cd?.v[r],
        f: copyType === "Values" ? undefined : cd?.f?.[r],
        nf: cd?.nf?.[r],
        st: cd?.st?.[r],
      });
    }
    cells.push(row);
  }
  for (let i = 0; i < nR; i++) {
    for (let j = 0; j < nC; j++) {
      const cell = cells[i][j];
      const r = dst.r0 + i;
      const c = dst.c0 + j;
      if (r > LAST_ROW || c > LAST_COL) continue;
      if (skipBlanks && cell.v === undefined) continue;
      if (values) M.setCell(to, r, c, cell.v, cell.f);
      if (formats) {
        const cd = M.col(to, c);
        if (cell.nf !== undefined || cd.nf) (cd.nf ??= [])[r] = cell.nf;
        if (cell.st !== undefined || cd.st) (cd.st ??= [])[r] = cell.st;
      }
    }
  }
  afterCellWrite(state, to, { r0: dst.r0, c0: dst.c0, r1: dst.r0 + nR - 1, c1: dst.c0 + nC - 1 });
}

/* ------------------------------------------------------------------------------------------ */
/* RangeAreas and collections of ranges                                                        */
/* ------------------------------------------------------------------------------------------ */

export class RangeAreas extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => AreasTarget | null) | null,
    opts?: CreateOptions,
    fixed?: AreasTarget
  ) {
    super(ctx, "RangeAreas", create, opts, fixed);
  }

  _scalars(): string[] {
    return ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"];
  }

  _nav(name: string): ClientObject | undefined {
    if (name === "areas") return this.areas;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get areas(): RangeCollection {
    return this._child("areas", () => new RangeCollection(this._ctx, this));
  }

  get worksheet(): Worksheet {
    return worksheetOf<AreasTarget>(this, (t) => t.sheetId);
  }

  _read(prop: string, t: AreasTarget, state: WorkbookState): unknown {
    const sheet = M.sheetById(state, t.sheetId);
    switch (prop) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => formatAddress(sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + rows(r) * cols(r), 0);
      case "isEntireColumn":
        return t.rects.every(isFullHeight);
      case "isEntireRow":
        return t.rects.every(isFullWidth);
      default:
        return super._read(prop, t, state);
    }
  }

  getEntireRow(): RangeAreas {
    return this._mapAreas((r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: LAST_COL }));
  }

  getEntireColumn(): RangeAreas {
    return this._mapAreas((r) => ({ r0: 0, r1: LAST_ROW, c0: r.c0, c1: r.c1 }));
  }

  _mapAreas(fn: (r: Rect) => Rect): RangeAreas {
    return new RangeAreas(this._ctx, (state) => {
      const t = this._resolve(state) as AreasTarget | null;
      return this._isNull || !t ? null : { sheetId: t.sheetId, rects: t.rects.map(fn) };
    });
  }

  clear(applyTo = "All"): void {
    this._act([applyTo], (t: AreasTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      for (const r of t.rects) M.clearRect(sheet, r, applyTo);
    });
  }

  select(): void {
    this._act([], (t: AreasTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      sheet.selection = t.rects.map((r) => ({ ...r }));
      state.activeSheetId = sheet.id;
    });
  }
}
defineProps(
  RangeAreas,
  ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"],
  []
);

export class RangeCollection extends ClientCollection {
  declare _owner: RangeAreas;

  constructor(ctx: RequestContext, owner: RangeAreas) {
    super(ctx, "RangeCollection", (state) => owner._resolve(state), { dynamic: true });
    this._owner = owner;
  }

  _list(t: AreasTarget | null): unknown[] {
    return t ? t.rects.map((r) => ({ sheetId: t.sheetId, rect: r })) : [];
  }

  _makeItem(ref: unknown): ClientObject {
    return new Range(this._ctx, null, {}, ref as RangeTarget);
  }

  getItemAt(index: number): Range {
    return new Range(
      this._ctx,
      (state) => {
        const t = this._owner._resolve(state) as AreasTarget | null;
        if (!t) return null;
        const r = t.rects[index];
        if (!r) throw err("ItemNotFound");
        return { sheetId: t.sheetId, rect: r };
      },
      { args: [index] }
    );
  }
}

/* ------------------------------------------------------------------------------------------ */
/* RangeView                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface ViewTarget {
  sheetId: string;
  rows: number[];
  cols: number[];
  index: number;
}

const VIEW_RO = [
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "text",
  "valueTypes",
  "rowCount",
  "columnCount",
  "cellAddresses",
  "index",
];

export class RangeView extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => ViewTarget | null) | null,
    opts?: CreateOptions,
    fixed?: ViewTarget
  ) {
    super(ctx, "RangeView", create, opts, fixed);
  }

  _scalars(): string[] {
    return VIEW_RO;
  }

  _nav(name: string): ClientObject | undefined {
    return name === "rows" ? this.rows : undefined;
  }

  get rows(): RangeViewCollection {
    return this._child("rows", () => new RangeViewCollection(this._ctx, this));
  }

  _read(prop: string, t: ViewTarget, state: WorkbookState): unknown {
    const sheet = M.sheetById(state, t.sheetId);
    const grid = (fn: (r: number, c: number) => unknown) =>
      t.rows.map((r) => t.cols.map((c) => fn(r, c)));
    switch (prop) {
      case "values":
        return grid((r, c) => M.getValue(sheet, r, c) ?? "");
      case "formulas":
      case "formulasLocal":
        return grid((r, c) => M.getFormula(sheet, r, c) ?? M.getValue(sheet, r, c) ?? "");
      case "numberFormat":
        return grid((r, c) => M.getNumberFormat(sheet, r, c));
      case "text":
        return grid((r, c) => formatText(M.getValue(sheet, r, c), M.getNumberFormat(sheet, r, c)));
      case "valueTypes":
        return grid((r, c) => M.valueType(M.getValue(sheet, r, c)));
      case "cellAddresses":
        return grid((r, c) => formatAddress(sheet.name, { r0: r, c0: c, r1: r, c1: c }));
      case "rowCount":
        return t.rows.length;
      case "columnCount":
        return t.cols.length;
      case "index":
        return t.index;
      default:
        return super._read(prop, t, state);
    }
  }

  getRange(): Range {
    return new Range(this._ctx, (state) => {
      const t = this._resolve(state) as ViewTarget;
      if (!t.rows.length || !t.cols.length) throw err("ItemNotFound");
      return {
        sheetId: t.sheetId,
        rect: {
          r0: t.rows[0],
          r1: t.rows[t.rows.length - 1],
          c0: t.cols[0],
          c1: t.cols[t.cols.length - 1],
        },
      };
    });
  }
}
defineProps(RangeView, VIEW_RO, []);

export class RangeViewCollection extends ClientCollection {
  declare _owner: RangeView;

  constructor(ctx: RequestContext, owner: RangeView) {
    super(ctx, "RangeViewCollection", (state) => owner._resolve(state), { dynamic: true });
    this._owner = owner;
  }

  _list(t: ViewTarget | null): unknown[] {
    return t
      ? t.rows.map((r, i) => ({ sheetId: t.sheetId, rows: [r], cols: t.cols, index: i }))
      : [];
  }

  _makeItem(ref: unknown): ClientObject {
    return new RangeView(this._ctx, null, {}, ref as ViewTarget);
  }

  getItemAt(index: number): RangeView {
    return new RangeView(this._ctx, (state) => {
      const t = this._owner._resolve(state) as ViewTarget;
      const r = t.rows[index];
      if (r === undefined) throw err("ItemNotFound");
      return { sheetId: t.sheetId, rows: [r], cols: t.cols, index };
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Formats                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Anything that resolves to one or more rectangles of one sheet. */
export interface RectSource {
  _ctx: RequestContext;
  _isNull: boolean;
  _resolve(state: WorkbookState): any;
}

function rectsOf(
  src: RectSource,
  state: WorkbookState
): { sheet: SheetState; rects: Rect[] } | null {
  const t = src._resolve(state);
  if (src._isNull || !t) return null;
  const sheet = M.sheetById(state, t.sheetId);
  return { sheet, rects: t.rects ?? [t.rect] };
}

class StyleObject extends ClientObject {
  declare _src: RectSource;
  declare _keys: Record<string, string>;

  constructor(ctx: RequestContext, cls: string, src: RectSource, keys: Record<string, string>) {
    super(ctx, cls, (state) => rectsOf(src, state), { dynamic: true });
    this._src = src;
    this._keys = keys;
  }

  _scalars(): string[] {
    return Object.keys(this._keys);
  }

  _read(prop: string, t: { sheet: SheetState; rects: Rect[] }, state: WorkbookState): unknown {
    const key = this._keys[prop];
    if (!key) return super._read(prop, t, state);
    return uniform(t.rects.map((r) => readStyle(t.sheet, r, key)));
  }

  _write(prop: string, v: unknown, t: { sheet: SheetState; rects: Rect[] }): void {
    const key = this._keys[prop];
    const value = /color/i.test(prop) ? normalizeColor(v) : v;
    for (const r of t.rects) M.setFormat(t.sheet, r, key, value);
  }
}

const FONT_KEYS: Record<string, string> = {
  bold: "font.bold",
  italic: "font.italic",
  color: "font.color",
  size: "font.size",
  name: "font.name",
  underline: "font.underline",
  strikethrough: "font.strikethrough",
  subscript: "font.subscript",
  superscript: "font.superscript",
  tintAndShade: "font.tintAndShade",
};

export class RangeFont extends StyleObject {
  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "RangeFont", src, FONT_KEYS);
  }
}
defineProps(RangeFont, [], Object.keys(FONT_KEYS));

const FILL_KEYS: Record<string, string> = {
  color: "fill.color",
  pattern: "fill.pattern",
  patternColor: "fill.patternColor",
  tintAndShade: "fill.tintAndShade",
  patternTintAndShade: "fill.patternTintAndShade",
};

export class RangeFill extends StyleObject {
  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "RangeFill", src, FILL_KEYS);
  }

  clear(): void {
    this._act([], (t: { sheet: SheetState; rects: Rect[] }) => {
      for (const r of t.rects)
        for (const k of Object.values(FILL_KEYS)) M.setFormat(t.sheet, r, k, undefined);
    });
  }
}
defineProps(RangeFill, [], Object.keys(FILL_KEYS));

const PROTECTION_KEYS: Record<string, string> = {
  locked: "protection.locked",
  formulaHidden: "protection.formulaHidden",
};

export class FormatProtection extends StyleObject {
  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "FormatProtection", src, PROTECTION_KEYS);
  }
}
defineProps(FormatProtection, [], Object.keys(PROTECTION_KEYS));

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class RangeBorder extends ClientObject {
  declare _index: string;

  constructor(ctx: RequestContext, src: RectSource, index: string) {
    super(ctx, "RangeBorder", (state) => rectsOf(src, state), { dynamic: true });
    this._index = index;
  }

  _scalars(): string[] {
    return ["sideIndex", "style", "color", "weight", "tintAndShade"];
  }

  _read(prop: string, t: { sheet: SheetState; rects: Rect[] }, state: WorkbookState): unknown {
    if (prop === "sideIndex") return this._index;
    if (!["style", "color", "weight", "tintAndShade"].includes(prop))
      return super._read(prop, t, state);
    const key = `border.${this._index}.${prop}`;
    const v = uniform(t.rects.map((r) => readStyle(t.sheet, r, key)));
    if (v !== null) return v;
    const all = t.rects.map((r) => readStyle(t.sheet, r, key));
    if (all.every((x) => x === null)) {
      return { style: "None", color: "#000000", weight: "Thin", tintAndShade: 0 }[prop];
    }
    return null;
  }

  _write(prop: string, v: unknown, t: { sheet: SheetState; rects: Rect[] }): void {
    const key = `border.${this._index}.${prop}`;
    for (const r of t.rects) M.setFormat(t.sheet, r, key, prop === "color" ? normalizeColor(v) : v);
  }
}
defineProps(RangeBorder, ["sideIndex"], ["style", "color", "weight", "tintAndShade"]);

export class RangeBorderCollection extends ClientCollection {
  declare _src: RectSource;

  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "RangeBorderCollection", (state) => rectsOf(src, state), { dynamic: true });
    this._src = src;
  }

  _list(): unknown[] {
    return BORDER_INDEXES;
  }

  _makeItem(ref: unknown): ClientObject {
    return new RangeBorder(this._ctx, this._src, ref as string);
  }

  getItem(index: string): RangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw err("InvalidArgument", `Unknown border '${index}'.`);
    return this._child("b:" + index, () => new RangeBorder(this._ctx, this._src, index));
  }

  get color(): never {
    throw new Error("Fake Excel: RangeBorderCollection.color is not supported by the fake host.");
  }
}

// Cell alignment and wrapping as RangeFormat sets them (verticalAlignment takes only the
// Excel.VerticalAlignment values, wrapText a boolean):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-verticalalignment-member
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-wraptext-member
const ALIGNMENTS: Record<string, ReadonlySet<string>> = {
  horizontalAlignment: new Set(Object.values(ExcelEnums.HorizontalAlignment)),
  verticalAlignment: new Set(Object.values(ExcelEnums.VerticalAlignment)),
};

const FORMAT_STYLE_KEYS: Record<string, string> = {
  horizontalAlignment: "horizontalAlignment",
  verticalAlignment: "verticalAlignment",
  wrapText: "wrapText",
  indentLevel: "indentLevel",
  textOrientation: "textOrientation",
  shrinkToFit: "shrinkToFit",
  readingOrder: "readingOrder",
  autoIndent: "autoIndent",
};

export class RangeFormat extends ClientObject {
  declare _src: RectSource;

  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "RangeFormat", (state) => rectsOf(src, state), { dynamic: true });
    this._src = src;
  }

  _scalars(): string[] {
    return [
      ...Object.keys(FORMAT_STYLE_KEYS),
      "columnWidth",
      "rowHeight",
      "useStandardHeight",
      "useStandardWidth",
    ];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "font":
        return this.font;
      case "fill":
        return this.fill;
      case "borders":
        return this.borders;
      case "protection":
        return this.protection;
      default:
        return undefined;
    }
  }

  get font(): RangeFont {
    return this._child("font", () => new RangeFont(this._ctx, this._src));
  }

  get fill(): RangeFill {
    return this._child("fill", () => new RangeFill(this._ctx, this._src));
  }

  get borders(): RangeBorderCollection {
    return this._child("borders", () => new RangeBorderCollection(this._ctx, this._src));
  }

  get protection(): FormatProtection {
    return this._child("protection", () => new FormatProtection(this._ctx, this._src));
  }

  _read(prop: string, t: { sheet: SheetState; rects: Rect[] }, state: WorkbookState): unknown {
    const key = FORMAT_STYLE_KEYS[prop];
    if (key) return uniform(t.rects.map((r) => readStyle(t.sheet, r, key)));
    const sh = t.sheet;
    switch (prop) {
      case "columnWidth": {
        const ws = new Set<number>();
        for (const r of t.rects)
          for (let c = r.c0; c <= Math.min(r.c1, r.c0 + 16383); c++) ws.add(M.colWidth(sh, c));
        return ws.size === 1 ? [...ws][0] : null;
      }
      case "rowHeight": {
        const hs = new Set<number>();
        for (const r of t.rects) {
          let withProps = 0;
          sh.rowProps.forEach((p, i) => {
            if (!p || i < r.r0 || i > r.r1) return;
            withProps++;
            hs.add(M.rowHeight(sh, i));
          });
          if (withProps < rows(r)) hs.add(M.DEFAULT_ROW_HEIGHT);
        }
        return hs.size === 1 ? [...hs][0] : null;
      }
      case "useStandardHeight":
        return t.rects.every((r) => {
          let std = true;
          sh.rowProps.forEach((p, i) => {
            if (p && p.size !== undefined && i >= r.r0 && i <= r.r1) std = false;
          });
          return std;
        });
      case "useStandardWidth":
        return t.rects.every((r) => {
          for (let c = r.c0; c <= r.c1; c++) if (sh.colProps[c]?.size !== undefined) return false;
          return true;
        });
      default:
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: { sheet: SheetState; rects: Rect[] }): void {
    const key = FORMAT_STYLE_KEYS[prop];
    const sh = t.sheet;
    if (key) {
      if (ALIGNMENTS[prop] && !ALIGNMENTS[prop].has(String(v)))
        throw err("InvalidArgument", `'${String(v)}' is not a valid ${prop}.`);
      for (const r of t.rects) M.setFormat(sh, r, key, v);
      return;
    }
    for (const r of t.rects) {
      switch (prop) {
        case "columnWidth":
          for (let c = r.c0; c <= r.c1; c++) (sh.colProps[c] ??= {}).size = Number(v);
          break;
        case "rowHeight":
          for (let i = r.r0; i <= r.r1; i++) (sh.rowProps[i] ??= {}).size = Number(v);
          break;
        case "useStandardHeight":
          if (v) sh.rowProps.forEach((p, i) => p && i >= r.r0 && i <= r.r1 && delete p.size);
          break;
        case "useStandardWidth":
          if (v) for (let c = r.c0; c <= r.c1; c++) if (sh.colProps[c]) delete sh.colProps[c]!.size;
          break;
        default:
          throw new Error(`Fake Excel: RangeFormat.${prop} is read-only.`);
      }
    }
  }

  autofitColumns(): void {
    this._act([], (t: { sheet: SheetState; rects: Rect[] }) => {
      for (const r of t.rects) autofitColumns(t.sheet, r);
    });
  }

  autofitRows(): void {
    this._act([], (t: { sheet: SheetState; rects: Rect[] }) => {
      const sh = t.sheet;
      for (const r of t.rects) {
        const used = M.usedRect(sh, true);
        const area = used ? intersect(r, used) : null;
        if (!area) continue;
        for (let i = area.r0; i <= area.r1; i++) {
          let lines = 1;
          for (let c = area.c0; c <= area.c1; c++) {
            const v = M.getValue(sh, i, c);
            if (typeof v === "string") lines = Math.max(lines, v.split("\n").length);
          }
          const p = (sh.rowProps[i] ??= {});
          if (lines === 1) delete p.size;
          else p.size = lines * M.DEFAULT_ROW_HEIGHT;
        }
      }
    });
  }
}
defineProps(
  RangeFormat,
  [],
  [
    ...Object.keys(FORMAT_STYLE_KEYS),
    "columnWidth",
    "rowHeight",
    "useStandardHeight",
    "useStandardWidth",
  ]
);

/** Approximate Calibri 11 widths: 5.6 points per character plus padding, bold +10%. */
function autofitColumns(sheet: SheetState, r: Rect): void {
  const used = M.usedRect(sheet, true);
  const c0 = r.c0;
  const c1 = Math.min(r.c1, used ? used.c1 : r.c0 - 1);
  for (let c = c0; c <= c1; c++) {
    let maxLen = 0;
    const cd = sheet.cols[c];
    if (cd) {
      const hi = Math.min(r.r1, cd.v.length - 1);
      for (let i = r.r0; i <= hi; i++) {
        const v = cd.v[i];
        if (v === undefined) continue;
        const s = formatText(v, M.getNumberFormat(sheet, i, c));
        const bold = M.styleValue(sheet, i, c, "font.bold") === true ? 1.1 : 1;
        const size = Number(M.styleValue(sheet, i, c, "font.size")) / 11 || 1;
        const longest = Math.max(...s.split("\n").map((x) => x.length));
        maxLen = Math.max(maxLen, longest * bold * size);
      }
    }
    const p = (sheet.colProps[c] ??= {});
    if (maxLen === 0) delete p.size;
    else p.size = Math.round((maxLen * 5.6 + 7.2) * 100) / 100;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Sorting                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface SortField {
  key: number;
  ascending?: boolean;
  sortOn?: string;
  [k: string]: unknown;
}

export function sortRows(
  sheet: SheetState,
  rc: Rect,
  fields: SortField[],
  matchCase = false
): void {
  const cmp = (a: number, b: number) => {
    for (const f of fields) {
      const c = rc.c0 + f.key;
      const va = M.getValue(sheet, a, c);
      const vb = M.getValue(sheet, b, c);
      if (va === undefined || vb === undefined) {
        if (va === vb) continue;
        return va === undefined ? 1 : -1; // blanks always last
      }
      let d: number;
      if (
        matchCase &&
        typeof va === "string" &&
        typeof vb === "string" &&
        va.toLowerCase() === vb.toLowerCase()
      ) {
        d = va < vb ? 1 : va > vb ? -1 : 0; // lower case first, as Excel
      } else d = M.compareCells(va, vb);
      if (d !== 0) return f.ascending === false ? -d : d;
    }
    return 0;
  };
  M.sortRect(sheet, rc, cmp);
}

export class RangeSort extends ClientObject {
  constructor(ctx: RequestContext, src: RectSource) {
    super(ctx, "RangeSort", (state) => rectsOf(src, state), { dynamic: true });
  }

  apply(fields: SortField[], matchCase = false, hasHeaders = false, orientation = "Rows"): void {
    this._act(
      [fields, matchCase, hasHeaders, orientation],
      (t: { sheet: SheetState; rects: Rect[] }) => {
        if (orientation !== "Rows")
          throw err("NotImplemented", "Only row sorting is supported by the fake.");
        const r = t.rects[0];
        const body = hasHeaders ? { ...r, r0: r.r0 + 1 } : r;
        if (body.r1 >= body.r0) sortRows(t.sheet, body, fields, matchCase);
      }
    );
  }
}
