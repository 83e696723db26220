import type { Method } from "./types";

/**
 * Class limits in percent when the user gives none: fixed on cumulative revenue (80, 95), count
 * on shares of customers (20, 50). Its own module so that the pane takes it without the analysis.
 */
export const DEFAULT_THRESHOLDS: Record<Method, readonly [number, number]> = {
  fixed: [80, 95],
  count: [20, 50],
  computed: [NaN, NaN],
};
