// Which customer each plan row belongs to: the key column, else the id, else the name.
import { normalizeKey } from "../table/normalizeKey";
import type { CellValue } from "../types";
import { isBlankCell } from "./cells";

export interface KeyColumns {
  key?: number;
  customerId?: number;
  customer?: number;
}

/**
 * The analysis key of a row, or null for a row without customer. The key column wins so that a
 * user who edits the displayed name keeps the row's link; case and spacing never matter.
 */
export function rowKey(row: readonly CellValue[], cols: KeyColumns): string | null {
  const cell = (i: number | undefined) => (i === undefined ? undefined : row[i]);
  const key = cell(cols.key);
  if (!isBlankCell(key)) return normalizeKey(String(key));
  const id = cell(cols.customerId);
  if (!isBlankCell(id)) return "#" + normalizeKey(String(id));
  const name = cell(cols.customer);
  if (!isBlankCell(name)) return normalizeKey(String(name));
  return null;
}

export function nameKey(row: readonly CellValue[], customer: number | undefined): string | null {
  const name = customer === undefined ? undefined : row[customer];
  return isBlankCell(name) ? null : normalizeKey(String(name));
}

const byId = (key: string) => key.startsWith("#");

/**
 * Pairs rows and key accounts that differ only in the kind of key: the data gained or lost its
 * id column between runs. Both sides must be unmatched and the name unique on both sides.
 */
export function matchByName(
  rows: readonly { index: number; key: string; name: string | null }[],
  accounts: readonly { key: string; name: string }[]
): Map<number, string> {
  const rowsByName = new Map<string, number[]>();
  for (const r of rows) {
    if (r.name === null) continue;
    const list = rowsByName.get(r.name) ?? [];
    list.push(r.index);
    rowsByName.set(r.name, list);
  }
  const keyOfRow = new Map(rows.map((r) => [r.index, r.key]));
  const accountsByName = new Map<string, number>();
  for (const a of accounts) {
    const n = normalizeKey(a.name);
    accountsByName.set(n, (accountsByName.get(n) ?? 0) + 1);
  }
  const out = new Map<number, string>();
  for (const a of accounts) {
    const n = normalizeKey(a.name);
    const candidates = rowsByName.get(n) ?? [];
    if (accountsByName.get(n) !== 1 || candidates.length !== 1) continue;
    const row = candidates[0];
    if (byId(keyOfRow.get(row) as string) !== byId(a.key)) out.set(row, a.key);
  }
  return out;
}
