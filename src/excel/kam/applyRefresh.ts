// Writes a plan change set into the existing table: computed cells, new columns, new rows.
// Manual cells, user columns, comments and the user's row order are never touched.
import {
  ALL_PLAN_COLUMNS,
  columnLetters,
  matchColumns,
  planTable,
  sheetRef,
  updateBlocks,
  type ColumnSpec,
  type DataShape,
  type PlanChangeSet,
} from "../../core/kam";
import type { CellValue, Language } from "../../core/types";
import { rowChunks } from "../chunks";
import { TEXT_FORMAT } from "../safeText";
import type { PlanTable } from "./readPlan";
import { queueConditionalFormat, queueValidation } from "./validation";
import { filledColumn, type Unit } from "./work";

/** Runs of consecutive numbers: [2,3,4,9] -> [[2,4],[9,9]]. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

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
  context: Excel.RequestContext,
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

  // 1. Computed columns the user deleted (or new data such as ids): added at the right end.
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
          cells.values = c.values.slice(chunk.start, chunk.start + chunk.count).map((v) => [v]);
        },
      });
    }
    const rules = planTable(shape).conditionalFormats.filter((r) => r.column === c.id);
    const index = (id: string) => specs.findIndex((s) => s?.id === id);
    for (const rule of rules) {
      units.push({
        cells: 1,
        queue: () => {
          const range = table.columns.getItemAt(c.column).getDataBodyRange();
          queueConditionalFormat(range, rule, (id) => plan.left + index(id), plan.top + 2);
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

  // 3. New key accounts: blank rows first (one add each, without values, so that a calculated
  //    column the user added keeps its formula in the new rows), then formats, computed values
  //    and validation of the add-in's columns. Manual and user cells of new rows stay empty.
  const computedRuns = runs([...cs.computedColumns].sort((a, b) => a - b));
  const formatRow = specs.map((s) => (s ? s.numberFormat[lang] : null));
  for (const chunk of rowChunks(cs.appends.length, cs.width)) {
    const rows = cs.appends.slice(chunk.start, chunk.start + chunk.count);
    const k = rows.length;
    units.push({
      cells: 3 * k * cs.width,
      queue: () => {
        for (let i = 0; i < k; i++) table.rows.add();
        const added = table
          .getDataBodyRange()
          .getLastRow()
          .getOffsetRange(-(k - 1), 0)
          .getResizedRange(k - 1, 0);
        specs.forEach((s, i) => {
          if (s) added.getColumn(i).numberFormat = filledColumn(k, formatRow[i] as string);
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
  return units;
}

/** The plan's address after the change, e.g. "'KAM Plan'!A1:T16". */
export function planAddress(plan: PlanTable, cs: PlanChangeSet): string {
  const rows = plan.grid.length + cs.appends.length;
  const last = plan.left + cs.width - 1;
  return `${sheetRef(plan.info.sheetName)}!${columnLetters(plan.left)}${plan.top + 1}:${columnLetters(last)}${plan.top + rows}`;
}
