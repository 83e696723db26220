// Queued work in units of known size, packed into as few round trips as the payload budget allows.
import { BYTES_PER_CELL_ESTIMATE, PAYLOAD_BUDGET_BYTES } from "../host/chunks";

export interface Unit {
  /** Cells the unit sends (values and formats count separately). */
  cells: number;
  queue: () => void;
}

const CELL_BUDGET = Math.floor(PAYLOAD_BUDGET_BYTES / BYTES_PER_CELL_ESTIMATE);

/** Consecutive units grouped so that each group stays within the budget; order is kept. */
export function packUnits(units: readonly Unit[], budget = CELL_BUDGET): (() => void)[] {
  const steps: (() => void)[] = [];
  let group: Unit[] = [];
  let size = 0;
  const flush = () => {
    if (group.length === 0) return;
    const g = group;
    steps.push(() => g.forEach((u) => u.queue()));
    group = [];
    size = 0;
  };
  for (const u of units) {
    if (size + u.cells > budget) flush();
    group.push(u);
    size += u.cells;
  }
  flush();
  return steps;
}

/** A rows × 1 column of the same entry, e.g. a number format. */
export function filledColumn<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}
