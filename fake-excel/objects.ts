/** Workbook, worksheets, tables, named items and settings of the fake Excel host. */
import { LAST_COL, LAST_ROW, Rect, contains, intersect, rewriteFormula, rows } from "./address";
import * as M from "./model";
import { NameState, SheetState, TableState, WorkbookState } from "./model";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  CreateOptions,
  DataSpec,
  EventHandlers,
  RequestContext,
  defineProps,
  makeData,
} from "./runtime";
import {
  Range,
  RangeAreas,
  RangeTarget,
  nameRange,
  rectInSheet,
  resolveAddress,
  sortRows,
  SortField,
  writeCells,
} from "./range";
import { ChartCollection } from "./chart";
import { PageLayout } from "./pageLayout";
import { calculatedColumns, fillCalculated } from "./calculatedColumns";
import { AutoFilter, Filter, clearTableFilters, isFiltered, reapplyTableFilters } from "./filters";

const err = M.err;

/** Longest address Worksheet.getRanges takes in the fake (office-js issue 5198, see getRanges). */
export const GET_RANGES_MAX_CHARS = 8_192;

function rangeOf(
  ctx: RequestContext,
  create: (state: WorkbookState) => RangeTarget | null,
  opts: CreateOptions = {}
) {
  return new Range(ctx, create, opts);
}

/* ------------------------------------------------------------------------------------------ */
/* Workbook                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const APPLICATION: DataSpec = {
  cls: "Application",
  props: {
    calculationMode: {
      get: (_d, state) => state.calculationMode,
      set: (_d, v, state) => {
        state.calculationMode = String(v);
      },
    },
    calculationEngineVersion: { ro: true, get: () => 0 },
    calculationState: { ro: true, get: () => "Done" },
  },
  methods: {
    calculate: (self) => self._act([], () => undefined),
    // "Suspends calculation until the next context.sync() is called" (ExcelApi 1.6):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member
    // Recorded per batch (stats.batches[i].writesBeforeSuspension) so tests can check the order.
    suspendApiCalculationUntilNextSync: (self) =>
      self._act(
        [],
        () => {
          const running = self._ctx._host.running;
          if (running && running.stats.writesBeforeSuspension === undefined)
            running.stats.writesBeforeSuspension = running.writesDone;
        },
        "1.6"
      ),
    suspendScreenUpdatingUntilNextSync: () => undefined,
  },
};

const PROPERTIES: DataSpec = {
  cls: "DocumentProperties",
  props: {
    title: { def: "" },
    author: { def: "" },
    subject: { def: "" },
    keywords: { def: "" },
    comments: { def: "" },
    category: { def: "" },
    company: { def: "" },
    manager: { def: "" },
    lastAuthor: { ro: true, def: "" },
    revisionNumber: { def: 0 },
  },
};

export class Workbook extends ClientObject {
  constructor(ctx: RequestContext) {
    super(ctx, "Workbook", null, {}, { workbook: true });
  }

  _scalars(): string[] {
    return ["name", "readOnly", "isDirty"];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "tables":
        return this.tables;
      case "names":
        return this.names;
      case "settings":
        return this.settings;
      case "application":
        return this.application;
      case "properties":
        return this.properties;
      default:
        return undefined;
    }
  }

  _read(prop: string, t: unknown, state: WorkbookState): unknown {
    switch (prop) {
      case "name":
        return "Book1.xlsx";
      case "readOnly":
        return false;
      case "isDirty":
        return false;
      default:
        return super._read(prop, t, state);
    }
  }

  get worksheets(): WorksheetCollection {
    return this._child("worksheets", () => new WorksheetCollection(this._ctx));
  }

  get tables(): TableCollection {
    return this._child("tables", () => new TableCollection(this._ctx, null));
  }

  get names(): NamedItemCollection {
    return this._child("names", () => new NamedItemCollection(this._ctx, null));
  }

  get settings(): SettingCollection {
    return this._child("settings", () => new SettingCollection(this._ctx));
  }

  get application(): ClientObject {
    return this._child("application", () => makeData(this._ctx, APPLICATION, (s) => s));
  }

  get properties(): ClientObject {
    return this._child("properties", () => makeData(this._ctx, PROPERTIES, (s) => s.properties));
  }

  get onSelectionChanged(): EventHandlers {
    return this._child("evSel", () => new EventHandlers(this._ctx, "SelectionChanged", () => null));
  }

  getSelectedRange(): Range {
    return rangeOf(this._ctx, (state) => {
      const sheet = M.activeSheet(state);
      // Several areas selected: RichApi.Error code "InvalidSelection"
      // (https://github.com/OfficeDev/office-js-docs-pr/issues/2477); getSelectedRanges reads them.
      if (sheet.selection.length !== 1) {
        throw err("InvalidSelection", "The selection has more than one area.");
      }
      return { sheetId: sheet.id, rect: { ...sheet.selection[0] } };
    });
  }

  getSelectedRanges(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const sheet = M.activeSheet(state);
        return { sheetId: sheet.id, rects: sheet.selection.map((r) => ({ ...r })) };
      },
      { minVersion: "1.9" }
    );
  }

  getActiveCell(): Range {
    return rangeOf(
      this._ctx,
      (state) => {
        const sheet = M.activeSheet(state);
        const r = sheet.selection[0];
        return { sheetId: sheet.id, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
      },
      { minVersion: "1.7" }
    );
  }
}
defineProps(Workbook, ["name", "readOnly", "isDirty"], []);

/* ------------------------------------------------------------------------------------------ */
/* Worksheets                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const SHEET_RO = ["id", "standardHeight"];
const SHEET_RW = [
  "name",
  "position",
  "visibility",
  "tabColor",
  "showGridlines",
  "showHeadings",
  "standardWidth",
  "enableCalculation",
];

/**
 * The worksheet an object lives on, as a child proxy that follows the object (a moved range or
 * table reports its new sheet). `sheetIdOf` reads the sheet id from the object's resolved target.
 */
export function worksheetOf<T>(
  owner: ClientObject,
  sheetIdOf: (target: T, state: WorkbookState) => string | null,
  key = "worksheet"
): Worksheet {
  return owner._child(
    key,
    () =>
      new Worksheet(
        owner._ctx,
        (state) => {
          const target = owner._resolve(state) as T | null;
          return owner._isNull || !target ? null : sheetIdOf(target, state);
        },
        { dynamic: true }
      )
  );
}

