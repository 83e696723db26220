// The monthly chart: stacked columns of the key accounts' (class A) revenue and the rest's, one
// column per month of the period. New charts go below the ABC chart's default place; a re-run
// points the series at the new months and keeps a chart the user moved where it is; a run
// without a time axis deletes it.
import type { Language } from "../../core/types";
import { formatRect, parseRect, rect } from "../../core/a1";
import { ABC_CHART_CELLS } from "./analysisLayout";
import { localRange, queueSeries, queueTitle, type FoundChart } from "./charts";
import { timeLabel } from "./timeLabels";
import type { TimeLayout } from "./timeLayout";

export const MONTHLY_CHART = "KAA_Monthly";

/** One row between two charts, as between the Pareto and the ABC chart. */
const CHART_GAP_ROWS = 1;

/** The cells of a new chart below `cells`, in the same columns and of the same height. */
export function cellsBelow(cells: readonly [string, string]): [string, string] {
  const r = parseRect(`${cells[0]}:${cells[1]}`);
  if (!r) throw new Error(`Not a chart place: ${cells.join(":")}`);
  const top = r.bottom + 1 + CHART_GAP_ROWS;
  const below = rect(top, r.left, top + r.bottom - r.top, r.right);
  const [first, last] = formatRect(below).split(":");
  return [first, last];
}

/** Where a new monthly chart goes: below the ABC chart. */
export const MONTHLY_CHART_CELLS = cellsBelow(ABC_CHART_CELLS);

function queueContent(
  ws: Excel.Worksheet,
  chart: Excel.Chart,
  existing: number,
  layout: TimeLayout,
  lang: Language
): void {
  const { keyAccounts, others } = layout.monthly;
  queueSeries(ws, chart, existing, [keyAccounts, others], (s) => {
    s.chartType = "ColumnStacked";
  });
  queueTitle(chart, timeLabel("monthlyTitle", lang));
  chart.axes.getItem("Value", "Primary").numberFormat = "#,##0";
}

/** Creates, updates or (without time blocks) deletes the monthly chart. */
export function queueMonthlyChart(
  ws: Excel.Worksheet,
  found: FoundChart | null,
  layout: TimeLayout | null,
  lang: Language
): void {
  if (!layout) {
    found?.chart.delete();
    return;
  }
  if (found) {
    queueContent(ws, found.chart, found.chart.series.items.length, layout, lang);
    return;
  }
  const chart = ws.charts.add(
    "ColumnStacked",
    localRange(ws, layout.monthly.keyAccounts.values),
    "Columns"
  );
  chart.name = MONTHLY_CHART;
  chart.setPosition(MONTHLY_CHART_CELLS[0], MONTHLY_CHART_CELLS[1]);
  queueContent(ws, chart, 1, layout, lang);
}
