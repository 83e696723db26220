import type { Grid } from "../types";
import { COLUMN_ROLES } from "./columnRoles";
import { isBlank, isLabel, looksNumeric } from "./cellKinds";
import { gridWidth } from "./gridWidth";
import { matchHeader } from "./matchHeader";

/** Header rows sit at the top; report titles and notes may stand above them. */
const SEARCH_ROWS = 30;

/**
 * The grid row that holds the column names, or null when the data has none.
 * A header row holds only labels (at least two, or one in a one-column grid) and is followed by
 * a row with a number; known column names (Kunde, Umsatz, Revenue ...) make a row more likely.
 */
export function findHeaderRow(grid: Grid): number | null {
  const width = gridWidth(grid);
  let best: number | null = null;
  let bestScore = 0;
  const limit = Math.min(grid.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid[r];
    let labels = 0;
    let others = 0;
    let known = 0;
    for (const cell of row) {
      if (isBlank(cell)) continue;
      if (isLabel(cell)) {
        labels++;
        known += Math.max(...COLUMN_ROLES.map((role) => matchHeader(cell, role)));
      } else others++;
    }
    if (others > 0 || labels < Math.min(2, width)) continue;
    const next = nextFilledRow(grid, r + 1);
    const dataBelow = next !== null && grid[next].some(looksNumeric);
    if (!dataBelow && known === 0) continue;
    const score = known * 10 + (dataBelow ? 5 : 0) + labels;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

function nextFilledRow(grid: Grid, from: number): number | null {
  for (let r = from; r < grid.length && r < from + SEARCH_ROWS; r++) {
    if (grid[r].some((c) => !isBlank(c))) return r;
  }
  return null;
}
