import { analyze } from "../../src/core/analyze";
import {
  chartBars,
  headline,
  limitsText,
  n80Sentence,
  qualityOf,
  topCustomers,
} from "../../src/taskpane/logic/results";
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

describe("headline and limits", () => {
  it("names class A for the method used, singular for one customer", () => {
    const classes = (count: number, customerShare: number, share: number) =>
      ({
        A: { count, customerShare, share, value: 0 },
        B: { count: 0, customerShare: 0, share: 0, value: 0 },
        C: { count: 0, customerShare: 0, share: 0, value: 0 },
      }) as const;
    expect(headline({ classes: classes(12, 0.2, 0.782) }, "en")).toBe(
      "A: 12 customers (20%) = 78.2% of revenue"
    );
    expect(headline({ classes: classes(12, 0.2, 0.782) }, "de").replace(/\u00a0/g, " ")).toBe(
      "A: 12 Kunden (20 %) = 78,2 % des Umsatzes"
    );
    expect(headline({ classes: classes(1, 0.025, 0.272) }, "de").replace(/\u00a0/g, " ")).toBe(
      "A: 1 Kunde (3 %) = 27,2 % des Umsatzes"
    );
    // Classes built on contribution margin.
    expect(headline({ classes: classes(12, 0.2, 0.782) }, "en", "margin")).toBe(
      "A: 12 customers (20%) = 78.2% of the contribution margin"
    );
    expect(
      headline({ classes: classes(12, 0.2, 0.782) }, "de", "margin").replace(/\u00a0/g, " ")
    ).toBe("A: 12 Kunden (20 %) = 78,2 % des Deckungsbeitrags");
  });

  it("writes limits with the language's decimal mark", () => {
    expect(limitsText([80.5, 95], "de")).toBe("80,5/95");
    expect(limitsText([80.5, 95], "en")).toBe("80.5/95");
  });

  it("gives the top customers their revenue for the second line", () => {
    const top = topCustomers(analyze(sampleGrid(57)), 3, "de");
    expect(top[0].amount).toBe("100.000");
  });
});
