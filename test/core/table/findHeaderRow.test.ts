import { findHeaderRow } from "../../../src/core/table/findHeaderRow";

describe("findHeaderRow", () => {
  it("finds a header in the first row", () => {
    expect(
      findHeaderRow([
        ["Kunde", "Umsatz"],
        ["Müller GmbH", 100],
      ])
    ).toBe(0);
  });
  it("skips a report title and blank rows above the header", () => {
    const grid = [
      ["Umsatzliste 2025", ""],
      ["", ""],
      ["Customer", "Revenue"],
      ["Acme", 10],
      ["Beta", 5],
    ];
    expect(findHeaderRow(grid)).toBe(2);
  });
  it("finds unknown header names when numbers follow", () => {
    expect(
      findHeaderRow([
        ["Partner", "Betrag EUR 2025"],
        ["X", 1],
        ["Y", 2],
      ])
    ).toBe(1 - 1);
  });
  it("returns null for data without a header", () => {
    expect(
      findHeaderRow([
        ["Acme", 10],
        ["Beta", 5],
      ])
    ).toBeNull();
  });
  it("accepts a header whose revenue is text numbers below", () => {
    expect(
      findHeaderRow([
        ["Kunde", "Umsatz"],
        ["A", "1.234,56 €"],
      ])
    ).toBe(0);
  });
  it("takes a known header even with nothing below it", () => {
    expect(findHeaderRow([["Kunde", "Umsatz"]])).toBe(0);
  });
});
