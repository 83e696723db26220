// .xlsx workbooks turned into the grid Excel's Range.values would give: the sheet's XML read as
// bytes, exceljs for whatever that reader does not follow.
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import { CliError } from "./errors";
import { readTableRows, type ReadOptions, type TableData } from "../core/table/readTable";
import { SheetCells, sharedStrings, xmlText } from "./xlsxSheet";
import { inflateEntry, inflatePieces, zipEntries } from "./xlsxZip";

export interface XlsxData {
  /** All cells, or the top rows where `readTable` reads the rest. */
  grid: CellValue[][];
  readTable?: (options: ReadOptions) => TableData;
  /** Any row of the sheet when `grid` holds only its top rows. */
  rowAt?: (r: number) => readonly CellValue[];
  sheet: string;
}

/** Rows made as cells for the header search and the column guess (see csvRows.ts). */
const HEAD_ROWS = 1000;

/** The sheet named `sheetName` (exact, else ignoring case), or the first sheet; A1 is grid[0][0]. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxData> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let read: XlsxData | null = null;
  try {
    read = await readSheet(zip, sheetName);
  } catch (e) {
    if (e instanceof CliError) throw e;
    // Anything this reader does not follow: exceljs below reads it or says what is wrong.
  }
  return read ?? (await readWithExceljs(zip, sheetName));
}

/**
 * exceljs loads the whole workbook as objects (12.7 s and 2.3 GB for 1,048,575 rows) and its
 * streaming WorkbookReader still took ~7 s of CPU here: readSheet reads the zip and the sheet's
 * XML as bytes instead. exceljs stays for every file that reader does not follow.
 */
async function readWithExceljs(zip: Buffer, sheetName?: string): Promise<XlsxData> {
  // Loaded here, not with this module: exceljs takes ~0.3 s to load, and most files never need it.
  const { default: exceljs } = await import("exceljs");
  const workbook = new exceljs.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(zip as never);
  } catch (e) {
    throw new CliError("CLI_XLSX_FAILED", { detail: e instanceof Error ? e.message : String(e) });
  }
  const sheet = pickSheet(workbook.worksheets, sheetName);
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

/** The sheet named `sheetName` (exact, else ignoring case), or the first sheet. */
function pickSheet<T extends { name: string }>(sheets: T[], sheetName?: string): T {
  if (sheets.length === 0) throw new CliError("CLI_NO_SHEETS");
  if (sheetName === undefined) return sheets[0];
  const found =
    sheets.find((s) => s.name === sheetName) ??
    sheets.find((s) => s.name.toLowerCase() === sheetName.trim().toLowerCase());
  if (!found) {
    throw new CliError("CLI_SHEET_NOT_FOUND", {
      sheet: sheetName,
      sheets: sheets.map((s) => `"${s.name}"`).join(", "),
    });
  }
  return found;
}

/** The sheet through the zip's directory and the workbook's parts; null where exceljs must read. */
async function readSheet(zip: Buffer, sheetName?: string): Promise<XlsxData | null> {
  const entries = zipEntries(zip);
  if (!entries) return null;
  const part = (path: string): Buffer | null => {
    const entry = entries.get(path);
    return entry ? inflateEntry(zip, entry) : null;
  };
  const workbook = part("xl/workbook.xml")?.toString("utf8");
  const rels = part("xl/_rels/workbook.xml.rels")?.toString("utf8");
  if (workbook === undefined || rels === undefined) return null;
  const targets = new Map<string, { type: string; path: string }>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const target = xmlAttribute(tag, "Target");
    const path = target.startsWith("/") ? target.slice(1) : "xl/" + target;
    targets.set(xmlAttribute(tag, "Id"), { type: xmlAttribute(tag, "Type"), path });
  }
  const sheets: { name: string; path: string }[] = [];
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const target = targets.get(xmlAttribute(tag, "[\\w]+:id"));
    if (target?.type.endsWith("/worksheet"))
      sheets.push({ name: xmlAttribute(tag, "name"), path: target.path });
  }
  const sheet = pickSheet(sheets, sheetName);
  const stringsTarget = [...targets.values()].find((t) => t.type.endsWith("/sharedStrings"));
  const stringsXml = stringsTarget ? part(stringsTarget.path) : null;
  if (stringsTarget && !stringsXml) return null;
  const entry = entries.get(sheet.path);
  if (!entry) return null;
  const cells = new SheetCells(stringsXml ? sharedStrings(stringsXml) : []);
  if (!(await inflatePieces(zip, entry, (piece) => cells.push(piece))) || !cells.finish())
    return null;
  const grid = cells.head(HEAD_ROWS);
  const { width, height, rows } = cells;
  return {
    grid,
    rowAt: (r) => (r < grid.length ? grid[r] : cells.rowAt(r)),
    readTable: (options) =>
      readTableRows(grid, (r) => cells.rowAt(r), options, { width, height, rows }),
    sheet: sheet.name,
  };
}

/** An attribute's value in one tag, entities decoded ("" if absent). */
function xmlAttribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  if (!m) return "";
  const text = Buffer.from(m[1], "utf8");
  return xmlText(text, 0, text.length);
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
