import { analyze } from "../../src/core/analyze";
import { readReference, swissGrid } from "./referenceData";

interface Expected {
  rows: number;
  computed: {
    counts: Record<"A" | "B" | "C", number>;
    ABLimit: number;
    BCLimit: number;
    A_rows_1based: number[];
    B_rows_1based: number[];
    C_rows_1based: number[];
  };
  fixed_80_95: { counts_ties_kept_together_best_class: Record<"A" | "B" | "C", number> };
  n80: { count: number; fraction_of_customers: number; revenue_share_covered: number };
  gini: { value: number };
  hhi: { points_0_10000: number; share_0_1: number };
}

const expected = readReference<Expected>("swiss_inhabitants.expected.json");
const grid = swissGrid();

describe("Swiss reference (R ABCanalysis 1.2.1 and exact formulas)", () => {
  const fixed = analyze(grid, { method: "fixed", thresholds: [80, 95] });

  it("reads every commune", () => {
    expect(fixed.summary.customers).toBe(expected.rows);
    expect(fixed.table.issues).toEqual([]);
  });
  it("n80 matches", () => {
    expect(fixed.summary.n80).toBe(expected.n80.count);
    expect(fixed.summary.n80CustomerShare).toBeCloseTo(expected.n80.fraction_of_customers, 12);
    expect(fixed.summary.n80RevenueShare).toBeCloseTo(expected.n80.revenue_share_covered, 12);
  });
  it("Gini and HHI match", () => {
    expect(fixed.summary.gini).toBeCloseTo(expected.gini.value, 12);
    expect(fixed.summary.hhi).toBeCloseTo(expected.hhi.points_0_10000, 9);
  });
  it("fixed 80/95 with ties kept together matches", () => {
    const c = fixed.summary.classes;
    expect({ A: c.A.count, B: c.B.count, C: c.C.count }).toEqual(
      expected.fixed_80_95.counts_ties_kept_together_best_class
    );
  });
  it("computed classes are the package's, row by row", () => {
    const computed = analyze(grid, { method: "computed" });
    const c = computed.summary.classes;
    expect({ A: c.A.count, B: c.B.count, C: c.C.count }).toEqual(expected.computed.counts);
    expect(computed.limits).toMatchObject({
      abLimit: expected.computed.ABLimit,
      bcLimit: expected.computed.BCLimit,
    });
    // Map each ranked customer back to its CSV row (grid row = CSV line, header is row 0).
    const rowsOf: Record<string, number[]> = { A: [], B: [], C: [] };
    const { ranking, customers, table } = computed;
    const firstRowOf = new Int32Array(customers.count);
    for (let i = table.rows.length - 1; i >= 0; i--)
      firstRowOf[customers.rowCustomer[i]] = table.rows[i];
    for (let r = 0; r < ranking.count; r++)
      rowsOf["ABC"[ranking.classes[r]]].push(firstRowOf[ranking.customer[r]]);
    for (const k of ["A", "B", "C"] as const) rowsOf[k].sort((x, y) => x - y);
    expect(rowsOf.A).toEqual(expected.computed.A_rows_1based);
    expect(rowsOf.B).toEqual(expected.computed.B_rows_1based);
    expect(rowsOf.C).toEqual(expected.computed.C_rows_1based);
  });
});

describe("small reference cases through the whole analysis", () => {
  const cases =
    readReference<
      Record<string, { values: number[]; computed?: Record<"A" | "B" | "C", number[]> }>
    >("small_cases.json");
  for (const [name, c] of Object.entries(cases)) {
    const want = c.computed;
    if (!want) continue;
    it(name, () => {
      const grid = [["Kunde", "Umsatz"], ...c.values.map((v, i) => [`K${i}`, v])];
      const r = analyze(grid, { method: "computed" });
      const got: Record<string, number[]> = { A: [], B: [], C: [] };
      for (let k = 0; k < r.ranking.count; k++)
        got["ABC"[r.ranking.classes[k]]].push(r.ranking.value[k]);
      for (const cls of ["A", "B", "C"] as const) {
        expect(got[cls].slice().sort((x, y) => x - y)).toEqual(
          want[cls].slice().sort((x, y) => x - y)
        );
      }
    });
  }
  it("constant data: every customer B (none stands out, none negligible)", () => {
    const r = analyze(
      [["Kunde", "Umsatz"], ...cases.constant_12.values.map((v, i) => [`K${i}`, v])],
      {
        method: "computed",
      }
    );
    expect(r.summary.classes.B.count).toBe(12);
  });
});
