import { analyze } from "../../src/core/analyze";
import { AnalysisError } from "../../src/core/errors";
import { buildCatalogue } from "../../src/core/i18n/catalogue";
import { CORE_MESSAGES } from "../../src/core/i18n/messages";
import { classReason, customerRecord } from "../../src/core/reason";
import type { Grid } from "../../src/core/types";

// The core's messages as a face would show them.
const { translate } = buildCatalogue(CORE_MESSAGES);

const invoices: Grid = [
  ["Rechnungsliste Oktober", "", ""],
  ["", "", ""],
  ["Kunde", "Nettoumsatz", "Deckungsbeitrag"],
  ["Müller GmbH", 5000, 1500],
  ["Schmidt AG", "3.000,00 €", 900],
  ["müller  gmbh", 1000, 300],
  ["Weber KG", 600, ""],
  ["Becker OHG", -800, -100],
  ["Becker OHG", 500, 100],
  ["Fischer", 0, 0],
  ["Gutschrift Nord", -50, 0],
  ["=HYPERLINK(1)", 400, 50],
];

describe("analyze", () => {
  const r = analyze(invoices, { method: "fixed", thresholds: [80, 95], decimalFallback: "," });

  it("sums duplicates and keeps the first spelling", () => {
    const names = Array.from(r.ranking.customer, (c) => r.customers.names[c]);
    expect(names).toEqual(["Müller GmbH", "Schmidt AG", "Weber KG", "=HYPERLINK(1)", "Fischer"]);
    expect(r.ranking.value[0]).toBe(6000);
  });
  it("keeps negative totals out of shares and reconciles to the source total", () => {
    expect(r.excluded.map((e) => [e.name, e.value])).toEqual([
      ["Becker OHG", -300],
      ["Gutschrift Nord", -50],
    ]);
    expect(r.summary.total).toBe(10000);
    expect(r.summary.sourceTotal).toBe(9650);
    expect(r.summary.total + r.summary.excludedTotal).toBe(r.summary.sourceTotal);
  });
  it("classes, shares and the zero customer", () => {
    expect(Array.from(r.ranking.classes, (c) => "ABC"[c]).join("")).toBe("AABCC");
    expect(Array.from(r.ranking.share)).toEqual([0.6, 0.3, 0.06, 0.04, 0]);
    expect(r.summary.n80).toBe(2);
    expect(r.summary.top.top1).toBe(0.6);
    expect(r.summary.largeCustomers.map((c) => r.customers.names[c])).toEqual([
      "Müller GmbH",
      "Schmidt AG",
    ]);
    expect(r.summary.classes.A).toMatchObject({ count: 2, value: 9000, share: 0.9 });
  });
  it("sums contribution margins per customer", () => {
    expect(customerRecord(r, 0).margin).toBe(1800);
    expect(customerRecord(r, 2).margin).toBeNull();
  });
  it("gives each customer a one-line reason in both languages", () => {
    expect(translate(classReason(r, 1), "en")).toBe("A: cumulative 60.0% before it, below 80.0%.");
    expect(translate(classReason(r, 1), "de")).toBe(
      "A: kumuliert 60,0\u00a0% davor, unter 80,0\u00a0%."
    );
    expect(translate(classReason(r, 4), "en")).toBe("C: no revenue.");
    expect(translate(classReason(r, 2), "en")).toBe("B: cumulative 90.0% before it, below 95.0%.");
    expect(translate(classReason(r, 3), "en")).toBe(
      "C: cumulative 96.0% before it, 95.0% already reached."
    );
  });
  it("warns about what it did to the data", () => {
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "WARN_TEXT_NUMBERS",
        "WARN_DUPLICATES_SUMMED",
        "WARN_NEGATIVE_EXCLUDED",
        "WARN_CREDIT_NOTES",
      ])
    );
  });
  it("count and computed methods run on the same data", () => {
    expect(analyze(invoices, { method: "count" }).summary.classes.A.count).toBe(1);
    expect(analyze(invoices, { method: "computed" }).limits).not.toBeNull();
  });
  it("refuses bad thresholds and too little data with typed errors", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
        return "none";
      } catch (e) {
        return (e as AnalysisError).code;
      }
    };
    expect(code(() => analyze(invoices, { thresholds: [95, 80] }))).toBe("INVALID_THRESHOLDS");
    expect(code(() => analyze(invoices, { thresholds: [0, 80] }))).toBe("INVALID_THRESHOLDS");
    expect(code(() => analyze(invoices, { thresholds: [80, 101] }))).toBe("INVALID_THRESHOLDS");
    expect(
      code(() =>
        analyze([
          ["Kunde", "Umsatz"],
          ["A", 5],
        ])
      )
    ).toBe("TOO_FEW_CUSTOMERS");
    expect(
      code(() =>
        analyze([
          ["Kunde", "Umsatz"],
          ["A", 0],
          ["B", 0],
        ])
      )
    ).toBe("NO_POSITIVE_REVENUE");
    expect(
      code(() =>
        analyze(
          [
            ["Kunde", "Umsatz"],
            ["A", "x"],
            ["B", 1],
            ["C", "y"],
          ],
          { columns: { revenue: 1 } }
        )
      )
    ).toBe("TOO_FEW_CUSTOMERS");
    expect(
      code(() =>
        analyze(
          [
            ["Kunde", "Umsatz"],
            ["A", "#N/A"],
            ["B", "#N/A"],
          ],
          { columns: { revenue: 1 } }
        )
      )
    ).toBe("NO_USABLE_ROWS");
  });

  describe("sums that say what is wrong", () => {
    const fail = (grid: Grid) => {
      try {
        analyze(grid);
      } catch (e) {
        const err = e as AnalysisError;
        return { code: err.code, en: translate(err, "en"), de: translate(err, "de") };
      }
      throw new Error("no error");
    };

    test("amounts whose sum overflows are named as such, not as zero or negative revenue", () => {
      const err = fail([
        ["Customer", "Revenue"],
        ["A", 1e308],
        ["B", 1e308],
      ]);
      expect(err.code).toBe("REVENUE_OVERFLOW");
      expect(err.en).toMatch(/too large to add up/);
      expect(err.de).toMatch(/zu groß zum Addieren/);
    });

    test("one customer's rows that overflow together are named too", () => {
      expect(
        fail([
          ["Customer", "Revenue"],
          ["A", 1e308],
          ["A", 1e308],
          ["B", 5],
        ]).code
      ).toBe("REVENUE_OVERFLOW");
    });

    test("all customers negative: their credit notes exceed their sales", () => {
      const err = fail([
        ["Kunde", "Umsatz"],
        ["A", -100],
        ["B", -200],
        ["A", 50],
      ]);
      expect(err.code).toBe("ALL_TOTALS_NEGATIVE");
      expect(err.en).toMatch(/^All 2 customers have a negative total: each one's credit notes/);
      expect(err.de).toMatch(/^Alle 2 Kunden haben eine negative Summe: bei jedem übersteigen/);
      expect(
        fail([
          ["Kunde", "Umsatz"],
          ["A", -100],
          ["A", 20],
        ]).en
      ).toMatch(/^1 customer only, and its total is negative: its credit notes exceed/);
    });

    test("one customer with revenue beside negative ones is still too few customers", () => {
      expect(
        fail([
          ["Kunde", "Umsatz"],
          ["A", 100],
          ["B", -200],
        ]).code
      ).toBe("TOO_FEW_CUSTOMERS");
    });
  });
});
