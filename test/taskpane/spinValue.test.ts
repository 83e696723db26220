// The number fields with a SpinButton (weights, minimum score, count, XYZ limits): what a change
// stands for. Fluent passes only the typed text when the user types and leaves the field.
import { spinValue, wholeNumberOf } from "../../src/taskpane/logic/spinValue";

describe("spinValue", () => {
  it("takes the stepped value, else the typed text in German or English", () => {
    expect(spinValue(0.55, undefined)).toBe(0.55);
    expect(spinValue(undefined, "0,7")).toBe(0.7);
    expect(spinValue(undefined, "0.7")).toBe(0.7);
    expect(spinValue(NaN, "0,7")).toBeNull();
  });
});

describe("wholeNumberOf", () => {
  it("rounds a number typed with either decimal mark", () => {
    expect(wholeNumberOf(undefined, "12")).toBe(12);
    expect(wholeNumberOf(undefined, " 12,6 ")).toBe(13);
    expect(wholeNumberOf(undefined, "12.4")).toBe(12);
    expect(wholeNumberOf(30, undefined)).toBe(30);
    expect(wholeNumberOf(0, undefined)).toBe(0);
  });

  it("takes a blank field as nothing typed, not as 0 (a cleared weight stayed 0 before)", () => {
    expect(wholeNumberOf(undefined, "")).toBeNull();
    expect(wholeNumberOf(undefined, "   ")).toBeNull();
    expect(wholeNumberOf(null, "")).toBeNull();
    expect(wholeNumberOf(undefined, undefined)).toBeNull();
  });

  it("refuses negatives and text", () => {
    expect(wholeNumberOf(undefined, "-3")).toBeNull();
    expect(wholeNumberOf(undefined, "zwölf")).toBeNull();
    expect(wholeNumberOf(undefined, "1,2,3")).toBeNull();
  });
});
