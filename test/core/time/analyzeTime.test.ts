import { analyze } from "../../../src/core/analyze";
import { buildCatalogue } from "../../../src/core/i18n/catalogue";
import { CORE_MESSAGES } from "../../../src/core/i18n/messages";
import { classReason } from "../../../src/core/reason";
import { TIME_MESSAGES } from "../../../src/core/time/messages";
import { monthIndex, monthLabel } from "../../../src/core/time/months";
import { runRecordOf } from "../../../src/core/time/runRecordOf";
import { timeReasons } from "../../../src/core/time/timeReasons";
import { NO_XYZ, XYZ_LETTERS } from "../../../src/core/time/xyz";

const { translate } = buildCatalogue(CORE_MESSAGES, TIME_MESSAGES);

/** Invoice lines: customer, date, amount. */
function invoices(lines: [string, string, number][]) {
  return [["Kunde", "Rechnungsdatum", "Umsatz"], ...lines];
}

describe("analyze with a date column", () => {
  const grid = invoices([
    ["Alpha", "15.01.2025", 100],
    ["Alpha", "15.01.2026", 300],
    ["Alpha", "15.02.2026", 300],
    ["Beta", "15.06.2025", 200],
    ["Beta", "15.02.2026", 100],
    ["Gamma", "03.02.2026", 50],
    ["Delta", "20.03.2025", 80],
    ["Alpha", "kein Datum", 999],
    ["Beta", "", 5],
    ["Alpha", "15.01.2024", 1000], // before the previous period
  ]);
  const result = analyze(grid);
  const time = result.time!;
  const rankOf = (name: string) =>
    [...result.ranking.customer].findIndex((c) => result.customers.names[c] === name);
  const customerOf = (name: string) => result.customers.names.indexOf(name);

  it("takes the 12 months ending with the latest date and the 12 before", () => {
    expect(monthLabel(time.period.from)).toBe("2025-03");
    expect(monthLabel(time.period.to)).toBe("2026-02");
    expect(monthLabel(time.previous!.from)).toBe("2024-03");
  });
  it("ranks the period's revenue only and says what it left out", () => {
    expect(result.summary.total).toBe(100 + 300 + 300 + 200 + 100 + 50 + 80 - 100);
    expect(result.ranking.value[rankOf("Alpha")]).toBe(600);
    expect(result.summary.rowsUsed).toBe(6);
    expect(result.warnings[0]).toEqual({
      code: "WARN_OUTSIDE_PERIOD",
      params: { count: 1, from: "2025-03", to: "2026-02" },
    });
  });
  it("reports unreadable dates per row and skips the row", () => {
    const dateIssues = result.table.issues.filter((i) => i.code.startsWith("ROW_DATE_"));
    expect(dateIssues.map((i) => [i.code, i.row])).toEqual([
      ["ROW_DATE_TEXT", 8],
      ["ROW_DATE_BLANK", 9],
    ]);
    expect(
      translate({ code: "ROW_DATE_TEXT", params: { row: "9", value: '"kein Datum"' } }, "de")
    ).toBe('Zeile 9: "kein Datum" ist kein Datum, Zeile übersprungen.');
  });
  it("gives growth, new customers and the previous class", () => {
    const alpha = customerOf("Alpha");
    expect(time.previousRevenue![alpha]).toBe(100);
    expect(time.growth[alpha]).toBe(5);
    const gamma = customerOf("Gamma");
    expect(time.growth[gamma]).toBeNaN();
    expect(time.isNew[gamma]).toBe(1);
    expect(time.migration!.counts["new>C"]).toBe(1);
  });
  it("classes XYZ on the monthly revenue with empty months as 0", () => {
    const alpha = customerOf("Alpha");
    // 300, 300 and ten empty months: mean 50, sd sqrt((2*250^2 + 10*50^2)/12) = 111.8
    expect(time.cv[alpha]).toBeCloseTo(Math.sqrt(5), 12);
    expect(XYZ_LETTERS[time.xyz[alpha]]).toBe("Z");
    expect(time.monthly.length).toBe(result.customers.count * 12);
  });
  it("writes a reason for every rule, in English and German", () => {
    const reasons = timeReasons(result, rankOf("Alpha"))!;
    expect(translate(reasons.growth, "en")).toBe(
      "Growth 500.0%: 600.00 against 100.00 in 2024-03 to 2025-02."
    );
    expect(translate(reasons.growth, "de")).toBe(
      "Wachstum 500,0\u00a0%: 600,00 gegenüber 100,00 von 2024-03 bis 2025-02."
    );
    expect(translate(reasons.xyz, "de")).toBe(
      "Z: Variationskoeffizient 2,24 über 12 Monate, über 1."
    );
    expect(translate(reasons.previousClass, "en")).toMatch(/^(A as in|Up from)/);
    expect(translate(reasons.distance, "en")).toMatch(/above the largest B customer/);
  });
  it("leaves the time axis out on request", () => {
    const plain = analyze(grid, { time: false });
    expect(plain.time).toBeUndefined();
    // Not even the date column is read: the rows with unreadable dates count too.
    expect(plain.summary.total).toBe(100 + 300 + 300 + 200 + 100 + 50 + 80 + 1000 + 999 + 5);
    expect(plain.table.columns.date).toBeNull();
  });
  it("takes the latest N months when asked for another length than 12", () => {
    const r = analyze(grid, { time: { latestMonths: 2 } });
    expect(monthLabel(r.time!.period.from)).toBe("2026-01");
    expect(monthLabel(r.time!.period.to)).toBe("2026-02");
    expect(r.summary.total).toBe(300 + 300 + 100 + 50);
    expect(monthLabel(r.time!.previous!.from)).toBe("2025-11");
  });
  it("takes a chosen period and refuses one without data", () => {
    const r = analyze(grid, {
      time: { period: { from: monthIndex(2025, 1), to: monthIndex(2025, 12) } },
    });
    expect(r.summary.total).toBe(100 + 200 + 80);
    expect(monthLabel(r.time!.previous!.from)).toBe("2024-01");
    const long = analyze(grid, {
      time: { period: { from: monthIndex(2024, 1), to: monthIndex(2026, 2) } },
    });
    expect(long.time!.previous).toBeNull();
    expect(long.time!.growth.every((g) => Number.isNaN(g))).toBe(true);
    expect(() =>
      analyze(grid, { time: { period: { from: monthIndex(2030, 1), to: monthIndex(2030, 12) } } })
    ).toThrow("PERIOD_WITHOUT_DATA");
  });
});

