// Interpolating cubic spline with the "fmm" end conditions of Forsythe, Malcolm & Moler, as R's
// `spline()` / `splinefun()` use by default. The computed ABC analysis must reproduce R's limits
// to the item, so the arithmetic follows R's stats/src/splines.c (`fmm_spline`, `spline_eval`)
// operation for operation: a different but "equivalent" formula can move a grid point by one ulp
// and flip a `which.min` tie.

/**
 * A fitted spline: on [x[i], x[i+1]] it is y[i] + h*(b[i] + h*(c[i] + h*d[i])) with h = t - x[i].
 * The last knot's coefficients extend the last piece to the right, as in R.
 */
export interface CubicSpline {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * Fits the fmm spline through (x[i], y[i]); x must be strictly increasing.
 * The end conditions match the third derivative at each end to that of the cubic through the
 * first (last) four points, so data from a cubic polynomial is reproduced exactly.
 * Two knots give the straight line, three the parabola; one knot a constant (R leaves the
 * coefficients at zero there).
 */
export function fmmSpline(x: Float64Array, y: Float64Array): CubicSpline {
  const n = x.length;
  if (n === 0) throw new RangeError("fmmSpline: no knots");
  if (y.length !== n) throw new RangeError("fmmSpline: x and y differ in length");
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  const spline: CubicSpline = { x, y, b, c, d };
  if (n < 2) return spline;
  if (n < 3) {
    b[0] = b[1] = (y[1] - y[0]) / (x[1] - x[0]);
    return spline;
  }

  // Tridiagonal system: b = diagonal, d = off-diagonal, c = right-hand side (0-based from here).
  const last = n - 1;
  d[0] = x[1] - x[0];
  c[1] = (y[1] - y[0]) / d[0];
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1] - x[i];
    b[i] = 2 * (d[i - 1] + d[i]);
    c[i + 1] = (y[i + 1] - y[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }

  // End conditions: third derivatives from divided differences of the outer four points.
  b[0] = -d[0];
  b[last] = -d[last - 1];
  c[0] = c[last] = 0;
  if (n > 3) {
    c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
    c[last] = c[last - 1] / (x[last] - x[last - 2]) - c[last - 2] / (x[last - 1] - x[last - 3]);
    c[0] = (c[0] * d[0] * d[0]) / (x[3] - x[0]);
    c[last] = (-c[last] * d[last - 1] * d[last - 1]) / (x[last] - x[last - 3]);
  }

  // Gaussian elimination, then back substitution; c[i] becomes sigma_i of FMM's text.
  for (let i = 1; i <= last; i++) {
    const t = d[i - 1] / b[i - 1];
    b[i] = b[i] - t * d[i - 1];
    c[i] = c[i] - t * c[i - 1];
  }
  c[last] = c[last] / b[last];
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];

  // Polynomial coefficients of each piece.
  b[last] = (y[last] - y[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2 * c[last]);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] = 3 * c[i];
  }
  c[last] = 3 * c[last];
  d[last] = d[last - 1];
  return spline;
}

/**
 * Evaluates the spline (deriv 0) or its first derivative (deriv 1) at each xout.
 * The piece is chosen like R's `spline_eval`: the previous piece is kept while it still covers
 * the point (so a point on a knot may use the piece to its left), otherwise a bisection finds
 * the last knot <= point. Points outside the knots extrapolate the end pieces.
 */
export function splineEval(
  spline: CubicSpline,
  xout: ArrayLike<number>,
  deriv: 0 | 1 = 0,
  out: Float64Array = new Float64Array(xout.length)
): Float64Array {
  const { x, y, b, c, d } = spline;
  const n = x.length;
  const last = n - 1;
  let i = 0;
  for (let l = 0; l < xout.length; l++) {
    const u = xout[l];
    if (u < x[i] || (i < last && x[i + 1] < u)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >>> 1;
        if (u < x[k]) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const h = u - x[i];
    // splinefun(deriv = 1) shifts the coefficients to (b, 2c, 3d, 0) and reuses the same Horner form.
    out[l] =
      deriv === 0
        ? y[i] + h * (b[i] + h * (c[i] + h * d[i]))
        : b[i] + h * (2 * c[i] + h * (3 * d[i]));
  }
  return out;
}
