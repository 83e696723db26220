import {
  portfolioPoints,
  quadrantTables,
  typedRatings,
  selectKeyAccounts,
} from "../../../src/core/kam";
import { analyze } from "../../../src/core/analyze";
import { DEFAULT_SCORE_WEIGHTS, scoreAnalysis, type ScoreWeights } from "../../../src/core/score";
import { analysisOf } from "./helpers";

const result = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);
const accounts = selectKeyAccounts(result, { includeB: true, extraKeys: [] });
const plan = [
  ["Customer", "Potential (1-5)", "Customer satisfaction (1-5)", "Share of wallet", "Key"],
  ["Alpha AG", 5, 5, 0.8, "alpha ag"],
  ["Beta KG", "", 1, 0.1, "beta kg"],
  ["Gamma GmbH", "", "", "", "gamma gmbh"],
];
const TODAY = 46000;

describe("the key-account portfolio", () => {
  const points = portfolioPoints({
    result,
    accounts,
    typed: typedRatings(plan),
    contacts: (key) =>
      key === "gamma gmbh"
        ? [
            { role: "Entscheider", lastContact: TODAY - 10 },
            { role: "Champion", lastContact: TODAY - 200 },
          ]
        : [],
    today: TODAY,
  });
  const byKey = new Map(points.map((p) => [p.key, p]));

  it("places each key account by its score and the strength of our position", () => {
    expect(byKey.get("alpha ag")).toMatchObject({ quadrant: "strategic", revenue: 500 });
    // Alpha: satisfaction 100, share of wallet 80 -> 90.
    expect(byKey.get("alpha ag")?.strength).toBe(90);
    // Beta: satisfaction 0, share of wallet 10 -> 5: attractive (second largest), weak position.
    expect(byKey.get("beta kg")?.strength).toBe(5);
    expect(byKey.get("beta kg")?.quadrant).toBe("develop");
    // Gamma: only the relationship is known, a decision maker met recently (the champion not).
    expect(byKey.get("gamma gmbh")?.strength).toBe(50);
    // Delta: nothing typed, no stakeholders: not placed.
    expect(byKey.get("delta")?.quadrant).toBeNull();
    for (const p of points) {
      expect(p.attractiveness).toBeGreaterThanOrEqual(0);
      expect(p.attractiveness).toBeLessThanOrEqual(100);
    }
  });

  it("lists a table per quadrant in German and English, and the ones not placed yet", () => {
    const en = quadrantTables(points, "en");
    expect(en[0][0]).toBe(
      "Strategic: attractive and strong position: invest, build the partnership"
    );
    expect(en[1]).toEqual([
      "Key account",
      "Attractiveness (score)",
      "Position strength",
      "Revenue",
    ]);
    expect(en[2][0]).toBe("Alpha AG");
    const de = quadrantTables(points, "de").map((r) => r[0]);
    expect(de).toContain(
      "Entwickeln: attraktiv, schwache Position: Entscheider gewinnen, Lieferanteil steigern"
    );
    expect(de.find((t) => String(t).startsWith("Noch nicht eingeordnet"))).toBeDefined();
    expect(en.filter((r) => r[0] === "Delta")).toHaveLength(1);
  });
});

describe("the portfolio's attractiveness", () => {
  // The classes are built on the margin, on which Beta leads; revenue puts Alpha first. Growth (of
  // the margin): Gamma 1 -> 5 (March 2024: the data cover the previous 12 months), Alpha 10 -> 30,
  // Beta 90 -> 45.
  const timed = analyze(
    [
      ["Kunde", "Rechnungsdatum", "Umsatz", "Deckungsbeitrag"],
      ["Alpha", "15.02.2025", 100, 10],
      ["Alpha", "15.02.2026", 300, 30],
      ["Beta", "15.02.2025", 200, 90],
      ["Beta", "15.02.2026", 100, 45],
      ["Gamma", "15.03.2024", 10, 1],
      ["Gamma", "15.01.2026", 50, 5],
    ],
    { valueColumn: "margin" }
  );
  const everyone = selectKeyAccounts(timed, { includeB: true, extraKeys: ["alpha", "gamma"] });
  const attractiveness = (weights: ScoreWeights) =>
    new Map(
      portfolioPoints({
        result: timed,
        accounts: everyone,
        typed: new Map(),
        contacts: () => [],
        today: TODAY,
        weights,
      }).map((p) => [p.key, p.attractiveness])
    );

  it("is the pane's score: growth and stability from the time axis count", () => {
    const growth = attractiveness({ growth: 100 });
    expect(growth.get("gamma")).toBe(100);
    expect(growth.get("alpha")).toBe(50);
    expect(growth.get("beta")).toBe(0);
    const score = scoreAnalysis(timed, DEFAULT_SCORE_WEIGHTS);
    const all = attractiveness(DEFAULT_SCORE_WEIGHTS);
    for (const a of everyone) expect(all.get(a.key)).toBe(score.score[a.rank - 1]);
  });

  it("scores revenue as revenue when the classes are built on the margin", () => {
    const revenue = attractiveness({ revenue: 100 });
    expect(revenue.get("alpha")).toBe(100);
    expect(revenue.get("beta")).toBe(50);
    expect(revenue.get("gamma")).toBe(0);
  });
});
