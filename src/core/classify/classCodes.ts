import type { AbcClass } from "../types";

/** Classes are stored as bytes for a million customers: 0 = A, 1 = B, 2 = C. */
export const CLASS_A = 0;
export const CLASS_B = 1;
export const CLASS_C = 2;
export const CLASS_LETTERS: readonly AbcClass[] = ["A", "B", "C"];

/**
 * Classes in rank order from the sizes of A and B: the first `aCount` are A, the next up to
 * `bCount` are B, the rest C. A customer without revenue is always C.
 */
export function classesFromCounts(
  descending: ArrayLike<number>,
  aCount: number,
  bCount: number
): Uint8Array {
  const n = descending.length;
  const classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    classes[i] =
      descending[i] <= 0 ? CLASS_C : i < aCount ? CLASS_A : i < bCount ? CLASS_B : CLASS_C;
  }
  return classes;
}

/** Moves a boundary past every customer with the same revenue as the last one inside it. */
export function extendOverTies(descending: ArrayLike<number>, count: number): number {
  let k = count;
  while (k > 0 && k < descending.length && descending[k] === descending[k - 1]) k++;
  return k;
}

/** Moves a boundary before a group of equal revenue that it would split. */
export function retreatBeforeTies(
  descending: ArrayLike<number>,
  count: number,
  floor: number
): number {
  let k = count;
  while (k > floor && k < descending.length && descending[k] === descending[k - 1]) k--;
  return k;
}
