// Finds the add-in's columns in a table by header text, in either language, wherever they are.
import { normalizeKey } from "../table/normalizeKey";
import type { CellValue } from "../types";
import type { ColumnSpec } from "./types";

/** Column id -> grid index, for every known column found in the header row (first one wins). */
export function matchColumns(
  header: readonly CellValue[],
  known: readonly ColumnSpec[]
): Map<string, number> {
  const byText = new Map<string, string>();
  for (const c of known) {
    for (const h of [c.header.en, c.header.de]) {
      const k = normalizeKey(h);
      if (!byText.has(k)) byText.set(k, c.id);
    }
  }
  const found = new Map<string, number>();
  header.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const id = byText.get(normalizeKey(cell));
    if (id !== undefined && !found.has(id)) found.set(id, index);
  });
  return found;
}