export class Worksheet extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => string | null) | null,
    opts?: CreateOptions,
    fixed?: string
  ) {
    super(ctx, "Worksheet", create, opts, fixed);
  }

  _scalars(): string[] {
    return [...SHEET_RO, ...SHEET_RW];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "tables":
        return this.tables;
      case "charts":
        return this.charts;
      case "names":
        return this.names;
      case "protection":
        return this.protection;
      case "freezePanes":
        return this.freezePanes;
      case "pageLayout":
        return this.pageLayout;
      default:
        return undefined;
    }
  }

  _sheet(state: WorkbookState): SheetState {
    const id = this._resolve(state) as string;
    return M.sheetById(state, id);
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    const s = M.sheetById(state, id);
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "showGridlines":
        return s.showGridlines;
      case "showHeadings":
        return s.showHeadings;
      case "standardWidth":
        return s.standardWidth;
      case "standardHeight":
        return M.DEFAULT_ROW_HEIGHT;
      case "enableCalculation":
        return true;
      default:
        return super._read(prop, id, state);
    }
  }

  _write(prop: string, v: unknown, id: string, state: WorkbookState): void {
    const s = M.sheetById(state, id);
    switch (prop) {
      case "name":
        M.renameSheet(state, s, String(v));
        return;
      case "position": {
        const pos = Number(v);
        if (!(pos >= 0 && pos < state.sheets.length)) throw err("InvalidArgument");
        state.sheets.splice(state.sheets.indexOf(s), 1);
        state.sheets.splice(pos, 0, s);
        return;
      }
      case "visibility": {
        const vis = String(v);
        if (!["Visible", "Hidden", "VeryHidden"].includes(vis)) throw err("InvalidArgument");
        if (vis !== "Visible" && s.visibility === "Visible") {
          if (state.sheets.filter((x) => x.visibility === "Visible").length <= 1) {
            throw err(
              "InvalidOperation",
              "A workbook must contain at least one visible worksheet."
            );
          }
        }
        s.visibility = vis;
        if (vis !== "Visible" && state.activeSheetId === s.id) {
          state.activeSheetId = state.sheets.find((x) => x.visibility === "Visible")!.id;
        }
        return;
      }
      case "tabColor":
        s.tabColor = v ? String(normalizeTab(v)) : "";
        return;
      case "showGridlines":
        s.showGridlines = !!v;
        return;
      case "showHeadings":
        s.showHeadings = !!v;
        return;
      case "standardWidth":
        s.standardWidth = Number(v);
        return;
      case "enableCalculation":
        return;
      default:
        super._write(prop, v, id, state);
    }
  }

  get tables(): TableCollection {
    return this._child("tables", () => new TableCollection(this._ctx, this));
  }

  get charts(): ChartCollection {
    return this._child("charts", () => new ChartCollection(this._ctx, this));
  }

  get names(): NamedItemCollection {
    return this._child("names", () => new NamedItemCollection(this._ctx, this));
  }

  get protection(): WorksheetProtection {
    return this._child("protection", () => new WorksheetProtection(this._ctx, this));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._child("freezePanes", () => new WorksheetFreezePanes(this._ctx, this));
  }

  get pageLayout(): PageLayout {
    return this._child("pageLayout", () => new PageLayout(this._ctx, (s) => this._resolve(s)));
  }

  /** ExcelApi 1.9 (checked when it is used); filters.ts. */
  get autoFilter(): AutoFilter {
    return this._child("autoFilter", () => new AutoFilter(this._ctx, this, "sheet"));
  }

  get onChanged(): EventHandlers {
    return this._event("Changed");
  }

  get onSelectionChanged(): EventHandlers {
    return this._event("SelectionChanged");
  }

  get onActivated(): EventHandlers {
    return this._event("Activated");
  }

  _event(kind: string): EventHandlers {
    return this._child(
      "ev" + kind,
      () => new EventHandlers(this._ctx, kind, () => this._resolve(this._ctx._host.state) as string)
    );
  }

  _rangeFrom(
    args: unknown[],
    fn: (s: SheetState, state: WorkbookState) => Rect | null,
    opts: CreateOptions = {}
  ) {
    return new Range(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string | null;
        if (this._isNull || !id) return null;
        const s = M.sheetById(state, id);
        const r = fn(s, state);
        if (!r) {
          if (opts.nullable) return null;
          throw err("ItemNotFound");
        }
        return { sheetId: id, rect: r };
      },
      { ...opts, args }
    );
  }

  getRange(address?: string): Range {
    return this._rangeFrom([address], (s, state) =>
      address === undefined || address === ""
        ? { r0: 0, c0: 0, r1: LAST_ROW, c1: LAST_COL }
        : rectInSheet(state, s, address)
    );
  }

  getRanges(address: string): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const s = this._sheet(state);
        // Long multi-area addresses fail with InvalidArgument; the limit is not documented.
        // office-js issue 5198: 513 areas / 8,207 characters failed, shorter ones with as many
        // areas worked (https://github.com/OfficeDev/office-js/issues/5198).
        if (address.length > GET_RANGES_MAX_CHARS) throw err("InvalidArgument");
        const rects = address.split(",").map((a) => rectInSheet(state, s, a.trim()));
        return { sheetId: s.id, rects };
      },
      { args: [address], minVersion: "1.9" }
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return this._rangeFrom(
      [startRow, startColumn, rowCount, columnCount],
      () => {
        const r = {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
        if (
          !(rowCount > 0 && columnCount > 0) ||
          r.r0 < 0 ||
          r.c0 < 0 ||
          r.r1 > LAST_ROW ||
          r.c1 > LAST_COL
        ) {
          throw err("InvalidArgument", "The range is outside the worksheet.");
        }
        return r;
      },
      { minVersion: "1.7" }
    );
  }

  getCell(row: number, column: number): Range {
    return this._rangeFrom([row, column], () => {
      if (row < 0 || column < 0 || row > LAST_ROW || column > LAST_COL)
        throw err("InvalidArgument");
      return { r0: row, c0: column, r1: row, c1: column };
    });
  }

  getUsedRange(valuesOnly = false): Range {
    return this._rangeFrom(
      [valuesOnly],
      (s) => M.usedRect(s, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._rangeFrom([valuesOnly], (s) => M.usedRect(s, valuesOnly), { nullable: true });
  }

  activate(): void {
    this._act([], (id: string, state) => {
      const s = M.sheetById(state, id);
      if (s.visibility !== "Visible")
        throw err("InvalidOperation", "A hidden sheet can't be activated.");
      state.activeSheetId = id;
    });
  }

  delete(): void {
    this._act([], (id: string, state) => M.deleteSheet(state, M.sheetById(state, id)));
  }

  calculate(): void {
    this._act([], () => undefined);
  }

  _sibling(step: number, visibleOnly: boolean, nullable: boolean): Worksheet {
    return new Worksheet(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string;
        const list = state.sheets.filter(
          (s) => !visibleOnly || s.visibility === "Visible" || s.id === id
        );
        const i = list.findIndex((s) => s.id === id) + step;
        const s = list[i];
        if (!s) {
          if (nullable) return null;
          throw err("ItemNotFound");
        }
        return s.id;
      },
      { nullable }
    );
  }

  getNext(visibleOnly = false): Worksheet {
    return this._sibling(1, visibleOnly, false);
  }

  getNextOrNullObject(visibleOnly = false): Worksheet {
    return this._sibling(1, visibleOnly, true);
  }

  getPrevious(visibleOnly = false): Worksheet {
    return this._sibling(-1, visibleOnly, false);
  }

  getPreviousOrNullObject(visibleOnly = false): Worksheet {
    return this._sibling(-1, visibleOnly, true);
  }
}
defineProps(Worksheet, SHEET_RO, SHEET_RW);

