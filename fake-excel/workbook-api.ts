/**
 * Direct, synchronous access to the fake workbook for tests and the playground: acts like a user at
 * the keyboard (no load/sync, no payload accounting) and exposes what Excel would show.
 * Row and column indexes are 0-based (like getRangeByIndexes).
 */
import {
  LAST_COL,
  LAST_ROW,
  Rect,
  cols,
  formatAddress,
  parseArea,
  parseAreas,
  rows,
} from "./address";
import { dvType } from "./cf";
import { findChart, seriesName } from "./chart";
import { formatText } from "./format";
import * as M from "./model";
import { FilterCriteriaState, SheetState, TableState, WorkbookState } from "./model";
import { nameTypeValue, addTable, addName } from "./objects";
import { setColumnCriteria, tableFilterHome } from "./filters";
import { HostCore, emitEvent } from "./runtime";
import { mergeRect, readGrid, sortRows, writeCells } from "./range";
import { pageLayoutOf, printAreaAddress, type ZoomState } from "./pageLayout";

export type CellInput = string | number | boolean | null | undefined;
export type Cell = string | number | boolean;

export interface UsedRangeInfo {
  /** "Sheet1!A1:C10"; "" when the sheet is empty. */
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface CellFormatInfo {
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  /** null when the cell has no fill. */
  fillColor: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  numberFormat: string;
  borders: Record<string, { style?: unknown; color?: unknown; weight?: unknown }>;
}

export interface TableInfo {
  name: string;
  id: string;
  sheet: string;
  /** Whole table, e.g. "Sheet1!A1:C10". */
  address: string;
  headerAddress: string;
  bodyAddress: string;
  headers: string[];
  /** Data body rows. */
  rowCount: number;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
}

export interface NameInfo {
  name: string;
  /** "=Sheet1!$A$1:$A$10" (updated by inserts and deletes). */
  formula: string;
  /** "Workbook" or the sheet name. */
  scope: string;
  type: string;
  value: unknown;
  comment: string;
  visible: boolean;
}

export interface SeriesInfo {
  name: string;
  /** "Sheet1!B2:B10" (no $); "#REF!" after the cells were deleted; null when not set. */
  values: string | null;
  xValues: string | null;
  /** Bubble charts: the sizes' source, like values. */
  bubbleSizes: string | null;
  chartType: string;
  axisGroup: string;
  fillColor: string | null;
  lineColor: string | null;
  hasDataLabels: boolean;
  markerStyle: string;
  /** Per-point fill colors set through points.getItemAt(i).format.fill. */
  pointColors: Record<number, string>;
}

export interface AxisInfo {
  type: string;
  group: string;
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  numberFormat: string;
  visible: boolean;
  title: string | null;
  /** Where the other axis crosses, set by setPositionAt; null when automatic. */
  positionAt: number | null;
}

export interface ChartInfo {
  name: string;
  id: string;
  type: string;
  seriesBy: string;
  /** Title text when visible, else null. */
  title: string | null;
  legend: { visible: boolean; position: string };
  position: { top: number; left: number; width: number; height: number };
  /** Cell under the top-left corner, e.g. "E2". */
  topLeftCell: string;
  series: SeriesInfo[];
  /** Axes touched by the add-in or present by default (category and value, primary). */
  axes: AxisInfo[];
  dataLabels: Record<string, unknown>;
}

export interface ConditionalFormatInfo {
  id: string;
  type: string;
  /** "Sheet1!A2:A10" (several areas comma-separated). */
  address: string;
  priority: number;
  stopIfTrue: boolean;
  /** custom.rule.formula, or cellValue.rule.formula1. */
  formula: string | null;
  formula2: string | null;
  operator: string | null;
  /** textComparison.rule.text. */
  text: string | null;
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  data: Record<string, unknown>;
}

export interface DataValidationInfo {
  id: string;
  address: string;
  type: string;
  /** list.source ("A,B,C" or "=Sheet1!$A$1:$A$3"), else null. */
  source: string | null;
  inCellDropDown: boolean | null;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface FakePageModel {
  orientation: string;
  paperSize: string;
  zoom: ZoomState;
  printGridlines: boolean;
  centerHorizontally: boolean;
  printArea: string | null;
  showGridlines: boolean;
}

export interface FakeSheetModel {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  readonly frozen: { rows: number; columns: number };
  readonly protected: boolean;
  /** Page setup and gridlines as the sheet holds them (pageLayout.ts); printArea without the sheet. */
  readonly page: FakePageModel;
  /**
   * Value as Office.js returns it: "" for empty cells, the calculated value for formula cells
   * (calc.ts; formulas outside its subset show their text unless a test set the value).
   */
  getValue(row: number, col: number): Cell;
  /** "=..." for formula cells, else undefined. */
  getFormula(row: number, col: number): string | undefined;
  getNumberFormat(row: number, col: number): string;
  getText(row: number, col: number): string;
  getFormat(row: number, col: number): CellFormatInfo;
  /** Typing into a cell: strings starting with "=" become formulas (not in a Text cell), "" / null clears. */
  setValue(row: number, col: number, value: CellInput): void;
  /**
   * What Excel calculated for a formula cell the fake cannot calculate (e.g. `=VLOOKUP(...)`).
   * Throws when the cell holds no formula.
   */
  setCalculatedValue(row: number, col: number, value: Cell): void;
  /** Typing a block of values (Excel input rules: "=", "+", "-" formulas, numbers, "@"). */
  setValues(address: string, values: CellInput[][]): void;
  setNumberFormat(row: number, col: number, format: string): void;
  /** Values of an address (default: the used range), "" for empty cells. */
  getValues(address?: string): Cell[][];
  getFormulas(address?: string): Cell[][];
  usedRange(valuesOnly?: boolean): UsedRangeInfo;
  insertRows(at: number, count?: number): void;
  deleteRows(at: number, count?: number): void;
  insertColumns(at: number, count?: number): void;
  deleteColumns(at: number, count?: number): void;
  /** Sorts whole rows firstRow..lastRow (all used columns move together). */
  sortRows(
    firstRow: number,
    lastRow: number,
    order: ((a: Cell[], b: Cell[]) => number) | { column: number; ascending?: boolean }
  ): void;
  hideRows(from: number, count: number, hidden?: boolean): void;
  hideColumns(from: number, count: number, hidden?: boolean): void;
  isRowHidden(row: number): boolean;
  isColumnHidden(col: number): boolean;
  rowHeight(row: number): number;
  columnWidth(col: number): number;
  merge(address: string): void;
  unmerge(address: string): void;
  /** Merged areas, e.g. ["A1:B1"]. */
  mergedAreas(): string[];
  /**
   * A legacy array formula as the user enters it with Ctrl+Shift+Enter: every cell of the area
   * holds the formula and the area shifts only as a whole (Office.js cannot create one).
   */
  enterArrayFormula(address: string, formula: string): void;
  /** The area a PivotTable the user made occupies; it shifts only as a whole. */
  addPivotTable(address: string): void;
  setComment(row: number, col: number, text: string | undefined): void;
  getComment(row: number, col: number): string | undefined;
  charts(): ChartInfo[];
  conditionalFormats(): ConditionalFormatInfo[];
  dataValidations(): DataValidationInfo[];
  /** Makes this the active sheet and selects the address (default A1). */
  select(address?: string): void;
  activate(): void;
  rename(newName: string): void;
}

export interface FakeWorkbookModel {
  readonly sheetNames: string[];
  readonly activeSheet: string;
  /** "Sheet1!A1:C3" (comma-separated for several areas). */
  readonly selection: string;
  getSheet(name: string): FakeSheetModel;
  hasSheet(name: string): boolean;
  addSheet(name: string, values?: CellInput[][]): FakeSheetModel;
  deleteSheet(name: string): void;
  renameSheet(oldName: string, newName: string): void;
  activate(name: string): void;
  /** "Sheet1!A1:C3" or "A1:C3" (active sheet); several areas comma-separated. */
  select(address: string): void;
  tables(): TableInfo[];
  table(name: string): TableInfo | undefined;
  /** Creates a table like Insert > Table. */
  addTable(address: string, hasHeaders?: boolean, name?: string): TableInfo;
  /**
   * Filters a table column as the user does with its filter button (criteria as
   * Excel.FilterCriteria; null clears the column), hiding the rows that miss it (filters.ts).
   */
  filterTable(name: string, column: number, criteria: FilterCriteriaState | null): void;
  /** A table's criteria per column (null where a column is not filtered). */
  tableFilters(name: string): (FilterCriteriaState | null)[];
  names(): NameInfo[];
  /** Defines a workbook-scoped name. */
  addName(name: string, formula: string): void;
  settings(): Record<string, unknown>;
  setSetting(key: string, value: unknown): void;
  /** Called after every change (add-in batch with writes, model API call, reopen). */
  onChange(listener: (source: "addin" | "user" | "reopen") => void): () => void;
}

/* ------------------------------------------------------------------------------------------ */

function refToAddress(ref: string | undefined): string | null {
  if (!ref) return null;
  return ref.replace(/^=/, "").replace(/\$/g, "");
}

function cellAddr(r: number, c: number): string {
  return formatAddress("x", { r0: r, c0: c, r1: r, c1: c }).slice(2);
}

export function seedSheet(sheet: SheetState, values: CellInput[][]): void {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (!row) continue;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "string" && v.startsWith("=") && v.length > 1) M.setCell(sheet, i, j, v, v);
      else M.setCell(sheet, i, j, v);
    }
  }
}

