import { AnalysisError } from "../../../src/core/errors";
import { readTable } from "../../../src/core/table/readTable";
import type { Grid } from "../../../src/core/types";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AnalysisError) return e.code;
    throw e;
  }
  return "no error";
}

describe("readTable: bad selections", () => {
  it("refuses an empty selection", () => {
    expect(codeOf(() => readTable([]))).toBe("EMPTY_SELECTION");
    expect(codeOf(() => readTable([[""]]))).toBe("EMPTY_SELECTION");
    expect(
      codeOf(() =>
        readTable([
          ["", ""],
          ["", ""],
        ])
      )
    ).toBe("EMPTY_SELECTION");
  });
  it("refuses a single cell", () => {
    expect(codeOf(() => readTable([["Kunde"]]))).toBe("SINGLE_CELL");
  });
  it("refuses headers only", () => {
    expect(codeOf(() => readTable([["Kunde", "Umsatz"]]))).toBe("HEADER_ONLY");
    expect(
      codeOf(() =>
        readTable([
          ["Kunde", "Umsatz"],
          ["", ""],
          ["", ""],
        ])
      )
    ).toBe("HEADER_ONLY");
  });
  it("says when no revenue column exists", () => {
    expect(
      codeOf(() =>
        readTable([
          ["Kunde", "Ort"],
          ["A", "Köln"],
          ["B", "Bonn"],
        ])
      )
    ).toBe("NO_REVENUE_COLUMN");
  });
  it("says when no customer column exists", () => {
    expect(
      codeOf(() =>
        readTable([
          ["Umsatz", "DB"],
          [1, 2],
          [3, 4],
        ])
      )
    ).toBe("NO_CUSTOMER_COLUMN");
  });
  it("refuses a chosen column outside the range", () => {
    expect(
      codeOf(() =>
        readTable(
          [
            ["Kunde", "Umsatz"],
            ["A", 1],
          ],
          { columns: { revenue: 5 } }
        )
      )
    ).toBe("COLUMN_OUT_OF_RANGE");
  });
});

