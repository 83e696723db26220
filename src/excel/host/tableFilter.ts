/**
 * A user's filter on a table the add-in writes into. While a filter hides rows, Excel deletes no
 * table rows (office-js issues 994 and 468) and writes leave the filter stale: "rows that should
 * be filtered are shown, rows that should be shown are filtered" (office-js issue 224). So the
 * add-in reads each column's criteria (TableColumn.filter, ExcelApi 1.2, within the manifest's
 * 1.8), clears the filter before its writes and applies the same criteria again after them,
 * column by column (a read of the criteria after table.clearFilters and AutoFilter.apply can fail,
 * office-js issue 3030, so the criteria are read once, before).
 */

/** The filtered columns of a table: index in the table → criteria. */
export type ActiveFilter = { column: number; criteria: Excel.FilterCriteria }[];

const FIELDS = [
  "filterOn",
  "values",
  "criterion1",
  "criterion2",
  "operator",
  "dynamicCriteria",
  "color",
  "icon",
] as const;

/** Only the fields that say something, so that apply() gets back what the user chose. */
function essential(c: Excel.FilterCriteria): Excel.FilterCriteria | null {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const v = c[k];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  const kind = out.filterOn;
  if (!kind) return null;
  // An unfiltered column can report filterOn "Custom" without a criterion.
  if (kind === "Custom" && !out.criterion1) return null;
  if (kind === "Values" && !out.values) return null;
  return out as unknown as Excel.FilterCriteria;
}

/** Queues the read of the table's filter criteria; call the result after the next sync. */
export function loadTableFilter(table: Excel.Table): () => ActiveFilter {
  // The names too: a later load of the same collection replaces its items, so a caller's
  // "items/name" stays readable when it comes first.
  const columns = table.columns.load("items/name,items/filter/criteria");
  return () =>
    columns.items.flatMap((col, column) => {
      const criteria = col.filter.criteria ? essential(col.filter.criteria) : null;
      return criteria ? [{ column, criteria }] : [];
    });
}

export function queueClearFilter(table: Excel.Table, active: ActiveFilter): void {
  if (active.length) table.clearFilters();
}

/** The user's criteria again, over the table as it is after the writes. */
export function queueReapplyFilter(table: Excel.Table, active: ActiveFilter): void {
  for (const { column, criteria } of active) table.columns.getItemAt(column).filter.apply(criteria);
}

/**
 * The criteria after table columns `deleted` (indices before the delete) are deleted: those on
 * a deleted column go with it, the others move left with their columns.
 */
export function afterColumnDeletes(active: ActiveFilter, deleted: readonly number[]): ActiveFilter {
  return active
    .filter(({ column }) => !deleted.includes(column))
    .map(({ column, criteria }) => ({ column: indexAfterDeletes(column, deleted), criteria }));
}

/** Where table column `index` ends up when the columns at `deleted` are deleted. */
export function indexAfterDeletes(index: number, deleted: readonly number[]): number {
  return index - deleted.filter((d) => d < index).length;
}
