// Plain CSV rows read into typed arrays: the cells' places, the key's hash and the amounts. The
// byte reader's batches and the reading threads' shared arrays have this one shape.
import { asciiKeyHash } from "../core/table/customerKeys";
import type { ColumnMapping } from "../core/types";
import type { LineCells } from "./lineCells";

/** The cells a plain row is made of, from the table's columns. */
export interface PlainColumns {
  /** The cell that keys the customer: the id where there is an id column, else the name. */
  key: number;
  /** The name cell when the key is the id (null without a name column, or when the key is the name). */
  name: number | null;
  revenue: number;
  margin: number | null;
  /** 1 when the key is an id (its key is "#" + the id's key), 0 for a name. */
  skip: 0 | 1;
  /** The rightmost of these cells. */
  last: number;
}

/** null if the table has no revenue column or no customer column. */
export function plainColumns(columns: ColumnMapping): PlainColumns | null {
  const { customer, customerId, revenue, margin } = columns;
  if (revenue === null || (customer === null && customerId === null)) return null;
  const key = (customerId ?? customer) as number;
  return {
    key,
    name: customerId === null ? null : customer,
    revenue,
    margin,
    skip: customerId === null ? 0 : 1,
    last: Math.max(customer ?? 0, customerId ?? 0, revenue, margin ?? 0),
  };
}

/** Per parsed row: trimmed key and name cells as [start, end) (name -1 if none), key hash, amounts. */
export interface PlainRowArrays {
  keyStart: Int32Array;
  keyEnd: Int32Array;
  nameStart: Int32Array;
  nameEnd: Int32Array;
  hashes: Int32Array;
  values: Float64Array;
  /** NaN for a row without a margin; null without a margin column. */
  margins: Float64Array | null;
}

/** Room for `n` rows; `shared` puts them in memory that reading threads see too. */
export function plainRowArrays(n: number, margins: boolean, shared = false): PlainRowArrays {
  const ints = () => new Int32Array(shared ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
  const doubles = () =>
    new Float64Array(shared ? new SharedArrayBuffer(8 * n) : new ArrayBuffer(8 * n));
  return {
    keyStart: ints(),
    keyEnd: ints(),
    nameStart: ints(),
    nameEnd: ints(),
    hashes: ints(),
    values: doubles(),
    margins: margins ? doubles() : null,
  };
}

/**
 * Line `r` into slot `at` if its cells are plain, as TableBuilder.row would take them: names and
 * ids in ASCII (with `latin1`, Latin-1 letters in UTF-8 too: for readers that group by the
 * bytes, see sameAsciiKey) that are not blank and do not start with "#" (error values), numbers
 * as PLAIN_NUMBER without an exponent, which need no report in a CSV. False if the line needs
 * the cells (the slot is then left half written).
 */
export function parsePlainRow(
  line: LineCells,
  r: number,
  columns: PlainColumns,
  commaDecimal: boolean,
  out: PlainRowArrays,
  at: number,
  latin1 = false
): boolean {
  const { key, name, revenue, margin } = columns;
  if (!line.locate(r, columns.last, latin1)) return false;
  if (!line.trim(key)) return false;
  if (name !== null && !line.trim(name)) return false;
  const value = line.number(revenue, commaDecimal);
  if (Number.isNaN(value)) return false;
  if (margin !== null) {
    const m = line.number(margin, commaDecimal);
    if (Number.isNaN(m)) return false;
    if (out.margins) out.margins[at] = m;
  }
  const { cellStart, cellEnd, bytes } = line;
  out.keyStart[at] = cellStart[key];
  out.keyEnd[at] = cellEnd[key];
  out.nameStart[at] = name === null ? -1 : cellStart[name];
  out.nameEnd[at] = name === null ? -1 : cellEnd[name];
  out.hashes[at] = asciiKeyHash(bytes, cellStart[key], cellEnd[key], columns.skip);
  out.values[at] = value;
  return true;
}
