// The time axis in the pane's flows, against the real Excel layer on the fake Excel host: the
// period rule applied by Refresh to next month's data, the run record kept after every write and
// compared with on the next run.
import { analyze } from "../../src/core/analyze";
import { monthLabel } from "../../src/core/time/months";
import { XYZ_LETTERS } from "../../src/core/time/xyz";
import { createExcelApi } from "../../src/excel";
import type { ExcelApi } from "../../src/excel/api";
import type { PeriodRule, RunSettings, SourceData } from "../../src/excel/types";
import { analysisRequest, toAnalysisOptions } from "../../src/taskpane/logic/source";
import {
  lastRunRecord,
  planOutput,
  refreshRun,
  saveRunRecordOf,
  storedRunAfter,
  writeOutput,
  type RefreshSteps,
} from "../../src/taskpane/state/flows";
import { DEFAULT_KAM } from "../../src/taskpane/state/kam";
import { DEFAULT_SETTINGS, refreshSettings } from "../../src/taskpane/state/settings";
import { installHost, uninstallHost } from "../excel/fakeHost";

afterEach(uninstallHost);

const KAM = { includeB: false, extraKeys: [], roadmap: false };

/** Monthly revenue per customer: one invoice per customer and month of 2025, German dates. */
const YEAR: Record<string, number> = { Alpha: 1000, Beta: 300, Gamma: 100, Delta: 50, Epsilon: 20 };

function invoices(months: string[], amounts: Record<string, number>): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const m of months) {
    const [year, month] = m.split("-");
    for (const [name, amount] of Object.entries(amounts))
      rows.push([name, `15.${month}.${year}`, amount]);
  }
  return rows;
}

const months2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);

const runOf = (period: PeriodRule): RunSettings => ({
  method: "fixed",
  thresholds: [80, 95],
  strict: false,
  visibleOnly: false,
  period,
});

/** The analysis as the pane asks the worker for it (same request, same options). */
const analyzeAsPane = (
  source: SourceData,
  run: RunSettings,
  lastRun: Parameters<typeof analysisRequest>[3]
) => analyze(source.grid, toAnalysisOptions(analysisRequest(run, source, "en", lastRun)));

/** A first analysis of 2025 with its class columns written: the run and its record are kept. */
async function firstRun(api: ExcelApi, period: PeriodRule, xyzLimits?: [number, number]) {
  const source = await api.readSource({});
  const run = xyzLimits ? { ...runOf(period), xyzLimits } : runOf(period);
  const result = analyzeAsPane(source, run, null);
  const input = { source, result, run, kam: KAM };
  const report = await writeOutput(api, "columns", input, "en");
  const stored = storedRunAfter(null, "columns", report, input, "en", new Date("2026-01-05"));
  await api.saveRun(stored);
  await saveRunRecordOf(api, result, new Date("2026-01-05T09:00:00Z"));
  return { source, result, stored };
}

function steps(): RefreshSteps & { results: ReturnType<typeof analyze>[] } {
  const results: ReturnType<typeof analyze>[] = [];
  return {
    results,
    lang: "en",
    kam: DEFAULT_KAM,
    onSource: (_source, stored) => stored.settings,
    analyze: async (source, run, lastRun) => {
      const r = analyzeAsPane(source, run, lastRun);
      results.push(r);
      return r;
    },
    isCurrent: () => true,
  };
}

function install(rows: (string | number)[][]) {
  return installHost({
    sheets: { Rechnungen: [["Kunde", "Rechnungsdatum", "Umsatz"], ...rows] },
    selection: "Rechnungen!A1",
  });
}

