/** Conditional formats and data validation of the fake Excel host. */
import { Rect, cols, contains, intersect, rows, subtract } from "./address";
import { normalizeColor } from "./format";
import * as M from "./model";
import { CFState, DVState, SheetState, WorkbookState } from "./model";
import {
  ClientCollection,
  ClientObject,
  DataSpec,
  RequestContext,
  defineProps,
  makeData,
} from "./runtime";
import { Range, RangeAreas, RangeTarget } from "./range";

const err = M.err;

/* ------------------------------------------------------------------------------------------ */
/* Conditional formats                                                                         */
/* ------------------------------------------------------------------------------------------ */

const colorProp = {
  set: (d: any, v: unknown) => {
    d.color = normalizeColor(v);
  },
};

const clearMethod = (self: any) =>
  self._act([], (d: Record<string, unknown>) => {
    for (const k of Object.keys(d)) delete d[k];
  });

const CF_FILL: DataSpec = {
  cls: "ConditionalRangeFill",
  props: { color: colorProp },
  methods: { clear: clearMethod },
};

const CF_FONT: DataSpec = {
  cls: "ConditionalRangeFont",
  props: { bold: {}, italic: {}, color: colorProp, strikethrough: {}, underline: {} },
  methods: { clear: clearMethod },
};

const CF_BORDER: DataSpec = {
  cls: "ConditionalRangeBorder",
  props: { color: colorProp, style: {}, sideIndex: { ro: true } },
};

const CF_BORDERS: DataSpec = {
  cls: "ConditionalRangeBorderCollection",
  props: {},
  nav: {
    top: { spec: CF_BORDER, get: (d) => (d.EdgeTop ??= { sideIndex: "EdgeTop" }) },
    bottom: { spec: CF_BORDER, get: (d) => (d.EdgeBottom ??= { sideIndex: "EdgeBottom" }) },
    left: { spec: CF_BORDER, get: (d) => (d.EdgeLeft ??= { sideIndex: "EdgeLeft" }) },
    right: { spec: CF_BORDER, get: (d) => (d.EdgeRight ??= { sideIndex: "EdgeRight" }) },
  },
  methods: {
    getItem: (self, index: string) =>
      makeData(self._ctx, CF_BORDER, (state) => {
        const d = self._resolve(state);
        return d ? (d[index] ??= { sideIndex: index }) : null;
      }),
  },
};

const CF_FORMAT: DataSpec = {
  cls: "ConditionalRangeFormat",
  props: { numberFormat: {} },
  nav: {
    fill: { spec: CF_FILL, get: (d) => (d.fill ??= {}) },
    font: { spec: CF_FONT, get: (d) => (d.font ??= {}) },
    borders: { spec: CF_BORDERS, get: (d) => (d.borders ??= {}) },
  },
};

const formatNav = { spec: CF_FORMAT, get: (d: any) => (d.format ??= {}) };

const CF_RULE: DataSpec = {
  cls: "ConditionalFormatRule",
  props: {
    formula: {},
    formulaLocal: {
      get: (d) => d.formula ?? null,
      set: (d, v) => {
        d.formula = v;
      },
    },
    formulaR1C1: {},
  },
};

