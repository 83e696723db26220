// .xlsx workbooks: the first sheet or --sheet, cells as Excel shows them.
import ExcelJS from "exceljs";
import { json, kam, tempDir } from "./helpers";

const tmp = tempDir();
let book: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notizen");
  notes.addRow(["Kunde", "Umsatz"]);
  notes.addRow(["Nur", 1]);
  notes.addRow(["Notizen", 2]);
  const sales = wb.addWorksheet("Umsätze 2024");
  sales.addRow(["Kunde", "Umsatz"]);
  sales.addRow(["Alpha GmbH", 1000]);
  sales.addRow([{ richText: [{ text: "Beta " }, { text: "AG", font: { bold: true } }] }, 500]);
  sales.addRow(["Gamma KG", { formula: "200+50", result: 250 }]);
  sales.addRow(["Delta e.K.", { error: "#N/A" }]);
  sales.addRow([{ text: "Epsilon SE", hyperlink: "https://example.com" }, 100]);
  sales.addRow(["Alpha GmbH", 0.5]);
  book = tmp.file("book.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
}, 60_000); // writing the workbooks with exceljs takes seconds on a loaded machine

describe("XLSX input", () => {
  test("reads the first sheet by default", () => {
    const out = json(kam(["analyze", book, "--format", "json"]));
    expect(out.customers.map((c) => c.customer)).toEqual(["Notizen", "Nur"]);
  });

  test("--sheet picks a sheet by name, ignoring case", () => {
    const out = json(kam(["analyze", book, "--sheet", "umsätze 2024", "--format", "json"]));
    expect(out.customers.map((c) => [c.customer, c.value])).toEqual([
      ["Alpha GmbH", 1000.5],
      ["Beta AG", 500],
      ["Gamma KG", 250],
      ["Epsilon SE", 100],
    ]);
    // The error cell is reported with its sheet row.
    expect(out.issues.map((i) => i.row)).toEqual([5]);
    expect(out.issues[0].text).toContain("#N/A");
  });

  test("an unknown sheet is an error that lists the sheets", () => {
    const run = kam(["analyze", book, "--sheet", "Missing"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      'Sheet "Missing" not found; sheets are: "Notizen", "Umsätze 2024".'
    );
  });

  test("an old .xls file is refused with advice", () => {
    const f = tmp.file("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
    const run = kam(["analyze", f, "--lang", "de"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("alte .xls-Arbeitsmappe");
  });

  test("a broken workbook is unusable data", () => {
    const f = tmp.file("broken.xlsx", Buffer.from("PK\x03\x04 not really a zip", "latin1"));
    const run = kam(["analyze", f]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.xlsx: This is not a readable \.xlsx workbook/);
  });
});
