// The time axis as the pane shows it: period, matrix, movers, period rule → analysis options.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { runChanges, runFigures } from "../../src/core/run/changes";
import { monthIndex } from "../../src/core/time/months";
import { runRecordOf } from "../../src/core/time/runRecordOf";
import type { Language } from "../../src/core/types";
import { ChangesCard } from "../../src/taskpane/components/ChangesCard";
import { TimeSection } from "../../src/taskpane/components/TimeSection";
import { LangProvider, langValue } from "../../src/taskpane/i18n/LangContext";
import { fixedPeriod, monthChoices, timeOptionsOf } from "../../src/taskpane/logic/period";
import { largestMovers, matrixRows, periodTexts } from "../../src/taskpane/logic/timeResults";
import {
  DEFAULT_SETTINGS,
  fromRunSettings,
  toRunSettings,
} from "../../src/taskpane/state/settings";

/**
 * 24 months (2024-2025): Alpha steady, Beta grows into A in 2025, Gamma erratic, Delta leaves.
 * 2024: Alpha 12,000, Delta 4,800, Gamma 900, Beta 600 of 18,300 (A A B C);
 * 2025: Alpha 12,000, Beta 10,800, Gamma 900 of 23,700 (A A C, Gamma starts at 96.2 %).
 */
function grid() {
  const rows: (string | number)[][] = [["Kunde", "Datum", "Umsatz"]];
  for (let y = 2024; y <= 2025; y++)
    for (let m = 1; m <= 12; m++) {
      const d = `15.${String(m).padStart(2, "0")}.${y}`;
      rows.push(["Alpha", d, 1000]);
      rows.push(["Beta", d, y === 2024 ? 50 : 900]);
      if (m % 4 === 0) rows.push(["Gamma", d, 300]);
      if (y === 2024) rows.push(["Delta", d, 400]);
    }
  return rows;
}

const result = analyze(grid());
const time = result.time!;

describe("period rule", () => {
  const run = toRunSettings(DEFAULT_SETTINGS)!;

  it("is the latest 12 months by default, stored with the run and read back", () => {
    expect(run.period).toEqual({ kind: "latest", months: 12 });
    expect(timeOptionsOf(run)).toEqual({});
    expect(fromRunSettings({ ...run, period: undefined }).period).toEqual({
      kind: "latest",
      months: 12,
    });
    const fixed = fixedPeriod("2025-06", "2025-01");
    expect(fixed).toEqual({ kind: "fixed", from: "2025-01", to: "2025-06" });
    expect(fromRunSettings({ ...run, period: fixed }).period).toEqual(fixed);
  });

  it("maps to the core's time options: months of a fixed range, the length of a latest rule", () => {
    expect(timeOptionsOf({ ...run, period: fixedPeriod("2025-01", "2025-06") })).toEqual({
      period: { from: monthIndex(2025, 1), to: monthIndex(2025, 6) },
    });
    expect(timeOptionsOf({ ...run, period: { kind: "latest", months: 6 } })).toEqual({
      latestMonths: 6,
    });
    const record = runRecordOf(result, "2026-01-05");
    expect(timeOptionsOf({ ...run, xyzLimits: [0.4, 0.9] }, record)).toEqual({
      xyzLimits: [0.4, 0.9],
      lastRun: record,
    });
  });

  it("offers the months the data holds", () => {
    const months = monthChoices(time.dataFrom, time.dataTo);
    expect(months).toHaveLength(24);
    expect([months[0], months[23]]).toEqual(["2024-01", "2025-12"]);
  });
});