const SPECS: Record<string, { key: string; spec: DataSpec }> = {
  Custom: {
    key: "custom",
    spec: {
      cls: "CustomConditionalFormat",
      props: {},
      nav: { rule: { spec: CF_RULE, get: (d) => (d.rule ??= {}) }, format: formatNav },
    },
  },
  CellValue: {
    key: "cellValue",
    spec: { cls: "CellValueConditionalFormat", props: { rule: {} }, nav: { format: formatNav } },
  },
  ContainsText: {
    key: "textComparison",
    spec: { cls: "TextConditionalFormat", props: { rule: {} }, nav: { format: formatNav } },
  },
  TopBottom: {
    key: "topBottom",
    spec: { cls: "TopBottomConditionalFormat", props: { rule: {} }, nav: { format: formatNav } },
  },
  PresetCriteria: {
    key: "preset",
    spec: {
      cls: "PresetCriteriaConditionalFormat",
      props: { rule: {} },
      nav: { format: formatNav },
    },
  },
  ColorScale: {
    key: "colorScale",
    spec: {
      cls: "ColorScaleConditionalFormat",
      props: {
        criteria: {},
        threeColorScale: { ro: true, get: (d) => !!(d.criteria && d.criteria.midpoint) },
      },
    },
  },
  DataBar: {
    key: "dataBar",
    spec: {
      cls: "DataBarConditionalFormat",
      props: {
        axisColor: colorProp,
        axisFormat: { def: "Automatic" },
        barDirection: { def: "Context" },
        lowerBoundRule: {},
        upperBoundRule: {},
        showDataBarOnly: { def: false },
      },
      nav: {
        positiveFormat: {
          spec: {
            cls: "ConditionalDataBarPositiveFormat",
            props: { fillColor: {}, gradientFill: {}, borderColor: {} },
          },
          get: (d) => (d.positiveFormat ??= {}),
        },
        negativeFormat: {
          spec: {
            cls: "ConditionalDataBarNegativeFormat",
            props: {
              fillColor: {},
              borderColor: {},
              matchPositiveFillColor: {},
              matchPositiveBorderColor: {},
            },
          },
          get: (d) => (d.negativeFormat ??= {}),
        },
      },
    },
  },
  IconSet: {
    key: "iconSet",
    spec: {
      cls: "IconSetConditionalFormat",
      props: {
        criteria: {},
        reverseIconOrder: { def: false },
        showIconOnly: { def: false },
        style: {},
      },
    },
  },
};

/**
 * `key` is the fake's own stable key of a rule. Office.js has none: `ConditionalFormat.id` is "the
 * priority of the conditional format in the current ConditionalFormatCollection" (@types/office-js,
 * ExcelApi 1.6) and `add()` puts a new rule "at the first/top priority", so ids shift by one with
 * every rule added above and deleted before. `scope` is the range of the collection the object
 * came from; the id is the rule's position among the rules touching it.
 */
interface CFTarget {
  sheetId: string;
  id: string;
  scope?: Rect;
}

/** Rules touching `scope` (all of the sheet without one), highest priority first. */
function rulesIn(sheet: SheetState, scope: Rect | undefined): CFState[] {
  return scope ? sheet.cfs.filter((cf) => cf.ranges.some((r) => intersect(r, scope))) : sheet.cfs;
}

function findCF(state: WorkbookState, t: CFTarget): { sheet: SheetState; cf: CFState } {
  const sheet = M.sheetById(state, t.sheetId);
  const cf = sheet.cfs.find((c) => c.id === t.id);
  if (!cf) throw err("ItemNotFound", "The conditional format doesn't exist.");
  return { sheet, cf };
}

