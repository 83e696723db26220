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

const W = 300;
const H = 150;
const PAD = { left: 6, right: 34, top: 8, bottom: 18 };

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

/** Bars of revenue share in rank order and the cumulative line, drawn as inline SVG. */
export function ParetoChart({ result }: { result: AnalysisResult }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const id = useId();
  const { bars, groupSize } = chartBars(result);
  const { summary } = result;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / bars.length;
  const y = (fraction: number) => PAD.top + plotH * (1 - fraction);
  const line = bars
    .map((b, i) => `${(PAD.left + step * (i + 1)).toFixed(1)},${y(b.cumulative).toFixed(1)}`)
    .join(" ");
  const c = summary.classes;
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
  const axisText = tokens.colorNeutralForeground3;
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
        {[0, 0.5, 0.8, 1].map((f) => (
          <g key={f}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(f)}
              y2={y(f)}
              stroke={tokens.colorNeutralStroke2}
              strokeDasharray={f === 0.8 ? "4 3" : undefined}
              strokeWidth={f === 0 ? 1 : 0.6}
            />
            <text x={W - PAD.right + 4} y={y(f) + 3} fontSize="9" fill={axisText}>
              {formatPercent(f, lang, 0)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          // Bars and line share one percent axis, so a bar's height reads as its share of revenue.
          const h = plotH * b.share;
          return (
            <rect
              key={i}
              x={PAD.left + step * i + step * 0.1}
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
        <text x={PAD.left} y={H - 4} fontSize="9" fill={axisText}>
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
