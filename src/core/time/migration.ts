// Class migration between two runs or periods: who moved from which class to which.
import { CLASS_LETTERS } from "../classify/classCodes";
import { NO_CLASS } from "./previousClasses";

/** "A".."C", "new" (no positive revenue before) or "lost" (none now). */
export type MigrationFrom = "A" | "B" | "C" | "new";
export type MigrationTo = "A" | "B" | "C" | "lost";

export interface Mover {
  /** Index of the customer in the arrays passed to migration(). */
  customer: number;
  from: MigrationFrom;
  to: MigrationTo;
  /** "up" to a better class, "down" to a worse one, or "new" / "lost". */
  direction: "up" | "down" | "new" | "lost";
  value: number;
  previousValue: number;
}

export interface Migration {
  /** Customers per transition, keyed "A>B", "new>A", "B>lost", ...; only transitions that occur. */
  counts: Record<string, number>;
  /** Revenue now (in the period) per transition; 0 for "…>lost". */
  value: Record<string, number>;
  /** Revenue before per transition; 0 for "new>…". */
  previousValue: Record<string, number>;
  /** Every customer whose class changed (new and lost included), largest revenue change first. */
  movers: Mover[];
}

/**
 * Transitions from `before` to `now` (class codes 0-2 or NO_CLASS per customer, NO_CLASS where
 * the total was not positive). Customers without a class both times do not count.
 */
export function migration(
  before: Uint8Array,
  now: Uint8Array,
  value: ArrayLike<number>,
  previousValue: ArrayLike<number>
): Migration {
  // Per transition cell (from 0-3 × to 0-3, 3 = new / lost) in typed arrays: no key string per
  // customer. The records get the cells in order of first occurrence, as a loop keyed by
  // strings would have made them.
  const cellCount = new Int32Array(16);
  const cellValue = new Float64Array(16);
  const cellPrevious = new Float64Array(16);
  const order: number[] = [];
  const movers: Mover[] = [];
  for (let c = 0; c < now.length; c++) {
    const b = before[c];
    const a = now[c];
    if (b === NO_CLASS && a === NO_CLASS) continue;
    const from = b === NO_CLASS ? 3 : b;
    const to = a === NO_CLASS ? 3 : a;
    const cell = from * 4 + to;
    const v = a === NO_CLASS ? 0 : value[c];
    const p = b === NO_CLASS ? 0 : previousValue[c];
    if (cellCount[cell]++ === 0) order.push(cell);
    cellValue[cell] += v;
    cellPrevious[cell] += p;
    if (from === to) continue;
    const direction = from === 3 ? "new" : to === 3 ? "lost" : a < b ? "up" : "down";
    movers.push({
      customer: c,
      from: FROM[from],
      to: TO[to],
      direction,
      value: v,
      previousValue: p,
    });
  }
  const counts: Record<string, number> = {};
  const sums: Record<string, number> = {};
  const previousSums: Record<string, number> = {};
  for (const cell of order) {
    const key = FROM[cell >> 2] + ">" + TO[cell & 3];
    counts[key] = cellCount[cell];
    sums[key] = cellValue[cell];
    previousSums[key] = cellPrevious[cell];
  }
  movers.sort(
    (x, y) =>
      Math.abs(y.value - y.previousValue) - Math.abs(x.value - x.previousValue) ||
      x.customer - y.customer
  );
  return { counts, value: sums, previousValue: previousSums, movers };
}

const FROM: readonly MigrationFrom[] = [...CLASS_LETTERS, "new"];
const TO: readonly MigrationTo[] = [...CLASS_LETTERS, "lost"];

/** The first `max` movers in one direction: "up" includes new customers, "down" the lost ones. */
export function topMovers<M extends Pick<Mover, "direction">>(
  movers: readonly M[],
  up: boolean,
  max: number
): M[] {
  return movers
    .filter((m) =>
      up
        ? m.direction === "up" || m.direction === "new"
        : m.direction === "down" || m.direction === "lost"
    )
    .slice(0, max);
}
