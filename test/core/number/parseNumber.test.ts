import { detectDecimalSeparator, parseNumberText } from "../../../src/core/number/parseNumber";

describe("parseNumberText", () => {
  test.each([
    ["1234", ".", 1234],
    ["1.234,56 €", ",", 1234.56],
    ["1.234,56 €", ".", 1234.56],
    ["1,234.56", ".", 1234.56],
    ["1,234.56", ",", 1234.56],
    ["(1,200)", ".", -1200],
    ["(1.200,50)", ",", -1200.5],
    ["-5", ".", -5],
    ["−5", ".", -5],
    ["+7,5", ",", 7.5],
    ["12,5", ".", 12.5],
    ["0.75", ",", 0.75],
    ["1.234-", ",", -1234],
    ["EUR 2.500,00", ",", 2500],
    ["$1,000", ".", 1000],
    ["CHF 1'234.50", ".", 1234.5],
    ["1 234,56", ",", 1234.56],
    ["1\u00a0234,56 €", ",", 1234.56],
    ["1.234.567", ".", 1234567],
    ["1,234,567.89", ".", 1234567.89],
    ["1,234", ".", 1234],
    ["1,234", ",", 1.234],
    ["1.234", ",", 1234],
    ["1.234", ".", 1.234],
    ["1.5E+3", ".", 1500],
    ["  42  ", ".", 42],
  ] as const)("%s with decimal %s is %d", (text, decimal, expected) => {
    expect(parseNumberText(text, decimal)).toBeCloseTo(expected, 10);
  });

  test.each([
    ["", "blank"],
    ["   ", "blank"],
    ["#N/A", "error"],
    ["#DIV/0!", "error"],
    ["#NV", "error"],
    ["-5 %", "percent"],
    ["12%", "percent"],
    ["12 T€", "unit"],
    ["3 Mio", "unit"],
    ["2,5 Mio. €", "unit"],
    ["15k", "unit"],
    ["n.a.", "text"],
    ["abc", "text"],
    ["1,2,3,4", "text"],
    ["1.23.4", "text"],
    ["12-34", "text"],
    ["€", "text"],
  ] as const)("%s is refused as %s", (text, reason) => {
    expect(parseNumberText(text)).toBe(reason);
  });
});

describe("detectDecimalSeparator", () => {
  it("reads German columns from unambiguous cells", () => {
    expect(detectDecimalSeparator(["1.234,56", "1.234", "12,5"])).toBe(",");
  });
  it("reads English columns from unambiguous cells", () => {
    expect(detectDecimalSeparator(["1,234.56", "1,234", "0.5"], ",")).toBe(".");
  });
  it("falls back to the language when nothing tells", () => {
    expect(detectDecimalSeparator(["1.234"], ",")).toBe(",");
    expect(detectDecimalSeparator([], ".")).toBe(".");
  });
  it("takes repeated group separators as thousands", () => {
    expect(detectDecimalSeparator(["1.234.567"])).toBe(",");
    expect(detectDecimalSeparator(["1,234,567"], ",")).toBe(".");
  });
});
