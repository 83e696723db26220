import { addCompensated, compensatedTotals } from "../../../src/core/pareto/compensatedSums";

describe("addCompensated", () => {
  it("keeps no margin (NaN) apart from a margin of 0", () => {
    const acc = new Float64Array(4).fill(NaN);
    addCompensated(acc, 0, NaN);
    addCompensated(acc, 1, 0);
    addCompensated(acc, 1, NaN);
    const totals = compensatedTotals(acc);
    expect(Number.isNaN(totals[0])).toBe(true);
    expect(totals[1]).toBe(0);
  });
  it("adds cents without the drift of a plain sum, negatives included", () => {
    const acc = new Float64Array(2).fill(NaN);
    let plain = 0;
    for (let i = 0; i < 1000; i++) {
      addCompensated(acc, 0, 0.1);
      plain += 0.1;
    }
    addCompensated(acc, 0, -0.3);
    expect(plain).not.toBe(100);
    expect(compensatedTotals(acc)[0]).toBe(99.7);
  });
});