export class ConditionalFormat extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => CFTarget | null) | null,
    opts = {},
    fixed?: CFTarget
  ) {
    super(ctx, "ConditionalFormat", create, opts, fixed);
    for (const [type, { key }] of Object.entries(SPECS)) {
      Object.defineProperty(this, key, { get: () => this._sub(type, false), configurable: true });
      Object.defineProperty(this, key + "OrNullObject", {
        get: () => this._sub(type, true),
        configurable: true,
      });
    }
  }

  _scalars(): string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }

  _nav(name: string): ClientObject | undefined {
    for (const [type, { key }] of Object.entries(SPECS)) {
      if (name === key) return this._sub(type, false);
      if (name === key + "OrNullObject") return this._sub(type, true);
    }
    return undefined;
  }

  _sub(type: string, nullable: boolean): ClientObject {
    const { key, spec } = SPECS[type];
    return this._child(key + (nullable ? "?" : ""), () => {
      const data = makeData(this._ctx, spec, (state) => {
        const t = this._resolve(state) as CFTarget | null;
        if (this._isNull || !t) return null;
        const { cf } = findCF(state, t);
        if (nullable && cf.type !== type) return null;
        return (cf.data[key] ??= {});
      });
      data._nullable = nullable;
      return data;
    });
  }

  _read(prop: string, t: CFTarget, state: WorkbookState): unknown {
    const { sheet, cf } = findCF(state, t);
    switch (prop) {
      case "id":
        return String(rulesIn(sheet, t.scope).indexOf(cf));
      case "type":
        return cf.type;
      case "priority":
        return sheet.cfs.indexOf(cf);
      case "stopIfTrue":
        return cf.stopIfTrue;
      default:
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: CFTarget, state: WorkbookState): void {
    const { sheet, cf } = findCF(state, t);
    if (prop === "stopIfTrue") cf.stopIfTrue = !!v;
    else if (prop === "priority") {
      sheet.cfs.splice(sheet.cfs.indexOf(cf), 1);
      sheet.cfs.splice(Math.max(0, Math.min(Number(v), sheet.cfs.length)), 0, cf);
    } else super._write(prop, v, t, state);
  }

  delete(): void {
    this._act([], (t: CFTarget, state) => {
      const { sheet, cf } = findCF(state, t);
      sheet.cfs.splice(sheet.cfs.indexOf(cf), 1);
    });
  }

  getRange(): Range {
    return this._range(false);
  }

  getRangeOrNullObject(): Range {
    return this._range(true);
  }

  _range(nullable: boolean): Range {
    return new Range(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as CFTarget | null;
        if (this._isNull || !t) return null;
        const { cf } = findCF(state, t);
        if (cf.ranges.length !== 1) {
          if (nullable) return null;
          throw err("InvalidOperation", "The conditional format applies to more than one range.");
        }
        return { sheetId: t.sheetId, rect: { ...cf.ranges[0] } };
      },
      { nullable }
    );
  }

  getRanges(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const t = this._resolve(state) as CFTarget;
        const { cf } = findCF(state, t);
        return { sheetId: t.sheetId, rects: cf.ranges.map((r) => ({ ...r })) };
      },
      { minVersion: "1.9" }
    );
  }
}
defineProps(ConditionalFormat, ["id", "type"], ["priority", "stopIfTrue"]);

export class ConditionalFormatCollection extends ClientCollection {
  declare _range: Range;

  constructor(ctx: RequestContext, range: Range) {
    super(ctx, "ConditionalFormatCollection", (state) => range._resolve(state), { dynamic: true });
    this._range = range;
  }

