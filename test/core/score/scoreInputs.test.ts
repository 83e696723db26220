// The score's inputs built once: the plan's typed ratings win over the data's rating columns,
// growth and stability come from the time axis.
import { analyze } from "../../../src/core/analyze";
import { scoreAnalysis, scoreInputs, type Ratings } from "../../../src/core/score";
import { readRatings } from "../../../src/core/table/readRatings";
import type { Grid } from "../../../src/core/types";

const GRID: Grid = [
  ["Kunde", "Umsatz", "Zufriedenheit", "Potenzial (1-5)"],
  ["Alpha", 500, 4, ""],
  ["Beta", 200, 2, 3],
  ["Gamma", 100, "", 5],
];
const result = analyze(GRID);
const data = readRatings(GRID, result.table, result.customers.count);
const at = (values: ArrayLike<number> | null, name: string) =>
  values ? values[result.customers.names.indexOf(name)] : "no column";
const typed = (entries: [string, Ratings][]) => new Map(entries);

describe("scoreInputs", () => {
  test("without a plan the data's rating columns are the ratings", () => {
    const inputs = scoreInputs(result, { data });
    expect(at(inputs.satisfaction, "Alpha")).toBe(4);
    expect(at(inputs.satisfaction, "Gamma")).toBeNaN();
    expect(at(inputs.potential, "Beta")).toBe(3);
  });

  test("a rating typed in the plan wins; the data fills the customers the plan lacks", () => {
    const inputs = scoreInputs(result, {
      data,
      typed: typed([["beta", { satisfaction: 5, potential: NaN }]]),
    });
    expect(at(inputs.satisfaction, "Beta")).toBe(5);
    // Nothing typed for Beta's potential: the data's 3 stays.
    expect(at(inputs.potential, "Beta")).toBe(3);
    expect(at(inputs.satisfaction, "Alpha")).toBe(4);
    // The data is read, not written to.
    expect(at(data.satisfaction, "Beta")).toBe(2);
  });

  test("a typed value outside 1-5 is no rating: the data's stands", () => {
    const inputs = scoreInputs(result, {
      data,
      typed: typed([
        ["alpha", { satisfaction: 7, potential: 0 }],
        ["gamma", { satisfaction: 0.5, potential: 6 }],
      ]),
    });
    expect(at(inputs.satisfaction, "Alpha")).toBe(4);
    expect(at(inputs.potential, "Alpha")).toBeNaN();
    expect(at(inputs.satisfaction, "Gamma")).toBeNaN();
    expect(at(inputs.potential, "Gamma")).toBe(5);
  });

  test("no rating columns and no plan: no ratings; a plan alone rates only its customers", () => {
    const plain = analyze([
      ["Kunde", "Umsatz"],
      ["Alpha", 500],
      ["Beta", 200],
    ]);
    const none = readRatings([["Kunde", "Umsatz"]], plain.table, plain.customers.count);
    expect(scoreInputs(plain, { data: none })).toEqual({
      growth: null,
      cv: null,
      satisfaction: null,
      potential: null,
    });
    expect(scoreInputs(plain)).toEqual(scoreInputs(plain, { data: none }));
    const planOnly = scoreInputs(plain, {
      typed: typed([["beta", { satisfaction: 1, potential: NaN }]]),
    });
    expect(Array.from(planOnly.satisfaction!)).toEqual([NaN, 1]);
    expect(Array.from(planOnly.potential!)).toEqual([NaN, NaN]);
  });

  test("growth and stability are the time axis's, per customer", () => {
    const timed = analyze([
      ["Kunde", "Rechnungsdatum", "Umsatz"],
      ["Alpha", "15.01.2025", 100],
      ["Alpha", "15.01.2026", 300],
      ["Beta", "15.06.2025", 200],
      ["Beta", "15.02.2026", 100],
    ]);
    const inputs = scoreInputs(timed);
    expect(inputs.growth).toBe(timed.time!.growth);
    expect(inputs.cv).toBe(timed.time!.cv);
  });
});

describe("scoreAnalysis scores with those inputs", () => {
  test("satisfaction typed for Beta counts, Alpha keeps the data's", () => {
    const weights = { satisfaction: 100 };
    const rank = (name: string) =>
      result.ranking.customer.indexOf(result.customers.names.indexOf(name));
    const score = scoreAnalysis(result, weights, {
      data,
      typed: typed([["beta", { satisfaction: 5, potential: NaN }]]),
    }).score;
    // (x − 1) / 4 · 100: Alpha 4 -> 75, Beta 5 -> 100, Gamma none.
    expect(score[rank("Alpha")]).toBe(75);
    expect(score[rank("Beta")]).toBe(100);
    expect(score[rank("Gamma")]).toBeNaN();
  });
});