describe("a period with fewer than two customers with revenue", () => {
  // The data a year later: last year's invoices plus one new invoice of one customer, so the
  // default period (the latest 12 months) holds a single customer.
  const grid = invoices([
    ["Alpha", "15.01.2025", 100],
    ["Beta", "15.03.2025", 200],
    ["Gamma", "15.11.2025", 50],
    ["Alpha", "10.12.2026", 80],
  ]);
  const failure = (options = {}) => {
    try {
      analyze(grid, options);
    } catch (e) {
      return e as { code: string; params: Record<string, string | number> };
    }
    throw new Error("no error");
  };

  it("names the period, the customers with revenue in it and a period to choose", () => {
    const e = failure();
    expect(e.code).toBe("PERIOD_TOO_FEW_CUSTOMERS_TRY");
    expect(e.params).toEqual({
      count: 1,
      from: "2026-01",
      to: "2026-12",
      customers: 3,
      dataFrom: "2025-01",
      dataTo: "2026-12",
      tryFrom: "2024-12",
      tryTo: "2025-11",
      tryCount: 3,
    });
    expect(translate(e, "en")).toBe(
      "Only 1 customer had revenue in the period 2026-01 to 2026-12, of 3 customers in the data (2025-01 to 2026-12). An ABC analysis needs at least two. Choose another period, for example 2024-12 to 2025-11 (3 customers with revenue)."
    );
    expect(translate(e, "de")).toBe(
      "Nur 1 Kunde hatte im Zeitraum 2026-01 bis 2026-12 Umsatz, von 3 Kunden in den Daten (2025-01 bis 2026-12). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel 2024-12 bis 2025-11 (3 Kunden mit Umsatz)."
    );
  });
  // Delta's credit notes cancel its sales to the cent: the analysis of June ranks it (a total of
  // 0), so June has two customers, though -0.1 - 0.2 + 0.3 is -5.6e-17 added up plainly.
  it("counts a period's customers as the analysis of that period does", () => {
    const june = invoices([
      ["Delta", "10.06.2026", -0.1],
      ["Delta", "11.06.2026", -0.2],
      ["Delta", "12.06.2026", 0.3],
      ["Beta", "13.06.2026", 5],
      ["Alpha", "10.12.2026", 80],
    ]);
    const month = (m: number) => ({
      time: { period: { from: monthIndex(2026, m), to: monthIndex(2026, m) } },
    });
    expect(analyze(june, month(6)).summary.customers).toBe(2);
    const e = (() => {
      try {
        analyze(june, month(12));
      } catch (error) {
        return error as { code: string; params: Record<string, string | number> };
      }
      return null;
    })();
    expect(e?.code).toBe("PERIOD_TOO_FEW_CUSTOMERS_TRY");
    expect(e?.params).toMatchObject({ tryFrom: "2026-06", tryTo: "2026-06", tryCount: 2 });
  });
  it("says when no period of that length has two customers", () => {
    const e = failure({ time: { period: { from: monthIndex(2025, 1), to: monthIndex(2025, 1) } } });
    expect(e.code).toBe("PERIOD_TOO_FEW_CUSTOMERS");
    expect(e.params.count).toBe(1);
    expect(translate(e, "de")).toMatch(/Wählen Sie einen längeren Zeitraum\.$/);
  });
});

