// This run against the record of the last one: classes then and now, by customer key.
import { CLASS_LETTERS } from "../classify/classCodes";
import { migration, type Migration } from "./migration";
import { NO_CLASS } from "./previousClasses";
import type { RunRecord } from "./runRecord";
import { NO_XYZ, XYZ_LETTERS } from "./xyz";

export interface LastRunComparison {
  date: string;
  from: string;
  to: string;
  /** Per customer index: class in the last run (NO_CLASS when it was not there). */
  lastClass: Uint8Array;
  /** Per customer index: XYZ in the last run (NO_XYZ when none). */
  lastXyz: Uint8Array;
  /** Per customer index: revenue in the last run (0 when it was not there). */
  lastRevenue: Float64Array;
  /**
   * Transitions since the last run. Mover indices below the customer count are customers of this
   * run; from there on they index `onlyInLastRun`.
   */
  migration: Migration;
  /** Keys of customers in the last run that this run does not rank with revenue. */
  onlyInLastRun: string[];
}

/** Per customer index: the class the record gives its key, NO_CLASS when it has none. */
export function lastClasses(keys: readonly string[], record: RunRecord): Uint8Array {
  const byKey = new Map<string, number>();
  for (const rc of record.customers) byKey.set(rc.key, CLASS_LETTERS.indexOf(rc.class));
  const out = new Uint8Array(keys.length).fill(NO_CLASS);
  for (let c = 0; c < keys.length; c++) out[c] = byKey.get(keys[c]) ?? NO_CLASS;
  return out;
}

/**
 * `keys` and `now` (class code per customer index, NO_CLASS without positive revenue) of this
 * run against `record`.
 */
export function compareWithLastRun(
  keys: readonly string[],
  now: Uint8Array,
  value: Float64Array,
  record: RunRecord
): LastRunComparison {
  const count = keys.length;
  const index = new Map<string, number>();
  for (let c = 0; c < count; c++) index.set(keys[c], c);
  const lastClass = new Uint8Array(count).fill(NO_CLASS);
  const lastXyz = new Uint8Array(count).fill(NO_XYZ);
  const lastRevenue = new Float64Array(count);
  const onlyInLastRun: string[] = [];
  const onlyRevenue: number[] = [];
  const onlyClass: number[] = [];
  for (const rc of record.customers) {
    const code = CLASS_LETTERS.indexOf(rc.class);
    const c = index.get(rc.key);
    if (c !== undefined && now[c] !== NO_CLASS) {
      lastClass[c] = code;
      lastXyz[c] = rc.xyz === null ? NO_XYZ : XYZ_LETTERS.indexOf(rc.xyz);
      lastRevenue[c] = rc.revenue;
    } else {
      onlyInLastRun.push(rc.key);
      onlyRevenue.push(rc.revenue);
      onlyClass.push(code);
    }
  }
  // Customers of the last run first by this run's index, then those gone since, after them.
  const before = new Uint8Array(count + onlyInLastRun.length).fill(NO_CLASS);
  before.set(lastClass);
  before.set(onlyClass, count);
  const after = new Uint8Array(before.length).fill(NO_CLASS);
  after.set(now);
  const values = new Float64Array(before.length);
  values.set(value);
  const previousValues = new Float64Array(before.length);
  previousValues.set(lastRevenue);
  previousValues.set(onlyRevenue, count);
  return {
    date: record.date,
    from: record.from,
    to: record.to,
    lastClass,
    lastXyz,
    lastRevenue,
    migration: migration(before, after, values, previousValues),
    onlyInLastRun,
  };
}