function normalizeTab(v: unknown): unknown {
  return typeof v === "string" && /^#?[0-9a-f]{6}$/i.test(v)
    ? "#" + v.replace("#", "").toUpperCase()
    : v;
}

export class WorksheetCollection extends ClientCollection {
  constructor(ctx: RequestContext) {
    super(ctx, "WorksheetCollection", null, {}, {});
  }

  _list(_t: unknown, state: WorkbookState): unknown[] {
    return state.sheets.map((s) => s.id);
  }

  _makeItem(ref: unknown): ClientObject {
    return new Worksheet(this._ctx, null, {}, ref as string);
  }

  _find(key: string, nullable: boolean): Worksheet {
    return new Worksheet(
      this._ctx,
      (state) => {
        const s = M.findSheet(state, key) ?? state.sheets.find((x) => x.id === key);
        if (!s) {
          if (nullable) return null;
          throw err("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
        }
        return s.id;
      },
      { nullable, args: [key] }
    );
  }

  getItem(key: string): Worksheet {
    return this._find(key, false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._find(key, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._ctx, (state) => M.activeSheet(state).id);
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this._ctx, (state) => {
      const s = state.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      return s ? s.id : null;
    });
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this._ctx, (state) => {
      const list = state.sheets.filter((x) => !visibleOnly || x.visibility === "Visible");
      return list.length ? list[list.length - 1].id : null;
    });
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._result(
      [visibleOnly],
      (_t, state) => state.sheets.filter((x) => !visibleOnly || x.visibility === "Visible").length
    );
  }

