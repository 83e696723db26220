// What needs a key-account manager's attention now: reviews due within SOON_DAYS (or passed) in
// the plan and open actions past their due date, the same rules as the tables' traffic lights.
import type { CellValue, Grid } from "../types";
import { ACTION_COLUMNS } from "./actionsTable";
import { SOON_DAYS } from "./colors";
import { listSpec } from "./lists";
import { matchColumns } from "./matchColumns";
import { ALL_PLAN_COLUMNS } from "./planTable";

export interface DueEntry {
  kind: "review" | "action";
  /** 0-based row of the table body (below the header). */
  row: number;
  customer: string;
  action: string;
  /** Excel date serial. */
  date: number;
  /** Days from today; negative when passed. */
  days: number;
}

/** Done and Cancelled in either language end an action (as the overdue format's formula says). */
const CLOSED = (() => {
  const { en, de } = listSpec("actionStatus").values;
  return new Set([en[2], de[2], en[4], de[4]].map((l) => l.toLowerCase()));
})();

const text = (v: CellValue | undefined) => (v === undefined || v === null ? "" : String(v).trim());
/** Whole days: a date typed with a time still counts for its day. */
const day = (v: CellValue | undefined) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.floor(v) : NaN;

/** Reviews due within SOON_DAYS or passed, from the plan (header row first). */
export function dueReviews(plan: Grid, today: number): DueEntry[] {
  const cols = matchColumns(plan[0] ?? [], ALL_PLAN_COLUMNS);
  const review = cols.get("nextReview");
  if (review === undefined) return [];
  const customer = cols.get("customer");
  const out: DueEntry[] = [];
  plan.slice(1).forEach((row, i) => {
    const date = day(row[review]);
    if (!(date - today <= SOON_DAYS)) return;
    const name = text(customer === undefined ? undefined : row[customer]);
    out.push({ kind: "review", row: i, customer: name, action: "", date, days: date - today });
  });
  return out;
}

/** Actions past their due date and neither done nor cancelled (header row first). */
export function overdueActions(actions: Grid, today: number): DueEntry[] {
  const cols = matchColumns(actions[0] ?? [], ACTION_COLUMNS);
  const due = cols.get("due");
  if (due === undefined) return [];
  const at = (row: readonly CellValue[], id: string) => {
    const i = cols.get(id);
    return i === undefined ? "" : text(row[i]);
  };
  const out: DueEntry[] = [];
  actions.slice(1).forEach((row, i) => {
    const date = day(row[due]);
    if (!(date < today) || CLOSED.has(at(row, "status").toLowerCase())) return;
    out.push({
      kind: "action",
      row: i,
      customer: at(row, "customer"),
      action: at(row, "action"),
      date,
      days: date - today,
    });
  });
  return out;
}

/** Both lists, soonest (most overdue) first; reviews before actions on the same day. */
export function dueEntries(plan: Grid | null, actions: Grid | null, today: number): DueEntry[] {
  const all = [
    ...(plan ? dueReviews(plan, today) : []),
    ...(actions ? overdueActions(actions, today) : []),
  ];
  return all.sort(
    (a, b) => a.date - b.date || (a.kind === b.kind ? a.row - b.row : a.kind === "review" ? -1 : 1)
  );
}
