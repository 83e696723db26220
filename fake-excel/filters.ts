/**
 * Filters: a table column's `filter` (Excel.Filter, ExcelApi 1.2), `Table.clearFilters` /
 * `reapplyFilters` (1.2) and the AutoFilter of a table or worksheet (Excel.AutoFilter, 1.9):
 * https://learn.microsoft.com/javascript/api/excel/excel.filter,
 * https://learn.microsoft.com/javascript/api/excel/excel.filtercriteria,
 * https://learn.microsoft.com/javascript/api/excel/excel.autofilter.
 *
 * A filter hides the rows that do not meet its criteria when it is applied, and only then: a
 * later write does not filter again, so changed values stay visible or hidden by the old state
 * (office-js issue 224, "rows that should be filtered are shown, rows that should be shown are
 * filtered") until `reapply`. Values filters compare the display text, custom filters take
 * "=", "<>", ">", ">=", "<", "<=" and the wildcard "*" (FilterCriteria.criterion1: ">50", "=*s").
 * Other filterOn kinds (top items, colors, icons, dynamic) are not modelled and throw.
 */
import { Rect, sameRect } from "./address";
import { formatText } from "./format";
import * as M from "./model";
import { FilterCriteriaState, SheetState, TableState, WorkbookState } from "./model";
import { ClientObject, RequestContext, defineProps, versionAtLeast } from "./runtime";

const err = M.err;

function cellText(sheet: SheetState, r: number, c: number): string {
  return formatText(M.getValue(sheet, r, c), M.getNumberFormat(sheet, r, c));
}

function compare(sheet: SheetState, r: number, c: number, criterion: string): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  const value = M.getValue(sheet, r, c);
  const num = Number(operand);
  if (operand !== "" && Number.isFinite(num) && typeof value === "number") {
    const d = value - num;
    return { "=": d === 0, "<>": d !== 0, ">": d > 0, ">=": d >= 0, "<": d < 0, "<=": d <= 0 }[
      op
    ] as boolean;
  }
  const text = cellText(sheet, r, c).toLowerCase();
  const pattern = new RegExp(
    "^" +
      operand
        .toLowerCase()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*") +
      "$"
  );
  if (op === "=") return pattern.test(text);
  if (op === "<>") return !pattern.test(text);
  const cmp = text.localeCompare(operand.toLowerCase());
  return { ">": cmp > 0, ">=": cmp >= 0, "<": cmp < 0, "<=": cmp <= 0 }[op] as boolean;
}

export function meets(sheet: SheetState, r: number, c: number, f: FilterCriteriaState): boolean {
  switch (f.filterOn) {
    case "Values":
      // Against the cell's displayed text, ignoring case, as Excel's filter list offers values:
      // observed, unconfirmed (the FilterCriteria page does not say how values are compared).
      return (f.values ?? []).some((v) => v.toLowerCase() === cellText(sheet, r, c).toLowerCase());
    case "Custom": {
      const one = f.criterion1 ? compare(sheet, r, c, f.criterion1) : true;
      if (!f.criterion2) return one;
      const two = compare(sheet, r, c, f.criterion2);
      return f.operator === "Or" ? one || two : one && two;
    }
    default:
      throw new Error(`Fake Excel: filterOn "${f.filterOn}" is not modelled.`);
  }
}

/** Hides the rows of `body` that miss a criterion, shows the others (what applying does). */
export function filterRows(
  sheet: SheetState,
  body: Rect,
  criteria: readonly (FilterCriteriaState | null)[]
): void {
  for (let r = body.r0; r <= body.r1; r++) {
    const shown = criteria.every((f, j) => !f || meets(sheet, r, body.c0 + j, f));
    if (!shown || sheet.rowProps[r]?.hidden) (sheet.rowProps[r] ??= {}).hidden = !shown;
  }
}

export function isFiltered(criteria: readonly (FilterCriteriaState | null)[] | undefined): boolean {
  return !!criteria && criteria.some((f) => !!f);
}

