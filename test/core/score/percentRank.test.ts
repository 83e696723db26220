import { percentRankPoints } from "../../../src/core/score/percentRank";

describe("percentRankPoints", () => {
  it("gives the share of the other values that are smaller, as PERCENTRANK.INC", () => {
    // PERCENTRANK.INC({10,20,30,40,50}, 30) = 0.5
    expect(Array.from(percentRankPoints([30, 10, 50, 20, 40]))).toEqual([50, 0, 100, 25, 75]);
  });
  it("gives equal values equal points and leaves NaN missing", () => {
    const p = percentRankPoints([5, NaN, 5, 1]);
    expect(p[0]).toBe(50);
    expect(p[2]).toBe(50);
    expect(p[1]).toBeNaN();
    expect(p[3]).toBe(0);
  });
  it("gives a single value 100", () => {
    expect(Array.from(percentRankPoints([NaN, 3]))).toEqual([NaN, 100]);
  });
});