  _list(t: RangeTarget | null, state: WorkbookState): unknown[] {
    if (!t) return [];
    const sheet = M.sheetById(state, t.sheetId);
    return sheet.cfs
      .filter((cf) => cf.ranges.some((r) => intersect(r, t.rect)))
      .map((cf) => ({ sheetId: sheet.id, id: cf.id, scope: { ...t.rect } }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new ConditionalFormat(this._ctx, null, {}, ref as CFTarget);
  }

  add(type: string): ConditionalFormat {
    if (!SPECS[type])
      throw err("InvalidArgument", `Unsupported conditional format type '${type}'.`);
    return new ConditionalFormat(
      this._ctx,
      (state) => {
        const t = this._range._resolve(state) as RangeTarget;
        const sheet = M.sheetById(state, t.sheetId);
        const cf: CFState = {
          id: String(M.nextId(state)),
          type,
          ranges: [{ ...t.rect }],
          stopIfTrue: false,
          data: {},
        };
        sheet.cfs.unshift(cf); // new conditional formats get the first/top priority
        return { sheetId: sheet.id, id: cf.id, scope: { ...t.rect } };
      },
      { write: true, args: [type] }
    );
  }

  /** By priority at the time the request runs: the rule now at that place (see CFTarget). */
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this._ctx, (state) => {
      const t = this._range._resolve(state) as RangeTarget;
      const sheet = M.sheetById(state, t.sheetId);
      const cf = rulesIn(sheet, t.rect)[Number(id)];
      if (!/^\d+$/.test(id) || !cf) throw err("ItemNotFound");
      return { sheetId: sheet.id, id: cf.id, scope: { ...t.rect } };
    });
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this._ctx, (state) => {
      const t = this._range._resolve(state) as RangeTarget;
      const list = this._list(t, state) as CFTarget[];
      if (!list[index]) throw err("ItemNotFound");
      return list[index];
    });
  }

  clearAll(): void {
    this._act([], (t: RangeTarget, state) => {
      const sheet = M.sheetById(state, t.sheetId);
      sheet.cfs = sheet.cfs.filter((cf) => {
        cf.ranges = cf.ranges.flatMap((r) => subtract(r, t.rect));
        return cf.ranges.length > 0;
      });
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Data validation                                                                             */
/* ------------------------------------------------------------------------------------------ */

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const DEFAULT_ALERT = { message: "", showAlert: true, style: "Stop", title: "" };
const DEFAULT_PROMPT = { message: "", showPrompt: false, title: "" };

/** DVs intersecting a rectangle and whether exactly one DV covers all of it. */
function dvsAt(sheet: SheetState, rc: Rect): { all: DVState[]; single: DVState | null } {
  const all = sheet.dvs.filter((dv) => dv.ranges.some((r) => intersect(r, rc)));
  let single: DVState | null = null;
  if (all.length === 1) {
    const dv = all[0];
    let covered = 0;
    for (const r of dv.ranges) {
      const i = intersect(r, rc);
      if (i) covered += rows(i) * cols(i);
    }
    if (covered === rows(rc) * cols(rc)) single = dv;
  }
  return { all, single };
}

/** Turns Range objects inside a rule into absolute references ("=Sheet1!$A$1:$A$5"). */
function materializeRule(rule: unknown, state: WorkbookState): Record<string, unknown> {
  const conv = (v: unknown): unknown => {
    if (v instanceof Range) {
      const { sheet, rect } = v._sheetRect(state);
      return M.absRef(sheet.name, rect);
    }
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === "object") {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = conv(x);
      return o;
    }
    return v;
  };
  return conv(rule) as Record<string, unknown>;
}

export function dvType(dv: DVState | null): string {
  if (!dv) return "None";
  const keys = Object.keys(dv.rule).filter((k) => RULE_TYPES[k]);
  return keys.length === 1 ? RULE_TYPES[keys[0]] : "None";
}

function listItems(state: WorkbookState, sheet: SheetState, source: unknown): string[] | null {
  if (typeof source !== "string") return null;
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim().toLowerCase());
  const body = source.slice(1);
  const refs = /^'?([^!]*?)'?!(.*)$/.exec(body);
  const target = refs ? M.findSheet(state, refs[1].replace(/''/g, "'")) : sheet;
  const addr = refs ? refs[2] : body;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(addr);
  if (!target || !m) return null;
  const out: string[] = [];
  const p = (s: string) =>
    s
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = p(m[1]);
  const r0 = +m[2] - 1;
  const c1 = m[3] ? p(m[3]) : c0;
  const r1 = m[4] ? +m[4] - 1 : r0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const v = M.getValue(target, r, c);
      if (v !== undefined) out.push(String(v).toLowerCase());
    }
  }
  return out;
}

function compareOp(op: string, v: number, f1: number, f2: number): boolean {
  switch (op) {
    case "Between":
      return v >= f1 && v <= f2;
    case "NotBetween":
      return v < f1 || v > f2;
    case "EqualTo":
      return v === f1;
    case "NotEqualTo":
      return v !== f1;
    case "GreaterThan":
      return v > f1;
    case "LessThan":
      return v < f1;
    case "GreaterThanOrEqualTo":
      return v >= f1;
    case "LessThanOrEqualTo":
      return v <= f1;
    default:
      return true;
  }
}

/** Whether a cell satisfies a rule (list, wholeNumber, decimal, textLength; others: true). */
export function cellValid(
  state: WorkbookState,
  sheet: SheetState,
  dv: DVState,
  r: number,
  c: number
) {
  const v = M.getValue(sheet, r, c);
  if (v === undefined) return dv.ignoreBlanks;
  const rule = dv.rule as Record<string, any>;
  if (rule.list) {
    const items = listItems(state, sheet, rule.list.source);
    return items === null || items.includes(String(v).toLowerCase());
  }
  const num = (x: unknown) => (typeof x === "number" ? x : parseFloat(String(x)));
  for (const k of ["wholeNumber", "decimal", "textLength"]) {
    const sub = rule[k];
    if (!sub) continue;
    const value = k === "textLength" ? String(v).length : typeof v === "number" ? v : NaN;
    if (Number.isNaN(value)) return false;
    if (k === "wholeNumber" && !Number.isInteger(value)) return false;
    return compareOp(sub.operator, value, num(sub.formula1), num(sub.formula2));
  }
  return true;
}

export class DataValidation extends ClientObject {
  declare _range: Range;

