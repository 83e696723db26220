/** Charts of the fake Excel host: series keep the exact source references, as Excel does. */
import { Rect, formulaRefs, parseArea } from "./address";
import { ExcelEnums } from "./enums";
import { normalizeColor } from "./format";
import * as M from "./model";
import { ChartState, SeriesState, SheetState, WorkbookState } from "./model";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  CreateOptions,
  DataSpec,
  NavSpec,
  RequestContext,
  defineProps,
  makeData,
} from "./runtime";
import { Range, rectInSheet } from "./range";
import { Worksheet, worksheetOf } from "./objects";

const err = M.err;
const CHART_TYPES = new Set<string>(Object.values(ExcelEnums.ChartType));
const PIE_TYPES =
  /^(Pie|PieExploded|PieOfPie|BarOfPie|Doughnut|DoughnutExploded|3DPie|3DPieExploded)$/;
const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

export interface ChartTarget {
  sheetId: string;
  chartId: string;
}

export function findChart(
  state: WorkbookState,
  t: ChartTarget
): { sheet: SheetState; chart: ChartState } {
  const sheet = M.sheetById(state, t.sheetId);
  const chart = sheet.charts.find((c) => c.id === t.chartId);
  if (!chart) throw err("ItemNotFound", "The chart doesn't exist.");
  return { sheet, chart };
}

/** Cells of a series reference ("=Sheet1!$B$2:$B$10"), null when it is not a single range. */
export function refCells(state: WorkbookState, ref: string | undefined, home: string) {
  if (!ref) return null;
  const refs = formulaRefs(ref, home);
  if (refs.length !== 1) return null;
  const sheet = M.findSheet(state, refs[0].sheet);
  return sheet ? { sheet, rect: refs[0].rect } : null;
}

function refValues(state: WorkbookState, ref: string | undefined, home: string): unknown[] {
  const c = refCells(state, ref, home);
  if (!c) return [];
  const out: unknown[] = [];
  for (let r = c.rect.r0; r <= c.rect.r1; r++) {
    for (let col = c.rect.c0; col <= c.rect.c1; col++) out.push(M.getValue(c.sheet, r, col) ?? "");
  }
  return out;
}

export function seriesName(state: WorkbookState, s: SeriesState, home: string): string {
  if (s.nameRef) {
    const v = refValues(state, s.nameRef, home);
    if (v.length) return String(v[0]);
  }
  return s.name;
}

function newSeries(chart: ChartState, name: string): SeriesState {
  return {
    id: chart.nextSeriesId++,
    name,
    axisGroup: "Primary",
    hasDataLabels: false,
    markerStyle: "Automatic",
    markerSize: 7,
    smooth: false,
    gapWidth: 150,
    overlap: 0,
    explosion: 0,
    invertIfNegative: false,
    showShadow: false,
    filtered: false,
    format: {},
    points: {},
  };
}

/** Series as Excel builds them from source data (names from the header line, categories from text). */
export function buildSeries(sheet: SheetState, rc: Rect, type: string, seriesBy: string) {
  const nR = rc.r1 - rc.r0 + 1;
  const nC = rc.c1 - rc.c0 + 1;
  const byCols = seriesBy === "Columns" || (seriesBy !== "Rows" && !(nC > nR));
  const P = byCols ? nR : nC; // points per series
  const S = byCols ? nC : nR; // series lines
  const cell = (p: number, s: number) =>
    byCols ? { r: rc.r0 + p, c: rc.c0 + s } : { r: rc.r0 + s, c: rc.c0 + p };
  const val = (p: number, s: number) => {
    const { r, c } = cell(p, s);
    return M.getValue(sheet, r, c);
  };
  const isText = (v: M.CellValue | undefined) => typeof v === "string" && !M.ERROR_VALUES.has(v);
  const topLeftEmpty = val(0, 0) === undefined;
  const scatter = /Scatter|Bubble/.test(type);
  let names = false;
  if (P > 1) {
    for (let s = S > 1 ? 1 : 0; s < S; s++) if (isText(val(0, s))) names = true;
    if (topLeftEmpty && S > 1) names = true;
  }
  let cats = false;
  if (S > 1) {
    for (let p = names ? 1 : 0; p < P; p++) if (isText(val(p, 0))) cats = true;
    if (topLeftEmpty && names) cats = true;
    if (scatter) cats = true;
  }
  const p0 = names ? 1 : 0;
  const lineRect = (s: number): Rect => {
    const a = cell(p0, s);
    const b = cell(P - 1, s);
    return { r0: a.r, c0: a.c, r1: b.r, c1: b.c };
  };
  const out: { name: string; nameRef?: string; values: string; xValues?: string }[] = [];
  let k = 0;
  for (let s = cats ? 1 : 0; s < S; s++) {
    k++;
    const item: { name: string; nameRef?: string; values: string; xValues?: string } = {
      name: `Series${k}`,
      values: M.absRef(sheet.name, lineRect(s)),
    };
    if (names) {
      const { r, c } = cell(0, s);
      const v = M.getValue(sheet, r, c);
      item.name = v === undefined ? `Series${k}` : String(v);
      item.nameRef = M.absRef(sheet.name, { r0: r, c0: c, r1: r, c1: c });
    }
    if (cats && p0 <= P - 1) item.xValues = M.absRef(sheet.name, lineRect(0));
    out.push(item);
  }
  return { byCols, series: out };
}

