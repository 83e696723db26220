// Writes a plan change set into the existing table: computed cells, new columns, new rows.
// Manual cells, user columns, comments and the user's row order are never touched.
import {
  ALL_PLAN_COLUMNS,
  formulaColumns,
  matchColumns,
  planTable,
  resolveFormula,
  runs,
  updateBlocks,
  type ColumnSpec,
  type ConditionalFormatSpec,
  type DataShape,
  type PlanChangeSet,
} from "../../core/kam";
import type { CellValue, Language } from "../../core/types";
import { formatAddress, rect } from "../../core/a1";
import type { Batch } from "../host/batch";
import { rowChunks } from "../host/chunks";
import { TEXT_FORMAT } from "../host/safeText";
import type { PlanTable } from "./readPlan";
import { queueConditionalFormat, queueValidation } from "./validation";
import { filledColumn, type Unit } from "./work";
import { moveRows } from "./calculatedColumns";
import { queueDeleteRulesById } from "../host/classColours";
import { queueClearFilter, queueReapplyFilter, type ActiveFilter } from "../host/tableFilter";

/** Column spec of each grid column after the change (null for user columns). */
function specsByColumn(plan: PlanTable, cs: PlanChangeSet): (ColumnSpec | null)[] {
  const specs: (ColumnSpec | null)[] = new Array(cs.width).fill(null);
  const byId = new Map(ALL_PLAN_COLUMNS.map((c) => [c.id, c]));
  matchColumns(plan.grid[0], ALL_PLAN_COLUMNS).forEach(
    (i, id) => (specs[i] = byId.get(id) ?? null)
  );
  for (const c of cs.addedColumns) specs[c.column] = byId.get(c.id) ?? null;
  return specs;
}

export function refreshUnits(
  context: Batch,
  plan: PlanTable,
  cs: PlanChangeSet,
  shape: DataShape,
  lang: Language
): Unit[] {
  const table = context.workbook.tables.getItem(plan.info.id);
  const body = plan.grid.slice(1);
  const specs = specsByColumn(plan, cs);
  const text = new Set(cs.textColumns);
  const units: Unit[] = [];

  // 1. Computed columns the user deleted (or new data such as ids) and the controlling columns
  //    an older plan lacks: added at the right end.
  for (const c of cs.addedColumns) {
    const spec = specs[c.column] as ColumnSpec;
    units.push({
      cells: 1,
      queue: () => {
        const col = table.columns.add();
        col.getHeaderRowRange().values = [[c.header]];
        col.getRange().format.columnWidth = spec.width;
      },
    });
    for (const chunk of rowChunks(body.length, 1)) {
      units.push({
        cells: 2 * chunk.count,
        queue: () => {
          const cells = table
            .getDataBodyRange()
            .getCell(chunk.start, c.column)
            .getResizedRange(chunk.count - 1, 0);
          cells.numberFormat = filledColumn(chunk.count, spec.numberFormat[lang]);
          cells.format.verticalAlignment = "Top";
          if (spec.wrap) cells.format.wrapText = true;
          cells.values = c.values.slice(chunk.start, chunk.start + chunk.count).map((v) => [v]);
          if (spec.validation) queueValidation(cells, spec.validation, lang);
        },
      });
    }
  }

  // 2. Computed cells of existing rows, as few rectangles as possible, never across a manual column.
  for (const block of updateBlocks(cs.updates, body, cs.computedColumns)) {
    const w = block.values[0].length;
    for (const chunk of rowChunks(block.values.length, w)) {
      units.push({
        cells: 2 * chunk.count * w,
        queue: () => {
          const cells = table
            .getDataBodyRange()
            .getCell(block.row + chunk.start, block.column)
            .getResizedRange(chunk.count - 1, w - 1);
          for (let j = 0; j < w; j++) {
            if (text.has(block.column + j)) {
              cells.getColumn(j).numberFormat = filledColumn(chunk.count, TEXT_FORMAT);
            }
          }
          cells.values = block.values.slice(
            chunk.start,
            chunk.start + chunk.count
          ) as CellValue[][];
        },
      });
    }
  }

  // 3. New key accounts: all rows of a chunk in one rows.add with a 2-D array (Office's
  //    performance guidance: few calls, not one per row). The array holds "" for the add-in's
  //    cells and each user calculated column's formula moved to its row, since a value passed
  //    for a calculated column replaces its formula. Then formats, computed values (after the
  //    Text format, so a name like "=Foo" stays text) and validation of the add-in's columns.
  const computedRuns = runs([...cs.computedColumns].sort((a, b) => a - b));
  const formatRow = specs.map((s) => (s ? s.numberFormat[lang] : null));
  for (const chunk of rowChunks(cs.appends.length, cs.width)) {
    const rows = cs.appends.slice(chunk.start, chunk.start + chunk.count);
    const k = rows.length;
    const fill = rows.map((_, i) =>
      specs.map((s, c) => {
        const f = s ? null : plan.calculated[c];
        // The formula was read on the last body row; new row i of the chunk is further down.
        return f ? moveRows(f, chunk.start + i + 1) : "";
      })
    );
    units.push({
      cells: 4 * k * cs.width,
      queue: () => {
        table.rows.add(undefined, fill); // no index: at the end
        const added = table
          .getDataBodyRange()
          .getLastRow()
          .getOffsetRange(-(k - 1), 0)
          .getResizedRange(k - 1, 0);
        added.format.verticalAlignment = "Top";
        specs.forEach((s, i) => {
          if (s) added.getColumn(i).numberFormat = filledColumn(k, formatRow[i] as string);
          if (s?.wrap) added.getColumn(i).format.wrapText = true;
        });
        for (const [c0, c1] of computedRuns) {
          added.getCell(0, c0).getResizedRange(k - 1, c1 - c0).values = rows.map((r) =>
            r.slice(c0, c1 + 1)
          );
        }
        specs.forEach((s, i) => {
          if (s?.validation) queueValidation(added.getColumn(i), s.validation, lang);
        });
      },
    });
  }
  if (cs.appends.length || cs.addedColumns.length)
    units.push(renewRules(table, plan, cs, specs, shape));
  return withFilterCleared(table, plan.filter, units);
}