  constructor(ctx: RequestContext, range: Range) {
    super(ctx, "DataValidation", (state) => range._resolve(state), { dynamic: true });
    this._range = range;
  }

  _scalars(): string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }

  _read(prop: string, t: RangeTarget, state: WorkbookState): unknown {
    const sheet = M.sheetById(state, t.sheetId);
    const { all, single } = dvsAt(sheet, t.rect);
    const mixed = all.length > 1 || (all.length === 1 && !single);
    switch (prop) {
      case "type":
        return mixed ? "Inconsistent" : dvType(single);
      case "rule":
        return single ? M.deepClone(single.rule) : {};
      case "errorAlert":
        return single ? { ...DEFAULT_ALERT, ...single.errorAlert } : { ...DEFAULT_ALERT };
      case "prompt":
        return single ? { ...DEFAULT_PROMPT, ...single.prompt } : { ...DEFAULT_PROMPT };
      case "ignoreBlanks":
        return single ? single.ignoreBlanks : true;
      case "valid": {
        const used = M.usedRect(sheet, true);
        for (const dv of all) {
          for (const r of dv.ranges) {
            const i0 = intersect(r, t.rect);
            const i = i0 && used ? intersect(i0, used) : null;
            if (!i) continue;
            for (let row = i.r0; row <= i.r1; row++) {
              for (let c = i.c0; c <= i.c1; c++)
                if (!cellValid(state, sheet, dv, row, c)) return false;
            }
          }
        }
        return true;
      }
      default:
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: RangeTarget, state: WorkbookState): void {
    const sheet = M.sheetById(state, t.sheetId);
    if (prop === "rule") {
      const rule = materializeRule(v, state);
      const keys = Object.keys(rule ?? {}).filter((k) => RULE_TYPES[k]);
      if (keys.length !== 1) {
        throw err("InvalidArgument", "A data validation rule needs exactly one rule type.");
      }
      const prev = dvsAt(sheet, t.rect);
      removeDV(sheet, t.rect);
      sheet.dvs.push({
        id: String(M.nextId(state)),
        ranges: [{ ...t.rect }],
        rule,
        errorAlert: prev.single ? { ...prev.single.errorAlert } : {},
        prompt: prev.single ? { ...prev.single.prompt } : {},
        ignoreBlanks: prev.single ? prev.single.ignoreBlanks : true,
      });
      return;
    }
    const { all } = dvsAt(sheet, t.rect);
    for (const dv of all) {
      if (prop === "errorAlert") dv.errorAlert = { ...dv.errorAlert, ...(v as object) };
      else if (prop === "prompt") dv.prompt = { ...dv.prompt, ...(v as object) };
      else if (prop === "ignoreBlanks") dv.ignoreBlanks = !!v;
      else super._write(prop, v, t, state);
    }
  }

  clear(): void {
    this._act([], (t: RangeTarget, state) => removeDV(M.sheetById(state, t.sheetId), t.rect));
  }

  getInvalidCellsOrNullObject(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const t = this._range._resolve(state) as RangeTarget;
        const sheet = M.sheetById(state, t.sheetId);
        const used = M.usedRect(sheet, true);
        const rects: Rect[] = [];
        for (const dv of dvsAt(sheet, t.rect).all) {
          for (const r of dv.ranges) {
            const i0 = intersect(r, t.rect);
            const i = i0 && used ? intersect(i0, used) : null;
            if (!i) continue;
            for (let row = i.r0; row <= i.r1; row++) {
              for (let c = i.c0; c <= i.c1; c++) {
                if (!cellValid(state, sheet, dv, row, c))
                  rects.push({ r0: row, r1: row, c0: c, c1: c });
              }
            }
          }
        }
        return rects.length ? { sheetId: t.sheetId, rects } : null;
      },
      { nullable: true, minVersion: "1.9" }
    );
  }
}
defineProps(DataValidation, ["type", "valid"], ["rule", "errorAlert", "prompt", "ignoreBlanks"]);

function removeDV(sheet: SheetState, rc: Rect): void {
  sheet.dvs = sheet.dvs.filter((dv) => {
    dv.ranges = dv.ranges.flatMap((r) => (contains(rc, r) ? [] : subtract(r, rc)));
    return dv.ranges.length > 0;
  });
}