describe("readTable: rows", () => {
  const grid: Grid = [
    ["Kunde", "Umsatz"],
    ["Müller GmbH", 1000],
    ["", 50],
    ["Schmidt AG", ""],
    ["Weber KG", "#N/A"],
    ["#REF!", 10],
    ["Becker", "1.234,56 €"],
    ["", ""],
    ["Fischer", "-5 %"],
    ["Wagner", "12 T€"],
    ["Hoffmann", "(1.200)"],
    ["Schulz", true],
    ["  müller   gmbh ", -200],
    ["=SUMME(A1)", 5],
    ["Zero Ltd", 0],
  ];
  const t = readTable(grid, { decimalFallback: "," });

  it("uses the good rows and keeps their grid rows", () => {
    expect(Array.from(t.rows)).toEqual([1, 6, 10, 12, 13, 14]);
    expect(Array.from(t.keyIds)).toEqual([0, 1, 2, 0, 3, 4]);
    // One name per customer: the spelling of its first row.
    expect(t.keyNames).toEqual(["Müller GmbH", "Becker", "Hoffmann", "=SUMME(A1)", "Zero Ltd"]);
    expect(t.keyCustomerIds).toBeNull();
    expect(Array.from(t.values)).toEqual([1000, 1234.56, -1200, -200, 5, 0]);
  });
  it("reports every skipped or coerced row with its reason", () => {
    const byRow = Object.fromEntries(t.issues.map((i) => [i.row, i.code]));
    expect(byRow).toEqual({
      2: "ROW_NO_CUSTOMER",
      3: "ROW_VALUE_BLANK",
      4: "ROW_VALUE_ERROR",
      5: "ROW_CUSTOMER_ERROR",
      6: "CELL_TEXT_NUMBER",
      7: "ROW_BLANK",
      8: "ROW_VALUE_PERCENT",
      9: "ROW_VALUE_UNIT",
      10: "CELL_TEXT_NUMBER",
      11: "ROW_VALUE_BOOLEAN",
    });
    expect(t.stats).toMatchObject({
      dataRows: 14,
      usedRows: 6,
      skippedRows: 7,
      blankRows: 1,
      coercedCells: 2,
    });
  });
  it("matches names trimmed, spaces collapsed and case-insensitive", () => {
    expect(t.keyIds[0]).toBe(t.keyIds[3]);
    expect(t.keyList[t.keyIds[0]]).toBe("müller gmbh");
  });
  it("leaves out rows the caller excludes (hidden rows)", () => {
    const visible = readTable(grid, { includeRow: (r) => r !== 1 });
    expect(visible.stats.hiddenRows).toBe(1);
    expect(visible.rows[0]).toBe(6);
  });
  it("caps issues per code but keeps exact counts", () => {
    const many: Grid = [
      ["Kunde", "Umsatz"],
      ...Array.from({ length: 50 }, (_, i) => [`K${i}`, "x"]),
      ...Array.from({ length: 60 }, (_, i) => [`L${i}`, i]),
    ];
    const r = readTable(many, { maxIssuesPerCode: 10 });
    expect(r.issues.length).toBe(10);
    expect(r.issueCounts.ROW_VALUE_TEXT).toBe(50);
  });
  it("accepts text numbers silently when asked (CSV)", () => {
    const r = readTable(
      [
        ["Kunde", "Umsatz"],
        ["A", "10.5"],
        ["B", "3"],
        ["C", "1.234,56"],
      ],
      { textNumbers: "accept" }
    );
    expect(r.issues).toEqual([]);
    expect(r.stats.coercedCells).toBe(0);
    expect(Array.from(r.values)).toEqual([10.5, 3, 1234.56]);
  });
  it("reads plain-looking text with a dot by the column's decimal comma", () => {
    // "1.234,56" tells the column uses a decimal comma; "2.000" is then two thousand.
    const r = readTable([
      ["Kunde", "Umsatz", "DB"],
      ["A", "1.234,56", "2.000"],
      ["B", "2.000", "2.5"],
      ["C", "2.5", "-1.500"],
      ["D", "7", "0.125"],
      ["E", "1.000.000", "1e3"],
    ]);
    expect(r.decimalSeparator).toBe(",");
    expect(Array.from(r.values)).toEqual([1234.56, 2000, 2.5, 7, 1000000]);
    expect(Array.from(r.margins!)).toEqual([2000, 2.5, -1500, 0.125, 1000]);
    const read = r.issues.filter((i) => i.code === "CELL_TEXT_NUMBER");
    expect(read.find((i) => i.value === "2.000" && i.column === 1)?.params).toEqual({
      number: 2000,
    });
  });
  it("keeps the plain reading of a dot where the column's separator is a dot", () => {
    const r = readTable([
      ["Kunde", "Umsatz"],
      ["A", "1,234.56"],
      ["B", "2.000"],
      ["C", "2.5"],
    ]);
    expect(r.decimalSeparator).toBe(".");
    expect(Array.from(r.values)).toEqual([1234.56, 2, 2.5]);
  });
  it("reads a dot by the fallback decimal comma when the column does not tell", () => {
    const grid: Grid = [
      ["Kunde", "Umsatz"],
      ["A", "2.000"],
      ["B", "12.50"],
      ["C", "3"],
    ];
    expect(Array.from(readTable(grid, { decimalFallback: "," }).values)).toEqual([2000, 12.5, 3]);
    expect(Array.from(readTable(grid, { decimalFallback: "." }).values)).toEqual([2, 12.5, 3]);
    // CSV reads them silently, by the same decimal comma.
    const csv = readTable(grid, { decimalFallback: ",", textNumbers: "accept" });
    expect(Array.from(csv.values)).toEqual([2000, 12.5, 3]);
    expect(csv.issues).toEqual([]);
  });
  it("keys by customer id when there is one and keeps the first spelling", () => {
    const r = readTable([
      ["Kundennummer", "Kunde", "Umsatz"],
      ["K1", "Müller", 1],
      ["k1 ", "Mueller GmbH", 2],
      ["", "Schmidt", 3],
    ]);
    expect(Array.from(r.keyIds)).toEqual([0, 0, 1]);
    expect(r.keyList).toEqual(["#k1", "schmidt"]);
    expect(r.keyNames).toEqual(["Müller", "Schmidt"]);
    expect(r.keyCustomerIds).toEqual(["K1", null]);
    expect(r.issues.map((i) => i.code)).toEqual(["ROW_NO_ID_NAME_USED"]);
  });
  it("reads merged cells (blank after the first) without losing the first row", () => {
    const r = readTable([
      ["Kunde", "Umsatz"],
      ["A", 10],
      ["", ""],
      ["B", 5],
    ]);
    expect(r.keyNames).toEqual(["A", "B"]);
  });
  it("ignores trailing empty rows of a whole-column selection", () => {
    const g: Grid = [
      ["Kunde", "Umsatz"],
      ["A", 1],
      ["B", 2],
      ...Array.from({ length: 1000 }, () => ["", ""]),
    ];
    const r = readTable(g);
    expect(r.stats.dataRows).toBe(2);
    expect(r.issues).toEqual([]);
  });
  it("takes the header names for display and letters where blank", () => {
    const r = readTable([
      ["Kunde", "", "Umsatz"],
      ["A", "x", 1],
      ["B", "y", 2],
    ]);
    expect(r.headers).toEqual(["Kunde", "B", "Umsatz"]);
  });
  it("reads customer numbers as names when there is no name column", () => {
    const r = readTable([
      ["Kundennummer", "Umsatz"],
      [4711, 10],
      [4712, 20],
    ]);
    expect(r.keyNames).toEqual(["4711", "4712"]);
    expect(r.keyCustomerIds).toEqual(["4711", "4712"]);
  });
  it("reports unusable margins but keeps the row", () => {
    const r = readTable([
      ["Kunde", "Umsatz", "DB"],
      ["A", 10, "n/a"],
      ["B", 5, 2],
    ]);
    expect(r.stats.usedRows).toBe(2);
    expect(Number.isNaN(r.margins![0])).toBe(true);
    expect(r.issues[0].code).toBe("MARGIN_TEXT");
  });
  it("takes a column the user chose away from any other role guessed for it", () => {
    const grid: Grid = [
      ["Kundennummer", "Kunde", "Umsatz"],
      ["K1", "Müller", 1],
      ["K2", "Schmidt", 2],
    ];
    expect(readTable(grid).columns).toMatchObject({ customerId: 0, customer: 1 });
    const r = readTable(grid, { columns: { customer: 0 } });
    expect(r.columns).toMatchObject({ customer: 0, customerId: null, revenue: 2 });
    expect(r.columnSource).toMatchObject({ customer: "user", customerId: "none" });
    expect(r.keyNames).toEqual(["K1", "K2"]);
    // Two roles the user chose stay as chosen.
    const both = readTable(grid, { columns: { customer: 0, customerId: 0 } });
    expect(both.columns).toMatchObject({ customer: 0, customerId: 0 });
  });
  it("skips rows the source could not read, with the source's own issue", () => {
    const unreadable = { code: "CSV_UNCLOSED_QUOTE", row: 2, column: 1, params: { column: "B" } };
    const r = readTable(
      [
        ["Kunde", "Umsatz"],
        ["A", "10"],
        ["B", "20"],
        ["C", "30"],
      ],
      { unreadableRows: [unreadable] }
    );
    expect(r.keyNames).toEqual(["A", "C"]);
    expect(r.stats.skippedRows).toBe(1);
    expect(r.issues.filter((i) => i.code === "CSV_UNCLOSED_QUOTE")).toEqual([
      { ...unreadable, value: undefined },
    ]);
  });
});