function normalize(c: unknown): FilterCriteriaState {
  const f = c as Partial<FilterCriteriaState> | null;
  if (!f || typeof f.filterOn !== "string") {
    throw err("InvalidArgument", "The filter criteria need filterOn.");
  }
  return {
    filterOn: f.filterOn,
    ...(f.values ? { values: f.values.map(String) } : {}),
    ...(f.criterion1 !== undefined ? { criterion1: String(f.criterion1) } : {}),
    ...(f.criterion2 !== undefined ? { criterion2: String(f.criterion2) } : {}),
    ...(f.operator !== undefined ? { operator: String(f.operator) } : {}),
  };
}

/** Where a filter lives: a table's body and criteria, or a sheet's AutoFilter. */
interface FilterHome {
  sheet: SheetState;
  body: Rect;
  criteria: (FilterCriteriaState | null)[];
  set(criteria: (FilterCriteriaState | null)[]): void;
}

export function tableFilterHome(state: WorkbookState, t: TableState): FilterHome {
  const sheet = M.sheetById(state, t.sheetId);
  const body = M.tableBody(t);
  const width = t.rect.c1 - t.rect.c0 + 1;
  const criteria = Array.from({ length: width }, (_, j) => t.criteria?.[j] ?? null);
  return { sheet, body, criteria, set: (c) => (t.criteria = c) };
}

/** Rows r0 to r1 shown again (what clearing a filter does to the rows it hid). */
function showRows(sheet: SheetState, r0: number, r1: number): void {
  for (let r = r0; r <= r1; r++) if (sheet.rowProps[r]?.hidden) sheet.rowProps[r]!.hidden = false;
}

/** Table.clearFilters (ExcelApi 1.2): no criteria, every body row shown. */
export function clearTableFilters(state: WorkbookState, t: TableState): void {
  const home = tableFilterHome(state, t);
  home.set(home.criteria.map(() => null));
  showRows(home.sheet, home.body.r0, home.body.r1);
}

export function reapplyTableFilters(state: WorkbookState, t: TableState): void {
  const home = tableFilterHome(state, t);
  if (isFiltered(home.criteria)) filterRows(home.sheet, home.body, home.criteria);
}

/** Sets one column's criteria (null clears it) and filters the rows again. */
export function setColumnCriteria(
  state: WorkbookState,
  t: TableState,
  index: number,
  criteria: unknown
): void {
  const home = tableFilterHome(state, t);
  home.criteria[index] = criteria === null ? null : normalize(criteria);
  home.set(home.criteria);
  if (isFiltered(home.criteria)) filterRows(home.sheet, home.body, home.criteria);
  else clearTableFilters(state, t);
}

interface ColumnRef {
  tableId: string;
  index: number;
}

/** TableColumn.filter (ExcelApi 1.2). */
export class Filter extends ClientObject {
  constructor(ctx: RequestContext, column: ClientObject) {
    super(ctx, "Filter", (state) => column._resolve(state), { dynamic: true });
  }

  _scalars(): string[] {
    return ["criteria"];
  }

  _table(state: WorkbookState, ref: ColumnRef): TableState {
    return M.tableById(state, ref.tableId);
  }

  _read(prop: string, ref: ColumnRef, state: WorkbookState): unknown {
    if (prop === "criteria") return this._table(state, ref).criteria?.[ref.index] ?? null;
    return super._read(prop, ref, state);
  }

  apply(criteria: unknown): void {
    this._act([criteria], (ref: ColumnRef, state) =>
      setColumnCriteria(state, this._table(state, ref), ref.index, criteria)
    );
  }

  applyValuesFilter(values: unknown[]): void {
    this.apply({ filterOn: "Values", values });
  }

  applyCustomFilter(criteria1: string, criteria2?: string, oper?: string): void {
    this.apply({
      filterOn: "Custom",
      criterion1: criteria1,
      criterion2: criteria2,
      operator: oper,
    });
  }

