import { kamAbc } from "../../src/functions/abc";
import { kamGini, kamHhi, kamN80 } from "../../src/functions/figures";
import { invoke } from "../../src/functions/invoke";
import { kamPareto } from "../../src/functions/pareto";
import { kamXyz } from "../../src/functions/xyz";
import { readReference, swissGrid } from "../core/referenceData";
import { monthlyBlock, periodLines, timeExpected } from "./timeReference";

interface SwissExpected {
  computed: { A_rows_1based: number[]; B_rows_1based: number[]; C_rows_1based: number[] };
  fixed_80_95: { counts_ties_kept_together_best_class: Record<"A" | "B" | "C", number> };
  n80: { count: number };
  gini: { value: number };
  hhi: { points_0_10000: number };
}

const swiss = readReference<SwissExpected>("swiss_inhabitants.expected.json");
const swissRows = swissGrid().slice(1);
/** The communes' inhabitants as a one-column range, as =KAM.ABC(B2:B2897) receives it. */
const swissValues = swissRows.map((r) => [r[1]]);
const column = (m: unknown[][]) => m.map((r) => r[0]);
const counts = (classes: unknown[]) => ({
  A: classes.filter((c) => c === "A").length,
  B: classes.filter((c) => c === "B").length,
  C: classes.filter((c) => c === "C").length,
});

describe("=KAM.ABC on the R ABCanalysis reference (Swiss communes)", () => {
  it('gives the package\'s computed class row by row with method "computed"', () => {
    const classes = column(kamAbc(swissValues, null, null, "computed"));
    const rowsOf = (k: string) => classes.flatMap((c, i) => (c === k ? [i + 1] : []));
    expect(rowsOf("A")).toEqual(swiss.computed.A_rows_1based);
    expect(rowsOf("B")).toEqual(swiss.computed.B_rows_1based);
    expect(rowsOf("C")).toEqual(swiss.computed.C_rows_1based);
  });
  it("gives the fixed 80/95 counts by default, spilled in the input's shape", () => {
    const result = kamAbc(swissValues);
    expect(result).toHaveLength(swissValues.length);
    expect(result.every((r) => r.length === 1)).toBe(true);
    expect(counts(column(result))).toEqual(swiss.fixed_80_95.counts_ties_kept_together_best_class);
    // 0.8 and 0.95 (cells formatted as percent) are the same limits as 80 and 95
    expect(kamAbc(swissValues, 0.8, 0.95, "fixed")).toEqual(result);
  });
});

describe("=KAM.N80, =KAM.GINI, =KAM.HHI on the Swiss reference", () => {
  it("match R and the exact formulas", () => {
    expect(kamN80(swissValues)).toBe(swiss.n80.count);
    expect(kamGini(swissValues)).toBeCloseTo(swiss.gini.value, 12);
    expect(kamHhi(swissValues)).toBeCloseTo(swiss.hhi.points_0_10000, 9);
  });
  it("take a row or a block as well as a column", () => {
    const row = [swissValues.map((r) => r[0])];
    expect(kamN80(row)).toBe(swiss.n80.count);
  });
});

describe("=KAM.PARETO and =KAM.XYZ on the 24-month invoice reference (pandas)", () => {
  const expected = timeExpected();
  const { from, to } = expected.period;
  const lines = periodLines(from, to);
  const withValue = Object.entries(expected.customers).filter(([, c]) => c.value > 0);

  it("sums each customer's invoice lines and ranks them with their fixed 80/95 class", () => {
    const table = kamPareto(
      lines.map((l) => [l.id]),
      lines.map((l) => [l.value])
    );
    expect(table).toHaveLength(withValue.length);
    for (const [customer, revenue, share, cumulative, cls] of table) {
      const want = expected.customers[customer as string];
      expect(Math.round((revenue as number) * 100)).toBe(Math.round(want.value * 100));
      expect(cls).toBe(want.class);
      expect(share).toBeGreaterThan(0);
      expect(cumulative).toBeLessThanOrEqual(1);
    }
    expect(table[table.length - 1][3]).toBe(1);
    const revenues = table.map((r) => r[1] as number);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
  });
  it("limits the table to the top rows", () => {
    const top = kamPareto(
      lines.map((l) => [l.id]),
      lines.map((l) => [l.value]),
      10
    );
    expect(top).toHaveLength(10);
    expect(top).toEqual(
      kamPareto(
        lines.map((l) => [l.id]),
        lines.map((l) => [l.value])
      ).slice(0, 10)
    );
  });
  it("=KAM.XYZ gives the reference's X, Y or Z per customer row", () => {
    const { ids, block } = monthlyBlock(from, expected.period.months);
    const classes = column(kamXyz(block));
    let compared = 0;
    ids.forEach((id, i) => {
      const want = expected.customers[id]?.xyz;
      if (want === undefined) return;
      expect([id, classes[i]]).toEqual([id, want ?? ""]);
      compared++;
    });
    expect(compared).toBeGreaterThan(300);
  });
  it("=KAM.ABC on the period totals gives the reference's classes", () => {
    const values = withValue.map(([, c]) => [c.value]);
    expect(column(kamAbc(values))).toEqual(withValue.map(([, c]) => c.class));
  });
});

