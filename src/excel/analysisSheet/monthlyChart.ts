// The monthly chart: stacked columns of the key accounts' (class A) revenue and the rest's, one
// column per month of the period. New charts go below the ABC chart's default place (MONTHLY_CHART_BOX); a re-run
// points the series at the new months and keeps a chart the user moved where it is; a run
// without a time axis deletes it.
import type { Language } from "../../core/types";
import { MONTHLY_CHART_BOX } from "./analysisLayout";
import { localRange, queuePlace, queueSeries, queueTitle, type FoundChart } from "./charts";
import { timeLabel } from "./timeLabels";
import type { TimeLayout } from "./timeLayout";

export const MONTHLY_CHART = "KAA_Monthly";

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
  queuePlace(chart, MONTHLY_CHART_BOX, null);
  queueContent(ws, chart, 1, layout, lang);
}
