// The refresh of the KAM plan as a change set: computed cells only, new rows at the end, nothing else.
import type { CellValue, Grid, Language } from "../types";
import { classOf, sameCell } from "./cells";
import { changeText, marksNoLongerKey, NEW } from "./changeText";
import type { CustomerFigures, KeyAccount } from "./keyAccounts";
import { matchColumns } from "./matchColumns";
import {
  ALL_PLAN_COLUMNS,
  CONTROLLING_COLUMN_IDS,
  planColumns,
  type DataShape,
  type PlanColumnId,
} from "./planTable";
import { matchByName, nameKey, rowKey } from "./rowKeys";

export interface PlanRefreshInput {
  /** The plan table as the workbook holds it: header row, then data rows, any order. */
  table: Grid;
  /** Key accounts of the latest analysis, in rank order. */
  accounts: readonly KeyAccount[];
  /** Figures of any customer of the latest analysis by key (for rows that are no longer key accounts). */
  find: (keys: ReadonlySet<string>) => Map<string, CustomerFigures>;
  shape: DataShape;
  /** The workbook's language: texts written into cells. */
  lang: Language;
}

export interface CellUpdate {
  /** 0-based data row (grid row - 1). */
  row: number;
  /** 0-based column in the grid. */
  column: number;
  value: CellValue;
}

export interface AddedColumn {
  id: string;
  header: string;
  /** Grid column it will have once added at the table's right end. */
  column: number;
  /** One value per existing data row. */
  values: CellValue[];
}

export interface PlanChangeSet {
  updates: CellUpdate[];
  /**
   * Computed columns the table lacks (deleted by the user, or new data such as ids), then the
   * controlling columns for a plan made before them (empty: they are the user's to fill).
   */
  addedColumns: AddedColumn[];
  /** New key accounts, full width (existing and added columns), rank order. */
  appends: CellValue[][];
  /** Table width after added columns. */
  width: number;
  /** Grid columns of the computed columns this run refreshes (existing and added). */
  computedColumns: number[];
  /** Grid columns holding text the add-in writes (names, ids, keys, change texts). */
  textColumns: number[];
  counts: {
    added: number;
    updated: number;
    unchanged: number;
    noLonger: number;
    stillNoLonger: number;
    again: number;
  };
  addedKeys: string[];
  noLongerKeys: string[];
  /** Keys found in more than one row; every such row is refreshed alike. */
  duplicateKeys: string[];
}

interface RowPlan {
  key: string;
  account?: KeyAccount;
  figures?: CustomerFigures;
}

/** Target value of each computed column for a row; absent means "leave as it is". */
function targets(
  plan: RowPlan,
  previous: string,
  wasKey: boolean,
  appended: boolean,
  lang: Language
): Map<string, CellValue> {
  const f = plan.account ?? plan.figures;
  const t = new Map<string, CellValue>();
  if (f) {
    t.set("customer", f.name);
    t.set("customerId", f.id ?? "");
    t.set("key", f.key);
  }
  t.set("class", f ? f.class : "");
  t.set("revenue", f ? f.value : "");
  t.set("share", f ? f.share : "");
  t.set("rank", f ? f.rank : "");
  t.set("marginData", f && f.margin !== null ? f.margin : "");
  t.set("previousClass", previous);
  const period = f?.period;
  t.set("xyz", period ? period.xyz : "");
  t.set("growth", period ? (period.growth ?? (period.isNew ? NEW[lang] : "")) : "");
  t.set("periodPreviousClass", period ? period.previousClass : "");
  const transition = {
    appended,
    previous,
    current: f ? f.class : "",
    isKey: plan.account !== undefined,
    wasKey,
    inData: f !== undefined,
    ...(period ? { period } : {}),
  };
  t.set("change", changeText(transition, lang));
  return t;
}

/**
 * The minimal changes that bring the plan up to the latest analysis. Rows are matched by key;
 * manual cells, user columns and row order are never part of the result.
 */
