// What people typed in the KAM tables, read back for the pane: the plan's ratings (for the score)
// and the reviews and actions that are due. Reads only the cells (not the formulas, rules and
// filters the writer needs); tables are found as the KAM writer finds them.
import { formatAddress, rect } from "../../core/a1";
import {
  ACTIONS_TABLE_NAME,
  PLAN_TABLE_NAME,
  calendarDay,
  dueEntries,
  excelSerial,
  typedRatings,
} from "../../core/kam";
import { runBatch } from "../host/batch";
import type { DueItem, PlanRating } from "../types";
import { readPlanCells, type PlanCells } from "./readPlan";
import { locateTable, readSnapshot } from "./snapshot";

/** Round trips: the snapshot, then the plan's size and its cells (one block for a usual plan). */
export function readPlanRatings(): Promise<PlanRating[]> {
  return runBatch(async (context) => {
    const snap = await readSnapshot(context);
    const info = locateTable(snap, "plan", PLAN_TABLE_NAME);
    if (!info) return [];
    const plan = await readPlanCells(context, info);
    return [...typedRatings(plan.grid)]
      .filter(([, r]) => !Number.isNaN(r.satisfaction) || !Number.isNaN(r.potential))
      .map(([key, r]) => ({ key, satisfaction: r.satisfaction, potential: r.potential }));
  });
}

/** The sheet row of body row `row`, across the table's columns. */
function rowAddress(table: PlanCells, row: number): string {
  const top = table.top + 1 + row;
  const right = table.left + Math.max(1, table.grid[0].length) - 1;
  return formatAddress(table.info.sheetName, rect(top, table.left, top, right));
}

/** Reviews within 14 days (or passed) and overdue actions, each with its row's address. */
export function readDueItems(today: Date = new Date()): Promise<DueItem[]> {
  return runBatch(async (context) => {
    const snap = await readSnapshot(context);
    const planInfo = locateTable(snap, "plan", PLAN_TABLE_NAME);
    const actionsInfo = locateTable(snap, "actions", ACTIONS_TABLE_NAME);
    const plan = planInfo ? await readPlanCells(context, planInfo) : null;
    const actions = actionsInfo ? await readPlanCells(context, actionsInfo) : null;
    const entries = dueEntries(
      plan?.grid ?? null,
      actions?.grid ?? null,
      excelSerial(calendarDay(today))
    );
    return entries.map((e) => ({
      kind: e.kind,
      customer: e.customer,
      action: e.action,
      date: e.date,
      days: e.days,
      address: rowAddress((e.kind === "review" ? plan : actions) as PlanCells, e.row),
    }));
  });
}
