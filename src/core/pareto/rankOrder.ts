/**
 * Customer indices by revenue, largest first; equal revenue is ordered by key so that the
 * ranking does not depend on the order of the source rows (by index when there are no keys).
 * Only indices `include` accepts. `keys` may instead compare two indices' keys, as their
 * strings' < and > would. `presorted`, made by presortByRevenue with the same revenue
 * and `include`, spares the sort by revenue.
 */
export function rankOrder(
  revenue: ArrayLike<number>,
  keys: readonly string[] | ((a: number, b: number) => number) | null,
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
  const { order, lo, hi } = sorted;
  if (!lo || !hi) {
    // A comparator sort costs ~20 calls per customer (0.2 s for 500,000 customers); the radix
    // sort ~50 ms. Non-finite numbers keep the comparator's own notion of order.
    return order.sort((a, b) => {
      const d = revenue[b] - revenue[a];
      return d !== 0 ? d : byKey(a, b);
    });
  }
  // The radix sort is stable, so ties are in index order; put them in key order as above.
  const count = order.length;
  for (let start = 0; start < count;) {
    let end = start + 1;
    while (end < count && lo[end] === lo[start] && hi[end] === hi[start]) end++;
    if (end - start > 16) order.subarray(start, end).sort(byKey);
    else if (end - start > 1) insertionSort(order, start, end, byKey);
    start = end;
  }
  return order;
}

/**
 * The included indices, sorted by revenue (largest first, ties in index order) with their radix
 * keys where there are enough finite numbers for the radix sort; otherwise unsorted and without
 * keys, for rankOrder's comparator sort. The part of rankOrder that needs no keys, so that it
 * can run apart from them.
 */
export interface PresortedRevenue {
  order: Int32Array;
  lo: Uint32Array | null;
  hi: Uint32Array | null;
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
  if (count < RADIX_FROM || !finite) return { order, lo: null, hi: null };
  const { lo, hi } = radixSortDescending(order, revenue);
  return { order, lo, hi };
}

const RADIX_FROM = 512;

/**
 * Stable LSD radix sort of `order` by revenue, largest first, in four 16-bit passes over the
 * IEEE 754 bits turned into unsigned keys that sort descending (-0 counts as 0). Returns the
 * keys in their new order, low and high words.
 */
function radixSortDescending(
  order: Int32Array,
  revenue: ArrayLike<number>
): { lo: Uint32Array; hi: Uint32Array } {
  const n = order.length;
  const bits = new Float64Array(1); // one number at a time: no copy of all of them
  const words = new Uint32Array(bits.buffer); // little-endian: low word, high word
  let lo: Uint32Array = new Uint32Array(n);
  let hi: Uint32Array = new Uint32Array(n);
  // The four digits' counts, all taken in the pass that makes the keys.
  const counts = new Int32Array(4 * 65536);
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
  let lo2: Uint32Array = new Uint32Array(n);
  let hi2: Uint32Array = new Uint32Array(n);
  let idx2: Int32Array = new Int32Array(n);
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
  return { lo, hi };
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
