import { fmmSpline, splineEval } from "../../../src/core/classify/spline";

const f64 = (values: number[]) => Float64Array.from(values);

/** Relative-or-absolute closeness for values of any size. */
function expectClose(actual: number, expected: number, tolerance = 1e-12) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}

describe("fmmSpline + splineEval", () => {
  test("no knots is an error, one knot is a constant (R leaves the coefficients at 0)", () => {
    expect(() => fmmSpline(f64([]), f64([]))).toThrow(RangeError);
    const s = fmmSpline(f64([2]), f64([7]));
    expect(Array.from(splineEval(s, [-1, 2, 10]))).toEqual([7, 7, 7]);
    expect(Array.from(splineEval(s, [-1, 2, 10], 1))).toEqual([0, 0, 0]);
  });

  test("two knots give the straight line, also outside the knots", () => {
    const s = fmmSpline(f64([1, 3]), f64([2, 8]));
    expect(Array.from(splineEval(s, [0, 1, 2, 3, 5]))).toEqual([-1, 2, 5, 8, 14]);
    expect(Array.from(splineEval(s, [0, 2, 5], 1))).toEqual([3, 3, 3]);
  });

  test("three knots give the parabola through them: (0,0), (1,1), (2,4) is x^2", () => {
    const s = fmmSpline(f64([0, 1, 2]), f64([0, 1, 4]));
    const at = [-1, 0.5, 1.5, 3];
    splineEval(s, at).forEach((v, i) => expectClose(v, at[i] * at[i]));
    splineEval(s, at, 1).forEach((v, i) => expectClose(v, 2 * at[i]));
  });

  test("four knots give the cubic through them (Lagrange by hand)", () => {
    // Through (0,1), (1,3), (2,2), (4,5): p(x) = 1 + 14/3 x - 13/4 x^2 + 7/12 x^3,
    // so p(0.5) = 249/96, p(3) = 3/2 and p'(3) = 14/3 - 39/2 + 63/4 = 11/12.
    const s = fmmSpline(f64([0, 1, 2, 4]), f64([1, 3, 2, 5]));
    const [p05, p3] = splineEval(s, [0.5, 3]);
    expectClose(p05, 249 / 96);
    expectClose(p3, 1.5);
    expectClose(splineEval(s, [3], 1)[0], 11 / 12);
  });

  test("reproduces a cubic polynomial exactly on irregular knots, inside and outside", () => {
    const p = (x: number) => 2 * x ** 3 - 3 * x ** 2 + x - 5;
    const dp = (x: number) => 6 * x ** 2 - 6 * x + 1;
    const knots = [-2, -1.5, -0.25, 0, 0.7, 1, 2.5, 3, 4.2];
    const s = fmmSpline(f64(knots), f64(knots.map(p)));
    const at = Array.from({ length: 81 }, (_, i) => -3 + i * 0.1);
    splineEval(s, at).forEach((v, i) => expectClose(v, p(at[i]), 1e-10));
    splineEval(s, at, 1).forEach((v, i) => expectClose(v, dp(at[i]), 1e-10));
  });

  test("on other data it interpolates, is C2 and has the fmm end third derivatives", () => {
    const x = [0, 1, 2, 3, 4, 5, 6, 7.5];
    const y = x.map((t) => Math.abs(t - 2) + (t > 5 ? 0.5 * (t - 5) ** 2 : 0));
    const s = fmmSpline(f64(x), f64(y));
    splineEval(s, x).forEach((v, i) => expectClose(v, y[i]));
    for (let i = 0; i + 1 < x.length; i++) {
      // Left piece at the next knot: value, slope and curvature must meet the right piece.
      const h = x[i + 1] - x[i];
      expectClose(s.y[i] + h * (s.b[i] + h * (s.c[i] + h * s.d[i])), s.y[i + 1]);
      expectClose(s.b[i] + h * (2 * s.c[i] + 3 * h * s.d[i]), s.b[i + 1]);
      expectClose(2 * s.c[i] + 6 * h * s.d[i], 2 * s.c[i + 1]);
    }
    // Third divided difference of four points = leading coefficient of their cubic.
    const dd3 = (i: number) => {
      const d1 = (j: number) => (y[j + 1] - y[j]) / (x[j + 1] - x[j]);
      const d2 = (j: number) => (d1(j + 1) - d1(j)) / (x[j + 2] - x[j]);
      return (d2(i + 1) - d2(i)) / (x[i + 3] - x[i]);
    };
    expectClose(s.d[0], dd3(0));
    expectClose(s.d[x.length - 2], dd3(x.length - 4));
  });

  test("evaluates unsorted points and writes into a given buffer", () => {
    const s = fmmSpline(f64([0, 1, 2, 3]), f64([0, 1, 8, 27]));
    const out = new Float64Array(3);
    expect(splineEval(s, [2.5, 0.5, 1.5], 0, out)).toBe(out);
    Array.from(out).forEach((v, i) => expectClose(v, [2.5, 0.5, 1.5][i] ** 3));
  });
});