/** The user's filter off while the add-in writes, then the same criteria again (tableFilter.ts). */
function withFilterCleared(table: Excel.Table, filter: ActiveFilter, units: Unit[]): Unit[] {
  if (!units.length || !filter.length) return units;
  return [
    { cells: 1, queue: () => queueClearFilter(table, filter) },
    ...units,
    { cells: filter.length, queue: () => queueReapplyFilter(table, filter) },
  ];
}

/**
 * Highlights cover the whole body after rows or columns were added: the add-in's own rules (found
 * by their formula) are replaced by rules over the full columns, and rules of re-added columns
 * come back. Rules the user added or deleted stay as they are.
 */
function renewRules(
  table: Excel.Table,
  plan: PlanTable,
  cs: PlanChangeSet,
  specs: readonly (ColumnSpec | null)[],
  shape: DataShape
): Unit {
  const index = (id: string) => specs.findIndex((s) => s?.id === id);
  const sheetColumn = (id: string) => (index(id) < 0 ? -1 : plan.left + index(id));
  const firstRow = plan.top + 2;
  const added = new Set(cs.addedColumns.map((c) => c.id));
  const existing = new Map(plan.formulaRules.map((r) => [r.formula.toUpperCase(), r.id]));
  const renew: { rule: ConditionalFormatSpec; oldId?: string }[] = [];
  for (const rule of planTable(shape).conditionalFormats) {
    if (formulaColumns(rule).some((id) => index(id) < 0)) continue;
    const oldId = existing.get(resolveFormula(rule, sheetColumn, firstRow).toUpperCase());
    if (oldId !== undefined || added.has(rule.column)) renew.push({ rule, oldId });
  }
  // A rule's id is its priority in the collection it was read from, and every add() or delete()
  // moves the others: delete from the lowest priority (highest id) up, in the collection the ids
  // came from (the body as read), and only then add.
  const oldIds = renew.flatMap((r) => (r.oldId === undefined ? [] : [Number(r.oldId)]));
  return {
    cells: renew.length,
    queue: () => {
      const asRead = table.worksheet.getRangeByIndexes(
        plan.top + 1,
        plan.left,
        plan.grid.length - 1,
        plan.grid[0].length
      ).conditionalFormats;
      queueDeleteRulesById(asRead, oldIds);
      for (const { rule } of renew) {
        const range = table.columns.getItemAt(index(rule.column)).getDataBodyRange();
        queueConditionalFormat(range, rule, sheetColumn, firstRow);
      }
    },
  };
}

/** The plan's address after the change, e.g. "'KAM Plan'!A1:T16". */
export function planAddress(plan: PlanTable, cs: PlanChangeSet): string {
  const rows = plan.grid.length + cs.appends.length;
  const last = plan.left + cs.width - 1;
  return formatAddress(plan.info.sheetName, rect(plan.top, plan.left, plan.top + rows - 1, last));
}