  add(name?: string): Worksheet {
    return new Worksheet(
      this._ctx,
      (state) => {
        let n = name;
        if (n === undefined || n === null || n === "") {
          let i = state.sheets.length + 1;
          while (M.findSheet(state, `Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        M.validateSheetName(state, n);
        const s = M.newSheet(state, n);
        state.sheets.push(s);
        return s.id;
      },
      { write: true, args: [name] }
    );
  }

  get onActivated(): EventHandlers {
    return this._child("evAct", () => new EventHandlers(this._ctx, "Activated", () => null));
  }

  get onChanged(): EventHandlers {
    return this._child("evChg", () => new EventHandlers(this._ctx, "Changed", () => null));
  }

  get onSelectionChanged(): EventHandlers {
    return this._child("evSel", () => new EventHandlers(this._ctx, "SelectionChanged", () => null));
  }
}

export class WorksheetFreezePanes extends ClientObject {
  constructor(ctx: RequestContext, ws: Worksheet) {
    super(ctx, "WorksheetFreezePanes", (state) => ws._resolve(state), { dynamic: true });
  }

  _set2(rowsN: number, colsN: number): void {
    this._act(
      [rowsN, colsN],
      (id: string, state) => {
        const s = M.sheetById(state, id);
        s.freezeRows = rowsN;
        s.freezeCols = colsN;
      },
      "1.7"
    );
  }

  freezeRows(count = 1): void {
    this._set2(count, 0);
  }

  freezeColumns(count = 1): void {
    this._set2(0, count);
  }

  freezeAt(frozenRange: Range | string): void {
    this._act(
      [frozenRange],
      (id: string, state) => {
        const s = M.sheetById(state, id);
        const rc =
          frozenRange instanceof Range
            ? frozenRange._sheetRect(state).rect
            : rectInSheet(state, s, frozenRange);
        s.freezeRows = rc.r1 + 1;
        s.freezeCols = rc.c1 + 1;
      },
      "1.7"
    );
  }

  unfreeze(): void {
    this._set2(0, 0);
  }

  getLocationOrNullObject(): Range {
    return new Range(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string;
        const s = M.sheetById(state, id);
        if (!s.freezeRows && !s.freezeCols) return null;
        return {
          sheetId: id,
          rect: {
            r0: 0,
            c0: 0,
            r1: s.freezeRows ? s.freezeRows - 1 : LAST_ROW,
            c1: s.freezeCols ? s.freezeCols - 1 : LAST_COL,
          },
        };
      },
      { nullable: true, minVersion: "1.7" }
    );
  }
}

export class WorksheetProtection extends ClientObject {
  constructor(ctx: RequestContext, ws: Worksheet) {
    super(ctx, "WorksheetProtection", (state) => ws._resolve(state), { dynamic: true });
  }

  _scalars(): string[] {
    return ["protected", "options"];
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    const s = M.sheetById(state, id);
    if (prop === "protected") return s.protected;
    if (prop === "options") return {};
    return super._read(prop, id, state);
  }

  protect(options?: unknown, password?: string): void {
    this._act([options, password], (id: string, state) => {
      M.sheetById(state, id).protected = true;
    });
  }

  unprotect(password?: string): void {
    this._act([password], (id: string, state) => {
      M.sheetById(state, id).protected = false;
    });
  }
}
defineProps(WorksheetProtection, ["protected", "options"], []);

/* ------------------------------------------------------------------------------------------ */
/* Tables                                                                                      */
/* ------------------------------------------------------------------------------------------ */

function tableById(state: WorkbookState, id: string): { t: TableState; sheet: SheetState } {
  const t = M.tableById(state, id);
  return { t, sheet: M.sheetById(state, t.sheetId) };
}

function uniqueTableName(state: WorkbookState): string {
  let i = 1;
  while (M.isNameTaken(state, `Table${i}`)) i++;
  return `Table${i}`;
}

/** Creates a table as Excel does (hasHeaders false: a header row is inserted above the data). */
export function addTable(
  state: WorkbookState,
  sheet: SheetState,
  rc0: Rect,
  hasHeaders: boolean,
  name?: string
): TableState {
  let rc = { ...rc0 };
  if (rc.r1 === LAST_ROW || rc.c1 === LAST_COL) {
    const used = M.usedRect(sheet, true);
    const i = used ? intersect(rc, used) : null;
    if (!i) throw err("InvalidArgument", "The table range is empty.");
    rc = i;
  }
  for (const t of M.tablesOf(state, sheet)) {
    if (intersect(t.rect, rc))
      throw err("InvalidOperation", "A table can't overlap another table.");
  }
  if (sheet.merges.some((m) => intersect(m, rc))) {
    throw err("InvalidOperation", "A table can't overlap a range that contains merged cells.");
  }
  if (!hasHeaders) {
    M.applyShift(state, sheet, {
      axis: "rows",
      kind: "insert",
      at: rc.r0,
      count: 1,
      span0: rc.c0,
      span1: rc.c1,
    });
    rc = { ...rc, r1: rc.r1 + 1 };
  } else if (rc.r0 === rc.r1) {
    rc = { ...rc, r1: rc.r1 + 1 };
  }
  const tname = name ?? uniqueTableName(state);
  if (name !== undefined) {
    M.validateName(name);
    if (M.isNameTaken(state, name)) throw err("ItemAlreadyExists");
  }
  const t: TableState = {
    id: String(M.nextId(state)),
    name: tname,
    sheetId: sheet.id,
    rect: rc,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  state.tables.push(t);
  M.normalizeTableHeaders(sheet, t);
  return t;
}

const TABLE_RO = ["id", "legacyId"];
const TABLE_RW = [
  "name",
  "showHeaders",
  "showTotals",
  "style",
  "showBandedRows",
  "showBandedColumns",
  "showFilterButton",
  "highlightFirstColumn",
  "highlightLastColumn",
];

export class Table extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => string | null) | null,
    opts?: CreateOptions,
    fixed?: string
  ) {
    super(ctx, "Table", create, opts, fixed);
  }

  _scalars(): string[] {
    return [...TABLE_RO, ...TABLE_RW];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "columns":
        return this.columns;
      case "rows":
        return this.rows;
      case "autoFilter":
        return this.autoFilter;
      case "worksheet":
        return this.worksheet;
      default:
        return undefined;
    }
  }

  get columns(): TableColumnCollection {
    return this._child("columns", () => new TableColumnCollection(this._ctx, this));
  }

  get rows(): TableRowCollection {
    return this._child("rows", () => new TableRowCollection(this._ctx, this));
  }

  get sort(): TableSort {
    return this._child("sort", () => new TableSort(this._ctx, this));
  }

  get worksheet(): Worksheet {
    return worksheetOf<string>(this, (id, state) => tableById(state, id).t.sheetId);
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    const { t } = tableById(state, id);
    if (prop === "id" || prop === "legacyId") return t.id;
    if (TABLE_RW.includes(prop)) return (t as unknown as Record<string, unknown>)[prop];
    return super._read(prop, id, state);
  }

  _write(prop: string, v: unknown, id: string, state: WorkbookState): void {
    const { t, sheet } = tableById(state, id);
    switch (prop) {
      case "name": {
        const n = String(v);
        M.validateName(n);
        if (!M.sameName(n, t.name) && M.isNameTaken(state, n)) throw err("ItemAlreadyExists");
        t.name = n;
        return;
      }
      case "showTotals":
        setTotals(state, sheet, t, !!v);
        return;
      case "showHeaders":
        t.showHeaders = !!v;
        return;
      case "style":
        t.style = String(v);
        return;
      default:
        if (TABLE_RW.includes(prop)) (t as unknown as Record<string, unknown>)[prop] = !!v;
        else super._write(prop, v, id, state);
    }
  }

  _part(args: unknown[], fn: (t: TableState) => Rect | null, nullable = false): Range {
    return new Range(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string | null;
        if (this._isNull || !id) return null;
        const { t } = tableById(state, id);
        const r = fn(t);
        if (!r) {
          if (nullable) return null;
          throw err("ItemNotFound");
        }
        return { sheetId: t.sheetId, rect: r };
      },
      { args, nullable }
    );
  }

  getRange(): Range {
    return this._part([], (t) => ({ ...t.rect }));
  }

  getHeaderRowRange(): Range {
    return this._part([], (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }

  getDataBodyRange(): Range {
    return this._part([], (t) => M.tableBody(t));
  }

  getTotalRowRange(): Range {
    return this._part([], (t) => (t.showTotals ? { ...t.rect, r0: t.rect.r1 } : null));
  }

  getTotalRowRangeOrNullObject(): Range {
    return this._part([], (t) => (t.showTotals ? { ...t.rect, r0: t.rect.r1 } : null), true);
  }

  delete(): void {
    this._act([], (id: string, state) => {
      const { t, sheet } = tableById(state, id);
      M.clearRect(sheet, t.rect, "All");
      state.tables = state.tables.filter((x) => x !== t);
    });
  }

  convertToRange(): Range {
    const r = this.getRange();
    this._act([], (id: string, state) => {
      const { t } = tableById(state, id);
      state.tables = state.tables.filter((x) => x !== t);
    });
    return r;
  }

  resize(newRange: Range | string): void {
    this._act(
      [newRange],
      (id: string, state) => {
        const { t, sheet } = tableById(state, id);
        const rc =
          newRange instanceof Range
            ? newRange._sheetRect(state).rect
            : resolveAddress(state, newRange, sheet).rect;
        if (rc.r0 !== t.rect.r0 || !intersect(rc, t.rect) || rows(rc) < 2) {
          throw err(
            "InvalidArgument",
            "The header row must stay in place and the table must overlap the old one."
          );
        }
        for (const o of M.tablesOf(state, sheet)) {
          if (o !== t && intersect(o.rect, rc))
            throw err("InvalidOperation", "A table can't overlap another table.");
        }
        t.rect = { ...rc };
        M.normalizeTableHeaders(sheet, t);
      },
      "1.13"
    );
  }

  /** ExcelApi 1.2; filters.ts. */
  clearFilters(): void {
    this._act([], (id: string, state) => clearTableFilters(state, tableById(state, id).t));
  }

  reapplyFilters(): void {
    this._act([], (id: string, state) => reapplyTableFilters(state, tableById(state, id).t));
  }

  /** ExcelApi 1.9 (checked when it is used); filters.ts. */
  get autoFilter(): AutoFilter {
    return this._child("autoFilter", () => new AutoFilter(this._ctx, this, "table"));
  }
}
defineProps(Table, TABLE_RO, TABLE_RW);

function setTotals(state: WorkbookState, sheet: SheetState, t: TableState, on: boolean): void {
  if (on === t.showTotals) return;
  if (on) {
    const below = t.rect.r1 + 1;
    let busy = false;
    for (let c = t.rect.c0; c <= t.rect.c1; c++) if (!M.isEmptyCell(sheet, below, c)) busy = true;
    if (busy) {
      M.applyShift(state, sheet, {
        axis: "rows",
        kind: "insert",
        at: below,
        count: 1,
        span0: t.rect.c0,
        span1: t.rect.c1,
      });
    }
    t.rect = { ...t.rect, r1: below };
    t.showTotals = true;
    const names = M.tableColumnNames(sheet, t);
    if (t.rect.c1 > t.rect.c0) M.setCell(sheet, below, t.rect.c0, "Total");
    const last = names[names.length - 1].replace(/[[\]'#]/g, "'$&");
    const f = `=SUBTOTAL(109,${t.name}[${last}])`;
    M.setCell(sheet, below, t.rect.c1, f, f);
  } else {
    M.clearRect(sheet, { ...t.rect, r0: t.rect.r1 }, "Contents");
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
    t.showTotals = false;
  }
}

export class TableCollection extends ClientCollection {
  declare _ws: Worksheet | null;

  constructor(ctx: RequestContext, ws: Worksheet | null) {
    super(
      ctx,
      "TableCollection",
      ws ? (state) => ws._resolve(state) : null,
      { dynamic: !!ws },
      ws ? undefined : {}
    );
    this._ws = ws;
  }

  _list(sheetId: unknown, state: WorkbookState): unknown[] {
    const list = this._ws ? state.tables.filter((t) => t.sheetId === sheetId) : state.tables;
    return list.map((t) => t.id);
  }

  _makeItem(ref: unknown): ClientObject {
    return new Table(this._ctx, null, {}, ref as string);
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    return new Table(
      this._ctx,
      (state) => {
        let sheet: SheetState;
        let rc: Rect;
        if (address instanceof Range) {
          ({ sheet, rect: rc } = address._sheetRect(state));
        } else {
          const fallback = this._ws
            ? M.sheetById(state, this._ws._resolve(state))
            : M.activeSheet(state);
          ({ sheet, rect: rc } = resolveAddress(state, address, fallback));
        }
        if (this._ws && sheet.id !== this._ws._resolve(state)) {
          throw err("InvalidArgument", "The address is on another worksheet.");
        }
        return addTable(state, sheet, rc, hasHeaders).id;
      },
      { write: true, args: [address, hasHeaders] }
    );
  }

  _find(key: string, nullable: boolean): Table {
    return new Table(
      this._ctx,
      (state) => {
        const sheetId = this._ws ? this._ws._resolve(state) : null;
        const t = state.tables.find(
          (x) => (M.sameName(x.name, key) || x.id === key) && (!sheetId || x.sheetId === sheetId)
        );
        if (!t) {
          if (nullable) return null;
          throw err("ItemNotFound", `The table '${key}' doesn't exist.`);
        }
        return t.id;
      },
      { nullable, args: [key] }
    );
  }

  getItem(key: string): Table {
    return this._find(key, false);
  }

  getItemOrNullObject(key: string): Table {
    return this._find(key, true);
  }

  getItemAt(index: number): Table {
    return new Table(this._ctx, (state) => {
      const list = this._list(this._ws ? this._ws._resolve(state) : null, state);
      if (list[index] === undefined) throw err("ItemNotFound");
      return list[index] as string;
    });
  }
}

/** range.getTables(fullyContained) */
export class TableScopedCollection extends ClientCollection {
  declare _range: Range;
  declare _full: boolean;

  constructor(ctx: RequestContext, range: Range, fullyContained: boolean) {
    super(ctx, "TableScopedCollection", (state) => range._resolve(state), { minVersion: "1.9" });
    this._range = range;
    this._full = fullyContained;
  }

  _list(t: RangeTarget | null, state: WorkbookState): unknown[] {
    if (!t) return [];
    return state.tables
      .filter(
        (x) =>
          x.sheetId === t.sheetId &&
          (this._full ? contains(t.rect, x.rect) : intersect(x.rect, t.rect))
      )
      .sort((a, b) => a.rect.r0 - b.rect.r0 || a.rect.c0 - b.rect.c0)
      .map((x) => x.id);
  }

  _makeItem(ref: unknown): ClientObject {
    return new Table(this._ctx, null, {}, ref as string);
  }

  _first(nullable: boolean): Table {
    return new Table(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as RangeTarget;
        const list = this._list(t, state);
        if (!list.length) {
          if (nullable) return null;
          throw err("ItemNotFound");
        }
        return list[0] as string;
      },
      { nullable }
    );
  }

  getFirst(): Table {
    return this._first(false);
  }

  getFirstOrNullObject(): Table {
    return this._first(true);
  }
}

interface ColTarget {
  tableId: string;
  index: number;
}

export class TableColumn extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => ColTarget | null) | null,
    opts?: CreateOptions,
    fixed?: ColTarget
  ) {
    super(ctx, "TableColumn", create, opts, fixed);
  }

  _scalars(): string[] {
    return ["id", "index", "name", "values"];
  }

  _loc(state: WorkbookState, ct: ColTarget) {
    const { t, sheet } = tableById(state, ct.tableId);
    if (ct.index < 0 || ct.index > t.rect.c1 - t.rect.c0)
      throw err("ItemNotFound", "The table column doesn't exist.");
    return { t, sheet, c: t.rect.c0 + ct.index };
  }

  _read(prop: string, ct: ColTarget, state: WorkbookState): unknown {
    const { t, sheet, c } = this._loc(state, ct);
    switch (prop) {
      case "id":
        return ct.index + 1;
      case "index":
        return ct.index;
      case "name":
        return M.tableColumnNames(sheet, t)[ct.index];
      case "values": {
        const out: unknown[][] = [];
        for (let r = t.rect.r0; r <= t.rect.r1; r++) out.push([M.getValue(sheet, r, c) ?? ""]);
        return out;
      }
      default:
        return super._read(prop, ct, state);
    }
  }

  _write(prop: string, v: unknown, ct: ColTarget, state: WorkbookState): void {
    const { t, sheet, c } = this._loc(state, ct);
    if (prop === "name") {
      const n = String(v);
      const names = M.tableColumnNames(sheet, t);
      if (names.some((x, i) => i !== ct.index && M.sameName(x, n)))
        throw err("InvalidArgument", "The column name already exists.");
      M.setCell(sheet, t.rect.r0, c, n);
      M.normalizeTableHeaders(sheet, t);
    } else if (prop === "values") {
      writeCells(state, sheet, { r0: t.rect.r0, r1: t.rect.r1, c0: c, c1: c }, v);
    } else super._write(prop, v, ct, state);
  }

  _part(fn: (t: TableState, c: number) => Rect | null): Range {
    return new Range(this._ctx, (state) => {
      const ct = this._resolve(state) as ColTarget;
      const { t, c } = this._loc(state, ct);
      const r = fn(t, c);
      if (!r) throw err("ItemNotFound");
      return { sheetId: t.sheetId, rect: r };
    });
  }

  /** ExcelApi 1.2; filters.ts. */
  get filter(): Filter {
    return this._child("filter", () => new Filter(this._ctx, this));
  }

  _nav(name: string): ClientObject | undefined {
    return name === "filter" ? this.filter : undefined;
  }

  getRange(): Range {
    return this._part((t, c) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: c, c1: c }));
  }

  getHeaderRowRange(): Range {
    return this._part((t, c) => ({ r0: t.rect.r0, r1: t.rect.r0, c0: c, c1: c }));
  }

  getDataBodyRange(): Range {
    return this._part((t, c) => ({ ...M.tableBody(t), c0: c, c1: c }));
  }

  getTotalRowRange(): Range {
    return this._part((t, c) =>
      t.showTotals ? { r0: t.rect.r1, r1: t.rect.r1, c0: c, c1: c } : null
    );
  }

  delete(): void {
    this._act([], (ct: ColTarget, state) => {
      const { t, sheet, c } = this._loc(state, ct);
      if (t.rect.c0 === t.rect.c1)
        throw err("InvalidOperation", "The last column of a table can't be deleted.");
      t.criteria?.splice(ct.index, 1);
      M.applyShift(state, sheet, {
        axis: "cols",
        kind: "delete",
        at: c,
        count: 1,
        span0: t.rect.r0,
        span1: t.rect.r1,
      });
    });
  }
}
defineProps(TableColumn, ["id", "index"], ["name", "values"]);

