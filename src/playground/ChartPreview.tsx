import { Card, Text, makeStyles } from "@fluentui/react-components";
import type { ChartInfo, FakeWorkbookModel } from "../../fake-excel/workbook-api";

const useStyles = makeStyles({
  card: { width: "300px" },
  svg: { width: "100%", height: "120px", display: "block" },
});

const COLORS = ["#0f6cbd", "#c50f1f", "#e9835e", "#107c10"];
const W = 280;
const H = 110;

/** Numbers of a series address such as "Analyse!C5:C64", read from the simulated workbook. */
function seriesValues(model: FakeWorkbookModel, ref: string | null): number[] {
  if (!ref || ref.startsWith("#")) return [];
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  try {
    return model
      .getSheet(sheet)
      .getValues(ref.slice(bang + 1))
      .flat()
      .map((v) => (typeof v === "number" ? v : Number.NaN));
  } catch {
    return [];
  }
}

/** A rough picture of an add-in chart: column series as bars, line series as lines. */
export function ChartPreview({ chart, model }: { chart: ChartInfo; model: FakeWorkbookModel }) {
  const s = useStyles();
  const series = chart.series.map((x) => ({ info: x, values: seriesValues(model, x.values) }));
  const n = Math.max(1, ...series.map((x) => x.values.length));
  const max = (group: string) =>
    Math.max(
      1e-12,
      ...series
        .filter((x) => x.info.axisGroup === group)
        .flatMap((x) => x.values.filter(Number.isFinite))
    );
  const isLine = (t: string) => /line/i.test(t || chart.type) && !/column|bar/i.test(t);
  const bars = series.filter((x) => !isLine(x.info.chartType));
  const slot = (0.8 * W) / n / Math.max(1, bars.length);
  return (
    <Card className={s.card} data-testid="pg-chart">
      <Text weight="semibold">{chart.title ?? chart.name}</Text>
      <svg
        className={s.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={chart.title ?? chart.name}
      >
        {series.map(({ info, values }, i) => {
          const top = max(info.axisGroup);
          const color = info.fillColor ?? info.lineColor ?? COLORS[i % COLORS.length];
          const x = (k: number) => (W * (k + 0.5)) / n;
          const y = (v: number) => H - (H * v) / top;
          if (isLine(info.chartType))
            return (
              <polyline
                key={i}
                fill="none"
                stroke={color}
                strokeWidth={2}
                points={values.map((v, k) => `${x(k)},${y(Number.isFinite(v) ? v : 0)}`).join(" ")}
              />
            );
          // Column series side by side within each category.
          const offset = bars.findIndex((b) => b.info === info);
          return values.map((v, k) => (
            <rect
              key={`${i}-${k}`}
              x={x(k) - (0.4 * W) / n + offset * slot}
              width={slot}
              y={y(Math.max(0, v || 0))}
              height={H - y(Math.max(0, v || 0))}
              fill={info.pointColors[k] ?? color}
            />
          ));
        })}
      </svg>
      <Text size={200}>
        {chart.type} · {chart.series.map((x) => x.name).join(", ")}
      </Text>
    </Card>
  );
}
