/** Shares are compared with this tolerance: 0.8 reached as 0.7999999999999999 is still 80%. */
export const SHARE_EPSILON = 1e-12;

/**
 * The fewest leading items whose cumulative share reaches `share` (n80 for 0.8). The item that
 * crosses the threshold counts. 0 for an empty list or share <= 0.
 */
export function countToReach(cumulative: ArrayLike<number>, share: number): number {
  if (share <= 0) return 0;
  let lo = 0;
  let hi = cumulative.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] >= share - SHARE_EPSILON) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}
