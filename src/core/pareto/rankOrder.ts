import { giveScratch, takeScratch } from "../scratch";

/**
 * Customer indices by revenue, largest first; equal revenue is ordered by key so that the
 * ranking does not depend on the order of the source rows (by index when there are no keys).
 * Only indices `include` accepts. `keys` may instead compare two indices' keys, as their
 * strings' < and > would. `presorted`, made by presortByRevenue with the same revenue
 * and `include`, spares the sort by revenue.
 */
export function rankOrder(
  revenue: ArrayLike<number>,
  keys: readonly string[] | KeyComparator | null,
  include: (index: number) => boolean = () => true,
  presorted: PresortedRevenue | null = null
): Int32Array {
  const byKey = (a: number, b: number) => {
    if (keys === null) return a - b;
    if (typeof keys === "function") return keys(a, b);
    const ka = keys[a];
    const kb = keys[b];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const sorted = presorted ?? presortByRevenue(revenue, include);
  const { order, values } = sorted;
  if (!values) {
    // A comparator sort costs ~20 calls per customer (0.2 s for 500,000 customers); the radix
    // sort ~50 ms. Non-finite numbers keep the comparator's own notion of order.
    return order.sort((a, b) => {
      const d = revenue[b] - revenue[a];
      return d !== 0 ? d : byKey(a, b);
    });
  }
  // The radix sort is stable, so ties are in index order; put them in key order as above, a
  // window of ranks at a time, whose tied customers' keys a comparator with touch() first
  // brings into the cache all at once (their comparisons then wait for memory once, not twice
  // each: ~20 % of ranking half a million customers, 45 % of them tied).
  const count = order.length;
  const touch = typeof keys === "function" ? keys.touch : undefined;
  const tied = touch ? new Int32Array(2 * TIE_WINDOW) : null;
  let start = 0;
  for (let w = 0; w < count; w += TIE_WINDOW) {
    const windowEnd = Math.min(count, w + TIE_WINDOW);
    if (touch && tied) {
      const k = tiedInWindow(order, values, Math.max(w, start), windowEnd, tied);
      if (k > 0) warmth = touch(tied, k);
    }
    while (start < windowEnd) {
      let end = start + 1;
      while (end < count && values[end] === values[start]) end++;
      if (end - start > 16) order.subarray(start, end).sort(byKey);
      else if (end - start > 1) insertionSort(order, start, end, byKey);
      start = end;
    }
  }
  return order;
}

/**
 * Collects into `tied` the customers of ranks [from, windowEnd) that share their revenue with a
 * neighbour, the last tie to its end even past windowEnd (as far as `tied` holds): how many.
 */
function tiedInWindow(
  order: Int32Array,
  values: Float64Array,
  from: number,
  windowEnd: number,
  tied: Int32Array
): number {
  const count = order.length;
  let k = 0;
  for (let i = from; i < count && k < tied.length; i++) {
    const v = values[i];
    if (i >= windowEnd && values[i - 1] !== v) break;
    if ((i + 1 < count && values[i + 1] === v) || (i > 0 && values[i - 1] === v))
      tied[k++] = order[i];
  }
  return k;
}

/** Ranks whose tied customers are brought into the cache together (see rankOrder). */
const TIE_WINDOW = 256;

/** What touch() last returned: kept, so that the engine keeps the loads it makes. */
export let warmth = 0;

/**
 * Compares two indices' keys as their strings would; touch(ids, count), if there, reads the keys
 * of ids[0..count) so that comparing them next finds them in the cache (see
 * CustomerKeys.touchTexts), and returns a number only to keep its loads.
 */
export type KeyComparator = ((a: number, b: number) => number) & {
  touch?: (ids: Int32Array, count: number) => number;
};

/**
 * The included indices, sorted by revenue (largest first, ties in index order) with their
 * revenue in that order, where there are enough finite numbers for the radix sort; otherwise
 * unsorted and without values, for rankOrder's comparator sort. The part of rankOrder that needs
 * no keys, so that it can run apart from them. Tied customers have the same revenue, so `values`
 * is also the revenue along the ranking that rankOrder makes of it.
 */
export interface PresortedRevenue {
  order: Int32Array;
  values: Float64Array | null;
}

export function presortByRevenue(
  revenue: ArrayLike<number>,
  include: (index: number) => boolean
): PresortedRevenue {
  const all = new Int32Array(revenue.length);
  let count = 0;
  let finite = true;
  for (let i = 0; i < revenue.length; i++) {
    if (!include(i)) continue;
    all[count++] = i;
    if (!Number.isFinite(revenue[i])) finite = false;
  }
  const order = count === all.length ? all : all.slice(0, count);
  if (count < RADIX_FROM || !finite) return { order, values: null };
  return { order, values: radixSortDescending(order, revenue) };
}

const RADIX_FROM = 512;

/**
 * Stable LSD radix sort of `order` by revenue, largest first, in four 16-bit passes over the
 * IEEE 754 bits turned into unsigned keys that sort descending (-0 counts as 0). Returns the
 * revenue in the new order, read back from the keys (no second look at `revenue` in random
 * order). Keys, counts and second copies are scratch memory (see scratch.ts).
 */
function radixSortDescending(order: Int32Array, revenue: ArrayLike<number>): Float64Array {
  const n = order.length;
  const bits = new Float64Array(1); // one number at a time: no copy of all of them
  const words = new Uint32Array(bits.buffer); // little-endian: low word, high word
  const scratch = takeScratch(20 * n + 4 * 4 * 65536);
  let lo = new Uint32Array(scratch, 0, n);
  let hi = new Uint32Array(scratch, 4 * n, n);
  let lo2 = new Uint32Array(scratch, 8 * n, n);
  let hi2 = new Uint32Array(scratch, 12 * n, n);
  let idx2: Int32Array = new Int32Array(scratch, 16 * n, n);
  // The four digits' counts, all taken in the pass that makes the keys.
  const counts = new Int32Array(scratch, 20 * n, 4 * 65536).fill(0);
  for (let i = 0; i < n; i++) {
    bits[0] = revenue[order[i]] + 0;
    const h = words[1];
    const negative = h >>> 31 === 1;
    // Ascending key: negatives flipped entirely, positives with the sign bit set; then inverted.
    const kh = negative ? h : (h ^ 0x7fffffff) >>> 0;
    const kl = negative ? words[0] : ~words[0] >>> 0;
    hi[i] = kh;
    lo[i] = kl;
    counts[kl & 0xffff]++;
    counts[65536 + (kl >>> 16)]++;
    counts[131072 + (kh & 0xffff)]++;
    counts[196608 + (kh >>> 16)]++;
  }
  let idx: Int32Array = order;
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    const base = pass * 65536;
    if (counts[base + ((source[0] >>> shift) & 0xffff)] === n) continue; // one digit for all: nothing moves
    let at = 0;
    for (let d = base; d < base + 65536; d++) {
      const c = counts[d];
      counts[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const p = counts[base + ((source[i] >>> shift) & 0xffff)]++;
      lo2[p] = lo[i];
      hi2[p] = hi[i];
      idx2[p] = idx[i];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  if (idx !== order) order.set(idx);
  // The keys back to numbers: a key with its top bit set was a negative number, kept as it was.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const kh = hi[i];
    const negative = kh >>> 31 === 1;
    words[1] = negative ? kh : kh ^ 0x7fffffff;
    words[0] = negative ? lo[i] : ~lo[i];
    values[i] = bits[0];
  }
  giveScratch(scratch);
  return values;
}

/** Stable in-place sort of a short run; cheaper than a subarray sort for the many pairs of ties. */
function insertionSort(
  order: Int32Array,
  start: number,
  end: number,
  compare: (a: number, b: number) => number
): void {
  for (let i = start + 1; i < end; i++) {
    const x = order[i];
    let j = i - 1;
    while (j >= start && compare(order[j], x) > 0) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = x;
  }
}
