// The customers of rows that the reading threads grouped by key: numbered in order of first row,
// as the lookups on one thread number them, with nothing made of their text until it is read.
import { compareAsciiKeys, keyOfText } from "../core/table/customerKeys";
import type { CustomerBytes } from "./context";
import type { TextRanges } from "./encodedFields";
import { lazyStrings } from "../core/table/lazyStrings";
import type { KeyComparator } from "../core/pareto/rankOrder";
import type { PlainColumns, PlainRowArrays } from "./plainRows";

export interface GroupedCustomers {
  /** Keys, names and ids (null without an id column), each made when first read (see lazyStrings). */
  keys: string[];
  names: string[];
  ids: string[] | null;
  /** Two customers' keys compared as their strings compare, from the bytes (see compareAsciiKeys). */
  keyOrder: KeyComparator;
  /** Where the names and ids are in the bytes, for the writers to copy. */
  inFile: CustomerBytes;
}

/** `firstRow`: per parsed row, the first row with the same key (see groupPartition). */
export function groupedCustomers(
  bytes: Buffer,
  firstRow: Int32Array,
  rows: PlainRowArrays,
  plain: PlainColumns
): GroupedCustomers {
  let count = 0;
  for (let i = 0; i < firstRow.length; i++) if (firstRow[i] === i) count++;
  const key = firstRowCells(bytes, firstRow, count, rows.keyStart, rows.keyEnd);
  const name =
    plain.skip === 1 && plain.name !== null
      ? firstRowCells(bytes, firstRow, count, rows.nameStart, rows.nameEnd)
      : key;
  const text = (ranges: TextRanges) => (k: number) =>
    bytes.toString("utf8", ranges.start[k], ranges.end[k]);
  const keyText = text(key);
  return {
    keys: lazyStrings(count, (k) => keyOfText(keyText(k), plain.skip)),
    names: lazyStrings(count, text(name)),
    ids: plain.skip === 1 ? lazyStrings(count, keyText) : null,
    keyOrder: (a, b) => compareAsciiKeys(bytes, key.start[a], key.end[a], key.start[b], key.end[b]),
    inFile: { names: name, ids: plain.skip === 1 ? key : null },
  };
}

/** Cells `start`/`end` of each customer's first row, in customer order. */
function firstRowCells(
  bytes: Uint8Array,
  firstRow: Int32Array,
  count: number,
  start: Int32Array,
  end: Int32Array
): TextRanges {
  const cells = { bytes, start: new Int32Array(count), end: new Int32Array(count), count };
  for (let i = 0, k = 0; i < firstRow.length; i++) {
    if (firstRow[i] !== i) continue;
    cells.start[k] = start[i];
    cells.end[k++] = end[i];
  }
  return cells;
}
