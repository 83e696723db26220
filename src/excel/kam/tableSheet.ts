// A new sheet holding one KAM table at A1: header, formats, widths, validation, highlights.
import { formatAddress, rect } from "../../core/a1";
import type { Batch } from "../host/batch";
import { rowChunks } from "../host/chunks";
import type { CellValue, Language } from "../../core/types";
import type { ColumnSpec, TableSpec } from "../../core/kam";
import { queueConditionalFormat, queueValidation } from "./validation";
import type { Unit } from "./work";

const TABLE_STYLE = "TableStyleMedium2";
const QUIET_FONT = "#7F7F7F";

export interface NewTableSheet {
  sheetName: string;
  sheet: Excel.Worksheet;
  table: Excel.Table;
  /** "Sheet!A1:K13" */
  address: string;
}

/** Row-block writes of `rows` starting at sheet row `firstRow`: number formats first, then values. */
function rowUnits(
  sheet: () => Excel.Worksheet,
  firstRow: number,
  columns: readonly ColumnSpec[],
  rows: readonly CellValue[][],
  lang: Language
): Unit[] {
  const width = columns.length;
  const formats = columns.map((c) => c.numberFormat[lang]);
  return rowChunks(rows.length, width).map((chunk) => ({
    cells: 2 * chunk.count * width,
    queue: () => {
      const block = sheet().getRangeByIndexes(firstRow + chunk.start, 0, chunk.count, width);
      // Text format before the values, so "=..." or "-Minus GmbH" stays the text it is.
      block.numberFormat = Array.from({ length: chunk.count }, () => formats);
      block.values = rows.slice(chunk.start, chunk.start + chunk.count) as CellValue[][];
    },
  }));
}

/**
 * The sheet, its table and everything that does not depend on the rows, then the body rows
 * (formats, then values) as further units, so that a large plan goes out in several requests.
 * Nothing is queued before the units run: the caller decides the order (lists and their names
 * must exist before a validation refers to them).
 */
export function tableSheetUnits(
  context: Batch,
  spec: TableSpec,
  columns: readonly ColumnSpec[],
  sheetName: string,
  rows: readonly CellValue[][],
  lang: Language,
  options: { freezeFirstColumn?: boolean; activate?: boolean } = {}
): { units: Unit[]; created: () => NewTableSheet } {
  const width = columns.length;
  const n = Math.max(1, rows.length);
  let made: NewTableSheet | null = null;
  const setup: Unit = {
    cells: 2 * width,
    queue: () => {
      const sheet = context.workbook.worksheets.add(sheetName);
      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.values = [columns.map((c) => c.header[lang])];
      header.format.wrapText = true;
      header.format.verticalAlignment = "Top";
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, n + 1, width), true);
      table.name = spec.tableName;
      table.style = TABLE_STYLE;
      const index = (id: string) => columns.findIndex((c) => c.id === id);
      // Rows grow with wrapped text; every cell of a row then starts at its top line.
      sheet.getRangeByIndexes(1, 0, n, width).format.verticalAlignment = "Top";
      columns.forEach((c, i) => {
        sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width;
        if (c.wrap) sheet.getRangeByIndexes(1, i, n, 1).format.wrapText = true;
        if (c.unobtrusive) sheet.getRangeByIndexes(0, i, n + 1, 1).format.font.color = QUIET_FONT;
        if (c.validation) queueValidation(sheet.getRangeByIndexes(1, i, n, 1), c.validation, lang);
      });
      for (const rule of spec.conditionalFormats) {
        const at = index(rule.column);
        if (at >= 0) queueConditionalFormat(sheet.getRangeByIndexes(1, at, n, 1), rule, index, 2);
      }
      if (options.freezeFirstColumn) sheet.freezePanes.freezeAt(sheet.getRange("A1"));
      else sheet.freezePanes.freezeRows(1);
      if (options.activate) sheet.activate();
      table.load("id,name");
      sheet.load("id,name");
      made = {
        sheetName,
        sheet,
        table,
        address: formatAddress(sheetName, rect(0, 0, n, width - 1)),
      };
    },
  };
  const created = () => {
    if (!made) throw new Error(`Table sheet ${sheetName} was not queued`);
    return made;
  };
  // A table without rows keeps one blank row; it gets the formats all the same.
  const filled = rows.length ? rows : [columns.map(() => "")];
  const body = rowUnits(() => created().sheet, 1, columns, filled, lang);
  return { units: [setup, ...body], created };
}
