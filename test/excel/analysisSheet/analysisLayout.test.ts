import { analyze } from "../../../src/core/analyze";
import {
  ABC_CHART_BOX,
  CHART_COLUMN_COUNT,
  CHART_COLUMN_WIDTH,
  NEXT_CHART_TOP,
  PARETO_CHART_BOX,
  PARETO_TOP,
  RANKED_LEFT,
  SUMMARY_COLUMN_WIDTHS,
  SUMMARY_ROWS,
  analysisLayout,
  paretoLimits,
  paretoPoints,
  rankedBlock,
  rankedRowBytes,
} from "../../../src/excel/analysisSheet/analysisLayout";
import { TEXT_FORMAT } from "../../../src/excel/host/safeText";

function gridOf(n: number): (string | number)[][] {
  const g: (string | number)[][] = [["Customer", "Revenue"]];
  for (let i = 0; i < n; i++) g.push([`C${i + 1}`, 1000 - i * 7]);
  return g;
}

const facts = { sourceAddress: "Daten!A1:B41", ranAt: new Date(Date.UTC(2025, 0, 2, 10, 30)) };

describe("analysis sheet layout", () => {
  test("charts of about 570 × 360 px right beside the summary, the ranked table right of them", () => {
    const px = (pt: number) => pt / 0.75;
    const summaryWidth = SUMMARY_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    for (const box of [PARETO_CHART_BOX, ABC_CHART_BOX]) {
      expect(px(box.width)).toBeGreaterThanOrEqual(560);
      expect(px(box.height)).toBe(360);
      expect(box.left).toBeGreaterThan(summaryWidth);
      expect(box.left - summaryWidth).toBeLessThanOrEqual(10);
    }
    // A laptop (1366 px, pane 350 px, row headers and scroll bar ~45 px) shows ~970 px of grid
    // and 25 rows of 20 px: the Pareto chart is in view when the sheet opens at 100 %.
    expect(px(PARETO_CHART_BOX.left + PARETO_CHART_BOX.width)).toBeLessThanOrEqual(975);
    expect(px(PARETO_CHART_BOX.top + PARETO_CHART_BOX.height)).toBeLessThanOrEqual(25 * 20);
    // Stacked without overlap; a further chart (the time axis's monthly chart) goes below.
    expect(ABC_CHART_BOX.top).toBeGreaterThan(PARETO_CHART_BOX.top + PARETO_CHART_BOX.height);
    expect(NEXT_CHART_TOP).toBeGreaterThan(ABC_CHART_BOX.top + ABC_CHART_BOX.height);
    // The columns under the charts are together wider than a chart: the ranked table (from N)
    // starts right of them.
    expect(summaryWidth + CHART_COLUMN_COUNT * CHART_COLUMN_WIDTH).toBeGreaterThan(
      PARETO_CHART_BOX.left + PARETO_CHART_BOX.width
    );
    expect(RANKED_LEFT).toBe(SUMMARY_COLUMN_WIDTHS.length + CHART_COLUMN_COUNT);
  });

  test("few customers: every one is a Pareto point", () => {
    const result = analyze(gridOf(5));
    const points = paretoPoints(result, "en");
    // Ranks on the category axis, not 30 long names.
    expect(points.map((p) => p.category)).toEqual([1, 2, 3, 4, 5]);
    expect(points[4].cumulative).toBeCloseTo(1);
  });

  test("many customers: top 30 and one Other column with the rest", () => {
    const result = analyze(gridOf(40));
    const points = paretoPoints(result, "de");
    expect(points).toHaveLength(PARETO_TOP + 1);
    expect(points[PARETO_TOP - 1].category).toBe(PARETO_TOP);
    expect(points[PARETO_TOP].category).toBe("Übrige (10)");
    const rest = Array.from(result.ranking.value.slice(PARETO_TOP)).reduce((a, b) => a + b, 0);
    expect(points[PARETO_TOP].value).toBeCloseTo(rest);
    expect(points[PARETO_TOP].cumulative).toBeCloseTo(1);
  });

  test("reference lines: fixed thresholds, or the cumulative share at the boundaries", () => {
    const fixed = analyze(gridOf(40), { method: "fixed", thresholds: [70, 90] });
    expect(paretoLimits(fixed)).toEqual([0.7, 0.9]);
    const count = analyze(gridOf(40), { method: "count", thresholds: [20, 50] });
    const cum = count.ranking.cumulativeShare;
    expect(paretoLimits(count)).toEqual([cum[count.aCount - 1], cum[count.bCount - 1]]);
  });

  test("summary block, class table and chart ranges", () => {
    const result = analyze(gridOf(40));
    const layout = analysisLayout(result, "ABC-Analyse", facts, "de");
    // Intl puts a no-break space before "%" in German.
    const v = layout.summary.values.map((row) =>
      row.map((c) => (typeof c === "string" ? c.replace(/\u00a0/g, " ") : c))
    );
    expect(v).toHaveLength(SUMMARY_ROWS);
    expect(v[0][0]).toBe("ABC-Analyse des Kundenumsatzes");
    expect(v[2]).toEqual(["Kunden", 40, "", "", ""]);
    expect(v[4][1]).toMatch(/^\d+ von 40 Kunden \(\d+,\d %\) machen 80 % des Umsatzes aus\.$/);
    expect(v[7][1]).toBe("Feste Grenzen: A bis 80,0 %, B bis 95,0 % des kumulierten Umsatzes");
    expect(v[8][1]).toBe("Daten!A1:B41");
    expect(v[11]).toEqual(["Klasse", "Kunden", "Kundenanteil", "Umsatz", "Umsatzanteil"]);
    expect(v[12][0]).toBe("A");
    expect(v[12][1]).toBe(result.summary.classes.A.count);
    // Text cells get the Text format, numbers their own.
    expect(layout.summary.formats[4][1]).toBe(TEXT_FORMAT);
    expect(layout.summary.formats[3][1]).toBe("#,##0.00");
    expect(layout.pareto.revenue.values).toBe("'ABC-Analyse'!$B$19:$B$49");
    expect(layout.pareto.revenue.xValues).toBe("'ABC-Analyse'!$A$19:$A$49");
    expect(layout.pareto.cumulative.values).toBe("'ABC-Analyse'!$C$19:$C$49");
    expect(layout.pareto.limitA.values).toBe("'ABC-Analyse'!$D$19:$D$49");
    expect(layout.pareto.limitA.name.replace(/\u00a0/g, " ")).toBe("A-Grenze (80,0 %)");
    expect(layout.abc.customers.values).toBe("'ABC-Analyse'!$C$13:$C$15");
    expect(layout.abc.revenue.values).toBe("'ABC-Analyse'!$E$13:$E$15");
    expect(layout.abc.revenue.xValues).toBe("'ABC-Analyse'!$A$13:$A$15");
    expect(layout.notes.map((n) => n.code)).toEqual(["XL_PARETO_OTHER"]);
  });

  test("a shorter chart data block leaves blanks that clear an older, longer one", () => {
    const layout = analysisLayout(analyze(gridOf(3)), "ABC Analysis", facts, "en");
    expect(layout.summary.values[18][0]).toBe(1);
    expect(layout.summary.values[21]).toEqual(["", "", "", "", ""]);
    expect(layout.pareto.revenue.values).toBe("'ABC Analysis'!$B$19:$B$21");
  });

  test("ranked rows keep names as text", () => {
    const result = analyze([
      ["Kunde", "Umsatz"],
      ["=SUM(1)", 10],
      ["+49 171", 5],
    ]);
    const block = rankedBlock(result, 0, 2);
    expect(block.values[0]).toEqual([1, "=SUM(1)", 10, 10 / 15, 10 / 15, "A"]);
    expect(block.formats[0][1]).toBe(TEXT_FORMAT);
    const json = Buffer.byteLength(JSON.stringify([block.values[0], block.formats[0]]));
    expect(rankedRowBytes(result, 0)).toBeGreaterThanOrEqual(json);
  });
});

