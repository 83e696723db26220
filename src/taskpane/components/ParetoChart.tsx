import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AnalysisResult } from "../../core/analyze";
import { formatPercent } from "../../core/i18n/format";
import type { AbcClass } from "../../core/types";
import { useLang } from "../i18n/LangContext";
import { chartBars } from "../logic/results";

export const CLASS_COLORS: Record<AbcClass, string> = {
  A: tokens.colorBrandBackground,
  B: tokens.colorPaletteMarigoldBorderActive,
  C: tokens.colorNeutralStrokeAccessible,
};

// Drawn 1:1 at the pane's usual width (a 320 px pane leaves about 296 px), so font sizes are pixels.
const W = 300;
const H = 180;
const PAD = { left: 4, right: 36, top: 20, bottom: 20 };
const LABEL = 11;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    margin: "0",
    padding: "0",
    listStyleType: "none",
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
  },
});

/** Runs of bars of one class: where each zone starts and ends (bar indexes, end exclusive). */
function zonesOf(bars: { cls: AbcClass }[]): { cls: AbcClass; start: number; end: number }[] {
  const zones: { cls: AbcClass; start: number; end: number }[] = [];
  bars.forEach((b, i) => {
    const last = zones[zones.length - 1];
    if (last && last.cls === b.cls) last.end = i + 1;
    else zones.push({ cls: b.cls, start: i, end: i + 1 });
  });
  return zones;
}

/**
 * Bars of revenue share in rank order and the cumulative line, drawn as inline SVG: the A/B/C
 * zones shaded with their customer counts, lines where the classes end, labels at 11 px.
 */
export function ParetoChart({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const id = useId();
  const { bars, groupSize } = chartBars(result);
  const { summary } = result;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / bars.length;
  const x = (i: number) => PAD.left + step * i;
  const y = (fraction: number) => PAD.top + plotH * (1 - fraction);
  const line = bars.map((b, i) => `${x(i + 1).toFixed(1)},${y(b.cumulative).toFixed(1)}`).join(" ");
  const c = summary.classes;
  const zones = zonesOf(bars);
  const alt = t("chartAlt", {
    total: summary.customers,
    a: c.A.count,
    b: c.B.count,
    c: c.C.count,
    aShare: formatPercent(c.A.share, lang),
    bShare: formatPercent(c.B.share, lang),
    cShare: formatPercent(c.C.share, lang),
    n: summary.n80,
  });
  const axisText = tokens.colorNeutralForeground2;
  // Where A and B end on the cumulative line: the class limits as the data reached them.
  const limits = zones.slice(0, -1).map((z) => bars[z.end - 1].cumulative);
  return (
    <figure style={{ margin: 0 }} data-testid="pareto-chart">
      <svg
        className={s.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{t("chartHeading")}</title>
        <desc id={`${id}-d`}>{alt}</desc>
        {zones.map((z) => (
          <g key={`${z.cls}${z.start}`} data-zone={z.cls}>
            <rect
              x={x(z.start)}
              y={PAD.top}
              width={x(z.end) - x(z.start)}
              height={plotH}
              fill={CLASS_COLORS[z.cls]}
              fillOpacity={0.14}
            />
            {x(z.end) - x(z.start) >= 22 && (
              <text
                x={(x(z.start) + x(z.end)) / 2}
                y={PAD.top - 6}
                fontSize={LABEL}
                fontWeight={600}
                textAnchor="middle"
                fill={axisText}
              >
                {`${z.cls} · ${c[z.cls].count}`}
              </text>
            )}
            {z.start > 0 && (
              <line
                x1={x(z.start)}
                x2={x(z.start)}
                y1={PAD.top}
                y2={PAD.top + plotH}
                stroke={tokens.colorNeutralStroke1}
                strokeWidth={1}
              />
            )}
          </g>
        ))}
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(f)}
              y2={y(f)}
              stroke={tokens.colorNeutralStroke2}
              strokeWidth={f === 0 ? 1 : 0.6}
            />
            <text x={W - PAD.right + 4} y={y(f) + 4} fontSize={LABEL} fill={axisText}>
              {formatPercent(f, lang, 0)}
            </text>
          </g>
        ))}
        {limits.map((f, i) => (
          <g key={`limit${i}`}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(f)}
              y2={y(f)}
              stroke={tokens.colorNeutralForeground3}
              strokeDasharray="4 3"
              strokeWidth={1}
            />
            {/* A limit close to 100 % would sit on the axis label; B's is then left out. */}
            {Math.abs(f - 1) > 0.06 && Math.abs(f - 0.5) > 0.06 && (
              <text x={W - PAD.right + 4} y={y(f) + 4} fontSize={LABEL} fill={axisText}>
                {formatPercent(f, lang, 0)}
              </text>
            )}
          </g>
        ))}
        {bars.map((b, i) => {
          // Bars and line share one percent axis, so a bar's height reads as its share of revenue.
          const h = plotH * b.share;
          return (
            <rect
              key={i}
              x={x(i) + step * 0.1}
              y={PAD.top + plotH - h}
              width={Math.max(0.5, step * 0.8)}
              height={h}
              fill={CLASS_COLORS[b.cls]}
            />
          );
        })}
        <polyline
          points={`${PAD.left},${y(0)} ${line}`}
          fill="none"
          stroke={tokens.colorPaletteRedForeground1}
          strokeWidth={2}
        />
        <text x={PAD.left} y={H - 5} fontSize={LABEL} fill={axisText}>
          {t("chartAxisCustomers")}
        </text>
      </svg>
      <ul className={s.legend} aria-hidden="true">
        {(["A", "B", "C"] as const).map((k) => (
          <li key={k}>
            <span className={s.swatch} style={{ background: CLASS_COLORS[k] }} />
            {k}
          </li>
        ))}
        <li>
          <span
            className={s.swatch}
            style={{ background: tokens.colorPaletteRedForeground1, height: "3px" }}
          />
          {t("legendCumulative")}
        </li>
      </ul>
      {groupSize > 1 && <Text size={200}>{t("chartGrouped", { size: groupSize })}</Text>}
    </figure>
  );
}
