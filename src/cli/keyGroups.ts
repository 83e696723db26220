// Rows grouped by customer key on their bytes alone, one hash partition at a time: the reading
// threads each group their own partition, so no two threads ever touch the same key, and no key
// string is made until the main thread names the customers.
import { sameAsciiKey } from "../core/table/customerKeys";
import type { PlainRowArrays } from "./plainRows";

/** Partition (0 to `parts` - 1) of a key hash: its top bits, as the table below uses the low ones. */
export function partitionOf(hash: number, parts: number): number {
  return parts === 1 ? 0 : Math.floor(((hash >>> 0) * parts) / 4294967296);
}

/**
 * For each row i of [0, n) whose key hash falls in partition `part`: firstRow[i] = the first row
 * with the same key (i itself for a customer's first row). Keys are compared as sameAsciiKey
 * does (case folded, runs of whitespace as one space), so a hash collision never joins customers.
 */
export function groupPartition(
  bytes: Uint8Array,
  rows: PlainRowArrays,
  n: number,
  part: number,
  parts: number,
  firstRow: Int32Array
): void {
  const { hashes, keyStart, keyEnd } = rows;
  let inPart = 0;
  for (let i = 0; i < n; i++) if (partitionOf(hashes[i], parts) === part) inPart++;
  // Room for every row to be a customer of its own, at most two thirds full; customers are
  // usually fewer. Not more: fresh memory costs ~4 ms per MB touched on a virtual machine.
  let capacity = 1024;
  while (capacity < 1.5 * inPart) capacity *= 2;
  const mask = capacity - 1;
  /** Open addressing: [hash, first row + 1], 0 = free (a fresh array needs no filling). */
  const slots = new Int32Array(2 * capacity);
  for (let i = 0; i < n; i++) {
    const h = hashes[i];
    if (partitionOf(h, parts) !== part) continue;
    let p = h & mask;
    for (;;) {
      const first = slots[2 * p + 1] - 1;
      if (first < 0) {
        slots[2 * p] = h;
        slots[2 * p + 1] = i + 1;
        firstRow[i] = i;
        break;
      }
      if (
        slots[2 * p] === h &&
        sameAsciiKey(bytes, keyStart[i], keyEnd[i], keyStart[first], keyEnd[first])
      ) {
        firstRow[i] = first;
        break;
      }
      p = (p + 1) & mask;
    }
  }
}
