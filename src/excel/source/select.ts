// "Select these rows": selects blocks of the source in the sheet (several at once where the host can).
import { formatRect, parseAreas, rowCount, type Area, type Rect } from "../host/address";
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

export function select(address: string): Promise<Selected> {
  const parts = selectionBlocks(address);
  if (!parts) return Promise.reject(new Error(`Not a cell address: ${address}`));
  const { sheet, blocks, asked } = parts;
  // getRange takes one block; several at once need getRanges (ExcelApi 1.9).
  const chosen = capabilities().rangeAreas ? blocks : blocks.slice(0, 1);
  return runBatch(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
    if (sheet !== undefined) ws.activate();
    const addresses = chosen.map((r) => formatRect(r));
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
    };
  });
}
