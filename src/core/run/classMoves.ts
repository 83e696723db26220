// Class moves as the pane and the changes card show them: transitions with counts and the
// customers that moved, named, from the time axis (since the last run, or against the previous
// period when there is no record of a last run).
import type { AnalysisResult } from "../analyze";
import type { Migration, MigrationFrom, MigrationTo, Mover } from "../time/migration";

/** Customers that moved from one class to another ("new" and "lost" included). */
export interface ClassMove {
  from: MigrationFrom;
  to: MigrationTo;
  count: number;
}

/** One customer that changed class, by name (the key for customers only in the last run). */
export interface MoverLine {
  name: string;
  from: MigrationFrom;
  to: MigrationTo;
  direction: Mover["direction"];
  value: number;
  previousValue: number;
}

const ORDER = ["A", "B", "C", "new", "lost"];

/** The transitions that changed a class, in the order A, B, C, new, lost (from, then to). */
export function classMovesOf(m: Migration): ClassMove[] {
  const moves: ClassMove[] = [];
  for (const [key, count] of Object.entries(m.counts)) {
    const [from, to] = key.split(">") as [MigrationFrom, MigrationTo];
    if (from !== to) moves.push({ from, to, count });
  }
  const rank = (x: ClassMove) => ORDER.indexOf(x.from) * 10 + ORDER.indexOf(x.to);
  return moves.sort((x, y) => rank(x) - rank(y));
}

/** The movers of a migration with names; `extraNames` names indices from the customer count on. */
export function moverLines(
  m: Migration,
  names: readonly string[],
  extraNames: readonly string[] = []
): MoverLine[] {
  return m.movers.map((v) => ({
    name: v.customer < names.length ? names[v.customer] : extraNames[v.customer - names.length],
    from: v.from,
    to: v.to,
    direction: v.direction,
    value: v.value,
    previousValue: v.previousValue,
  }));
}

/** Since the last run (result.time.lastRun) or against the previous period; null without either. */
export interface ClassMovesSince {
  /** The last run's date ("YYYY-MM-DD") or null when the previous period is the base. */
  lastRunDate: string | null;
  moves: ClassMove[];
  movers: MoverLine[];
}

export function classMovesSince(result: AnalysisResult): ClassMovesSince | null {
  const time = result.time;
  if (!time) return null;
  const names = result.customers.names;
  if (time.lastRun) {
    const m = time.lastRun.migration;
    return {
      lastRunDate: time.lastRun.date,
      moves: classMovesOf(m),
      movers: moverLines(m, names, time.lastRun.onlyInLastRun),
    };
  }
  if (!time.migration) return null;
  return {
    lastRunDate: null,
    moves: classMovesOf(time.migration),
    movers: moverLines(time.migration, names),
  };
}