export class TableColumnCollection extends ClientCollection {
  declare _table: Table;

  constructor(ctx: RequestContext, table: Table) {
    super(ctx, "TableColumnCollection", (state) => table._resolve(state), { dynamic: true });
    this._table = table;
  }

  _list(id: string | null, state: WorkbookState): unknown[] {
    if (!id) return [];
    const { t } = tableById(state, id);
    return Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, i) => ({ tableId: id, index: i }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new TableColumn(this._ctx, null, {}, ref as ColTarget);
  }

  _find(key: string | number, nullable: boolean): TableColumn {
    return new TableColumn(
      this._ctx,
      (state) => {
        const id = this._table._resolve(state) as string;
        const { t, sheet } = tableById(state, id);
        const names = M.tableColumnNames(sheet, t);
        let i = names.findIndex((n) => M.sameName(n, String(key)));
        if (i < 0 && typeof key === "number" && key >= 1 && key <= names.length) i = key - 1;
        if (i < 0) {
          if (nullable) return null;
          throw err("ItemNotFound", `The table column '${key}' doesn't exist.`);
        }
        return { tableId: id, index: i };
      },
      { nullable, args: [key] }
    );
  }

  getItem(key: string | number): TableColumn {
    return this._find(key, false);
  }

  getItemOrNullObject(key: string | number): TableColumn {
    return this._find(key, true);
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(this._ctx, (state) => {
      const id = this._table._resolve(state) as string;
      const { t } = tableById(state, id);
      if (!(index >= 0 && index <= t.rect.c1 - t.rect.c0)) throw err("ItemNotFound");
      return { tableId: id, index };
    });
  }

