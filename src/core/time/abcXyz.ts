// The ABC-XYZ matrix: how many customers and how much revenue in each of the nine cells.
import { CLASS_LETTERS } from "../classify/classCodes";
import type { AbcClass } from "../types";
import { NO_XYZ, XYZ_LETTERS, type XyzClass } from "./xyz";

export type AbcXyzCell = `${AbcClass}${XyzClass}`;

export interface AbcXyzFigures {
  count: number;
  /** Revenue in the period. */
  value: number;
  /** Share of the period's revenue of all ranked customers. */
  share: number;
}

export const ABC_XYZ_CELLS: readonly AbcXyzCell[] = [
  "AX",
  "AY",
  "AZ",
  "BX",
  "BY",
  "BZ",
  "CX",
  "CY",
  "CZ",
];

/**
 * Counts and revenue per cell over the ranked customers that have an XYZ class (a positive
 * period total); `xyz` is per customer index, `classes` and `value` per rank.
 */
export function abcXyzMatrix(
  rankedCustomers: Int32Array,
  classes: Uint8Array,
  value: Float64Array,
  xyz: Uint8Array,
  total: number
): Record<AbcXyzCell, AbcXyzFigures> {
  const counts = new Float64Array(9);
  const sums = new Float64Array(18); // sum and compensation per cell
  for (let r = 0; r < rankedCustomers.length; r++) {
    const x = xyz[rankedCustomers[r]];
    if (x === NO_XYZ) continue;
    const cell = classes[r] * 3 + x;
    counts[cell]++;
    const v = value[r];
    const s = sums[2 * cell];
    const t = s + v;
    sums[2 * cell + 1] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    sums[2 * cell] = t;
  }
  const out = {} as Record<AbcXyzCell, AbcXyzFigures>;
  for (let cell = 0; cell < 9; cell++) {
    const name = (CLASS_LETTERS[Math.floor(cell / 3)] + XYZ_LETTERS[cell % 3]) as AbcXyzCell;
    const v = sums[2 * cell] + sums[2 * cell + 1];
    out[name] = { count: counts[cell], value: v, share: total > 0 ? v / total : 0 };
  }
  return out;
}
