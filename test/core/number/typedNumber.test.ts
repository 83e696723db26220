import { typedNumber } from "../../../src/core/number/typedNumber";

describe("typedNumber: a number typed into a field", () => {
  it.each([
    ["80", 80],
    [" 82.5 ", 82.5],
    ["82,5", 82.5], // German decimal comma
    ["0.7", 0.7], // English decimal point (also typed by Germans on English keyboards)
    ["0,45", 0.45],
    [",5", 0.5],
    ["5.", 5],
    ["-0,5", -0.5],
    ["\u22120,5", -0.5],
    ["100", 100],
  ])("reads %p", (text, value) => expect(typedNumber(text)).toBe(value));

  it.each([
    "",
    "   ",
    "abc",
    "-",
    ",",
    "1e2",
    "1,2,3",
    "1.234,5",
    "8 0",
    "80 %",
    "0x10",
    "Infinity",
  ])("takes %p as no number", (text) => expect(typedNumber(text)).toBeNull());

  it("takes nothing typed as nothing, never 0", () => {
    expect(typedNumber(undefined)).toBeNull();
    expect(typedNumber(null)).toBeNull();
    expect(typedNumber("", { percent: true })).toBeNull();
    expect(typedNumber(" % ", { percent: true })).toBeNull();
  });

  it("reads a percent sign in a percent field only", () => {
    expect(typedNumber("95 %", { percent: true })).toBe(95);
    expect(typedNumber("82,5%", { percent: true })).toBe(82.5);
    expect(typedNumber("80%%", { percent: true })).toBeNull();
    expect(typedNumber("95 %")).toBeNull();
  });
});