  add(index?: number | null, values?: unknown, name?: string): TableColumn {
    return new TableColumn(
      this._ctx,
      (state) => {
        const id = this._table._resolve(state) as string;
        const { t, sheet } = tableById(state, id);
        const n = t.rect.c1 - t.rect.c0 + 1;
        const i = index === undefined || index === null ? n : index;
        if (i < 0 || i > n) throw err("InvalidArgument", "The column index is out of range.");
        const old = { ...t.rect };
        const at = t.rect.c0 + i;
        t.criteria?.splice(i, 0, null);
        M.applyShift(state, sheet, {
          axis: "cols",
          kind: "insert",
          at,
          count: 1,
          span0: old.r0,
          span1: old.r1,
        });
        t.rect = { ...old, c1: old.c1 + 1 };
        const colRect = { r0: t.rect.r0, r1: t.rect.r1, c0: at, c1: at };
        if (values !== undefined && values !== null) {
          const arr = values as unknown[][];
          if (!Array.isArray(arr) || arr.length !== rows(t.rect)) {
            throw err(
              "InvalidArgument",
              "The values must cover the header and every row of the table."
            );
          }
          writeCells(state, sheet, colRect, arr);
        }
        // Column names are unique ignoring case; the new column, not an existing one, gets
        // Excel's number suffix ("rank" exists: "Rank" becomes "Rank2"). The same rule makes
        // "Geheel getal" and "geheel getal" one name in the file format
        // (https://github.com/ClosedXML/ClosedXML/issues/1601).
        if (name !== undefined) {
          const others = M.tableColumnNames(sheet, t).filter((_, k) => k !== i);
          M.setCell(sheet, t.rect.r0, at, M.uniqueHeader(String(name), others));
        }
        M.normalizeTableHeaders(sheet, t);
        return { tableId: id, index: i };
      },
      { write: true, args: [index, values, name] }
    );
  }
}

interface RowTarget {
  tableId: string;
  index: number;
}

export class TableRow extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => RowTarget | null) | null,
    opts?: CreateOptions,
    fixed?: RowTarget
  ) {
    super(ctx, "TableRow", create, opts, fixed);
  }

  _scalars(): string[] {
    return ["index", "values"];
  }

  _loc(state: WorkbookState, rt: RowTarget) {
    const { t, sheet } = tableById(state, rt.tableId);
    const body = M.tableBody(t);
    const r = body.r0 + rt.index;
    if (rt.index < 0 || r > body.r1) throw err("ItemNotFound", "The table row doesn't exist.");
    return { t, sheet, r };
  }

  _read(prop: string, rt: RowTarget, state: WorkbookState): unknown {
    const { t, sheet, r } = this._loc(state, rt);
    if (prop === "index") return rt.index;
    if (prop === "values") {
      const row: unknown[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(M.getValue(sheet, r, c) ?? "");
      return [row];
    }
    return super._read(prop, rt, state);
  }

  _write(prop: string, v: unknown, rt: RowTarget, state: WorkbookState): void {
    const { t, sheet, r } = this._loc(state, rt);
    if (prop === "values")
      writeCells(state, sheet, { r0: r, r1: r, c0: t.rect.c0, c1: t.rect.c1 }, v);
    else super._write(prop, v, rt, state);
  }

  getRange(): Range {
    return new Range(this._ctx, (state) => {
      const rt = this._resolve(state) as RowTarget;
      const { t, r } = this._loc(state, rt);
      return { sheetId: t.sheetId, rect: { r0: r, r1: r, c0: t.rect.c0, c1: t.rect.c1 } };
    });
  }

  delete(): void {
    this._act([], (rt: RowTarget, state) => {
      const { t, sheet, r } = this._loc(state, rt);
      refuseWhileFiltered(t);
      M.applyShift(state, sheet, {
        axis: "rows",
        kind: "delete",
        at: r,
        count: 1,
        span0: t.rect.c0,
        span1: t.rect.c1,
      });
    });
  }
}
defineProps(TableRow, ["index"], ["values"]);

export class TableRowCollection extends ClientCollection {
  declare _table: Table;

  constructor(ctx: RequestContext, table: Table) {
    super(ctx, "TableRowCollection", (state) => table._resolve(state), { dynamic: true });
    this._table = table;
  }

