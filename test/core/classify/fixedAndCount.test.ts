import { classifyByCount } from "../../../src/core/classify/byCount";
import { classifyFixed } from "../../../src/core/classify/fixed";
import { cumulativeShares } from "../../../src/core/pareto/cumulativeShares";
import { sum } from "../../../src/core/pareto/sum";

const letters = (c: Uint8Array) => Array.from(c, (x) => "ABC"[x]).join("");

function fixed(values: number[], a = 0.8, b = 0.95, strict = false) {
  return classifyFixed(values, cumulativeShares(values, sum(values)), a, b, strict);
}

describe("classifyFixed", () => {
  it("puts the customer that crosses the threshold into A", () => {
    // cumulative 0.5, 0.75, 0.9, 0.97, 1
    expect(letters(fixed([50, 25, 15, 7, 3]).classes)).toBe("AAABC");
  });
  it("keeps a customer that exactly reaches 80% in A and starts B after it", () => {
    expect(letters(fixed([60, 20, 15, 5]).classes)).toBe("AABC");
  });
  it("never splits equal revenue at a boundary (best class)", () => {
    // cumulative 0.4, 0.7, 0.8(tie), 0.9(tie), 1
    expect(letters(fixed([40, 30, 10, 10, 10]).classes)).toBe("AAAAA");
    expect(letters(fixed([40, 30, 10, 10, 5, 5]).classes)).toBe("AAAABB");
  });
  it("strict: A only while the cumulative share including it stays within", () => {
    expect(letters(fixed([50, 25, 15, 7, 3], 0.8, 0.95, true).classes)).toBe("AABCC");
  });
  it("strict: a group straddling the limit goes to the worse class", () => {
    // cumulative 0.4, 0.7, 0.8, 0.9 -> the two 10s straddle 0.8
    expect(letters(fixed([40, 30, 10, 10, 10], 0.8, 0.95, true).classes)).toBe("AACCC");
  });
  it("any threshold pair works: 70/90", () => {
    expect(letters(fixed([50, 25, 15, 7, 3], 0.7, 0.9).classes)).toBe("AABCC");
  });
  it("customers without revenue are C", () => {
    expect(letters(fixed([10, 0, 0], 0.8, 1).classes)).toBe("ACC");
  });
});

describe("classifyByCount", () => {
  it("takes the top 20% and 50% of customers, rounding up", () => {
    const values = Array.from({ length: 10 }, (_, i) => 100 - i);
    expect(letters(classifyByCount(values, 0.2, 0.5).classes)).toBe("AABBBCCCCC");
    const seven = [7, 6, 5, 4, 3, 2, 1];
    expect(classifyByCount(seven, 0.2, 0.5)).toMatchObject({ aCount: 2, bCount: 4 });
  });
  it("keeps ties together in the better class", () => {
    expect(letters(classifyByCount([9, 5, 5, 1, 1], 0.2, 0.5).classes)).toBe("ABBCC");
    expect(letters(classifyByCount([5, 5, 5, 1, 1], 0.2, 0.5).classes)).toBe("AAACC");
  });
});
