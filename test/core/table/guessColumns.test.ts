import { guessColumns } from "../../../src/core/table/guessColumns";
import { matchHeader } from "../../../src/core/table/matchHeader";

describe("matchHeader", () => {
  test.each([
    ["Kunde", "customer", 2],
    ["Kundenname", "customer", 2],
    ["Customer", "customer", 2],
    ["Account", "customer", 2],
    ["Debitor", "customer", 2],
    ["Kundennummer", "customerId", 2],
    ["Kd.-Nr.", "customerId", 2],
    ["Customer ID", "customerId", 2],
    ["Umsatz", "revenue", 2],
    ["Nettoumsatz", "revenue", 2],
    ["Revenue", "revenue", 2],
    ["Sales", "revenue", 2],
    ["Umsatz 2025 (EUR)", "revenue", 1],
    ["Deckungsbeitrag", "margin", 2],
    ["DB", "margin", 2],
    ["Contribution margin", "margin", 2],
    ["Margin", "margin", 2],
    ["Datum", "revenue", 0],
    ["Datum", "date", 2],
    ["Rechnungsdatum", "date", 2],
    ["Belegdatum", "date", 2],
    ["Buchungsdatum", "date", 2],
    ["Invoice date", "date", 2],
    ["Posting date", "date", 2],
    ["Date", "date", 2],
    ["Datum der Rechnung", "date", 1],
    ["Rechnungsdatum", "revenue", 0],
  ] as const)("%s names %s with strength %d", (label, role, strength) => {
    expect(matchHeader(label, role)).toBe(strength);
  });
});

describe("guessColumns", () => {
  it("maps German headers, id before name", () => {
    const grid = [
      ["Rechnungsnr", "Kundennummer", "Kunde", "Nettoumsatz", "Deckungsbeitrag"],
      [1001, "K-1", "Müller", 100, 20],
      [1002, "K-2", "Schmidt", 50, 10],
    ];
    const g = guessColumns(grid, 0, 5);
    expect(g.columns).toEqual({ customer: 2, customerId: 1, revenue: 3, margin: 4, date: null });
    expect(g.source.customer).toBe("header");
  });
  it("takes a date column by its header, before the revenue guess", () => {
    const grid = [
      ["Rechnungsdatum", "Kunde", "Umsatz"],
      ["31.03.2026", "Müller", "100,00"],
      ["01.04.2026", "Schmidt", "50,00"],
    ];
    const g = guessColumns(grid, 0, 3);
    expect(g.columns).toMatchObject({ date: 0, customer: 1, revenue: 2 });
    expect(g.source.date).toBe("header");
  });
  it("finds a column of text dates without a header and keeps it from the revenue guess", () => {
    const grid = [
      ["2026-03-31", "Müller", 100],
      ["2026-04-01", "Schmidt", 50],
      ["2026-04-02", "Weber", 70],
    ];
    const g = guessColumns(grid, null, 3);
    expect(g.columns).toMatchObject({ date: 0, customer: 1, revenue: 2 });
    expect(g.source.date).toBe("content");
  });
  it("does not take a header named date whose cells are no dates", () => {
    const g = guessColumns(
      [
        ["Datum", "Kunde", "Umsatz"],
        ["bald", "Müller", 100],
      ],
      0,
      3
    );
    expect(g.columns.date).toBeNull();
  });
  it("maps English headers", () => {
    const grid = [
      ["Account", "Sales"],
      ["Acme", 1],
      ["Beta", 2],
    ];
    expect(guessColumns(grid, 0, 2).columns).toMatchObject({ customer: 0, revenue: 1 });
  });
  it("guesses by content when headers say nothing", () => {
    const grid = [
      ["Nr", "Partner", "Wert X"],
      [1, "Acme", 1200.5],
      [2, "Beta", 800.25],
      [3, "Gamma", 10.75],
      [4, "Delta", 99.1],
    ];
    const g = guessColumns(grid, 0, 3);
    expect(g.columns.revenue).toBe(2);
    expect(g.columns.customer).toBe(1);
    expect(g.source.revenue).toBe("content");
  });
  it("does not take a text column as revenue because of its name", () => {
    const grid = [
      ["Kunde", "Umsatz"],
      ["A", "viel"],
      ["B", "wenig"],
    ];
    expect(guessColumns(grid, 0, 2).columns.revenue).toBeNull();
  });
  it("guesses without a header row", () => {
    const grid = [
      ["Acme", 10],
      ["Beta", 5],
    ];
    expect(guessColumns(grid, null, 2).columns).toMatchObject({ customer: 0, revenue: 1 });
  });
});
