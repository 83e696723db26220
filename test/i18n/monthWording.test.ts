// One wording of months on every face: the analysis sheet, the pane, the one-pager and the
// command line's text say the same month the same way in each language.
import { analyze } from "../../src/core/analyze";
import { onePagerLayout } from "../../src/core/kam";
import { monthIndex } from "../../src/core/time/months";
import type { Language } from "../../src/core/types";
import { tablePeriodPair } from "../../src/cli/outputTime";
import { timeLayout } from "../../src/excel/analysisSheet/timeLayout";
import { timeReasons } from "../../src/core/time/timeReasons";
import { translate as paneTranslate } from "../../src/taskpane/i18n/catalogue";
import { periodTexts } from "../../src/taskpane/logic/timeResults";
import { onePagerInputOf } from "../core/kam/helpers";

/** Two years of invoices (2024-2025) of two customers; the period is March 2025 to February 2026. */
function grid(): (string | number)[][] {
  const rows: (string | number)[][] = [["Kunde", "Datum", "Umsatz"]];
  for (let i = 0; i < 24; i++) {
    const m = monthIndex(2024, 3) + i;
    const date = `15.${String((m % 12) + 1).padStart(2, "0")}.${Math.floor(m / 12)}`;
    rows.push(["Alpha AG", date, 1000 + i], ["Beta KG", date, 100 + (i % 3) * 50]);
  }
  return rows;
}

const result = analyze(grid(), {
  method: "fixed",
  thresholds: [80, 95],
  time: { period: { from: monthIndex(2025, 3), to: monthIndex(2026, 2) } },
});

const WORDS: Record<Language, { from: string; to: string; before: string }> = {
  en: { from: "Mar 2025", to: "Feb 2026", before: "Mar 2024" },
  de: { from: "Mär 2025", to: "Feb 2026", before: "Mär 2024" },
};

describe.each(["de", "en"] as const)("months read the same on every face (%s)", (lang) => {
  const w = WORDS[lang];

  test("the analysis sheet's period lines", () => {
    const cells = timeLayout(result, "ABC", lang)!.block.values.flat().map(String);
    expect(cells).toContainEqual(expect.stringContaining(`${w.from} – ${w.to}`));
    expect(cells).toContainEqual(expect.stringContaining(w.before));
  });

  test("the pane's period line and its base", () => {
    const { period, base } = periodTexts(result.time!, lang);
    expect(period).toContain(w.from);
    expect(period).toContain(w.to);
    expect(base).toContain(w.before);
  });

  test("the command line's period line", () => {
    const [[, line]] = tablePeriodPair(result, lang);
    expect(line).toContain(w.from);
    expect(line).toContain(w.to);
    expect(line).toContain(w.before);
  });

  test("the one-pager's trend: its heading and its chart categories", () => {
    const layout = onePagerLayout(onePagerInputOf(result, lang));
    const texts = layout.cells.flat().flatMap((c) => (c.kind === "value" ? [String(c.value)] : []));
    const chart = layout.chart!;
    const category = (r: number) => layout.cells[r][chart.categories.left];
    expect(category(chart.categories.top)).toMatchObject({ value: w.from });
    expect(category(chart.categories.bottom)).toMatchObject({ value: w.to });
    expect(texts.join(" ")).toContain(w.from);
  });

  test("the reasons of a customer name the previous period the same way", () => {
    const reasons = timeReasons(result, 0)!;
    expect(paneTranslate(reasons.growth, lang)).toContain(`${w.before} `);
    expect(paneTranslate(reasons.previousClass, lang)).toContain(`${w.before} `);
  });
});