describe("classes on contribution margin", () => {
  test("the summary says contribution margin where it would say revenue", () => {
    const grid: (string | number)[][] = [["Kunde", "Umsatz", "Deckungsbeitrag"]];
    for (let i = 0; i < 20; i++) grid.push([`K${i + 1}`, 2000 - i * 50, 500 - i * 20]);
    const result = analyze(grid, { valueColumn: "margin" });
    const layout = analysisLayout(result, "ABC-Analyse", facts, "de");
    const v = layout.summary.values.map((row) =>
      row.map((c) => (typeof c === "string" ? c.replace(/\u00a0/g, " ") : c))
    );
    expect(v[0][0]).toBe("ABC-Analyse des Deckungsbeitrags je Kunde");
    expect(v[3][0]).toBe("Deckungsbeitrag gesamt");
    expect(v[4][1]).toMatch(/machen 80 % des Deckungsbeitrags aus\.$/);
    expect(v[7][1]).toBe(
      "Feste Grenzen: A bis 80,0 %, B bis 95,0 % des kumulierten Deckungsbeitrags"
    );
    expect(v[11]).toEqual(["Klasse", "Kunden", "Kundenanteil", "Deckungsbeitrag", "DB-Anteil"]);
    expect(JSON.stringify(v)).not.toContain("Umsatz");
  });
});