  _list(id: string | null, state: WorkbookState): unknown[] {
    if (!id) return [];
    const { t } = tableById(state, id);
    const b = M.tableBody(t);
    return Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => ({ tableId: id, index: i }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new TableRow(this._ctx, null, {}, ref as RowTarget);
  }

  getItemAt(index: number): TableRow {
    return new TableRow(this._ctx, (state) => {
      const id = this._table._resolve(state) as string;
      const { t } = tableById(state, id);
      const b = M.tableBody(t);
      if (!(index >= 0 && b.r0 + index <= b.r1)) throw err("ItemNotFound");
      return { tableId: id, index };
    });
  }

  /** Adds rows (values: 2-D array, one row per new row) at index (null: at the end). */
  add(index?: number | null, values?: unknown, alwaysInsert = true): TableRow {
    return new TableRow(
      this._ctx,
      (state) => {
        const id = this._table._resolve(state) as string;
        const { t, sheet } = tableById(state, id);
        const body = M.tableBody(t);
        const n = body.r1 - body.r0 + 1;
        const i = index === undefined || index === null ? n : index;
        if (i < 0 || i > n) throw err("InvalidArgument", "The row index is out of range.");
        const arr = values === undefined || values === null ? [[]] : (values as unknown[][]);
        if (!Array.isArray(arr) || !arr.length || !Array.isArray(arr[0])) {
          throw err("InvalidArgument", "The values must be a 2-D array.");
        }
        const count = values === undefined || values === null ? 1 : arr.length;
        const width = t.rect.c1 - t.rect.c0 + 1;
        // An empty table (one blank data row) is filled first, as Excel does.
        const blank =
          n === 1 &&
          i >= n &&
          isBlankRow(sheet, body.r0, t) &&
          values !== undefined &&
          values !== null;
        const at = blank ? body.r0 : body.r0 + i;
        const extra = blank ? count - 1 : count;
        const old = { ...t.rect };
        const calculated = calculatedColumns(sheet, t);
        if (extra > 0) {
          if (alwaysInsert || at <= body.r1) {
            M.applyShift(state, sheet, {
              axis: "rows",
              kind: "insert",
              at: blank ? at + 1 : at,
              count: extra,
              span0: old.c0,
              span1: old.c1,
            });
          }
          t.rect = { ...old, r1: old.r1 + extra };
          if (!alwaysInsert && at > body.r1 && t.showTotals) {
            throw err(
              "InvalidOperation",
              "Rows can't be added below a totals row without inserting."
            );
          }
        }
        if (values !== undefined && values !== null) {
          for (const row of arr)
            if (!Array.isArray(row) || row.length !== width)
              throw err("InvalidArgument", "Each row must have one value per table column.");
          writeCells(
            state,
            sheet,
            { r0: at, r1: at + count - 1, c0: t.rect.c0, c1: t.rect.c1 },
            arr
          );
        } else fillCalculated(sheet, t, calculated, body.r0, at, at + count - 1);
        return { tableId: id, index: blank ? 0 : i };
      },
      { write: true, args: [index, values] }
    );
  }

  deleteRowsAt(index: number, count = 1): void {
    this._act(
      [index, count],
      (id: string, state) => {
        const { t, sheet } = tableById(state, id);
        const b = M.tableBody(t);
        if (index < 0 || b.r0 + index + count - 1 > b.r1) throw err("InvalidArgument");
        refuseWhileFiltered(t);
        M.applyShift(state, sheet, {
          axis: "rows",
          kind: "delete",
          at: b.r0 + index,
          count,
          span0: t.rect.c0,
          span1: t.rect.c1,
        });
      },
      "1.14"
    );
  }
}

/**
 * Deleting table rows while a filter hides some fails: the rows stay (office-js issue 994, "When a
 * table is having a filter, the rows are not deleted at all"; issue 468: "on row deletion, a
 * GeneralException is usually thrown" while the filter is on).
 */
function refuseWhileFiltered(t: TableState): void {
  if (isFiltered(t.criteria)) {
    throw err("GeneralException", "Table rows can't be deleted while a filter is applied.");
  }
}

function isBlankRow(sheet: SheetState, r: number, t: TableState): boolean {
  for (let c = t.rect.c0; c <= t.rect.c1; c++) if (!M.isEmptyCell(sheet, r, c)) return false;
  return true;
}

export class TableSort extends ClientObject {
  constructor(ctx: RequestContext, table: Table) {
    super(ctx, "TableSort", (state) => table._resolve(state), { dynamic: true });
  }

  _scalars(): string[] {
    return ["fields", "matchCase", "method"];
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    if (prop === "fields") return [];
    if (prop === "matchCase") return false;
    if (prop === "method") return "PinYin";
    return super._read(prop, id, state);
  }

  apply(fields: SortField[], matchCase = false): void {
    this._act([fields, matchCase], (id: string, state) => {
      const { t, sheet } = tableById(state, id);
      sortRows(sheet, M.tableBody(t), fields, matchCase);
    });
  }

  clear(): void {
    this._act([], () => undefined);
  }

  reapply(): void {
    this._act([], () => undefined);
  }
}
defineProps(TableSort, ["fields", "matchCase", "method"], []);

/* ------------------------------------------------------------------------------------------ */
/* Named items                                                                                 */
/* ------------------------------------------------------------------------------------------ */

interface NameTarget {
  scope: string | null;
  name: string;
}

function nameList(state: WorkbookState, scope: string | null): NameState[] {
  return scope === null ? state.names : M.sheetById(state, scope).names;
}

function findName(state: WorkbookState, nt: NameTarget): NameState {
  const n = nameList(state, nt.scope).find((x) => M.sameName(x.name, nt.name));
  if (!n) throw err("ItemNotFound", `The name '${nt.name}' doesn't exist.`);
  return n;
}

function nameHome(state: WorkbookState, scope: string | null): string {
  return scope === null ? M.activeSheet(state).name : M.sheetById(state, scope).name;
}

/** Type and value of a named item, as Office.js reports them (nothing is evaluated). */
export function nameTypeValue(
  state: WorkbookState,
  n: NameState,
  home: string
): { type: string; value: unknown } {
  const body = n.formula.replace(/^=/, "").trim();
  if (body.includes("#REF!")) return { type: "Error", value: "#REF!" };
  const rng = nameRange(state, n.formula, home);
  if (rng) return { type: "Range", value: body.replace(/^=/, "") };
  if (/^"(?:[^"]|"")*"$/.test(body))
    return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: /^TRUE$/i.test(body) };
  const num = M.parseNumber(body);
  if (num !== null) return { type: Number.isInteger(num) ? "Integer" : "Double", value: num };
  if (/^\{.*\}$/.test(body)) return { type: "Array", value: body };
  return { type: "String", value: body };
}

const NAME_RO = ["name", "type", "value", "scope", "formulaLocal"];
const NAME_RW = ["formula", "visible", "comment"];

