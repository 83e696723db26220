/** A 1-5 rating as points: (x − 1) / 4 · 100. Anything else (blank, 0, 7, text) counts as missing. */
export function ratingPoints(rating: number): number {
  return rating >= 1 && rating <= 5 ? ((rating - 1) / 4) * 100 : NaN;
}