export function createWorkbookModel(
  core: HostCore,
  listeners: Set<(s: "addin" | "user" | "reopen") => void>
): FakeWorkbookModel {
  const st = (): WorkbookState => core.state;
  const sheetOf = (id: string): SheetState => {
    const s = st().sheets.find((x) => x.id === id);
    if (!s) throw new Error(`Fake Excel model: the worksheet no longer exists.`);
    return s;
  };
  const byName = (name: string): SheetState => {
    const s = M.findSheet(st(), name);
    if (!s) throw new Error(`Fake Excel model: no worksheet '${name}'.`);
    return s;
  };
  const namedTable = (name: string): TableState => {
    const t = M.tableNamed(st(), name);
    if (!t) throw new Error(`Fake Excel model: no table '${name}'.`);
    return t;
  };
  const changed = (sheet: SheetState | null, address?: string) => {
    if (sheet && address) {
      emitEvent(core, "Changed", sheet.id, {
        address,
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: sheet.id,
        type: "WorksheetChanged",
      });
    }
    core.notify("user");
  };
  const rectOf = (_sheet: SheetState, address: string): Rect => {
    const p = parseArea(address);
    if (!p) throw new Error(`Fake Excel model: invalid address '${address}'.`);
    return p.rect;
  };

  const sheetModel = (id: string): FakeSheetModel => {
    const S = () => sheetOf(id);
    const shift = (axis: "rows" | "cols", kind: "insert" | "delete", at: number, count: number) => {
      const sheet = S();
      M.applyShift(st(), sheet, {
        axis,
        kind,
        at,
        count,
        span0: 0,
        span1: axis === "rows" ? LAST_COL : LAST_ROW,
      });
      changed(sheet);
    };
    const api: FakeSheetModel = {
      get name() {
        return S().name;
      },
      get id() {
        return id;
      },
      get position() {
        return st().sheets.indexOf(S());
      },
      get visibility() {
        return S().visibility;
      },
      get tabColor() {
        return S().tabColor;
      },
      get frozen() {
        return { rows: S().freezeRows, columns: S().freezeCols };
      },
      get protected() {
        return S().protected;
      },
      get page() {
        const p = pageLayoutOf(S());
        return {
          orientation: p.orientation,
          paperSize: p.paperSize,
          zoom: { ...p.zoom },
          printGridlines: p.printGridlines,
          centerHorizontally: p.centerHorizontally,
          printArea: printAreaAddress(p),
          showGridlines: S().showGridlines,
        };
      },
      getValue: (r, c) => M.getValue(S(), r, c) ?? "",
      getFormula: (r, c) => M.getFormula(S(), r, c),
      getNumberFormat: (r, c) => M.getNumberFormat(S(), r, c),
      getText: (r, c) => formatText(M.getValue(S(), r, c), M.getNumberFormat(S(), r, c)),
      getFormat: (r, c) => {
        const sh = S();
        const v = (k: string) => M.styleValue(sh, r, c, k);
        const borders: CellFormatInfo["borders"] = {};
        for (const side of [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          "InsideVertical",
          "InsideHorizontal",
        ]) {
          const style = v(`border.${side}.style`);
          const color = v(`border.${side}.color`);
          const weight = v(`border.${side}.weight`);
          if (style !== null || color !== null || weight !== null)
            borders[side] = { style, color, weight };
        }
        const hasFill =
          M.styleValue(sh, r, c, "fill.color") !== M.STYLE_DEFAULTS["fill.color"] ||
          hasOwnStyle(sh, r, c, "fill.color");
        return {
          bold: v("font.bold") as boolean,
          italic: v("font.italic") as boolean,
          fontColor: v("font.color") as string,
          fontSize: v("font.size") as number,
          fontName: v("font.name") as string,
          fillColor: hasFill ? (v("fill.color") as string) : null,
          horizontalAlignment: v("horizontalAlignment") as string,
          verticalAlignment: v("verticalAlignment") as string,
          wrapText: v("wrapText") as boolean,
          numberFormat: M.getNumberFormat(sh, r, c),
          borders,
        };
      },
      setValue: (r, c, value) => {
        const sh = S();
        const text = M.getNumberFormat(sh, r, c) === "@";
        if (value === null || value === undefined || value === "") M.setCell(sh, r, c, undefined);
        // Typed into a Text cell ("@"), "=SUM(1)" stays text, as in Excel.
        else if (typeof value === "string" && value.startsWith("=") && value.length > 1 && !text)
          M.setCell(sh, r, c, value, value);
        else M.setCell(sh, r, c, value);
        const rc = { r0: r, c0: c, r1: r, c1: c };
        for (const t of M.tablesOf(st(), sh))
          if (t.rect.r0 === r && c >= t.rect.c0 && c <= t.rect.c1) M.normalizeTableHeaders(sh, t);
        changed(sh, cellAddr(r, c));
        void rc;
      },
      setCalculatedValue: (r, c, value) => {
        const sh = S();
        if (M.getFormula(sh, r, c) === undefined)
          throw new Error(`Fake Excel model: ${cellAddr(r, c)} holds no formula.`);
        M.col(sh, c).v[r] = value;
        changed(sh, cellAddr(r, c));
      },
      setValues: (address, values) => {
        const sh = S();
        const r = rectOf(sh, address);
        const rc = {
          r0: r.r0,
          c0: r.c0,
          r1: r.r0 + values.length - 1,
          c1: r.c0 + (values[0]?.length ?? 1) - 1,
        };
        writeCells(
          st(),
          sh,
          rc,
          values.map((row) => row.map((v) => (v === null || v === undefined ? "" : v)))
        );
        changed(sh, formatAddress(sh.name, rc).replace(/^.*!/, ""));
      },
      setNumberFormat: (r, c, f) => {
        M.setNumberFormatCell(S(), r, c, f);
        changed(S());
      },
      getValues: (address) => {
        const sh = S();
        const rc = address ? rectOf(sh, address) : M.usedRect(sh, true);
        if (!rc) return [];
        return readGrid<Cell>(sh, rc, "", (cd, r) => cd.v[r]);
      },
      getFormulas: (address) => {
        const sh = S();
        const rc = address ? rectOf(sh, address) : M.usedRect(sh, true);
        if (!rc) return [];
        return readGrid<Cell>(sh, rc, "", (cd, r) => (cd.f && cd.f[r]) ?? cd.v[r]);
      },
      usedRange: (valuesOnly = true) => {
        const sh = S();
        const u = M.usedRect(sh, valuesOnly);
        if (!u) return { address: "", rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
        return {
          address: formatAddress(sh.name, u),
          rowIndex: u.r0,
          columnIndex: u.c0,
          rowCount: rows(u),
          columnCount: cols(u),
        };
      },
      insertRows: (at, count = 1) => shift("rows", "insert", at, count),
      deleteRows: (at, count = 1) => shift("rows", "delete", at, count),
      insertColumns: (at, count = 1) => shift("cols", "insert", at, count),
      deleteColumns: (at, count = 1) => shift("cols", "delete", at, count),
      sortRows: (firstRow, lastRow, order) => {
        const sh = S();
        const used = M.usedRect(sh, false);
        if (!used) return;
        const rc = { r0: firstRow, r1: lastRow, c0: 0, c1: used.c1 };
        if (typeof order === "function") {
          const rowVals = (r: number) => {
            const out: Cell[] = [];
            for (let c = 0; c <= used.c1; c++) out.push(M.getValue(sh, r, c) ?? "");
            return out;
          };
          M.sortRect(sh, rc, (a, b) => order(rowVals(a), rowVals(b)));
        } else sortRows(sh, rc, [{ key: order.column, ascending: order.ascending !== false }]);
        changed(sh);
      },
      hideRows: (from, count, hidden = true) => {
        const sh = S();
        for (let r = from; r < from + count; r++) (sh.rowProps[r] ??= {}).hidden = hidden;
        changed(sh);
      },
      hideColumns: (from, count, hidden = true) => {
        const sh = S();
        for (let c = from; c < from + count; c++) (sh.colProps[c] ??= {}).hidden = hidden;
        changed(sh);
      },
      isRowHidden: (r) => !!S().rowProps[r]?.hidden,
      isColumnHidden: (c) => !!S().colProps[c]?.hidden,
      rowHeight: (r) => M.rowHeight(S(), r),
      columnWidth: (c) => M.colWidth(S(), c),
      merge: (address) => {
        mergeRect(st(), S(), rectOf(S(), address), false);
        changed(S());
      },
      unmerge: (address) => {
        const sh = S();
        const rc = rectOf(sh, address);
        sh.merges = sh.merges.filter(
          (m) => !(m.r1 >= rc.r0 && m.r0 <= rc.r1 && m.c1 >= rc.c0 && m.c0 <= rc.c1)
        );
        changed(sh);
      },
      mergedAreas: () => S().merges.map((m) => formatAddress("x", m).slice(2)),
      enterArrayFormula: (address, formula) => {
        const sh = S();
        const rc = rectOf(sh, address);
        for (let r = rc.r0; r <= rc.r1; r++)
          for (let c = rc.c0; c <= rc.c1; c++) M.setCell(sh, r, c, formula, formula);
        sh.arrays.push(rc);
        changed(sh, formatAddress("x", rc).slice(2));
      },
      addPivotTable: (address) => {
        const sh = S();
        sh.pivots.push(rectOf(sh, address));
        changed(sh);
      },
      setComment: (r, c, text) => {
        M.setComment(S(), r, c, text);
        changed(S());
      },
      getComment: (r, c) => M.getComment(S(), r, c),
      charts: () => {
        const sh = S();
        return sh.charts.map((ch) => chartInfo(st(), sh, ch.id));
      },
      conditionalFormats: () => {
        const sh = S();
        return sh.cfs.map((cf, i) => {
          const d = cf.data as Record<string, any>;
          const key = Object.keys(d)[0];
          const sub = (key ? d[key] : {}) ?? {};
          const rule = sub.rule ?? {};
          const fmt = sub.format ?? {};
          return {
            id: cf.id,
            type: cf.type,
            address: cf.ranges.map((r) => formatAddress(sh.name, r)).join(","),
            priority: i,
            stopIfTrue: cf.stopIfTrue,
            formula: rule.formula ?? rule.formula1 ?? null,
            formula2: rule.formula2 ?? null,
            operator: rule.operator ?? null,
            text: rule.text ?? null,
            fillColor: fmt.fill?.color ?? null,
            fontColor: fmt.font?.color ?? null,
            bold: fmt.font?.bold ?? null,
            data: M.deepClone(cf.data),
          };
        });
      },
      dataValidations: () => {
        const sh = S();
        return sh.dvs.map((dv) => {
          const list = dv.rule.list as { source?: unknown; inCellDropDown?: boolean } | undefined;
          return {
            id: dv.id,
            address: dv.ranges.map((r) => formatAddress(sh.name, r)).join(","),
            type: dvType(dv),
            source: list && list.source !== undefined ? String(list.source) : null,
            inCellDropDown: list ? (list.inCellDropDown ?? true) : null,
            rule: M.deepClone(dv.rule),
            errorAlert: { ...dv.errorAlert },
            prompt: { ...dv.prompt },
            ignoreBlanks: dv.ignoreBlanks,
          };
        });
      },
      select: (address = "A1") => {
        const sh = S();
        const areas = parseAreas(address);
        if (!areas) throw new Error(`Fake Excel model: invalid address '${address}'.`);
        sh.selection = areas.map((a) => a.rect);
        const wasActive = st().activeSheetId === sh.id;
        st().activeSheetId = sh.id;
        if (!wasActive)
          emitEvent(core, "Activated", sh.id, {
            worksheetId: sh.id,
            type: "WorksheetActivated",
            source: "Local",
          });
        const addr = areas.map((a) => formatAddress(sh.name, a.rect).replace(/^.*!/, "")).join(",");
        emitEvent(core, "SelectionChanged", sh.id, {
          address: addr,
          worksheetId: sh.id,
          type: "WorksheetSelectionChanged",
          source: "Local",
        });
        core.notify("user");
      },
      activate: () => {
        const sh = S();
        if (st().activeSheetId !== sh.id) {
          st().activeSheetId = sh.id;
          emitEvent(core, "Activated", sh.id, {
            worksheetId: sh.id,
            type: "WorksheetActivated",
            source: "Local",
          });
          emitEvent(core, "SelectionChanged", sh.id, {
            address: sh.selection
              .map((r) => formatAddress(sh.name, r).replace(/^.*!/, ""))
              .join(","),
            worksheetId: sh.id,
            type: "WorksheetSelectionChanged",
            source: "Local",
          });
        }
        core.notify("user");
      },
      rename: (newName) => {
        M.renameSheet(st(), S(), newName);
        changed(S());
      },
    };
    return api;
  };

  const tableInfo = (t: M.TableState): TableInfo => {
    const sh = sheetOf(t.sheetId);
    return {
      name: t.name,
      id: t.id,
      sheet: sh.name,
      address: formatAddress(sh.name, t.rect),
      headerAddress: formatAddress(sh.name, { ...t.rect, r1: t.rect.r0 }),
      bodyAddress: formatAddress(sh.name, M.tableBody(t)),
      headers: M.tableColumnNames(sh, t),
      rowCount: rows(M.tableBody(t)),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
    };
  };

  const model: FakeWorkbookModel = {
    get sheetNames() {
      return st().sheets.map((s) => s.name);
    },
    get activeSheet() {
      return M.activeSheet(st()).name;
    },
    get selection() {
      const sh = M.activeSheet(st());
      return sh.selection.map((r) => formatAddress(sh.name, r)).join(",");
    },
    getSheet: (name) => sheetModel(byName(name).id),
    hasSheet: (name) => !!M.findSheet(st(), name),
    addSheet: (name, values) => {
      M.validateSheetName(st(), name);
      const s = M.newSheet(st(), name);
      st().sheets.push(s);
      if (values) seedSheet(s, values);
      changed(null);
      return sheetModel(s.id);
    },
    deleteSheet: (name) => {
      M.deleteSheet(st(), byName(name));
      changed(null);
    },
    renameSheet: (oldName, newName) => {
      M.renameSheet(st(), byName(oldName), newName);
      changed(null);
    },
    activate: (name) => sheetModel(byName(name).id).activate(),
    select: (address) => {
      const bang = address.lastIndexOf("!");
      const p = bang > 0 ? parseArea(address.split(",")[0]) : null;
      const sheet = p && p.sheet !== undefined ? byName(p.sheet) : M.activeSheet(st());
      const local = address
        .split(",")
        .map((a) => a.trim().replace(/^.*!/, ""))
        .join(",");
      sheetModel(sheet.id).select(local);
    },
    tables: () => st().tables.map(tableInfo),
    table: (name) => {
      const t = M.tableNamed(st(), name);
      return t ? tableInfo(t) : undefined;
    },
    addTable: (address, hasHeaders = true, name) => {
      const p = parseArea(address);
      if (!p) throw new Error(`Fake Excel model: invalid address '${address}'.`);
      const sheet = p.sheet !== undefined ? byName(p.sheet) : M.activeSheet(st());
      const t = addTable(st(), sheet, p.rect, hasHeaders, name);
      changed(sheet);
      return tableInfo(t);
    },
    filterTable: (name, column, criteria) => {
      const t = namedTable(name);
      setColumnCriteria(st(), t, column, criteria);
      changed(M.sheetById(st(), t.sheetId));
    },
    tableFilters: (name) => tableFilterHome(st(), namedTable(name)).criteria,
    names: () => {
      const out: NameInfo[] = [];
      const home = M.activeSheet(st()).name;
      for (const n of st().names) {
        const tv = nameTypeValue(st(), n, home);
        out.push({
          name: n.name,
          formula: n.formula,
          scope: "Workbook",
          type: tv.type,
          value: tv.value,
          comment: n.comment,
          visible: n.visible,
        });
      }
      for (const sh of st().sheets) {
        for (const n of sh.names) {
          const tv = nameTypeValue(st(), n, sh.name);
          out.push({
            name: n.name,
            formula: n.formula,
            scope: sh.name,
            type: tv.type,
            value: tv.value,
            comment: n.comment,
            visible: n.visible,
          });
        }
      }
      return out;
    },
    addName: (name, formula) => {
      addName(st(), null, name, formula);
      changed(null);
    },
    settings: () => {
      const o: Record<string, unknown> = {};
      for (const s of st().settings) o[s.key] = M.deepClone(s.value);
      return o;
    },
    setSetting: (key, value) => {
      const v = JSON.parse(JSON.stringify(value));
      const s = st().settings.find((x) => x.key === key);
      if (s) s.value = v;
      else st().settings.push({ key, value: v });
      changed(null);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return model;
}

function hasOwnStyle(sh: SheetState, r: number, c: number, key: string): boolean {
  const st = sh.cols[c]?.st?.[r];
  if (st && key in st) return true;
  if (sh.rowProps[r]?.style && key in sh.rowProps[r]!.style!) return true;
  return !!(sh.colProps[c]?.style && key in sh.colProps[c]!.style!);
}

function chartInfo(state: WorkbookState, sheet: SheetState, chartId: string): ChartInfo {
  const { chart } = findChart(state, { sheetId: sheet.id, chartId });
  const d = chart.data as Record<string, any>;
  const axes: AxisInfo[] = [];
  const axisMap = (d.axes ?? {}) as Record<string, Record<string, any>>;
  const keys = new Set(["Category:Primary", "Value:Primary", ...Object.keys(axisMap)]);
  if (chart.series.some((s) => s.axisGroup === "Secondary")) keys.add("Value:Secondary");
  for (const k of keys) {
    const [type, group] = k.split(":");
    const a = axisMap[k] ?? {};
    axes.push({
      type,
      group,
      minimum: a.minimum ?? null,
      maximum: a.maximum ?? null,
      majorUnit: a.majorUnit ?? null,
      numberFormat: a.numberFormat ?? "General",
      visible: a.visible ?? true,
      title: a.title && a.title.visible !== false && a.title.text ? a.title.text : null,
      positionAt: a.position === "Custom" ? (a.positionAt ?? null) : null,
    });
  }
  const title = d.title ?? {};
  return {
    name: chart.name,
    id: chart.id,
    type: chart.type,
    seriesBy: chart.seriesBy,
    title: title.visible !== false && (title.text ?? "") !== "" ? title.text : null,
    legend: { visible: d.legend?.visible ?? true, position: d.legend?.position ?? "Bottom" },
    position: { top: chart.top, left: chart.left, width: chart.width, height: chart.height },
    topLeftCell: cellAddr(M.rowAt(sheet, chart.top), M.colAt(sheet, chart.left)),
    series: chart.series.map((s) => {
      const fmt = (s.format ?? {}) as Record<string, any>;
      const points = (s.points ?? {}) as Record<string, Record<string, any>>;
      const pointColors: Record<number, string> = {};
      for (const [i, p] of Object.entries(points)) {
        const c = p.format?.color;
        if (c) pointColors[Number(i)] = c;
      }
      return {
        name: seriesName(state, s, sheet.name),
        values: refToAddress(s.values),
        xValues: refToAddress(s.xValues),
        bubbleSizes: refToAddress(s.bubbleSizes as string | undefined),
        chartType: s.chartType ?? chart.type,
        axisGroup: s.axisGroup,
        fillColor: fmt.color ?? null,
        lineColor: fmt.line?.color ?? null,
        hasDataLabels: !!s.hasDataLabels,
        markerStyle: String(s.markerStyle ?? "Automatic"),
        pointColors,
      };
    }),
    axes,
    dataLabels: { ...(d.dataLabels ?? {}) },
  };
}
