// Satisfaction and potential ratings (1-5) from columns of the data, one per customer.
import type { CellValue, Grid } from "../types";
import { RATING_SYNONYMS, type RatingRole } from "./headerSynonyms";
import { normalizeHeader } from "./normalizeHeader";
import type { TableData } from "./readTable";

export interface CustomerRatings {
  /** 0-based grid column of each rating, null when the data has none. */
  columns: Record<RatingRole, number | null>;
  /** Per customer (index as in `Customers`): the latest rating, NaN when none; null without a column. */
  satisfaction: Float64Array | null;
  potential: Float64Array | null;
}

/**
 * Finds the rating columns by header among the columns the table did not use and takes, per
 * customer, the rating of its last row that has one: a rating is a state, not an amount, so it
 * is never summed, and the newest entry wins (rows in the order of the data).
 */
export function readRatings(
  grid: Grid,
  table: TableData,
  customerCount: number,
  /** The grid's rows where `grid` holds only its top rows (a reader that keeps cells its own way). */
  rowAt: (r: number) => readonly CellValue[] = (r) => grid[r]
): CustomerRatings {
  const columns = ratingColumns(grid, table);
  const read = (column: number | null) => {
    if (column === null) return null;
    const out = new Float64Array(customerCount).fill(NaN);
    for (let i = 0; i < table.rows.length; i++) {
      const rating = ratingOf(rowAt(table.rows[i])[column]);
      if (!Number.isNaN(rating)) out[table.keyIds[i]] = rating;
    }
    return out;
  };
  return {
    columns,
    satisfaction: read(columns.satisfaction),
    potential: read(columns.potential),
  };
}

function ratingColumns(grid: Grid, table: TableData): Record<RatingRole, number | null> {
  const found: Record<RatingRole, number | null> = { satisfaction: null, potential: null };
  if (table.headerRow === null) return found;
  const used = new Set(Object.values(table.columns).filter((c) => c !== null));
  const header = grid[table.headerRow];
  for (const role of Object.keys(found) as RatingRole[]) {
    for (let c = 0; c < table.width; c++) {
      if (used.has(c) || !RATING_SYNONYMS[role].includes(headerKey(header[c]))) continue;
      found[role] = c;
      used.add(c);
      break;
    }
  }
  return found;
}

/** "Zufriedenheit (1-5)" -> "zufriedenheit". */
function headerKey(label: unknown): string {
  return normalizeHeader(label).replace(/15$/, "");
}

/** A number 1-5 (also typed as text, "4" or "3,5"); NaN for blanks and anything else. */
function ratingOf(cell: unknown): number {
  const v =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && /^\s*\d(?:[.,]\d+)?\s*$/.test(cell)
        ? Number(cell.trim().replace(",", "."))
        : NaN;
  return v >= 1 && v <= 5 ? v : NaN;
}