export class NamedItem extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => NameTarget | null) | null,
    opts?: CreateOptions,
    fixed?: NameTarget
  ) {
    super(ctx, "NamedItem", create, opts, fixed);
  }

  _scalars(): string[] {
    return [...NAME_RO, ...NAME_RW];
  }

  _nav(name: string): ClientObject | undefined {
    if (name === "worksheet") return this.worksheet;
    if (name === "worksheetOrNullObject") return this.worksheetOrNullObject;
    return undefined;
  }

  _read(prop: string, nt: NameTarget, state: WorkbookState): unknown {
    const n = findName(state, nt);
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
      case "formulaLocal":
        return n.formula;
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      case "scope":
        return nt.scope === null ? "Workbook" : "Worksheet";
      case "type":
        return nameTypeValue(state, n, nameHome(state, nt.scope)).type;
      case "value":
        return nameTypeValue(state, n, nameHome(state, nt.scope)).value;
      default:
        return super._read(prop, nt, state);
    }
  }

  _write(prop: string, v: unknown, nt: NameTarget, state: WorkbookState): void {
    const n = findName(state, nt);
    switch (prop) {
      case "formula": {
        const f = String(v);
        n.formula = rewriteFormula(
          f.startsWith("=") ? f : "=" + f,
          nameHome(state, nt.scope),
          () => undefined,
          {
            qualify: nameHome(state, nt.scope),
          }
        );
        return;
      }
      case "visible":
        n.visible = !!v;
        return;
      case "comment":
        n.comment = String(v);
        return;
      default:
        super._write(prop, v, nt, state);
    }
  }

  get worksheet(): Worksheet {
    return this._ws(false);
  }

  get worksheetOrNullObject(): Worksheet {
    return this._ws(true);
  }

  _ws(nullable: boolean): Worksheet {
    return this._child(
      nullable ? "wsN" : "ws",
      () =>
        new Worksheet(
          this._ctx,
          (state) => {
            const nt = this._resolve(state) as NameTarget | null;
            if (this._isNull || !nt) return null;
            if (nt.scope === null) {
              if (nullable) return null;
              throw err("ItemNotFound", "The name is scoped to the workbook.");
            }
            return nt.scope;
          },
          { dynamic: true }
        )
    );
  }

  _rangeOf(nullable: boolean): Range {
    return new Range(
      this._ctx,
      (state) => {
        const nt = this._resolve(state) as NameTarget | null;
        if (this._isNull || !nt) return null;
        const n = findName(state, nt);
        const r = nameRange(state, n.formula, nameHome(state, nt.scope));
        if (!r) {
          if (nullable) return null;
          throw err("InvalidArgument", `The name '${n.name}' doesn't refer to a range.`);
        }
        return { sheetId: r.sheet.id, rect: r.rect };
      },
      { nullable, minVersion: nullable ? "1.8" : undefined }
    );
  }

  getRange(): Range {
    return this._rangeOf(false);
  }

  getRangeOrNullObject(): Range {
    return this._rangeOf(true);
  }

  delete(): void {
    this._act([], (nt: NameTarget, state) => {
      const list = nameList(state, nt.scope);
      const n = findName(state, nt);
      list.splice(list.indexOf(n), 1);
    });
  }
}
defineProps(NamedItem, NAME_RO, NAME_RW);

export function addName(
  state: WorkbookState,
  scope: string | null,
  name: string,
  reference: string,
  comment = ""
): NameState {
  M.validateName(name);
  const list = nameList(state, scope);
  if (
    list.some((x) => M.sameName(x.name, name)) ||
    (scope === null && state.tables.some((t) => M.sameName(t.name, name)))
  ) {
    throw err("ItemAlreadyExists", `The name '${name}' already exists.`);
  }
  const home = nameHome(state, scope);
  const f = reference.startsWith("=") ? reference : "=" + reference;
  const n: NameState = {
    name,
    formula: rewriteFormula(f, home, () => undefined, { qualify: home }),
    comment,
    visible: true,
  };
  list.push(n);
  return n;
}

export class NamedItemCollection extends ClientCollection {
  declare _ws: Worksheet | null;

  constructor(ctx: RequestContext, ws: Worksheet | null) {
    super(
      ctx,
      "NamedItemCollection",
      ws ? (state) => ws._resolve(state) : null,
      { dynamic: !!ws },
      ws ? undefined : {}
    );
    this._ws = ws;
  }

  _scope(state: WorkbookState): string | null {
    return this._ws ? (this._ws._resolve(state) as string) : null;
  }

  _list(_t: unknown, state: WorkbookState): unknown[] {
    const scope = this._scope(state);
    return nameList(state, scope).map((n) => ({ scope, name: n.name }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new NamedItem(this._ctx, null, {}, ref as NameTarget);
  }

  add(name: string, reference: Range | string, comment?: string): NamedItem {
    return new NamedItem(
      this._ctx,
      (state) => {
        const scope = this._scope(state);
        let ref: string;
        if (reference instanceof Range) {
          const { sheet, rect } = reference._sheetRect(state);
          ref = M.absRef(sheet.name, rect);
        } else ref = String(reference);
        addName(state, scope, name, ref, comment ?? "");
        return { scope, name };
      },
      { write: true, args: [name, reference, comment] }
    );
  }

  addFormulaLocal(name: string, formula: string, comment?: string): NamedItem {
    return this.add(name, formula, comment);
  }

  _find(name: string, nullable: boolean): NamedItem {
    return new NamedItem(
      this._ctx,
      (state) => {
        const scope = this._scope(state);
        if (!nameList(state, scope).some((x) => M.sameName(x.name, name))) {
          if (nullable) return null;
          throw err("ItemNotFound", `The name '${name}' doesn't exist.`);
        }
        return { scope, name };
      },
      { nullable, args: [name] }
    );
  }

  getItem(name: string): NamedItem {
    return this._find(name, false);
  }

  getItemOrNullObject(name: string): NamedItem {
    return this._find(name, true);
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Settings                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function jsonValue(v: unknown): unknown {
  if (v === undefined) throw err("InvalidArgument", "A setting value can't be undefined.");
  return JSON.parse(JSON.stringify(v));
}

export class Setting extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => string | null) | null,
    opts?: CreateOptions,
    fixed?: string
  ) {
    super(ctx, "Setting", create, opts, fixed);
  }

  _scalars(): string[] {
    return ["key", "value"];
  }

  _read(prop: string, key: string, state: WorkbookState): unknown {
    const s = state.settings.find((x) => x.key === key);
    if (!s) throw err("ItemNotFound", `The setting '${key}' doesn't exist.`);
    if (prop === "key") return s.key;
    if (prop === "value") return M.deepClone(s.value);
    return super._read(prop, key, state);
  }

  _write(prop: string, v: unknown, key: string, state: WorkbookState): void {
    const s = state.settings.find((x) => x.key === key);
    if (!s) throw err("ItemNotFound");
    if (prop === "value") s.value = jsonValue(v);
    else super._write(prop, v, key, state);
  }

  delete(): void {
    this._act([], (key: string, state) => {
      state.settings = state.settings.filter((x) => x.key !== key);
    });
  }
}
defineProps(Setting, ["key"], ["value"]);

export class SettingCollection extends ClientCollection {
  constructor(ctx: RequestContext) {
    super(ctx, "SettingCollection", null, {}, {});
  }

  _list(_t: unknown, state: WorkbookState): unknown[] {
    return state.settings.map((s) => s.key);
  }

  _makeItem(ref: unknown): ClientObject {
    return new Setting(this._ctx, null, {}, ref as string);
  }

  add(key: string, value: unknown): Setting {
    return new Setting(
      this._ctx,
      (state) => {
        if (typeof key !== "string" || key === "")
          throw err("InvalidArgument", "Invalid setting key.");
        const v = jsonValue(value);
        const s = state.settings.find((x) => x.key === key);
        if (s) s.value = v;
        else state.settings.push({ key, value: v });
        return key;
      },
      { write: true, args: [key, value], minVersion: "1.4" }
    );
  }

  _find(key: string, nullable: boolean): Setting {
    return new Setting(
      this._ctx,
      (state) => {
        if (!state.settings.some((x) => x.key === key)) {
          if (nullable) return null;
          throw err("ItemNotFound", `The setting '${key}' doesn't exist.`);
        }
        return key;
      },
      { nullable, args: [key], minVersion: "1.4" }
    );
  }

  getItem(key: string): Setting {
    return this._find(key, false);
  }

  getItemOrNullObject(key: string): Setting {
    return this._find(key, true);
  }
}