describe("analyze without dates", () => {
  it("has no time section and the same figures as before", () => {
    const r = analyze([
      ["Kunde", "Umsatz"],
      ["A", 10],
      ["B", 5],
    ]);
    expect(r.time).toBeUndefined();
    expect(r.table.timeLayout).toBe("none");
    expect(r.table.months).toBeNull();
  });
});

describe("analyze with one column per month", () => {
  const grid = [
    ["Kunde", "Jan 2026", "Feb 2026", "Mär 2026", "Summe"],
    ["Alpha", 100, 100, "", 200],
    ["Beta", 50, "n.a.", 150, 200],
    ["Gamma", "", "", "", 0],
    ["Alpha", 10, "", "", 10],
  ];
  const result = analyze(grid, {
    time: { period: { from: monthIndex(2026, 1), to: monthIndex(2026, 3) } },
  });
  const time = result.time!;
  it("reads the month columns as the revenue and ignores the total column", () => {
    expect(time.layout).toBe("monthColumns");
    expect(result.table.monthColumns!.columns).toEqual([1, 2, 3]);
    expect(result.summary.total).toBe(410);
    expect(result.summary.rowsUsed).toBe(3);
    expect(result.customers.mergedRows).toBe(1);
  });
  it("keeps each customer's months apart", () => {
    const alpha = result.customers.names.indexOf("Alpha");
    expect([...time.monthly.subarray(alpha * 3, alpha * 3 + 3)]).toEqual([110, 100, 0]);
  });
  it("reports unreadable month cells and rows without any month", () => {
    expect(result.table.issues.map((i) => [i.code, i.row])).toEqual([
      ["MONTH_VALUE_TEXT", 2],
      ["ROW_NO_MONTH_VALUES", 3],
    ]);
  });
  it("defaults to the latest month with data", () => {
    const r = analyze(grid);
    expect(monthLabel(r.time!.period.to)).toBe("2026-03");
    expect(r.time!.xyz[r.customers.names.indexOf("Alpha")]).not.toBe(NO_XYZ);
  });
});

describe("the run record between runs", () => {
  const first = analyze(
    invoices([
      ["A", "2026-01-10", 800],
      ["B", "2026-01-10", 150],
      ["C", "2026-01-10", 50],
    ])
  );
  const record = runRecordOf(first, "2026-02-01");
  it("keeps run date, period, method and per customer key, revenue, class and XYZ", () => {
    expect(record).toMatchObject({
      date: "2026-02-01",
      from: "2025-02",
      to: "2026-01",
      method: "fixed",
    });
    expect(record.customers).toEqual([
      { key: "a", revenue: 800, class: "A", xyz: "Z" },
      { key: "b", revenue: 150, class: "B", xyz: "Z" },
      { key: "c", revenue: 50, class: "C", xyz: "Z" },
    ]);
  });
  it("compares the next run with it, and stability keeps a class within the margin", () => {
    const next = invoices([
      ["A", "2026-01-10", 800],
      ["B", "2026-01-10", 150],
      ["C", "2026-01-10", 50],
      ["A", "2026-02-10", 0],
      ["B", "2026-02-10", 40],
      ["D", "2026-02-10", 5],
    ]);
    // 800, 190, 50, 5 of 1045: B starts at 76.6% (A), C at 94.7% (B), D at 99.5% (C)
    const plain = analyze(next, { time: { lastRun: record } });
    const lastRun = plain.time!.lastRun!;
    expect(lastRun.migration.counts).toMatchObject({ "A>A": 1, "B>A": 1, "new>C": 1 });
    const stable = analyze(next, { time: { lastRun: record, stabilityMargin: 0.05 } });
    const b = [...stable.ranking.customer].indexOf(stable.customers.keys.indexOf("b"));
    expect(stable.ranking.classes[b]).toBe(1); // B kept: 76.6% is within 5 points of 80%
    expect(translate(timeReasons(stable, b)!.stability!, "en")).toBe(
      "Keeps B from the last run: at 76.6% it is within 5.0% of its B range (would be A)."
    );
    // The class reason is the kept one: the rule's reason would speak of A.
    expect(translate(classReason(stable, b), "de")).toBe(
      "Behält B aus dem letzten Lauf: mit 76,6\u00a0% höchstens 5,0\u00a0% außerhalb des B-Bereichs (sonst A)."
    );
    expect(classReason(plain, b).code).toBe("REASON_FIXED_IN");
    // C starts at 94.7%, within 5 points of its C range from 95%: keeps C as well
    expect([...stable.ranking.classes]).toEqual([0, 1, 2, 2]);
    expect([...plain.ranking.classes]).toEqual([0, 0, 1, 2]);
    expect(stable.summary.classes.C.count).toBe(2);
  });
});