describe("the run record between runs", () => {
  test("is kept after a write: period, classes and XYZ per customer", async () => {
    install(invoices(months2025, YEAR));
    const api = createExcelApi();
    const { result } = await firstRun(api, { kind: "latest", months: 12 });
    const record = await api.loadRunRecord();
    expect(record).toMatchObject({ date: "2026-01-05", from: "2025-01", to: "2025-12" });
    expect(record!.customers.map((c) => `${c.key} ${c.class}${c.xyz}`)).toEqual([
      // 12,000 and 3,600 of 17,640: Beta starts at 68.0 % (A), Gamma at 88.4 % (B), Delta at 95.2 %
      "alpha AX",
      "beta AX",
      "gamma BX",
      "delta CX",
      "epsilon CX",
    ]);
    expect(record!.customers[0].revenue).toBe(12000);
    expect(result.time!.period.months).toBe(12);
  });

  test("Refresh next month: the latest 12 months of the new data, class moves since the last run", async () => {
    const host = install(invoices(months2025, YEAR));
    const api = createExcelApi();
    await firstRun(api, { kind: "latest", months: 12 });
    // January 2026: Gamma wins a large order, Epsilon buys nothing more.
    const jan = invoices(["2026-01"], { Alpha: 1000, Beta: 300, Gamma: 9000, Delta: 50 });
    host.workbook.getSheet("Rechnungen").setValues(`A62:C65`, jan);
    const s = steps();
    const outcome = await refreshRun(api, null, s);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const time = outcome.result.time!;
    expect([monthLabel(time.period.from), monthLabel(time.period.to)]).toEqual([
      "2025-02",
      "2026-01",
    ]);
    // Feb 2025 - Jan 2026: Alpha 12,000, Gamma 10,100, Beta 3,600 of 26,520: Beta starts at 83.3 %.
    expect(outcome.changes.classMoves).toEqual([
      { from: "A", to: "B", count: 1 },
      { from: "B", to: "A", count: 1 },
    ]);
    // Largest revenue change first: Gamma +8,900, Beta ±0.
    expect(outcome.changes.movers!.map((m) => `${m.name} ${m.from}>${m.to}`)).toEqual([
      "Gamma B>A",
      "Beta A>B",
    ]);
    expect(outcome.changes.moverCount).toBe(2);
    // The record now is this run's: the next refresh compares with it.
    expect((await api.loadRunRecord())!.to).toBe("2026-01");
  });

  test("the new data holds only the new month: customers not in it are lost since the last run", async () => {
    const host = install(invoices(months2025, YEAR));
    const api = createExcelApi();
    await firstRun(api, { kind: "latest", months: 12 });
    const sheet = host.workbook.getSheet("Rechnungen");
    sheet.setValues(
      "A2:C61",
      Array.from({ length: 60 }, () => ["", "", ""])
    );
    sheet.setValues("A2:C3", invoices(["2026-01"], { Alpha: 1000, Beta: 900 }));
    const outcome = await refreshRun(api, null, steps());
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    // Alpha and Beta stay A (Beta starts at 52.6 %); Gamma (B), Delta and Epsilon (C) are gone.
    expect(outcome.changes.classMoves).toEqual([
      { from: "B", to: "lost", count: 1 },
      { from: "C", to: "lost", count: 2 },
    ]);
    // Customers only in the record are named by their key.
    expect(
      outcome.changes.movers!.filter((m) => m.direction === "lost").map((m) => m.name)
    ).toEqual(["gamma", "delta", "epsilon"]);
  });

  test("a fixed period stays as chosen when Refresh finds a new month", async () => {
    const host = install(invoices(months2025, YEAR));
    const api = createExcelApi();
    await firstRun(api, { kind: "fixed", from: "2025-01", to: "2025-12" });
    host.workbook.getSheet("Rechnungen").setValues("A62:C62", [["Gamma", "15.01.2026", 9000]]);
    const s = steps();
    const outcome = await refreshRun(api, null, s);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const time = outcome.result.time!;
    expect([monthLabel(time.period.from), monthLabel(time.period.to)]).toEqual([
      "2025-01",
      "2025-12",
    ]);
    expect(outcome.stored.settings.period).toEqual({
      kind: "fixed",
      from: "2025-01",
      to: "2025-12",
    });
    expect(outcome.changes.classMoves).toEqual([]);
  });

  test("chosen XYZ limits are stored with the run and used by Refresh next month", async () => {
    // Zeta buys in every other month: CV 1.0, Y under the default limits, Z when Y ends at 0.8.
    const odd = months2025.filter((_, i) => i % 2 === 0);
    const host = install([...invoices(months2025, YEAR), ...invoices(odd, { Zeta: 200 })]);
    const api = createExcelApi();
    const first = await firstRun(api, { kind: "latest", months: 12 }, [0.5, 0.8]);
    const xyzOf = (result: ReturnType<typeof analyze>, name: string) =>
      XYZ_LETTERS[result.time!.xyz[result.customers.names.indexOf(name)]];
    expect(xyzOf(first.result, "Zeta")).toBe("Z");
    expect((await api.loadRun())!.settings.xyzLimits).toEqual([0.5, 0.8]);
    // January 2026: Zeta buys again, so Feb 2025 - Jan 2026 holds 6 of its months (CV 1.0).
    const jan = invoices(["2026-01"], { Alpha: 1000, Beta: 300, Gamma: 100, Delta: 50, Zeta: 200 });
    host.workbook.getSheet("Rechnungen").setValues("A68:C72", jan);
    const outcome = await refreshRun(api, null, {
      ...steps(),
      // As the pane does: the stored settings through the pane's fields and back.
      onSource: (_source, stored) => refreshSettings(stored.settings, DEFAULT_SETTINGS).run,
    });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(monthLabel(outcome.result.time!.period.to)).toBe("2026-01");
    expect(outcome.result.time!.xyzLimits).toEqual([0.5, 0.8]);
    expect(xyzOf(outcome.result, "Zeta")).toBe("Z");
    expect(outcome.result.time!.cv[outcome.result.customers.names.indexOf("Zeta")]).toBeCloseTo(
      1,
      12
    );
    expect(outcome.stored.settings.xyzLimits).toEqual([0.5, 0.8]);
  });

  test("a first analysis compares with the record only when the stored run is of this source", async () => {
    install(invoices(months2025, YEAR));
    const api = createExcelApi();
    const { source, stored } = await firstRun(api, { kind: "latest", months: 12 });
    expect(await lastRunRecord(api, stored, source)).not.toBeNull();
    const other = { ...source, ref: { ...source.ref, sheet: "Andere", address: "Andere!A1:C9" } };
    expect(await lastRunRecord(api, stored, other)).toBeNull();
    expect(await lastRunRecord(api, null, source)).toBeNull();
  });

  test("the XYZ and growth columns option goes to the class-columns writer and is stored with the run", async () => {
    install(invoices(months2025, YEAR));
    const api = createExcelApi();
    const seen: unknown[] = [];
    const spy: ExcelApi = {
      ...api,
      writeClassColumns: (...args) => (seen.push(args[4]), api.writeClassColumns(...args)),
    };
    const source = await api.readSource({});
    const run = { ...runOf({ kind: "latest", months: 12 }), timeColumns: true };
    const result = analyzeAsPane(source, run, null);
    const input = { source, result, run, kam: KAM };
    const report = await writeOutput(spy, "columns", input, "en");
    expect(seen).toEqual([{ timeColumns: true }]);
    expect(storedRunAfter(null, "columns", report, input, "en").settings.timeColumns).toBe(true);
  });

  test("the plan before writing the class columns names the XYZ and growth columns the write makes", async () => {
    install(invoices(months2025, YEAR));
    const api = createExcelApi();
    const seen: unknown[] = [];
    const spy: ExcelApi = {
      ...api,
      planClassColumns: (...args) => (seen.push(args[2]), api.planClassColumns(...args)),
    };
    const source = await api.readSource({});
    const run = { ...runOf({ kind: "latest", months: 12 }), timeColumns: true };
    const input = { source, result: analyzeAsPane(source, run, null), run, kam: KAM };
    await planOutput(spy, "columns", input, "en");
    await planOutput(spy, "columns", { ...input, run: { ...run, timeColumns: false } }, "en");
    expect(seen).toEqual([{ timeColumns: true }, { timeColumns: false }]);
  });
});
