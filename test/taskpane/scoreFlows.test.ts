// The score proposal in the pane's flows, against the real Excel layer on the fake Excel host: a
// confirmed choice writes its key accounts, is stored, and Refresh applies its rule again with
// the ratings typed in the KAM plan since.
import { analyze } from "../../src/core/analyze";
import { EXCEL_CATALOGUE } from "../../src/excel/catalogue";
import { createExcelApi } from "../../src/excel";
import type { ExcelApi } from "../../src/excel/api";
import type { Language } from "../../src/core/types";
import type { RunSettings, SourceData, StoredRun } from "../../src/excel/types";
import {
  DEFAULT_KAM,
  kamFromStored,
  kamOptionsOf,
  refreshKamOptions,
} from "../../src/taskpane/state/kam";
import { withScoreSettings } from "../../src/taskpane/state/scoreKeys";
import { refreshRun, storedRunAfter, writeOutput } from "../../src/taskpane/state/flows";
import { classRanks as abcProposal } from "../../src/core/kam/keyAccounts";
import { dataRatings, paneScore, proposalDifferences } from "../../src/taskpane/logic/score";
import { DEFAULT_SCORE_WEIGHTS, differenceReason, proposeByScore } from "../../src/core/score";
import { installHost, SETTINGS, uninstallHost } from "../excel/fakeHost";
import { tableGrid } from "../excel/kam/helpers";

afterEach(uninstallHost);

// Class A: Alpha, Beta, Gamma (80 % of 1,000). By score (revenue 30, margin 25, satisfaction 10
// of 65 present): Beta 90.8, Gamma 73.8, Delta 56.9, Alpha 53.8, Epsilon 36.2, Zeta 0.
const DATA = [
  ["Kunde", "Umsatz", "Deckungsbeitrag", "Zufriedenheit"],
  ["Alpha AG", 500, 20, 1],
  ["Beta KG", 200, 150, 5],
  ["Gamma GmbH", 100, 90, 5],
  ["Delta", 80, 70, 5],
  ["Epsilon", 70, 60, 4],
  ["Zeta", 50, 5, 1],
];
const TOP3 = { basis: "score", rule: { kind: "top", count: 3 } } as const;
const analyzeSource = (source: SourceData) => analyze(source.grid);

async function readData() {
  const host = installHost({ sheets: { Daten: DATA }, selection: "Daten!A1" });
  const api = createExcelApi();
  const source = await api.readSource({});
  return { host, api, source, result: analyzeSource(source) };
}

/** Refresh of the stored run, analysed as the pane does; the outcome must be "done". */
async function refresh(api: ExcelApi, lang: Language) {
  const outcome = await refreshRun(api, null, {
    lang,
    kam: DEFAULT_KAM,
    onSource: (_, stored) => stored.settings,
    analyze: async (s) => analyzeSource(s),
    isCurrent: () => true,
  });
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  return outcome;
}

const planNames = (host: ReturnType<typeof installHost>) =>
  tableGrid(host, "KAM_Plan").rows.map((r) => r[0]);

describe("the score proposal next to the ABC proposal", () => {
  test("lists where they differ and why, in score order", async () => {
    const { source, result } = await readData();
    const score = paneScore(result, dataRatings(result, source.grid), DEFAULT_SCORE_WEIGHTS, []);
    const byScore = proposeByScore(score, TOP3.rule);
    const byAbc = abcProposal(result, false);
    const names = (ranks: number[]) =>
      ranks.map((r) => result.customers.names[result.ranking.customer[r]]);
    expect(names(byScore)).toEqual(["Beta KG", "Gamma GmbH", "Delta"]);
    expect(names(byAbc)).toEqual(["Alpha AG", "Beta KG", "Gamma GmbH"]);
    const diff = proposalDifferences(result, score, byScore, byAbc);
    expect(diff.map((d) => differenceReason(d, 6, "de"))).toEqual([
      "Klasse B, aber Score 57 (Platz 3 von 6)",
      "Klasse A, aber nur Score 54 (Platz 4 von 6)",
    ]);
    expect(diff.map((d) => differenceReason(d, 6, "en"))[0]).toBe(
      "class B, but score 57 (place 3 of 6)"
    );
  });

  test("ratings typed in the KAM plan win over the data's rating column", async () => {
    const { source, result } = await readData();
    const delta = result.customers.keys.indexOf("delta");
    const rank = result.ranking.customer.indexOf(delta);
    const plan = [{ key: "delta", satisfaction: 1, potential: NaN }];
    expect(
      paneScore(result, dataRatings(result, source.grid), DEFAULT_SCORE_WEIGHTS, []).score[rank]
    ).toBeCloseTo(56.92, 2);
    expect(
      paneScore(result, dataRatings(result, source.grid), DEFAULT_SCORE_WEIGHTS, plan).score[rank]
    ).toBeCloseTo(41.54, 2);
  });
});

