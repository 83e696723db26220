import { addMargin, marginTotals } from "../../../src/core/pareto/addMargin";

describe("addMargin", () => {
  it("keeps no margin (NaN) apart from a margin of 0", () => {
    const acc = new Float64Array(4).fill(NaN);
    addMargin(acc, 0, NaN);
    addMargin(acc, 1, 0);
    addMargin(acc, 1, NaN);
    const totals = marginTotals(acc);
    expect(Number.isNaN(totals[0])).toBe(true);
    expect(totals[1]).toBe(0);
  });
  it("adds cents without the drift of a plain sum, negatives included", () => {
    const acc = new Float64Array(2).fill(NaN);
    let plain = 0;
    for (let i = 0; i < 1000; i++) {
      addMargin(acc, 0, 0.1);
      plain += 0.1;
    }
    addMargin(acc, 0, -0.3);
    expect(plain).not.toBe(100);
    expect(marginTotals(acc)[0]).toBe(99.7);
  });
});
