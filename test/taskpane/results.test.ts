import { analyze } from "../../src/core/analyze";
import { chartBars, n80Sentence, qualityOf, topCustomers } from "../../src/taskpane/logic/results";
import { sampleGrid } from "./fakeApi";

describe("n80 sentence", () => {
  it("reads as in the issue, in both languages", () => {
    const s = { n80: 12, customers: 57, n80CustomerShare: 12 / 57 };
    expect(n80Sentence(s, "en")).toBe("12 of 57 customers (21.1%) make 80% of revenue.");
    expect(n80Sentence(s, "de").replace(/\u00a0/g, " ")).toBe(
      "12 von 57 Kunden (21,1 %) machen 80 % des Umsatzes aus."
    );
  });

  it("uses the singular for one customer and separators for large counts", () => {
    expect(n80Sentence({ n80: 1, customers: 3, n80CustomerShare: 1 / 3 }, "en")).toBe(
      "1 of 3 customers (33.3%) makes 80% of revenue."
    );
    expect(n80Sentence({ n80: 2000, customers: 10000, n80CustomerShare: 0.2 }, "de")).toMatch(
      /^2\.000 von 10\.000 Kunden/
    );
  });
});

describe("result views", () => {
  const result = analyze(sampleGrid(57));

  it("lists the top customers with class", () => {
    const top = topCustomers(result, 10);
    expect(top).toHaveLength(10);
    expect(top[0]).toMatchObject({ rank: 1, name: "Kunde 1", cls: "A" });
    expect(top[0].share).toBeGreaterThan(top[1].share);
  });

  it("groups bars for many customers and keeps the cumulative line ending at 100%", () => {
    const { bars, groupSize } = chartBars(result, 20);
    expect(groupSize).toBe(3);
    expect(bars).toHaveLength(19);
    expect(bars[bars.length - 1].cumulative).toBeCloseTo(1);
    expect(bars.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1);
    expect(chartBars(result, 100).groupSize).toBe(1);
  });

  it("summarises data quality", () => {
    const grid = sampleGrid(5);
    grid.push(["Kunde 1", -10], ["Kunde 9", "n/a"], ["Kunde 2", 5]);
    const q = qualityOf(analyze(grid));
    expect(q).toMatchObject({ rowsUsed: 7, rowsSkipped: 1, duplicates: 2, creditNotes: 1 });
  });
});
