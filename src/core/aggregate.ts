import type { TableData } from "./table/readTable";

/** One entry per customer, in order of first appearance. */
export interface Customers {
  count: number;
  keys: string[];
  /** The first spelling met in the data. */
  names: string[];
  ids: (string | null)[] | null;
  revenue: Float64Array;
  /** Sum of contribution margins; NaN when no row of the customer had one. */
  margin: Float64Array | null;
  rowCounts: Int32Array;
  /** Customer index of each used table row (parallel to TableData.rows). */
  rowCustomer: Int32Array;
  /** Rows that were added to a customer already seen. */
  mergedRows: number;
  /** Sum of every used row, the figure the analysis must reconcile to. */
  sourceTotal: number;
}

/**
 * Sums the rows of each customer. Revenue and margin sums are compensated (Neumaier) so that many
 * cent amounts add up to the same total as the source, whatever the order of the rows.
 */
export function aggregate(table: TableData): Customers {
  const n = table.values.length;
  const { count, rows: rowCustomer, keys, firstRows } = indexKeys(table.keys);
  const names: string[] = new Array(count);
  const ids: (string | null)[] | null = table.ids ? new Array(count) : null;
  for (let c = 0; c < count; c++) {
    names[c] = table.names[firstRows[c]];
    if (ids && table.ids) ids[c] = table.ids[firstRows[c]];
  }
  // Sum and compensation side by side: one cache line per random access.
  const sums = new Float64Array(2 * count);
  // Margin sum and compensation likewise; the sum stays NaN until the customer's first margin.
  const marginSums = table.margins ? new Float64Array(2 * count).fill(NaN) : null;
  const rowCounts = new Int32Array(count);
  const values = table.values;
  let total = 0;
  let totalComp = 0;

  for (let i = 0; i < n; i++) {
    const c = rowCustomer[i];
    rowCounts[c]++;
    const v = values[i];
    const s = sums[2 * c];
    const t = s + v;
    sums[2 * c + 1] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    sums[2 * c] = t;
    const u = total + v;
    totalComp += Math.abs(total) >= Math.abs(v) ? total - u + v : v - u + total;
    total = u;
    if (marginSums && table.margins) {
      const m = table.margins[i];
      if (!Number.isNaN(m)) {
        const ms = marginSums[2 * c];
        if (Number.isNaN(ms)) {
          marginSums[2 * c] = m;
          marginSums[2 * c + 1] = 0;
        } else {
          const mt = ms + m;
          marginSums[2 * c + 1] += Math.abs(ms) >= Math.abs(m) ? ms - mt + m : m - mt + ms;
          marginSums[2 * c] = mt;
        }
      }
    }
  }
  const revenue = new Float64Array(count);
  for (let c = 0; c < count; c++) revenue[c] = sums[2 * c] + sums[2 * c + 1];
  let margin: Float64Array | null = null;
  if (marginSums) {
    margin = new Float64Array(count);
    for (let c = 0; c < count; c++) margin[c] = marginSums[2 * c] + marginSums[2 * c + 1];
  }
  return {
    count,
    keys,
    names,
    ids,
    revenue,
    margin,
    rowCounts,
    rowCustomer,
    mergedRows: n - count,
    sourceTotal: total + totalComp,
  };
}

/**
 * Numbers distinct keys in order of first appearance. An open-addressing table over typed arrays
 * instead of a Map: with a million fresh strings a Map spent ~0.3-0.7 s in lookups, growth and the
 * garbage collector (bench/core.ts); this table keeps hash and index in one slot and compares
 * strings only when the 32-bit hashes agree.
 */
function indexKeys(keys: readonly string[]): {
  count: number;
  /** Customer of each row. */
  rows: Int32Array;
  /** Each customer's key and the row it first appears in. */
  keys: string[];
  firstRows: Int32Array;
} {
  const n = keys.length;
  const rows = new Int32Array(n);
  const firstRows = new Int32Array(n);
  let capacity = 1024;
  let slots: Int32Array = new Int32Array(2 * capacity).fill(-1); // [hash, customer] pairs; customer -1 = free
  // Sized for the worst case (every key distinct): growing arrays leaves garbage on big tables.
  const first: string[] = new Array(n);
  const hashes = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    const h = hashOf(key);
    let p = h & (capacity - 1);
    let c = slots[2 * p + 1];
    while (c >= 0 && !(slots[2 * p] === h && first[c] === key)) {
      p = (p + 1) & (capacity - 1);
      c = slots[2 * p + 1];
    }
    if (c < 0) {
      c = count++;
      first[c] = key;
      firstRows[c] = i;
      hashes[c] = h;
      slots[2 * p] = h;
      slots[2 * p + 1] = c;
      if (2 * count > capacity) {
        capacity *= 2;
        slots = rehash(hashes, count, capacity);
      }
    }
    rows[i] = c;
  }
  first.length = count;
  return { count, rows, keys: first, firstRows: firstRows.subarray(0, count) };
}

function rehash(hashes: Int32Array, count: number, capacity: number): Int32Array {
  const slots = new Int32Array(2 * capacity).fill(-1);
  for (let c = 0; c < count; c++) {
    let p = hashes[c] & (capacity - 1);
    while (slots[2 * p + 1] >= 0) p = (p + 1) & (capacity - 1);
    slots[2 * p] = hashes[c];
    slots[2 * p + 1] = c;
  }
  return slots;
}

/** FNV-1a over UTF-16 code units, mixed at the end so that the low bits spread well. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}
