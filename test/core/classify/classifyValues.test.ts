import { analyze } from "../../../src/core/analyze";
import { classifyValues, NO_CLASS } from "../../../src/core/classify/classifyValues";
import { rankValues } from "../../../src/core/pareto/rankValues";
import { valueFigures } from "../../../src/core/pareto/valueFigures";
import type { Method } from "../../../src/core/types";

// Revenue with ties at the boundaries, zeros and a left-out negative value.
const values = [50, 10, 200, 10, 0, 80, -30, 25, 25, 5, 120, NaN];

/** The same values through the whole analysis, one customer per value. */
function classesByAnalysis(method: Method, thresholds?: [number, number]): number[] {
  const grid = [["Kunde", "Umsatz"], ...values.map((v, i) => [`K${i}`, Number.isNaN(v) ? "" : v])];
  const r = analyze(grid, { method, thresholds });
  const out = values.map(() => NO_CLASS);
  for (let k = 0; k < r.ranking.count; k++)
    out[Number(r.customers.keys[r.ranking.customer[k]].slice(1))] = r.ranking.classes[k];
  return out;
}

describe("classifyValues", () => {
  it.each([
    ["fixed", undefined],
    ["fixed", [70, 90]],
    ["count", undefined],
    ["computed", undefined],
  ] as [Method, [number, number] | undefined][])("%s %p classes as analyze() does", (method, t) => {
    expect(Array.from(classifyValues(values, { method, thresholds: t }))).toEqual(
      classesByAnalysis(method, t)
    );
  });
  it("leaves negative and non-numbers without a class", () => {
    const classes = classifyValues(values);
    expect(classes[6]).toBe(NO_CLASS);
    expect(classes[11]).toBe(NO_CLASS);
    expect(classes[4]).toBe(2); // zero revenue is C
  });
  it("refuses limits the analysis refuses", () => {
    expect(() => classifyValues(values, { thresholds: [95, 80] })).toThrow("INVALID_THRESHOLDS");
  });
});

describe("rankValues and valueFigures", () => {
  it("ranks largest first, ties in input order", () => {
    const r = rankValues(values);
    expect(Array.from(r.order)).toEqual([2, 10, 5, 0, 7, 8, 1, 3, 9, 4]);
    expect(r.total).toBe(525);
    expect(r.cumulative[r.cumulative.length - 1]).toBe(1);
  });
  it("gives the figures of the analysis summary", () => {
    const grid = [
      ["Kunde", "Umsatz"],
      ...values.map((v, i) => [`K${i}`, Number.isNaN(v) ? "" : v]),
    ];
    const s = analyze(grid).summary;
    expect(valueFigures(values)).toEqual({
      count: s.customers,
      total: s.total,
      n80: s.n80,
      gini: s.gini,
      hhi: s.hhi,
    });
  });
  it("has no n80 and NaN concentration without a positive total", () => {
    expect(valueFigures([0, 0])).toMatchObject({ count: 2, n80: 0, gini: NaN, hhi: NaN });
  });
});