describe("unusable cells give an empty result, not an error", () => {
  const err = { type: "Error", code: "#N/A" }; // an error cell with allowErrorForDataTypeAny
  it("=KAM.ABC leaves text, blanks, errors and negative values empty", () => {
    const values = [[5000], ["n/a"], [3000], [""], [null], [err], [-200], [1000], [true], [0]];
    // 5000 + 3000 cross 80 % of 9000 (A), 1000 reaches 100 % (B), 0 brings nothing (C)
    expect(column(kamAbc(values))).toEqual(["A", "", "A", "", "", "", "", "B", "", "C"]);
  });
  it("=KAM.XYZ leaves rows with text or no revenue empty and counts blank months as 0", () => {
    const monthly = [
      [100, 100, 100, 100],
      [100, "", 100, ""],
      [0, 0, 0, 0],
      [100, "x", 100, 100],
      [400, 0, 0, 0],
    ];
    expect(column(kamXyz(monthly))).toEqual(["X", "Y", "", "", "Z"]);
  });
  it("=KAM.PARETO skips rows without a number and sums duplicates however they are spelled", () => {
    const table = kamPareto(
      [["Müller GmbH"], ["Schulz AG"], ["müller  gmbh"], ["Weber KG"], ["Weber KG"]],
      [[100], [50.5], [20], ["offen"], [err]]
    );
    expect(table).toEqual([
      ["Müller GmbH", 120, 120 / 170.5, 120 / 170.5, "A"],
      ["Schulz AG", 50.5, 50.5 / 170.5, 1, "A"], // crosses 80 %: A, as in the pane
    ]);
  });
});

describe("wrong input is an error value with a message, never an exception", () => {
  const cases: [string, () => unknown, string][] = [
    ["text only", () => invoke("ABC", [[["a"], ["b"]]], "en"), "values must be numbers"],
    ["bad method", () => invoke("ABC", [[[1], [2]], null, null, "best"], "en"), "method must be"],
    ["a >= b", () => invoke("ABC", [[[1], [2]], 95, 80], "en"), "a_limit and b_limit"],
    ["limit over 100", () => invoke("ABC", [[[1], [2]], 80, 120], "en"), "a_limit and b_limit"],
    [
      "computed with limits",
      () => invoke("ABC", [[[1], [2]], 80, 95, "computed"], "en"),
      "computed",
    ],
    ["zero total", () => invoke("N80", [[[0], [0]]], "en"), "total of values must be positive"],
    ["rows differ", () => invoke("PARETO", [[["a"]], [[1], [2]]], "en"), "same number of rows"],
    ["two columns", () => invoke("PARETO", [[["a", "b"]], [[1, 2]]], "en"), "one column"],
    ["top 0", () => invoke("PARETO", [[["a"], ["b"]], [[1], [2]], 0], "en"), "top must be"],
    ["one customer", () => invoke("PARETO", [[["a"]], [[1]]], "en"), "at least two customers"],
    ["xyz limits", () => invoke("XYZ", [[[1, 2]], 1, 0.5], "en"), "x_limit and y_limit"],
    ["one month", () => invoke("XYZ", [[[1], [2]]], "en"), "at least two months"],
    ["no numbers", () => invoke("XYZ", [[["a", "b"]]], "en"), "monthly must be numbers"],
    ["not a range", () => invoke("GINI", [undefined], "en"), "the calculation failed"],
  ];
  it.each(cases)("%s", (_, run, message) => {
    const outcome = run() as { error?: string };
    expect(outcome.error).toContain(message);
  });
  it("says it in German", () => {
    expect(invoke("ABC", [[["a"]]], "de")).toEqual({ error: "Werte müssen Zahlen sein" });
  });
  it("accepts the German method names and the count method's own defaults", () => {
    const values = Array.from({ length: 10 }, (_, i) => [100 - i]);
    expect(invoke("ABC", [values, null, null, "Anzahl"], "de")).toEqual(
      invoke("ABC", [values, 20, 50, "count"], "en")
    );
    expect(column(kamAbc(values, null, null, "count"))).toEqual([..."AA", ..."BBB", ..."CCCCC"]);
  });
});
