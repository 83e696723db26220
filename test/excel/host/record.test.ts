import { parseRecord, recordFormula } from "../../../src/excel/host/record";

describe("records in workbook names", () => {
  test("round trip through a string constant in 250-character pieces", () => {
    const value = {
      note: 'Müller "Süd" GmbH & Co',
      keys: Array.from({ length: 60 }, (_, i) => `k${i}`),
    };
    const formula = recordFormula(value) as string;
    expect(formula.startsWith('="')).toBe(true);
    for (const piece of formula.slice(1).split('"&"'))
      expect(piece.length).toBeLessThanOrEqual(2 * 250 + 2);
    expect(parseRecord(formula)).toEqual(value);
  });

  test("too large records are refused; foreign formulas read as nothing", () => {
    expect(recordFormula({ text: "x".repeat(8000) })).toBeNull();
    expect(parseRecord("=Daten!$A$1:$B$5")).toBeNull();
    expect(parseRecord("=#REF!")).toBeNull();
    expect(parseRecord(undefined)).toBeNull();
  });
});