export function planRefresh(input: PlanRefreshInput): PlanChangeSet {
  const header = input.table[0] ?? [];
  const body = input.table.slice(1);
  const oldWidth = header.length;
  const cols = matchColumns(header, ALL_PLAN_COLUMNS);
  const wanted = planColumns(input.shape).filter((c) => c.kind === "computed");
  const missing = [
    ...wanted.filter((c) => !cols.has(c.id)),
    ...(CONTROLLING_COLUMN_IDS.some((id) => cols.has(id))
      ? []
      : planColumns(input.shape).filter((c) =>
          CONTROLLING_COLUMN_IDS.includes(c.id as PlanColumnId)
        )),
  ];
  const at = new Map(cols);
  missing.forEach((c, i) => at.set(c.id, oldWidth + i));
  const width = oldWidth + missing.length;
  const computed = wanted.map((c) => at.get(c.id) as number);
  const textColumns = wanted.filter((c) => c.type === "text").map((c) => at.get(c.id) as number);

  // Rows by key; keys the analysis knows at all; then rows whose kind of key changed.
  const keyCols = {
    key: cols.get("key"),
    customerId: cols.get("customerId"),
    customer: cols.get("customer"),
  };
  const keys = body.map((row) => rowKey(row, keyCols));
  const accountByKey = new Map(input.accounts.map((a) => [a.key, a]));
  const figures = input.find(new Set(keys.filter((k): k is string => k !== null)));
  const matched = new Set<string>();
  keys.forEach((k) => k !== null && accountByKey.has(k) && matched.add(k));
  const orphans = keys.flatMap((k, i) =>
    k !== null && !accountByKey.has(k) && !figures.has(k)
      ? [{ index: i, key: k, name: nameKey(body[i], cols.get("customer")) }]
      : []
  );
  const rekeyed = matchByName(
    orphans,
    input.accounts.filter((a) => !matched.has(a.key))
  );
  rekeyed.forEach((k, i) => {
    keys[i] = k;
    matched.add(k);
  });

  const updates: CellUpdate[] = [];
  const added = missing.map((c) => ({
    id: c.id,
    values: new Array<CellValue>(body.length).fill(""),
  }));
  const counts = { added: 0, updated: 0, unchanged: 0, noLonger: 0, stillNoLonger: 0, again: 0 };
  const noLongerKeys: string[] = [];
  const seen = new Map<string, number>();
  const cell = (row: readonly CellValue[], id: string) => {
    const i = cols.get(id);
    return i === undefined ? "" : row[i];
  };

  body.forEach((row, r) => {
    const key = keys[r];
    if (key === null) return;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const plan: RowPlan = { key, account: accountByKey.get(key), figures: figures.get(key) };
    const previous = classOf(cell(row, "class"));
    const wasKey = !marksNoLongerKey(cell(row, "change"));
    const values = targets(plan, previous, wasKey, false, input.lang);
    let changed = false;
    for (const c of wanted) {
      if (!values.has(c.id)) continue;
      const v = values.get(c.id) as CellValue;
      const index = cols.get(c.id);
      if (index === undefined) {
        added[missing.indexOf(c)].values[r] = v;
      } else if (!sameCell(row[index], v)) {
        updates.push({ row: r, column: index, value: v });
        changed = true;
      }
    }
    if (plan.account) {
      if (!wasKey) counts.again++;
      if (changed) counts.updated++;
      else counts.unchanged++;
    } else if (wasKey) {
      counts.noLonger++;
      noLongerKeys.push(key);
    } else counts.stillNoLonger++;
  });

  const appended = input.accounts.filter((a) => !matched.has(a.key));
  // A plan without rows is being created: every row would read "new", so none is marked.
  const marksNew = body.length > 0;
  const appends = appended.map((a) => {
    const row = new Array<CellValue>(width).fill("");
    const values = targets({ key: a.key, account: a }, "", true, marksNew, input.lang);
    for (const c of wanted)
      if (values.has(c.id)) row[at.get(c.id) as number] = values.get(c.id) as CellValue;
    return row;
  });
  counts.added = appends.length;

  return {
    updates,
    addedColumns: missing.map((c, i) => ({
      id: c.id,
      header: c.header[input.lang],
      column: oldWidth + i,
      values: added[i].values,
    })),
    appends,
    width,
    computedColumns: computed,
    textColumns,
    counts,
    addedKeys: appended.map((a) => a.key),
    noLongerKeys,
    duplicateKeys: [...seen].filter(([, n]) => n > 1).map(([k]) => k),
  };
}
