// .xlsx workbooks through exceljs, turned into the grid Excel's Range.values would give.
import ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import { CliError } from "./errors";

export interface XlsxData {
  grid: CellValue[][];
  sheet: string;
}

/** The sheet named `sheetName` (exact, else ignoring case), or the first sheet; A1 is grid[0][0]. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxData> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never
    );
  } catch (e) {
    throw new CliError("CLI_XLSX_FAILED", { detail: e instanceof Error ? e.message : String(e) });
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new CliError("CLI_NO_SHEETS");
  let sheet = sheets[0];
  if (sheetName !== undefined) {
    const found =
      sheets.find((s) => s.name === sheetName) ??
      sheets.find((s) => s.name.toLowerCase() === sheetName.trim().toLowerCase());
    if (!found) {
      throw new CliError("CLI_SHEET_NOT_FOUND", {
        sheet: sheetName,
        sheets: sheets.map((s) => `"${s.name}"`).join(", "),
      });
    }
    sheet = found;
  }
  const grid: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (grid.length < rowNumber - 1) grid.push([]);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push("");
      cells.push(cellValue(cell.value));
    });
    grid.push(cells);
  });
  return { grid, sheet: sheet.name };
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * One cell as Excel's Range.values shows it: numbers, text, truth values, "" for blanks; formulas
 * give their last result, rich text and hyperlinks their text, errors their code ("#N/A"),
 * dates their serial number.
 */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY_MS;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // A workbook saved without calculated values has no result: the cell reads as blank.
    return value.result === undefined ? "" : cellValue(value.result);
  }
  if ("hyperlink" in value) return cellValue(value.text as ExcelJS.CellValue);
  return String(value);
}
