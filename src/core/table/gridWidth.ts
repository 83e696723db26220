import type { Grid } from "../types";

/** The longest row's length: rows of a grid may differ in length. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (let r = 0; r < grid.length; r++) if (grid[r].length > w) w = grid[r].length;
  return w;
}
