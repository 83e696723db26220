import {
  coefficientOfVariation,
  xyzClass,
  xyzLimitProblems,
  xyzLimitsValid,
} from "../../../src/core/time/xyz";

describe("coefficientOfVariation", () => {
  it("is the population standard deviation over the mean", () => {
    // mean 5, population sd 2 (the textbook set 2,4,4,4,5,5,7,9)
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(0.4, 15);
  });
  it("is 0 for steady revenue and counts empty months as zeros", () => {
    expect(coefficientOfVariation([100, 100, 100])).toBe(0);
    // one month of 12 with revenue: sd = sqrt(11)·mean
    const months = new Array(12).fill(0);
    months[3] = 1200;
    expect(coefficientOfVariation(months)).toBeCloseTo(Math.sqrt(11), 12);
  });
  it("is NaN without a positive mean", () => {
    expect(coefficientOfVariation([])).toBeNaN();
    expect(coefficientOfVariation([0, 0])).toBeNaN();
    expect(coefficientOfVariation([-5, 2])).toBeNaN();
  });
});

describe("xyzClass", () => {
  it("uses inclusive limits 0.5 and 1.0 by default", () => {
    expect(xyzClass(0)).toBe("X");
    expect(xyzClass(0.5)).toBe("X");
    expect(xyzClass(0.5000001)).toBe("Y");
    expect(xyzClass(1)).toBe("Y");
    expect(xyzClass(1.01)).toBe("Z");
    expect(xyzClass(NaN)).toBeNull();
  });
  it("takes other limits", () => {
    expect(xyzClass(0.3, [0.2, 0.4])).toBe("Y");
  });
});

describe("xyzLimitProblems", () => {
  it("names the limit that is wrong: X above 0, Y above X, both finite", () => {
    expect(xyzLimitProblems([0.5, 1])).toEqual({});
    expect(xyzLimitProblems([0, 1])).toEqual({ x: "positive" });
    expect(xyzLimitProblems([-1, 0])).toEqual({ x: "positive", y: "positive" });
    expect(xyzLimitProblems([0.5, 0.5])).toEqual({ y: "aboveX" });
    expect(xyzLimitProblems([0.5, Infinity])).toEqual({ y: "aboveX" });
    expect(xyzLimitsValid([0.5, 1])).toBe(true);
    expect(xyzLimitsValid([NaN, 1])).toBe(false);
  });
});
