// Writes the end-to-end benchmark's workbook: `node dist-cli/bench/makeXlsx.js FILE [ROWS]`.
// The same rows as makeCsv.ts in one sheet, names as shared strings as Excel saves them.
import ExcelJS from "exceljs";
import { makeRows } from "./data";

async function main(): Promise<void> {
  const [file, rowsArg] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node dist-cli/bench/makeXlsx.js FILE [ROWS]");
    process.exit(2);
  }
  const n = rowsArg ? Number(rowsArg) : 1_048_575;
  const { names, values } = makeRows(n);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet("Umsatz");
  sheet.addRow(["customer", "revenue"]).commit();
  for (let i = 0; i < n; i++) sheet.addRow([names[i], values[i]]).commit();
  sheet.commit();
  await workbook.commit();
  console.log(`${file}: ${n} rows`);
}

void main();
