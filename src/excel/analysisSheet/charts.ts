// Native Excel charts built from the analysis sheet's ranges. A re-run points the existing
// charts' series at the new ranges, so a chart the user moved or resized stays where it is.
import type { Language } from "../../core/types";
import { formatRect, parseArea } from "../../core/a1";
import {
  ABC_CHART_BOX,
  LEGACY_CHART_CELLS,
  PARETO_CHART_BOX,
  type AnalysisLayout,
  type ChartBox,
  type SeriesSpec,
} from "./analysisLayout";
import { sheetLabel } from "../host/labels";

export const PARETO_CHART = "KAA_Pareto";
export const ABC_CHART = "KAA_ABC";

const LIMIT_COLOURS = ["#2E7D32", "#EF6C00"];

/** The sheet's charts with their series listed, to find the add-in's by name after the sync. */
export type SheetCharts = Excel.ChartCollection;

/**
 * Lists every chart of the sheet with its series. Not getItemOrNullObject(name).series: the
 * series of a null object (a chart the user deleted) must not be loaded, and the listing needs
 * no second round trip to learn whether the chart exists.
 */
export function queueListCharts(ws: Excel.Worksheet): SheetCharts {
  return ws.charts.load("items/name,items/series/items/name");
}

/** A chart found by name, with its series listed. */
export interface FoundChart {
  chart: Excel.Chart;
}

/** The add-in's chart by name among those listed; null when the user deleted it. */
export function findChart(charts: SheetCharts, name: string): FoundChart | null {
  const chart = charts.items.find((c) => c.name === name);
  return chart ? { chart } : null;
}

export function localRange(ws: Excel.Worksheet, address: string): Excel.Range {
  const area = parseArea(address);
  return ws.getRange(area ? formatRect(area.rect) : address);
}

/**
 * Makes the chart have exactly `specs.length` series pointing at the specs' ranges; `existing`
 * is how many series the chart has now.
 */
export function queueSeries(
  ws: Excel.Worksheet,
  chart: Excel.Chart,
  existing: number,
  specs: SeriesSpec[],
  style: (series: Excel.ChartSeries, index: number) => void
): void {
  for (let i = existing - 1; i >= specs.length; i--) chart.series.getItemAt(i).delete();
  specs.forEach((spec, i) => {
    const series = i < existing ? chart.series.getItemAt(i) : chart.series.add(spec.name);
    series.name = spec.name;
    series.setValues(localRange(ws, spec.values));
    series.setXAxisValues(localRange(ws, spec.xValues));
    style(series, i);
  });
}

/** Title on top, legend below the plot. */
export function queueTitle(chart: Excel.Chart, title: string): void {
  chart.title.text = title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
}

/** A 0-100 % value axis. */
function queueShareAxis(axis: Excel.ChartAxis): void {
  axis.minimum = 0;
  axis.maximum = 1;
  axis.numberFormat = "0%";
}

function queueParetoContent(
  ws: Excel.Worksheet,
  chart: Excel.Chart,
  existing: number,
  layout: AnalysisLayout,
  lang: Language
): void {
  const p = layout.pareto;
  queueSeries(ws, chart, existing, [p.revenue, p.cumulative, p.limitA, p.limitB], (s, i) => {
    if (i === 0) {
      s.chartType = "ColumnClustered";
      s.axisGroup = "Primary";
      return;
    }
    // Cumulative share and the two limits: lines against the 0-100 % axis on the right.
    s.chartType = "Line";
    s.axisGroup = "Secondary";
    s.markerStyle = "None";
    if (i >= 2) {
      s.format.line.lineStyle = "Dash";
      s.format.line.color = LIMIT_COLOURS[i - 2];
    }
  });
  queueTitle(chart, sheetLabel("paretoTitle", lang));
  chart.axes.getItem("Value", "Primary").numberFormat = "#,##0";
  queueShareAxis(chart.axes.getItem("Value", "Secondary"));
}

function queueAbcContent(
  ws: Excel.Worksheet,
  chart: Excel.Chart,
  existing: number,
  layout: AnalysisLayout,
  lang: Language
): void {
  queueSeries(ws, chart, existing, [layout.abc.customers, layout.abc.revenue], (s) => {
    s.chartType = "ColumnClustered";
  });
  queueTitle(chart, sheetLabel("abcTitle", lang));
  queueShareAxis(chart.axes.getItem("Value", "Primary"));
}

/** The add-in's two charts: name, where a new one goes, the range it starts from, its content. */
const CHARTS = {
  pareto: {
    name: PARETO_CHART,
    box: PARETO_CHART_BOX,
    legacyCells: LEGACY_CHART_CELLS.pareto,
    firstValues: (layout: AnalysisLayout) => layout.pareto.revenue.values,
    content: queueParetoContent,
  },
  abc: {
    name: ABC_CHART,
    box: ABC_CHART_BOX,
    legacyCells: LEGACY_CHART_CELLS.abc,
    firstValues: (layout: AnalysisLayout) => layout.abc.customers.values,
    content: queueAbcContent,
  },
};

/** Where a new chart goes: its box beside the summary, or its old cells on a sheet of the old layout. */
export function queuePlace(
  chart: Excel.Chart,
  box: ChartBox,
  legacyCells: readonly string[] | null
): void {
  if (legacyCells) {
    chart.setPosition(legacyCells[0], legacyCells[1]);
    return;
  }
  chart.top = box.top;
  chart.left = box.left;
  chart.width = box.width;
  chart.height = box.height;
}

/**
 * Creates the chart, or updates the one found (keeping its place and size). `legacy`: the sheet
 * has the layout from before the charts moved beside the summary.
 */
export function queueChart(
  kind: keyof typeof CHARTS,
  ws: Excel.Worksheet,
  found: FoundChart | null,
  layout: AnalysisLayout,
  lang: Language,
  legacy = false
): void {
  const spec = CHARTS[kind];
  if (found) {
    spec.content(ws, found.chart, found.chart.series.items.length, layout, lang);
    return;
  }
  const chart = ws.charts.add(
    "ColumnClustered",
    localRange(ws, spec.firstValues(layout)),
    "Columns"
  );
  chart.name = spec.name;
  queuePlace(chart, spec.box, legacy ? spec.legacyCells : null);
  spec.content(ws, chart, 1, layout, lang);
}