function setSourceData(sheet: SheetState, chart: ChartState, rc: Rect, seriesBy: string) {
  const built = buildSeries(sheet, rc, chart.type, seriesBy);
  chart.seriesBy = built.byCols ? "Columns" : "Rows";
  chart.series = [];
  for (const b of built.series) {
    const s = newSeries(chart, b.name);
    s.values = b.values;
    if (b.nameRef) s.nameRef = b.nameRef;
    if (b.xValues) s.xValues = b.xValues;
    chart.series.push(s);
  }
}

function defaultChartData(
  type: string,
  seriesCount: number,
  firstName: string
): Record<string, unknown> {
  const single = seriesCount === 1;
  const pie = PIE_TYPES.test(type);
  return {
    title: {
      text: single ? firstName : "",
      visible: single,
      overlay: false,
      position: "Automatic",
    },
    legend: { visible: !single || pie, position: pie ? "Right" : "Bottom", overlay: false },
    dataLabels: {
      showValue: false,
      showSeriesName: false,
      showCategoryName: false,
      showLegendKey: false,
      showPercentage: false,
      position: "BestFit",
    },
    axes: {},
    format: {},
    style: 2,
    plotVisibleOnly: true,
    displayBlanksAs: "Gap",
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Nested chart objects                                                                        */
/* ------------------------------------------------------------------------------------------ */

const color = {
  set: (d: any, v: unknown) => {
    d.color = normalizeColor(v);
  },
};

const CHART_FONT: DataSpec = {
  cls: "ChartFont",
  props: {
    bold: { def: false },
    italic: { def: false },
    color: { ...color, def: "#595959" },
    name: { def: "Calibri" },
    size: { def: 10 },
    underline: { def: "None" },
  },
};

const CHART_LINE: DataSpec = {
  cls: "ChartLineFormat",
  props: {
    color: { ...color, def: null },
    lineStyle: { def: "Continuous" },
    weight: { def: 0.75 },
  },
  methods: {
    clear: (self) =>
      self._act([], (d: any) => {
        d.color = null;
        d.lineStyle = "None";
      }),
  },
};

const CHART_FILL: DataSpec = {
  cls: "ChartFill",
  props: {},
  methods: {
    setSolidColor: (self, c: string) =>
      self._act([c], (d: any) => {
        d.color = normalizeColor(c);
      }),
    clear: (self) =>
      self._act([], (d: any) => {
        d.color = null;
      }),
    getSolidColor: (self) => self._result([], (d: any) => d.color ?? ""),
  },
};

const CHART_BORDER: DataSpec = {
  cls: "ChartBorder",
  props: { color: { ...color, def: null }, lineStyle: { def: "None" }, weight: { def: 0.75 } },
  methods: {
    clear: (self) =>
      self._act([], (d: any) => {
        d.color = null;
        d.lineStyle = "None";
      }),
  },
};

const sub = (key: string, spec: DataSpec): NavSpec => ({ spec, get: (d: any) => (d[key] ??= {}) });

const TEXT_FORMAT: DataSpec = {
  cls: "ChartTitleFormat",
  props: {},
  nav: {
    font: sub("font", CHART_FONT),
    fill: sub("fill", CHART_FILL),
    border: sub("border", CHART_BORDER),
  },
};

const CHART_TITLE: DataSpec = {
  cls: "ChartTitle",
  props: {
    text: { def: "" },
    visible: { def: false },
    overlay: { def: false },
    position: { def: "Automatic" },
    horizontalAlignment: { def: "Center" },
    verticalAlignment: { def: "Center" },
    textOrientation: { def: 0 },
    showShadow: { def: false },
    top: { def: 0 },
    left: { def: 0 },
    height: { ro: true, def: 20 },
    width: { ro: true, def: 100 },
  },
  nav: { format: sub("format", TEXT_FORMAT) },
  methods: {
    setFormula: (self, f: string) =>
      self._act([f], (d: any) => {
        d.formula = f;
      }),
  },
};

const CHART_LEGEND: DataSpec = {
  cls: "ChartLegend",
  props: {
    visible: { def: true },
    position: { def: "Bottom" },
    overlay: { def: false },
    showShadow: { def: false },
    top: { def: 0 },
    left: { def: 0 },
    width: { def: 100 },
    height: { def: 20 },
  },
  nav: {
    format: sub("format", {
      cls: "ChartLegendFormat",
      props: {},
      nav: {
        font: sub("font", CHART_FONT),
        fill: sub("fill", CHART_FILL),
        border: sub("border", CHART_BORDER),
      },
    }),
  },
};

const DATA_LABELS: DataSpec = {
  cls: "ChartDataLabels",
  props: {
    showValue: { def: false },
    showSeriesName: { def: false },
    showCategoryName: { def: false },
    showLegendKey: { def: false },
    showPercentage: { def: false },
    showBubbleSize: { def: false },
    position: { def: "BestFit" },
    separator: { def: ", " },
    numberFormat: { def: "General" },
    linkNumberFormat: { def: true },
  },
  nav: {
    format: sub("format", {
      cls: "ChartDataLabelFormat",
      props: {},
      nav: {
        font: sub("font", CHART_FONT),
        fill: sub("fill", CHART_FILL),
        border: sub("border", CHART_BORDER),
      },
    }),
  },
};

const GRIDLINES: DataSpec = {
  cls: "ChartGridlines",
  props: { visible: { def: false } },
  nav: {
    format: sub("format", {
      cls: "ChartGridlinesFormat",
      props: {},
      nav: { line: sub("line", CHART_LINE) },
    }),
  },
};

const AXIS_PROPS: DataSpec["props"] = {
  minimum: { def: null },
  maximum: { def: null },
  majorUnit: { def: null },
  minorUnit: { def: null },
  numberFormat: { def: "General" },
  linkNumberFormat: { def: true },
  visible: { def: true },
  displayUnit: { def: "None" },
  logBase: { def: null },
  scaleType: { def: "Linear" },
  reversePlotOrder: { def: false },
  tickLabelPosition: { def: "NextToAxis" },
  majorTickMark: { def: "Outside" },
  minorTickMark: { def: "None" },
  categoryType: { def: "Automatic" },
  position: { def: "Automatic" },
  isBetweenCategories: { def: true },
  textOrientation: { def: 0 },
  alignment: { def: "Center" },
  type: { ro: true },
  axisGroup: { ro: true },
  height: { ro: true, def: 0 },
  width: { ro: true, def: 0 },
  top: { ro: true, def: 0 },
  left: { ro: true, def: 0 },
};

const CHART_AXIS: DataSpec = {
  cls: "ChartAxis",
  props: AXIS_PROPS,
  nav: {
    title: sub("title", {
      cls: "ChartAxisTitle",
      props: { text: { def: "" }, visible: { def: false }, textOrientation: { def: 0 } },
      nav: {
        format: sub("format", {
          cls: "ChartAxisTitleFormat",
          props: {},
          nav: {
            font: sub("font", CHART_FONT),
            fill: sub("fill", CHART_FILL),
            border: sub("border", CHART_BORDER),
          },
        }),
      },
    }),
    format: sub("format", {
      cls: "ChartAxisFormat",
      props: {},
      nav: {
        font: sub("font", CHART_FONT),
        line: sub("line", CHART_LINE),
        fill: sub("fill", CHART_FILL),
      },
    }),
    majorGridlines: {
      spec: GRIDLINES,
      get: (d: any) => (d.majorGridlines ??= { visible: d.type === "Value" }),
    },
    minorGridlines: sub("minorGridlines", GRIDLINES),
  },
  methods: {
    // ExcelApi 1.8: the axis crosses the other one at `value`; position reads back as "Custom".
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-setpositionat-member(1)
    setPositionAt: (self, value: number) =>
      self._act([value], (d: any) => {
        if (typeof value !== "number" || !Number.isFinite(value))
          throw err("InvalidArgument", "The position must be a number.");
        d.position = "Custom";
        d.positionAt = value;
      }),
    setCategoryNames: (self, source: Range) =>
      self._act([source], (d: any, state: WorkbookState) => {
        const { sheet, rect } = source._sheetRect(state);
        d.categoryNames = M.absRef(sheet.name, rect);
      }),
  },
};

function axisData(chart: ChartState, type: string, group: string): Record<string, unknown> {
  if (
    !["Category", "Value", "Series"].includes(type) ||
    !["Primary", "Secondary"].includes(group)
  ) {
    throw err("InvalidArgument", `Invalid axis ${type}/${group}.`);
  }
  const axes = chart.data.axes as Record<string, Record<string, unknown>>;
  const key = `${type}:${group}`;
  return (axes[key] ??= { type, axisGroup: group });
}

const CHART_AREA_FORMAT: DataSpec = {
  cls: "ChartAreaFormat",
  props: { roundedCorners: { def: false }, colorScheme: { def: "ColorfulPalette1" } },
  nav: {
    font: sub("font", CHART_FONT),
    fill: sub("fill", CHART_FILL),
    border: sub("border", CHART_BORDER),
  },
};

const SERIES_FORMAT: DataSpec = {
  cls: "ChartSeriesFormat",
  props: {},
  nav: {
    fill: { spec: CHART_FILL, get: (d: any) => d },
    line: { spec: CHART_LINE, get: (d: any) => (d.line ??= {}) },
  },
};

const POINT: DataSpec = {
  cls: "ChartPoint",
  props: {
    value: { ro: true },
    hasDataLabel: { def: false },
    markerStyle: { def: "Automatic" },
    markerSize: { def: 7 },
    markerBackgroundColor: { def: null },
    markerForegroundColor: { def: null },
  },
  nav: {
    format: sub("format", {
      cls: "ChartPointFormat",
      props: {},
      nav: { fill: { spec: CHART_FILL, get: (d: any) => d }, border: sub("border", CHART_BORDER) },
    }),
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Chart, series and collections                                                               */
/* ------------------------------------------------------------------------------------------ */

const CHART_RO = ["id"];
const CHART_RW = [
  "name",
  "chartType",
  "top",
  "left",
  "width",
  "height",
  "style",
  "plotVisibleOnly",
  "displayBlanksAs",
  "seriesNameLevel",
  "categoryLabelLevel",
  "showAllFieldButtons",
];

export class Chart extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => ChartTarget | null) | null,
    opts?: CreateOptions,
    fixed?: ChartTarget
  ) {
    super(ctx, "Chart", create, opts, fixed);
  }

  _scalars(): string[] {
    return [...CHART_RO, ...CHART_RW];
  }

  _nav(name: string): ClientObject | undefined {
    switch (name) {
      case "title":
      case "legend":
      case "dataLabels":
      case "format":
      case "axes":
      case "series":
      case "worksheet":
        return (this as any)[name];
      default:
        return undefined;
    }
  }

  _data(key: string, spec: DataSpec): ClientObject {
    return this._child(key, () =>
      makeData(this._ctx, spec, (state) => {
        const t = this._resolve(state) as ChartTarget | null;
        if (this._isNull || !t) return null;
        const { chart } = findChart(state, t);
        return ((chart.data as any)[key] ??= {});
      })
    );
  }

  get title(): ClientObject {
    return this._data("title", CHART_TITLE);
  }

  get legend(): ClientObject {
    return this._data("legend", CHART_LEGEND);
  }

  get dataLabels(): ClientObject {
    return this._data("dataLabels", DATA_LABELS);
  }

  get format(): ClientObject {
    return this._data("format", CHART_AREA_FORMAT);
  }

  get axes(): ChartAxes {
    return this._child("axes", () => new ChartAxes(this._ctx, this));
  }

  get series(): ChartSeriesCollection {
    return this._child("series", () => new ChartSeriesCollection(this._ctx, this));
  }

  get worksheet(): Worksheet {
    return worksheetOf<ChartTarget>(this, (t) => t.sheetId);
  }

  _read(prop: string, t: ChartTarget, state: WorkbookState): unknown {
    const { chart } = findChart(state, t);
    switch (prop) {
      case "id":
        return chart.id;
      case "name":
        return chart.name;
      case "chartType":
        return chart.type;
      case "top":
      case "left":
      case "width":
      case "height":
        return chart[prop];
      default:
        if (CHART_RW.includes(prop)) return (chart.data as any)[prop] ?? null;
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: ChartTarget, state: WorkbookState): void {
    const { sheet, chart } = findChart(state, t);
    switch (prop) {
      case "name": {
        const n = String(v);
        if (sheet.charts.some((c) => c !== chart && M.sameName(c.name, n)))
          throw err("ItemAlreadyExists");
        chart.name = n;
        return;
      }
      case "chartType":
        if (!CHART_TYPES.has(String(v))) throw err("InvalidArgument", `Unknown chart type '${v}'.`);
        chart.type = String(v);
        for (const s of chart.series) delete s.chartType;
        return;
      // Points from the sheet's top-left corner and the size in points, written directly:
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-top-member
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-width-member
      case "top":
      case "left":
      case "width":
      case "height":
        chart[prop] = Number(v);
        return;
      default:
        if (CHART_RW.includes(prop)) (chart.data as any)[prop] = v;
        else super._write(prop, v, t, state);
    }
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._act([startCell, endCell], (t: ChartTarget, state) => {
      const { sheet, chart } = findChart(state, t);
      const rectOf = (x: Range | string) =>
        x instanceof Range ? x._sheetRect(state).rect : rectInSheet(state, sheet, x);
      const a = rectOf(startCell);
      chart.top = M.rowTop(sheet, a.r0);
      chart.left = M.colLeft(sheet, a.c0);
      if (endCell !== undefined && endCell !== null) {
        const b = rectOf(endCell);
        chart.width = Math.max(0, M.colLeft(sheet, b.c1 + 1) - chart.left);
        chart.height = Math.max(0, M.rowTop(sheet, b.r1 + 1) - chart.top);
      }
    });
  }

  setData(sourceData: Range, seriesBy = "Auto"): void {
    this._act([sourceData, seriesBy], (t: ChartTarget, state) => {
      const { chart } = findChart(state, t);
      const src = sourceData._sheetRect(state);
      setSourceData(src.sheet, chart, src.rect, seriesBy);
    });
  }

  delete(): void {
    this._act([], (t: ChartTarget, state) => {
      const { sheet, chart } = findChart(state, t);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  activate(): void {
    this._act([], (t: ChartTarget, state) => {
      findChart(state, t);
      state.activeSheetId = t.sheetId;
    });
  }

  getImage(width?: number, height?: number, fittingMode?: string): ClientResult<string> {
    return this._result([width, height, fittingMode], (t: ChartTarget, state) => {
      findChart(state, t);
      return TINY_PNG;
    });
  }
}
defineProps(Chart, CHART_RO, CHART_RW);

export class ChartAxes extends ClientObject {
  declare _chart: Chart;

  constructor(ctx: RequestContext, chart: Chart) {
    super(ctx, "ChartAxes", (state) => chart._resolve(state), { dynamic: true });
    this._chart = chart;
  }

  _nav(name: string): ClientObject | undefined {
    if (name === "categoryAxis" || name === "valueAxis" || name === "seriesAxis")
      return (this as any)[name];
    return undefined;
  }

  _axis(type: string, group: string): ClientObject {
    return this._child(`${type}:${group}`, () =>
      makeData(this._ctx, CHART_AXIS, (state) => {
        const t = this._chart._resolve(state) as ChartTarget | null;
        if (this._chart._isNull || !t) return null;
        return axisData(findChart(state, t).chart, type, group);
      })
    );
  }

  get categoryAxis(): ClientObject {
    return this._axis("Category", "Primary");
  }

  get valueAxis(): ClientObject {
    return this._axis("Value", "Primary");
  }

  get seriesAxis(): ClientObject {
    return this._axis("Series", "Primary");
  }

  getItem(type: string, group = "Primary"): ClientObject {
    return this._axis(type, group);
  }
}

interface SeriesTarget extends ChartTarget {
  seriesId: number;
}

function findSeries(state: WorkbookState, t: SeriesTarget) {
  const { sheet, chart } = findChart(state, t);
  const s = chart.series.find((x) => x.id === t.seriesId);
  if (!s) throw err("ItemNotFound", "The chart series doesn't exist.");
  return { sheet, chart, s };
}

const SERIES_RW = [
  "name",
  "chartType",
  "axisGroup",
  "hasDataLabels",
  "markerStyle",
  "markerSize",
  "markerBackgroundColor",
  "markerForegroundColor",
  "smooth",
  "gapWidth",
  "overlap",
  "plotOrder",
  "filtered",
  "explosion",
  "doughnutHoleSize",
  "invertIfNegative",
  "showShadow",
  "varyByCategories",
];

export class ChartSeries extends ClientObject {
  constructor(
    ctx: RequestContext,
    create: ((state: WorkbookState) => SeriesTarget | null) | null,
    opts?: CreateOptions,
    fixed?: SeriesTarget
  ) {
    super(ctx, "ChartSeries", create, opts, fixed);
  }

  _scalars(): string[] {
    return SERIES_RW;
  }

  _nav(name: string): ClientObject | undefined {
    if (name === "format" || name === "dataLabels" || name === "points") return (this as any)[name];
    return undefined;
  }

  _data(key: string, spec: DataSpec): ClientObject {
    return this._child(key, () =>
      makeData(this._ctx, spec, (state) => {
        const t = this._resolve(state) as SeriesTarget | null;
        if (this._isNull || !t) return null;
        const { s } = findSeries(state, t);
        return ((s as any)[key] ??= {});
      })
    );
  }

  get format(): ClientObject {
    return this._data("format", SERIES_FORMAT);
  }

  get dataLabels(): ClientObject {
    return this._data("dataLabels", DATA_LABELS);
  }

  get points(): ChartPointsCollection {
    return this._child("points", () => new ChartPointsCollection(this._ctx, this));
  }

  _read(prop: string, t: SeriesTarget, state: WorkbookState): unknown {
    const { sheet, chart, s } = findSeries(state, t);
    switch (prop) {
      case "name":
        return seriesName(state, s, sheet.name);
      case "chartType":
        return s.chartType ?? chart.type;
      case "plotOrder":
        return chart.series.indexOf(s);
      case "doughnutHoleSize":
        return s.doughnutHoleSize ?? 50;
      case "varyByCategories":
        return s.varyByCategories ?? PIE_TYPES.test(s.chartType ?? chart.type);
      default:
        if (SERIES_RW.includes(prop)) return s[prop] ?? null;
        return super._read(prop, t, state);
    }
  }

  _write(prop: string, v: unknown, t: SeriesTarget, state: WorkbookState): void {
    const { chart, s } = findSeries(state, t);
    switch (prop) {
      case "name":
        s.name = String(v);
        delete s.nameRef;
        return;
      case "chartType":
        if (!CHART_TYPES.has(String(v))) throw err("InvalidArgument", `Unknown chart type '${v}'.`);
        s.chartType = String(v);
        return;
      case "axisGroup":
        if (v !== "Primary" && v !== "Secondary") throw err("InvalidArgument");
        s.axisGroup = v;
        return;
      case "plotOrder": {
        chart.series.splice(chart.series.indexOf(s), 1);
        chart.series.splice(Math.max(0, Math.min(Number(v), chart.series.length)), 0, s);
        return;
      }
      case "markerBackgroundColor":
      case "markerForegroundColor":
        s[prop] = normalizeColor(v);
        return;
      default:
        if (SERIES_RW.includes(prop)) s[prop] = v;
        else super._write(prop, v, t, state);
    }
  }

  setValues(sourceData: Range | string): void {
    this._setRef("values", sourceData);
  }

  setXAxisValues(sourceData: Range | string): void {
    this._setRef("xValues", sourceData);
  }

  setBubbleSizes(sourceData: Range | string): void {
    this._setRef("bubbleSizes", sourceData);
  }

  _setRef(key: string, source: Range | string): void {
    this._act(
      [source],
      (t: SeriesTarget, state) => {
        const { sheet, s } = findSeries(state, t);
        let ref: string;
        if (source instanceof Range) {
          const r = source._sheetRect(state);
          ref = M.absRef(r.sheet.name, r.rect);
        } else {
          const text = source.replace(/^=/, "");
          const p = parseArea(text);
          if (!p) throw err("InvalidArgument", `Invalid reference '${source}'.`);
          ref = M.absRef(p.sheet ?? sheet.name, p.rect);
        }
        s[key] = ref;
      },
      "1.7"
    );
  }

  getDimensionValues(dimension: string): ClientResult<string[]> {
    return this._result(
      [dimension],
      (t: SeriesTarget, state) => {
        const { sheet, s } = findSeries(state, t);
        const ref =
          dimension === "Categories" || dimension === "XValues"
            ? s.xValues
            : dimension === "BubbleSizes"
              ? (s.bubbleSizes as string)
              : s.values;
        if (!ref && (dimension === "Categories" || dimension === "XValues")) {
          return refValues(state, s.values, sheet.name).map((_, i) => String(i + 1));
        }
        return refValues(state, ref, sheet.name).map((v) => String(v));
      },
      "1.12"
    );
  }

  getDimensionDataSourceString(dimension: string): ClientResult<string> {
    return this._result(
      [dimension],
      (t: SeriesTarget, state) => {
        const { s } = findSeries(state, t);
        const ref =
          dimension === "Categories" || dimension === "XValues"
            ? s.xValues
            : dimension === "BubbleSizes"
              ? (s.bubbleSizes as string)
              : s.values;
        return ref ?? "";
      },
      "1.15"
    );
  }

  delete(): void {
    this._act([], (t: SeriesTarget, state) => {
      const { chart, s } = findSeries(state, t);
      chart.series = chart.series.filter((x) => x !== s);
    });
  }
}
defineProps(ChartSeries, [], SERIES_RW);

export class ChartPointsCollection extends ClientCollection {
  declare _series: ChartSeries;

  constructor(ctx: RequestContext, series: ChartSeries) {
    super(ctx, "ChartPointsCollection", (state) => series._resolve(state), { dynamic: true });
    this._series = series;
  }

  _list(t: SeriesTarget | null, state: WorkbookState): unknown[] {
    if (!t) return [];
    const { sheet, s } = findSeries(state, t);
    return refValues(state, s.values, sheet.name).map((_, i) => i);
  }

  _point(index: number): ClientObject {
    return makeData(this._ctx, POINT, (state) => {
      const t = this._series._resolve(state) as SeriesTarget | null;
      if (!t) return null;
      const { sheet, s } = findSeries(state, t);
      const values = refValues(state, s.values, sheet.name);
      if (index < 0 || index >= values.length) throw err("ItemNotFound");
      const points = (s.points ??= {}) as Record<string, Record<string, unknown>>;
      const p = (points[index] ??= {});
      p.value = values[index];
      return p;
    });
  }

  _makeItem(ref: unknown): ClientObject {
    return this._point(ref as number);
  }

  getItemAt(index: number): ClientObject {
    return this._point(index);
  }
}

export class ChartSeriesCollection extends ClientCollection {
  declare _chart: Chart;

  constructor(ctx: RequestContext, chart: Chart) {
    super(ctx, "ChartSeriesCollection", (state) => chart._resolve(state), { dynamic: true });
    this._chart = chart;
  }

  _list(t: ChartTarget | null, state: WorkbookState): unknown[] {
    if (!t) return [];
    const { chart } = findChart(state, t);
    return chart.series.map((s) => ({ ...t, seriesId: s.id }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new ChartSeries(this._ctx, null, {}, ref as SeriesTarget);
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this._ctx, (state) => {
      const t = this._chart._resolve(state) as ChartTarget;
      const { chart } = findChart(state, t);
      const s = chart.series[index];
      if (!s) throw err("ItemNotFound", `The chart has no series at index ${index}.`);
      return { ...t, seriesId: s.id };
    });
  }

  add(name?: string, index?: number): ChartSeries {
    return new ChartSeries(
      this._ctx,
      (state) => {
        const t = this._chart._resolve(state) as ChartTarget;
        const { chart } = findChart(state, t);
        const s = newSeries(chart, name ?? `Series${chart.series.length + 1}`);
        const i = index === undefined || index === null ? chart.series.length : index;
        chart.series.splice(Math.max(0, Math.min(i, chart.series.length)), 0, s);
        return { ...t, seriesId: s.id };
      },
      { write: true, args: [name, index] }
    );
  }
}

export class ChartCollection extends ClientCollection {
  declare _ws: Worksheet;

  constructor(ctx: RequestContext, ws: Worksheet) {
    super(ctx, "ChartCollection", (state) => ws._resolve(state), { dynamic: true });
    this._ws = ws;
  }

  _list(sheetId: string | null, state: WorkbookState): unknown[] {
    if (!sheetId) return [];
    return M.sheetById(state, sheetId).charts.map((c) => ({ sheetId, chartId: c.id }));
  }

  _makeItem(ref: unknown): ClientObject {
    return new Chart(this._ctx, null, {}, ref as ChartTarget);
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    return new Chart(
      this._ctx,
      (state) => {
        const sheetId = this._ws._resolve(state) as string;
        const sheet = M.sheetById(state, sheetId);
        if (!CHART_TYPES.has(type)) throw err("InvalidArgument", `Unknown chart type '${type}'.`);
        const src = sourceData._sheetRect(state);
        let n = 1;
        while (sheet.charts.some((c) => M.sameName(c.name, `Chart ${n}`))) n++;
        const id = M.nextId(state);
        const chart: ChartState = {
          id: M.guid(id, 3),
          name: `Chart ${n}`,
          type,
          seriesBy: "Columns",
          top: M.rowTop(sheet, Math.max(0, src.rect.r0 + 1)),
          left: M.colLeft(sheet, Math.min(src.rect.c1 + 2, 16383)),
          width: 360,
          height: 216,
          series: [],
          nextSeriesId: 1,
          data: {},
        };
        setSourceData(src.sheet, chart, src.rect, seriesBy);
        chart.data = defaultChartData(type, chart.series.length, chart.series[0]?.name ?? "");
        sheet.charts.push(chart);
        return { sheetId, chartId: chart.id };
      },
      { write: true, args: [type, sourceData, seriesBy] }
    );
  }

  _find(name: string, nullable: boolean): Chart {
    return new Chart(
      this._ctx,
      (state) => {
        const sheetId = this._ws._resolve(state) as string;
        const c = M.sheetById(state, sheetId).charts.find(
          (x) => M.sameName(x.name, name) || x.id === name
        );
        if (!c) {
          if (nullable) return null;
          throw err("ItemNotFound", `The chart '${name}' doesn't exist.`);
        }
        return { sheetId, chartId: c.id };
      },
      { nullable, args: [name] }
    );
  }

  getItem(name: string): Chart {
    return this._find(name, false);
  }

  getItemOrNullObject(name: string): Chart {
    return this._find(name, true);
  }

  getItemAt(index: number): Chart {
    return new Chart(this._ctx, (state) => {
      const sheetId = this._ws._resolve(state) as string;
      const c = M.sheetById(state, sheetId).charts[index];
      if (!c) throw err("ItemNotFound");
      return { sheetId, chartId: c.id };
    });
  }
}
