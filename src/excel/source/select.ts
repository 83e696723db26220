// "Select these rows": selects blocks of the source in the sheet (several at once where the host can).
import { formatRect, parseAreas, rowCount, type Area, type Rect } from "../../core/a1";
import { runBatch } from "../host/batch";
import { capabilities } from "../host/capabilities";
import type { Selected } from "../types";

/**
 * The sheet and the blocks of an address such as "'My Sheet'!A5:D5,A9:D11": blocks without a sheet
 * or on the first block's sheet (Excel selects on one sheet). Null when it is no address.
 */
export function selectionBlocks(
  address: string
): { sheet?: string; blocks: Rect[]; asked: number } | null {
  const areas = parseAreas(address);
  if (!areas || areas.length === 0) return null;
  const sheet = areas[0].sheet;
  const onSheet = (a: Area) =>
    a.sheet === undefined || a.sheet.toLowerCase() === (sheet ?? "").toLowerCase();
  return { sheet, blocks: areas.filter(onSheet).map((a) => a.rect), asked: areas.length };
}

/**
 * getRanges fails for long multi-area addresses; the limit is undocumented (office-js issue 5198:
 * 513 areas / 8,207 characters failed). Half of that is selected at most.
 */
const SELECT_MAX_AREAS = 250;
const SELECT_MAX_CHARS = 4_000;

/** The first blocks whose joined address stays within the getRanges margin. */
export function blocksWithinLimit(addresses: readonly string[]): number {
  let length = -1;
  let n = 0;
  while (n < Math.min(addresses.length, SELECT_MAX_AREAS)) {
    length += addresses[n].length + 1;
    if (length > SELECT_MAX_CHARS) break;
    n++;
  }
  return Math.max(1, n);
}

export function select(address: string): Promise<Selected> {
  const parts = selectionBlocks(address);
  if (!parts) return Promise.reject(new Error(`Not a cell address: ${address}`));
  const { sheet, blocks, asked } = parts;
  const all = blocks.map((r) => formatRect(r));
  // getRange takes one block; several at once need getRanges (ExcelApi 1.9), up to its limit.
  const oneAtATime = !capabilities().rangeAreas;
  const count = oneAtATime ? 1 : blocksWithinLimit(all);
  const chosen = blocks.slice(0, count);
  const limited =
    count >= blocks.length
      ? undefined
      : oneAtATime
        ? ("oneBlock" as const)
        : ("manyBlocks" as const);
  return runBatch(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
    if (sheet !== undefined) ws.activate();
    const addresses = all.slice(0, count);
    const target =
      chosen.length > 1 ? ws.getRanges(addresses.join(",")) : ws.getRange(addresses[0]);
    target.select();
    target.load("address");
    await context.sync();
    return {
      address: target.address,
      areas: asked,
      selectedAreas: chosen.length,
      rows: chosen.reduce((n, r) => n + rowCount(r), 0),
      ...(limited ? { limited } : {}),
    };
  });
}
