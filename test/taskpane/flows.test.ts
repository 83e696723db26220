// The pane's flows without React, against the real Excel layer on the fake Excel host.
import { createExcelApi } from "../../src/excel";
import type { RunSettings, SourceData, StoredRun } from "../../src/excel/types";
import { DEFAULT_KAM } from "../../src/taskpane/state/kam";
import { onePagerChoices, storedRunWithOnePager } from "../../src/taskpane/state/onePager";
import {
  outputKinds,
  refreshRun,
  storedRunAfter,
  writeOutput,
  type ActionKind,
  type RefreshSteps,
} from "../../src/taskpane/state/flows";
import {
  analyzeSource,
  customerRows,
  installHost,
  SETTINGS,
  uninstallHost,
} from "../excel/fakeHost";

afterEach(uninstallHost);

const KAM = { includeB: false, extraKeys: [], roadmap: false };

/** Runs every action as the pane does and stores the run after each. */
async function firstAnalysis() {
  const host = installHost({ sheets: { Daten: customerRows(40) }, selection: "Daten!B7" });
  const api = createExcelApi();
  const source = await api.readSource({});
  const result = analyzeSource(source);
  const input = { source, result, run: SETTINGS, kam: KAM };
  let stored: StoredRun | null = null;
  for (const kind of ["columns", "analysis", "kam"] as ActionKind[]) {
    const report = await writeOutput(api, kind, input, "de");
    stored = storedRunAfter(stored, kind, report, input, "de", new Date("2026-11-30T10:00:00Z"));
    await api.saveRun(stored);
  }
  return { host, api, result, stored: stored! };
}

function steps(over: Partial<RefreshSteps> = {}): RefreshSteps & { seen: SourceData[] } {
  const seen: SourceData[] = [];
  return {
    seen,
    lang: "en",
    kam: DEFAULT_KAM,
    onSource: (source, stored): RunSettings => (seen.push(source), stored.settings),
    analyze: async (source) => analyzeSource(source),
    isCurrent: () => true,
    ...over,
  };
}

describe("stored run", () => {
  test("keeps every output and the key figures of the run", async () => {
    const { api, result, stored } = await firstAnalysis();
    expect(outputKinds(stored)).toEqual(["columns", "analysis", "kam"]);
    expect(stored.figures).toEqual({
      customers: result.summary.customers,
      rowsUsed: result.summary.rowsUsed,
      total: result.summary.total,
      classes: {
        A: result.summary.classes.A.count,
        B: result.summary.classes.B.count,
        C: result.summary.classes.C.count,
      },
      n80: result.summary.n80,
    });
    const loaded = await api.loadRun();
    expect(loaded?.figures).toEqual(stored.figures);
    expect(loaded?.kam).toEqual({ includeB: false, extraKeys: [], roadmapCreated: false });
  });
});

describe("refreshRun", () => {
  test("grown data: rewrites every output and reports what changed since the stored figures", async () => {
    const { host, api, stored } = await firstAnalysis();
    host.workbook.getSheet("Daten").setValues("A42:B42", [["Neukunde AG", 250000]]);
    const s = steps();
    const outcome = await refreshRun(api, null, s);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(s.seen[0].grid).toHaveLength(42);
    expect(outcome.changes.customers).toEqual({
      before: stored.figures!.customers,
      after: stored.figures!.customers + 1,
    });
    expect(outcome.changes.classes!.A.after).toBe(outcome.result.summary.classes.A.count);
    // The new customer is the largest: a key account added by the KAM refresh.
    expect(outcome.changes.keyAccountsAdded).toBe(1);
    expect(outcome.report.lines.map((l) => l.code)).toContain("KAM_PLAN_DONE");
    const saved = await api.loadRun();
    expect(saved?.figures?.customers).toBe(stored.figures!.customers + 1);
    expect(saved?.ranAt).not.toBe(stored.ranAt);
    // Written in the language the outputs were created in (German), not the pane's (English).
    expect(host.workbook.sheetNames).toContain("ABC-Analyse");
  });

  test("no stored run: nothing to refresh", async () => {
    installHost({ sheets: { Daten: customerRows(10) }, selection: "Daten!A1" });
    expect((await refreshRun(createExcelApi(), null, steps())).kind).toBe("none");
  });

  test("stopped while analysing: nothing written, nothing stored", async () => {
    const { host, api, stored } = await firstAnalysis();
    host.workbook.getSheet("Daten").setValues("A42:B42", [["Neukunde AG", 250000]]);
    let current = true;
    const outcome = await refreshRun(
      api,
      null,
      steps({
        analyze: async (source) => ((current = false), analyzeSource(source)),
        isCurrent: () => current,
      })
    );
    expect(outcome.kind).toBe("stopped");
    expect((await api.loadRun())?.ranAt).toBe(stored.ranAt);
  });

  test("updates the one-pagers the run remembers and keeps what was typed on them", async () => {
    const { host, api, result, stored } = await firstAnalysis();
    const top = onePagerChoices(result, KAM)[0];
    const written = await api.writeOnePager(result, top.key, KAM, "de");
    await api.saveRun(storedRunWithOnePager(stored, top.key));
    const sheetName = written.touched[0].replace(/^'?(.*?)'?!.*$/, "$1");
    host.workbook.getSheet(sheetName).setValue(30, 1, "Gesprächsleitfaden");
    host.workbook.getSheet("Daten").setValues("A42:B42", [[top.name, 250000]]);
    const outcome = await refreshRun(api, null, steps());
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.report.lines.map((l) => l.code)).toContain("KAM_ONEPAGER_REFRESHED");
    expect(outcome.report.touched).toContain(written.touched[0]);
    const sheet = host.workbook.getSheet(sheetName);
    expect(sheet.getValue(30, 1)).toBe("Gesprächsleitfaden");
    const revenue =
      outcome.result.customers.revenue[outcome.result.customers.keys.indexOf(top.key)];
    expect(sheet.getValue(8, 1)).toBe(revenue);
    expect((await api.loadRun())?.onePagers).toEqual([top.key]);
  });
});
