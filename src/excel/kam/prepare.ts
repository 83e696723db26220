// Everything a KAM action needs to know before it writes: read from the workbook, computed in core.
import {
  ACTIONS_TABLE_NAME,
  PLAN_TABLE_NAME,
  ROADMAP_TABLE_NAME,
  STAKEHOLDERS_TABLE_NAME,
  dataShape,
  headersOf,
  keyAccountListValues,
  listSpec,
  planColumns,
  refreshFromResult,
  selectKeyAccounts,
  unknownExtraKeys,
  type DataShape,
  type KeyAccount,
  type PlanChangeSet,
  type TableId,
} from "../../core/kam";
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import type { KamOptions } from "../api";
import { defaultAnchor, type ListAnchor } from "./listsSheet";
import { readPlanTable, type PlanTable } from "./readPlan";
import { sheetOf } from "../../core/a1";
import type { Batch } from "../host/batch";
import {
  locateListsSheet,
  locateTable,
  readSnapshot,
  type Snapshot,
  type TableInfo,
} from "./snapshot";

const DEFAULT_TABLE_NAMES: Record<TableId, string> = {
  plan: PLAN_TABLE_NAME,
  actions: ACTIONS_TABLE_NAME,
  stakeholders: STAKEHOLDERS_TABLE_NAME,
  roadmap: ROADMAP_TABLE_NAME,
};

export interface Prepared {
  snap: Snapshot;
  /** Language of the sheets: the one they were created in, else the user's. */
  sheetLang: Language;
  accounts: KeyAccount[];
  keyAccountNames: string[];
  unknownExtras: string[];
  shape: DataShape;
  located: Record<TableId, TableInfo | null>;
  /** Tables the stored state knew that are gone now (deleted by the user). */
  vanished: TableId[];
  plan: PlanTable | null;
  /** Against the existing plan, or against a bare header row for a new plan. */
  changes: PlanChangeSet;
  newPlanHeader: string[];
  lists: { id: string; name: string } | null;
  keyListAnchor: ListAnchor | null;
}

const KEY_LIST = listSpec("keyAccounts");

export async function prepare(
  context: Batch,
  result: AnalysisResult,
  options: KamOptions,
  lang: Language
): Promise<Prepared> {
  const snap = await readSnapshot(context);
  const sheetLang = snap.state?.language ?? lang;
  const ids: TableId[] = ["plan", "actions", "stakeholders", "roadmap"];
  const located = {} as Record<TableId, TableInfo | null>;
  for (const id of ids) located[id] = locateTable(snap, id, DEFAULT_TABLE_NAMES[id]);
  const vanished = ids.filter((id) => snap.state?.tables[id] && !located[id]);

  // The key-account name shows where the lists live, even after an administrator moved them.
  let anchor: ListAnchor | null = null;
  const alongside = () => {
    if (!snap.names.has(KEY_LIST.name.toLowerCase())) return () => undefined;
    const range = context.workbook.names
      .getItem(KEY_LIST.name)
      .getRangeOrNullObject()
      .load("address,rowIndex,columnIndex");
    return () => {
      if (!range.isNullObject) {
        anchor = {
          sheetName: sheetOf(range.address) ?? "",
          row: range.rowIndex,
          column: range.columnIndex,
        };
      }
    };
  };
  let plan: PlanTable | null = null;
  if (located.plan) plan = await readPlanTable(context, located.plan, alongside);
  else if (snap.names.has(KEY_LIST.name.toLowerCase())) {
    const after = alongside();
    await context.sync();
    after();
  }
  const found = anchor as ListAnchor | null;
  const lists =
    locateListsSheet(snap) ??
    (found
      ? (snap.sheets.find((s) => s.name.toLowerCase() === found.sheetName.toLowerCase()) ?? null)
      : null);
  const keyListAnchor = found ?? (lists ? defaultAnchor(lists.name, KEY_LIST) : null);

  const shape = dataShape(result);
  const accounts = selectKeyAccounts(result, options);
  const newPlanHeader = headersOf(planColumns(shape), sheetLang);
  const changes = refreshFromResult(
    plan ? plan.grid : [newPlanHeader],
    result,
    options,
    sheetLang,
    accounts
  );
  return {
    snap,
    sheetLang,
    accounts,
    keyAccountNames: keyAccountListValues(accounts),
    unknownExtras: unknownExtraKeys(result, options.extraKeys),
    shape,
    located,
    vanished,
    plan,
    changes,
    newPlanHeader,
    lists,
    keyListAnchor,
  };
}
