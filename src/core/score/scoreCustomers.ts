// The key-account score: each criterion as 0-100 points, then a weighted mean over the criteria a
// customer has. Weights are renormalised per customer so that a missing soft factor neither
// punishes nor rewards; the parts always add up to the score.
import { SCORE_CRITERIA, type ScoreCriterion, type ScoreWeights } from "./criteria";
import { percentRankPoints } from "./percentRank";
import { ratingPoints } from "./ratingPoints";

/** Per-customer figures, parallel arrays; NaN (or a missing array) means "not known". */
export interface ScoreInput {
  count: number;
  revenue: ArrayLike<number>;
  /** Contribution margin, absolute. */
  margin?: ArrayLike<number> | null;
  /** (period − previous) / previous; NaN for new customers. */
  growth?: ArrayLike<number> | null;
  /** Coefficient of variation of the monthly revenue: lower is steadier, so better. */
  cv?: ArrayLike<number> | null;
  /** Ratings 1-5 typed by people. */
  satisfaction?: ArrayLike<number> | null;
  potential?: ArrayLike<number> | null;
  /** Breaks equal scores (smaller first), e.g. the ABC rank; default: input order. */
  tieBreak?: ArrayLike<number>;
}

export interface ScoreResult {
  count: number;
  /** The weights as given (0 for criteria not named). */
  weights: Record<ScoreCriterion, number>;
  /** Each criterion on 0-100 before weighting; NaN where the customer lacks it. */
  criterionPoints: Record<ScoreCriterion, Float64Array>;
  /** Weighted points per criterion (they add up to the score); NaN where missing or weight 0. */
  parts: Record<ScoreCriterion, Float64Array>;
  /** 0-100; NaN when the customer has none of the weighted criteria. */
  score: Float64Array;
  /** Sum of the weights of the criteria the customer has (the base the points were scaled to). */
  weightPresent: Float64Array;
  /** Customers by score, best first; customers without a score last. */
  order: Int32Array;
}

/** How each criterion becomes 0-100 (written down in docs/score.md). */
export function criterionPoints(input: ScoreInput): Record<ScoreCriterion, Float64Array> {
  const n = input.count;
  const missing = () => new Float64Array(n).fill(NaN);
  const negated = (values: ArrayLike<number>) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = -values[i];
    return out;
  };
  const ratings = (values: ArrayLike<number>) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = ratingPoints(values[i]);
    return out;
  };
  return {
    revenue: percentRankPoints(input.revenue),
    margin: input.margin ? percentRankPoints(input.margin) : missing(),
    growth: input.growth ? percentRankPoints(input.growth) : missing(),
    stability: input.cv ? percentRankPoints(negated(input.cv)) : missing(),
    satisfaction: input.satisfaction ? ratings(input.satisfaction) : missing(),
    potential: input.potential ? ratings(input.potential) : missing(),
  };
}

export function scoreCustomers(input: ScoreInput, weightsGiven: ScoreWeights): ScoreResult {
  const n = input.count;
  const weights = {} as Record<ScoreCriterion, number>;
  for (const c of SCORE_CRITERIA) {
    const w = weightsGiven[c] ?? 0;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight of ${c}: ${w}`);
    weights[c] = w;
  }
  const points = criterionPoints(input);
  const parts = {} as Record<ScoreCriterion, Float64Array>;
  for (const c of SCORE_CRITERIA) parts[c] = new Float64Array(n).fill(NaN);
  const score = new Float64Array(n).fill(NaN);
  const weightPresent = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let present = 0;
    for (const c of SCORE_CRITERIA)
      if (weights[c] > 0 && !Number.isNaN(points[c][i])) present += weights[c];
    weightPresent[i] = present;
    if (present === 0) continue;
    let total = 0;
    for (const c of SCORE_CRITERIA) {
      if (weights[c] === 0 || Number.isNaN(points[c][i])) continue;
      const part = (points[c][i] * weights[c]) / present;
      parts[c][i] = part;
      total += part;
    }
    // Clamp the last ulp of rounding so "within 0-100" holds exactly.
    score[i] = Math.min(100, Math.max(0, total));
  }
  return {
    count: n,
    weights,
    criterionPoints: points,
    parts,
    score,
    weightPresent,
    order: scoreOrder(score, input.tieBreak),
  };
}

function scoreOrder(score: Float64Array, tieBreak?: ArrayLike<number>): Int32Array {
  const idx = Array.from({ length: score.length }, (_, i) => i);
  const tie = (i: number) => (tieBreak ? tieBreak[i] : i);
  idx.sort((a, b) => {
    const sa = score[a];
    const sb = score[b];
    const na = Number.isNaN(sa);
    const nb = Number.isNaN(sb);
    if (na !== nb) return na ? 1 : -1;
    if (!na && sa !== sb) return sb - sa;
    return tie(a) - tie(b) || a - b;
  });
  return Int32Array.from(idx);
}
