import type { ColumnRole } from "../types";
import { HEADER_SYNONYMS } from "./headerSynonyms";
import { normalizeHeader } from "./normalizeHeader";

/** How well a header label names a role: 2 exact, 1 partial, 0 not at all. */
export function matchHeader(label: unknown, role: ColumnRole): 0 | 1 | 2 {
  const key = normalizeHeader(label);
  if (key === "") return 0;
  const { exact, partial } = HEADER_SYNONYMS[role];
  if (exact.includes(key)) return 2;
  return partial.some((p) => key.includes(p)) ? 1 : 0;
}