describe("results of the time axis", () => {
  it("name the period and what it is compared with, in both languages", () => {
    expect(periodTexts(time, "en")).toEqual({
      period: "Jan 2025 to Dec 2025 (12 months)",
      base: "Compared with Jan 2024 to Dec 2024.",
    });
    expect(periodTexts(time, "de").period).toBe("Jan 2025 bis Dez 2025 (12 Monate)");
  });

  it("fill the matrix with counts and revenue shares, each cell with its meaning", () => {
    const rows = matrixRows(time, "de");
    expect(rows.map((r) => r.cls)).toEqual(["A", "B", "C"]);
    // 2025: Alpha 12,000 and Beta 10,800 steady (A X), Gamma 900 every fourth month (C Z).
    expect(rows[0].cells[0]).toMatchObject({ cell: "AX", count: 2, text: "2 · 96,2\u00a0%" });
    expect(rows[0].cells[0].meaning).toBe("Groß und stetig: sichern und ausbauen.");
    expect(rows[2].cells[2]).toMatchObject({ cell: "CZ", count: 1, text: "1 · 3,8\u00a0%" });
    expect(rows.flatMap((r) => r.cells).reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it("list the largest movers up and down against the previous period", () => {
    const movers = largestMovers(result, "en")!;
    expect(movers.since).toBe("Against Jan 2024 to Dec 2024:");
    expect(movers.up).toEqual([{ name: "Beta", text: "C → A, +10,200.00" }]);
    expect(movers.down).toEqual([
      { name: "Delta", text: "A → lost, −4,800.00" },
      { name: "Gamma", text: "B → C, ±0.00" },
    ]);
  });

  it("are absent without dates: no time section at all", () => {
    const plain = analyze([
      ["Kunde", "Umsatz"],
      ["A", 1],
      ["B", 2],
    ]);
    expect(largestMovers(plain, "en")).toBeNull();
    const html = render(
      "en",
      <TimeSection
        result={plain}
        period={DEFAULT_SETTINGS.period}
        onPeriod={() => undefined}
        xyzLimits={DEFAULT_SETTINGS.xyzLimits}
        onXyzLimits={() => undefined}
      />
    );
    expect(html).not.toContain('data-testid="time"');
  });
});

function render(lang: Language, node: React.ReactElement): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={langValue(lang)}>{node}</LangProvider>
    </FluentProvider>
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each<[Language, string, string]>([
  ["en", "ABC-XYZ matrix", "Latest 12 months"],
  ["de", "ABC-XYZ-Matrix", "Letzte 12 Monate"],
])("time section in %s", (lang, matrix, latest) => {
  it("shows period, choice, the matrix as a table and the movers, without placeholders", () => {
    const html = render(
      lang,
      <TimeSection
        result={result}
        period={DEFAULT_SETTINGS.period}
        onPeriod={() => undefined}
        xyzLimits={DEFAULT_SETTINGS.xyzLimits}
        onXyzLimits={() => undefined}
      />
    );
    expect(text(html)).toContain(matrix);
    expect(text(html)).toContain(latest);
    expect(html).toContain("<table");
    expect(html).toContain("<caption");
    expect(html.match(/data-testid="cell-[ABC][XYZ]"/g)).toHaveLength(9);
    expect(html.match(/tabindex="0"/g)?.length).toBeGreaterThanOrEqual(9);
    expect(text(html)).toContain("Beta");
    expect(text(html)).not.toMatch(/\{\w+\}/);
  });

  it("the changes card lists class moves since the last run and who moved", () => {
    const lastYear = analyze(grid(), {
      time: { period: { from: monthIndex(2024, 1), to: monthIndex(2024, 12) } },
    });
    const record = runRecordOf(lastYear, "2025-01-05");
    const now = analyze(grid(), { time: { lastRun: record } });
    const changes = runChanges(runFigures(lastYear), runFigures(now), [], now);
    expect(changes.classMoves).toEqual([
      { from: "A", to: "lost", count: 1 },
      { from: "B", to: "C", count: 1 },
      { from: "C", to: "A", count: 1 },
    ]);
    const html = render(
      lang,
      <ChangesCard changes={changes} links={[]} onGoTo={() => undefined} />
    );
    expect(text(html)).toContain(
      lang === "en" ? "since the last run (2025-01-05)" : "seit dem letzten Lauf (05.01.2025)"
    );
    expect(text(html)).toContain(lang === "en" ? "A → lost: 1" : "A → weggefallen: 1");
    expect(text(html)).toContain("Beta C → A");
  });
});
