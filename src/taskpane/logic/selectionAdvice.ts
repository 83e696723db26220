// Ordinary mistakes with the selection are warnings ("Check the selection"), with advice for the
// case at hand; everything else stays an error.
import type { SourceData } from "../../excel/types";
import type { Notice } from "../state/notice";
import { columnLetter } from "../../core/a1";

/** Core codes that mean "the selection is not the customer list" rather than a failure. */
const SELECTION_CODES = new Set([
  "EMPTY_SELECTION",
  "SINGLE_CELL",
  "HEADER_ONLY",
  "NO_REVENUE_COLUMN",
  "NO_CUSTOMER_COLUMN",
  "COLUMN_OUT_OF_RANGE",
  "NO_USABLE_ROWS",
  "TOO_FEW_CUSTOMERS",
  "NO_POSITIVE_REVENUE",
]);

export function isSelectionMistake(n: Notice): boolean {
  return n.kind === "core" && SELECTION_CODES.has(n.message.code);
}

/** Advice for a one-column selection: which column it was and what to select instead. */
export function selectionAdvice(
  n: Notice,
  source: Pick<SourceData, "grid" | "firstColumn"> | null
): Notice | null {
  if (!isSelectionMistake(n) || !source || source.grid.length === 0) return null;
  const width = Math.max(...source.grid.slice(0, 10).map((r) => r.length));
  if (width !== 1) return null;
  const header = source.grid[0][0];
  return {
    kind: "ui",
    key: "adviceOneColumn",
    params: {
      column: columnLetter(source.firstColumn),
      header: header === null || header === undefined ? "" : String(header),
    },
  };
}