describe("a confirmed score proposal", () => {
  test("writes the score's key accounts and is stored with the KAM choices", async () => {
    const { host, api, source, result } = await readData();
    const input = {
      source,
      result,
      run: SETTINGS,
      kam: { includeB: false, extraKeys: [], roadmap: false, proposal: TOP3 },
    };
    const report = await writeOutput(api, "kam", input, "de");
    expect(planNames(host)).toEqual(["Beta KG", "Gamma GmbH", "Delta"]);
    expect(EXCEL_CATALOGUE.translate(report.lines[0], "de")).toBe(
      "3 Key Accounts ausgewählt (0 Klasse A, 0 Klasse B, 3 nach Score, 0 von Hand gewählt)."
    );
    const stored = storedRunAfter(null, "kam", report, input, "de");
    await api.saveRun(stored);
    const loaded = (await api.loadRun()) as StoredRun;
    expect(loaded.kam?.proposal).toEqual(TOP3);
    expect(kamFromStored(loaded, DEFAULT_KAM).proposal).toEqual(TOP3);
    expect(refreshKamOptions(loaded, DEFAULT_KAM).proposal).toEqual(TOP3);
  });

  test("Refresh applies the stored rule again, with the satisfaction typed in the plan since", async () => {
    const { host, api, source, result } = await readData();
    const run: RunSettings = { ...SETTINGS, scoreWeights: { ...DEFAULT_SCORE_WEIGHTS } };
    const input = {
      source,
      result,
      run,
      kam: { includeB: false, extraKeys: [], roadmap: false, proposal: TOP3 },
    };
    const report = await writeOutput(api, "kam", input, "de");
    await api.saveRun(storedRunAfter(null, "kam", report, input, "de"));
    // A manager rates Delta 1: it drops below Alpha AG (53.8) at the next refresh.
    const plan = tableGrid(host, "KAM_Plan");
    const row = plan.rows.findIndex((r) => r[0] === "Delta");
    plan.sheet.setValue(row + 1, plan.header.indexOf("Kundenzufriedenheit (1-5)"), 1);
    const outcome = await refresh(api, "de");
    const after = tableGrid(host, "KAM_Plan");
    const change = after.header.indexOf("Veränderung");
    const byName = new Map(after.rows.map((r) => [r[0], r]));
    expect(byName.has("Alpha AG")).toBe(true);
    expect(String(byName.get("Delta")?.[change])).toMatch(/kein Key Account mehr/);
    expect(outcome.stored.kam?.proposal).toEqual(TOP3);
  });

  test("both together: class A and the score's customers", async () => {
    const { host, api, source, result } = await readData();
    const kam = {
      includeB: false,
      extraKeys: [],
      roadmap: false,
      proposal: { ...TOP3, basis: "both" as const },
    };
    await writeOutput(api, "kam", { source, result, run: SETTINGS, kam }, "en");
    expect(planNames(host)).toEqual(["Alpha AG", "Beta KG", "Gamma GmbH", "Delta"]);
  });
});

// The one-pager and the portfolio show the score the pane shows: with a satisfaction column in the
// data and nothing typed in the plan, Beta KG has revenue 80 of 100 points (weight 30), margin 100
// (25) and satisfaction 5 = 100 (10): (2,400 + 2,500 + 1,000) / 65 = 90.8, not 89 without it.
describe("the score beyond the pane", () => {
  const A_ONLY = { includeB: false, extraKeys: [], roadmap: false };
  const betaRank = (result: ReturnType<typeof analyzeSource>) =>
    result.ranking.customer.indexOf(result.customers.keys.indexOf("beta kg"));

  test("the one-pager written by Refresh shows the pane's score for the same customer", async () => {
    const { host, api, source, result } = await readData();
    const paneBeta = paneScore(result, dataRatings(result, source.grid), DEFAULT_SCORE_WEIGHTS, [])
      .score[betaRank(result)];
    expect(paneBeta).toBeCloseTo(90.77, 2);
    const input = { source, result, run: SETTINGS, kam: A_ONLY };
    const report = await writeOutput(api, "kam", input, "en");
    await api.saveRun({
      ...storedRunAfter(null, "kam", report, input, "en"),
      onePagers: ["beta kg"],
    });
    await refresh(api, "en");
    // F11: the score on the one-pager, rounded as it is shown.
    expect(host.workbook.getSheet("Beta KG – one-pager").getValue(10, 5)).toBe(
      Math.round(paneBeta)
    );
  });

  test("the one-pager card writes with the weights and the data's ratings", async () => {
    const { host, api, source, result } = await readData();
    const run: RunSettings = { ...SETTINGS, scoreWeights: { revenue: 0, satisfaction: 100 } };
    await writeOutput(api, "kam", { source, result, run, kam: A_ONLY }, "en");
    // What useOnePager passes: Beta's satisfaction 5 alone gives 100.
    const options = withScoreSettings(kamOptionsOf(DEFAULT_KAM), { source, result, run });
    expect(options.scoreWeights).toEqual(run.scoreWeights);
    await api.writeOnePager(result, "beta kg", options, "en");
    expect(host.workbook.getSheet("Beta KG – one-pager").getValue(10, 5)).toBe(100);
  });

  test("the portfolio's attractiveness is the pane's score", async () => {
    const { host, api, source, result } = await readData();
    const paneBeta = paneScore(result, dataRatings(result, source.grid), DEFAULT_SCORE_WEIGHTS, [])
      .score[betaRank(result)];
    await writeOutput(api, "kam", { source, result, run: SETTINGS, kam: A_ONLY }, "en");
    const sheet = host.workbook.getSheet("KAM portfolio");
    const rows = sheet.getValues("A1:D40");
    const beta = rows.find((r) => r[0] === "Beta KG");
    expect(beta?.[1]).toBe(Math.round(paneBeta));
  });
});
