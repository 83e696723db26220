import { analyze } from "../../../src/core/analyze";
import { AnalysisError } from "../../../src/core/errors";

const grid = [
  ["Kunde", "Umsatz", "Deckungsbeitrag"],
  ["Alpha", 1000, 50],
  ["Beta", 500, 300],
  ["Gamma", 200, 150],
];

describe("valueColumn", () => {
  it("builds the classes on contribution margin when asked", () => {
    const byRevenue = analyze(grid);
    const byMargin = analyze(grid, { valueColumn: "margin" });
    const order = (r: typeof byRevenue) =>
      Array.from(r.ranking.customer).map((c) => r.customers.names[c]);
    expect(order(byRevenue)).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(order(byMargin)).toEqual(["Beta", "Gamma", "Alpha"]);
    expect(byMargin.summary.total).toBe(500);
    // Revenue rides along as the second figure.
    expect(Array.from(byMargin.customers.margin ?? [])).toEqual([1000, 500, 200]);
    expect(byMargin.table.columnSource.revenue).toBe("header");
  });
  it("says so when there is no margin column", () => {
    expect(() =>
      analyze(
        [
          ["Kunde", "Umsatz"],
          ["A", 1],
          ["B", 2],
        ],
        { valueColumn: "margin" }
      )
    ).toThrow(new AnalysisError("NO_MARGIN_COLUMN"));
  });
});
