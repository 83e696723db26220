// The key-account score's criteria and their default weights (issue: key accounts on numbers and facts).

export type ScoreCriterion =
  "revenue" | "margin" | "growth" | "stability" | "satisfaction" | "potential";

/** In the order they are shown and explained. */
export const SCORE_CRITERIA: readonly ScoreCriterion[] = [
  "revenue",
  "margin",
  "growth",
  "stability",
  "satisfaction",
  "potential",
];

export type ScoreWeights = Partial<Record<ScoreCriterion, number>>;

/** Hard figures weigh more than soft ones; they add up to 100 so each weight reads as points. */
export const DEFAULT_SCORE_WEIGHTS: Readonly<Record<ScoreCriterion, number>> = {
  revenue: 30,
  margin: 25,
  growth: 15,
  stability: 10,
  satisfaction: 10,
  potential: 10,
};

/** True if every criterion has its default weight. */
export function isDefaultScoreWeights(weights: Readonly<Record<ScoreCriterion, number>>): boolean {
  return SCORE_CRITERIA.every((c) => weights[c] === DEFAULT_SCORE_WEIGHTS[c]);
}

export function isScoreCriterion(name: string): name is ScoreCriterion {
  return (SCORE_CRITERIA as readonly string[]).includes(name);
}

/**
 * Weights from text such as "revenue=30,margin=25" (any subset, any non-negative numbers). Throws
 * a RangeError naming the part that is wrong; criteria not named get weight 0.
 */
export function parseScoreWeights(text: string): ScoreWeights {
  const weights: ScoreWeights = {};
  for (const part of text.split(",")) {
    const item = part.trim();
    if (item === "") continue;
    const m = /^([a-z]+)\s*=\s*([0-9]+(?:\.[0-9]+)?)$/i.exec(item);
    const name = m?.[1].toLowerCase() ?? "";
    if (!m || !isScoreCriterion(name)) throw new RangeError(item);
    weights[name] = Number(m[2]);
  }
  if (!SCORE_CRITERIA.some((c) => (weights[c] ?? 0) > 0)) throw new RangeError(text);
  return weights;
}