  clear(): void {
    this._act([], (ref: ColumnRef, state) =>
      setColumnCriteria(state, this._table(state, ref), ref.index, null)
    );
  }
}
defineProps(Filter, ["criteria"], []);

/** AutoFilter of a table (`resolve` gives its id) or of a worksheet (ExcelApi 1.9). */
export class AutoFilter extends ClientObject {
  declare _kind: "table" | "sheet";

  constructor(ctx: RequestContext, owner: ClientObject, kind: "table" | "sheet") {
    super(ctx, "AutoFilter", (state) => owner._resolve(state), { dynamic: true });
    Object.defineProperty(this, "_kind", { value: kind, enumerable: false });
  }

  _scalars(): string[] {
    return ["enabled", "isDataFiltered", "criteria"];
  }

  _home(state: WorkbookState, id: string): FilterHome | null {
    if (this._kind === "table") return tableFilterHome(state, M.tableById(state, id));
    const sheet = M.sheetById(state, id);
    const af = sheet.autoFilter;
    if (!af) return null;
    return {
      sheet,
      body: { ...af.rect, r0: af.rect.r0 + 1 },
      criteria: af.criteria,
      set: (c) => (af.criteria = c),
    };
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    if (!versionAtLeast(this._ctx._host.excelApiVersion, "1.9")) {
      throw err("ApiNotFound", "AutoFilter needs ExcelApi 1.9.");
    }
    const home = this._home(state, id);
    if (prop === "enabled") return !!home;
    if (prop === "isDataFiltered") return !!home && isFiltered(home.criteria);
    if (prop === "criteria") return home ? home.criteria : [];
    return super._read(prop, id, state);
  }

  apply(range: ClientObject | string, columnIndex?: number, criteria?: unknown): void {
    this._act(
      [range, columnIndex, criteria],
      (id: string, state) => {
        let home = this._home(state, id);
        if (this._kind === "sheet") {
          const rect = (
            range as unknown as { _sheetRect(s: WorkbookState): { rect: Rect } }
          )._sheetRect(state).rect;
          const sheet = M.sheetById(state, id);
          if (!home || !sameRect(home.body, { ...rect, r0: rect.r0 + 1 })) {
            sheet.autoFilter = { rect, criteria: Array(rect.c1 - rect.c0 + 1).fill(null) };
            home = this._home(state, id);
          }
        }
        if (!home) throw err("InvalidArgument");
        if (columnIndex !== undefined && criteria !== undefined) {
          home.criteria[columnIndex] = normalize(criteria);
          home.set(home.criteria);
        }
        if (isFiltered(home.criteria)) filterRows(home.sheet, home.body, home.criteria);
      },
      "1.9"
    );
  }

  clearCriteria(): void {
    this._act(
      [],
      (id: string, state) => {
        const home = this._home(state, id);
        if (!home) return;
        home.set(home.criteria.map(() => null));
        showRows(home.sheet, home.body.r0, home.body.r1);
      },
      "1.9"
    );
  }

  reapply(): void {
    this._act(
      [],
      (id: string, state) => {
        const home = this._home(state, id);
        if (home && isFiltered(home.criteria)) filterRows(home.sheet, home.body, home.criteria);
      },
      "1.9"
    );
  }

  remove(): void {
    this._act(
      [],
      (id: string, state) => {
        // A table's filter buttons belong to the table (its header row): observed, unconfirmed;
        // https://learn.microsoft.com/javascript/api/excel/excel.autofilter#excel-excel-autofilter-remove-member(1)
        // documents remove() for the worksheet's AutoFilter only.
        if (this._kind === "table") throw err("InvalidOperation", "A table keeps its filter.");
        const sheet = M.sheetById(state, id);
        if (sheet.autoFilter) {
          const { rect } = sheet.autoFilter;
          showRows(sheet, rect.r0 + 1, rect.r1);
        }
        sheet.autoFilter = undefined;
      },
      "1.9"
    );
  }
}
defineProps(AutoFilter, ["enabled", "isDataFiltered", "criteria"], []);
