// Groups single-cell updates into few rectangles, so a refresh writes a handful of ranges.
import type { CellValue, Grid } from "../types";
import type { CellUpdate } from "./refreshPlan";

export interface Block {
  /** 0-based data row and grid column of the top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
}

/** Runs of consecutive numbers: [1,2,3,7,8] -> [[1,3],[7,8]]. */
export function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * Rectangles covering every update, each inside one run of adjacent computed columns, so no
 * rectangle ever reaches a manual or user column. Cells inside a rectangle that do not change
 * get their current value back.
 */
export function updateBlocks(
  updates: readonly CellUpdate[],
  body: Grid,
  computedColumns: readonly number[]
): Block[] {
  if (updates.length === 0) return [];
  const computed = new Set(computedColumns);
  const byCell = new Map<string, CellValue>();
  for (const u of updates) {
    if (!computed.has(u.column))
      throw new Error(`Update of column ${u.column}, which is not computed`);
    byCell.set(`${u.row}:${u.column}`, u.value);
  }
  const usedColumns = [...new Set(updates.map((u) => u.column))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const [c0, c1] of runs(usedColumns)) {
    // Adjacent update columns are only joined when every column between is computed too: runs()
    // works on the update columns themselves, which are all computed.
    const rows = [
      ...new Set(updates.filter((u) => u.column >= c0 && u.column <= c1).map((u) => u.row)),
    ];
    for (const [r0, r1] of runs(rows.sort((a, b) => a - b))) {
      const values: CellValue[][] = [];
      for (let r = r0; r <= r1; r++) {
        const line: CellValue[] = [];
        for (let c = c0; c <= c1; c++) {
          const k = `${r}:${c}`;
          line.push(byCell.has(k) ? (byCell.get(k) as CellValue) : normalize(body[r]?.[c]));
        }
        values.push(line);
      }
      blocks.push({ row: r0, column: c0, values });
    }
  }
  return blocks;
}

const normalize = (v: CellValue): CellValue => (v === null || v === undefined ? "" : v);
