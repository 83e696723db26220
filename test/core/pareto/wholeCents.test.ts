import { centSumsBy, centTotal, wholeCents } from "../../../src/core/pareto/wholeCents";
import { compensatedSumsBy } from "../../../src/core/pareto/compensatedSums";

describe("sums per customer", () => {
  const values = new Float64Array([0.1, 5, 0.2, -0.3, 0.3]);
  const customerOf = new Int32Array([0, 1, 0, 2, 2]);

  test("whole cents are added as cents: the double nearest each exact sum", () => {
    expect(wholeCents(values)).toBe(true);
    expect(Array.from(centSumsBy(values, customerOf, 3))).toEqual([0.3, 5, 0]);
    expect(centTotal(values)).toBe(5.3);
  });

  test("compensated sums, NaN for a customer without values", () => {
    const sums = compensatedSumsBy(
      new Float64Array([0.5, 0.25, NaN]),
      new Int32Array([1, 1, 0]),
      3
    );
    expect(Array.from(sums)).toEqual([NaN, 0.75, NaN]);
  });
});
