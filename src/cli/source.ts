// Loads the file named on the command line into a grid, whatever its kind.
import { open, readFile } from "node:fs/promises";
import type { ReadOptions, TableData } from "../core/table/readTable";
import type { CellValue, Language } from "../core/types";
import type { CustomerBytes } from "./context";
import { CliError } from "./errors";
import type { ShareTextBuffers } from "./shareTexts";
import { csvRows } from "./csvRows";
import { decodeText, parseCsv, type Delimiter } from "./readCsv";

export interface Source {
  /** All cells, or only the top rows where `readTable` reads the rest. */
  grid: CellValue[][];
  /** The table of the whole file, for a reader that does not hold all its cells. */
  readTable?: (options: ReadOptions) => TableData;
  /** Any row of the file when `grid` holds only the top rows (with `readTable`). */
  rowAt?: (r: number) => readonly CellValue[];
  kind: "csv" | "xlsx";
  sheet?: string;
  delimiter?: Delimiter;
  /** How the core should read text numbers in this kind of file, and rows it cannot read. */
  readOptions: Pick<ReadOptions, "textNumbers" | "decimalFallback" | "unreadableRows">;
  /** Where the customers' names and ids are in the file, once read (see CsvRows.customerBytes). */
  customerBytes?: () => CustomerBytes | null;
  /** Buffers in which a helper makes a JSON output's shares' texts (see CsvRows.shareTexts). */
  shareTexts?: () => ShareTextBuffers | null;
}

/** The kind comes from the content, not the name: an .xlsx is a zip, an old .xls an OLE file. */
export async function loadSource(
  file: string,
  sheet: string | undefined,
  lang: Language,
  output: { json: boolean } = { json: false }
): Promise<Source> {
  const bytes = await readBytes(file);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // exceljs takes ~130 ms to load; CSV runs do without it.
    const { readXlsx } = await import("./readXlsx");
    const xlsx = await readXlsx(bytes, sheet);
    // Text cells in a workbook are the exception: report them as Excel users expect, and read
    // ambiguous ones ("1.234") in the user's notation.
    const source: Source = {
      grid: xlsx.grid,
      readTable: xlsx.readTable,
      rowAt: xlsx.rowAt,
      kind: "xlsx",
      sheet: xlsx.sheet,
      readOptions: { textNumbers: "report", decimalFallback: lang === "de" ? "," : "." },
    };
    return source;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new CliError("CLI_OLD_XLS");
  const rows = csvRows(bytes, { shareTexts: output.json });
  const csv = rows
    ? { grid: rows.head, delimiter: rows.delimiter, problems: [] }
    : parseCsv(decodeText(bytes));
  // In a CSV every cell is text; ";" files come from German Excel, where "1.234" means 1234.
  const source: Source = {
    grid: csv.grid,
    readTable: rows?.read,
    rowAt: rows?.rowAt,
    customerBytes: rows?.customerBytes,
    shareTexts: rows?.shareTexts,
    kind: "csv",
    delimiter: csv.delimiter,
    readOptions: {
      textNumbers: "accept",
      decimalFallback: csv.delimiter === ";" ? "," : ".",
      unreadableRows: csv.problems,
    },
  };
  return source;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readShared(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError("CLI_FILE_NOT_FOUND");
    if (code === "EISDIR") throw new CliError("CLI_NOT_A_FILE");
    throw new CliError("CLI_READ_FAILED", { detail: (e as Error).message });
  }
}

/**
 * A regular file's bytes in memory that threads share: the CSV reader's helper threads read them
 * in place, where copying 27 MB into shared memory took ~110 ms here. Anything else (a pipe, a
 * directory) as readFile reads it.
 */
async function readShared(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const info = await handle.stat();
    if (!info.isFile()) return await readFile(file);
    const bytes = new Uint8Array(new SharedArrayBuffer(info.size));
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
