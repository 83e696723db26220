// What a run leaves behind for the next one (key figures) and what changed between two runs.
// The pane's "last run" card shows the figures; its changes card shows RunChanges. Class moves per
// customer and the time axis (issue 9) add their fields here; every field but the counts is optional.
import type { AnalysisResult } from "../analyze";
import type { AbcClass, Message } from "../types";
import { classMovesSince, type ClassMove, type MoverLine } from "./classMoves";

export type { ClassMove, MoverLine } from "./classMoves";

/** A run's key figures, small enough to store in the workbook with the run. */
export interface RunFigures {
  customers: number;
  rowsUsed: number;
  total: number;
  classes: Record<AbcClass, number>;
  /** Customers that make 80 % of revenue. */
  n80: number;
}

export function runFigures(result: AnalysisResult): RunFigures {
  const { summary } = result;
  return {
    customers: summary.customers,
    rowsUsed: summary.rowsUsed,
    total: summary.total,
    classes: {
      A: summary.classes.A.count,
      B: summary.classes.B.count,
      C: summary.classes.C.count,
    },
    n80: summary.n80,
  };
}

export interface Change {
  before: number;
  after: number;
}

export interface RunChanges {
  /** Absent when the previous run stored no figures (runs stored before figures existed). */
  customers?: Change;
  total?: Change;
  classes?: Record<AbcClass, Change>;
  /** From the KAM sheets' refresh report, when the run refreshed them. */
  keyAccountsAdded?: number;
  keyAccountsLost?: number;
  /** Class moves since the last run's record (time axis); absent without one. */
  classMoves?: ClassMove[];
  /** The customers that moved, largest revenue change first (at most MAX_MOVERS). */
  movers?: MoverLine[];
  /** How many customers moved in all. */
  moverCount?: number;
  /** The day of the last run the moves are counted from ("YYYY-MM-DD"). */
  lastRunDate?: string;
}

/** Movers the changes card lists. */
export const MAX_MOVERS = 10;

/** The changes from the stored figures to the new run, plus what the KAM refresh reported. */
export function runChanges(
  before: RunFigures | undefined,
  after: RunFigures,
  reportLines: readonly Message[] = [],
  result?: AnalysisResult
): RunChanges {
  const changes: RunChanges = {};
  // Only against the last run's record: "what changed since the last run", not the previous period.
  const since = result ? classMovesSince(result) : null;
  if (since && since.lastRunDate !== null) {
    changes.classMoves = since.moves;
    changes.movers = since.movers.slice(0, MAX_MOVERS);
    changes.moverCount = since.movers.length;
    changes.lastRunDate = since.lastRunDate;
  }
  if (before) {
    changes.customers = { before: before.customers, after: after.customers };
    changes.total = { before: before.total, after: after.total };
    changes.classes = {
      A: { before: before.classes.A, after: after.classes.A },
      B: { before: before.classes.B, after: after.classes.B },
      C: { before: before.classes.C, after: after.classes.C },
    };
  }
  // KAM_PLAN_DONE is the KAM writer's outcome line (src/excel/kam/report.ts).
  const kam = reportLines.find((l) => l.code === "KAM_PLAN_DONE");
  if (kam?.params) {
    changes.keyAccountsAdded = Number(kam.params.added ?? 0);
    changes.keyAccountsLost = Number(kam.params.noLonger ?? 0);
  }
  return changes;
}

/** True when nothing that RunChanges counts moved (the card then says "no changes"). */
export function isUnchanged(c: RunChanges): boolean {
  const same = (x?: Change) => !x || x.before === x.after;
  return (
    same(c.customers) &&
    (!c.classes || (same(c.classes.A) && same(c.classes.B) && same(c.classes.C))) &&
    !c.keyAccountsAdded &&
    !c.keyAccountsLost &&
    !(c.classMoves && c.classMoves.some((m) => m.count > 0))
  );
}
