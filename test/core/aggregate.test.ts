import { aggregate, customerSums } from "../../src/core/aggregate";
import { analyze, analyzeRead } from "../../src/core/analyze";
import { readTable, type TableData } from "../../src/core/table/readTable";
import type { CellValue } from "../../src/core/types";

/** Seeded cent amounts, so that every run checks the same sums. */
function cents(count: number, seed: number): number[] {
  let a = seed;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out.push((a % 5_000_000) - 1_000_000); // -10,000.00 .. 39,999.99 in cents
  }
  return out;
}

describe("aggregate", () => {
  it("adds contribution margins in cents without drift, like revenue", () => {
    const grid: CellValue[][] = [["Kunde", "Umsatz", "DB"]];
    const margin = cents(3000, 7);
    const revenue = cents(3000, 11);
    for (let i = 0; i < margin.length; i++)
      grid.push([`K${i % 3}`, revenue[i] / 100, margin[i] / 100]);
    const customers = aggregate(readTable(grid));
    expect(customers.count).toBe(3);
    for (let c = 0; c < 3; c++) {
      let m = 0;
      let r = 0;
      for (let i = c; i < margin.length; i += 3) {
        m += margin[i];
        r += revenue[i];
      }
      expect(customers.margin![c]).toBe(m / 100);
      expect(customers.revenue[c]).toBe(r / 100);
    }
  });

  it("adds ten margins of 0.10 to exactly 1 (a plain sum gives 0.9999999999999999)", () => {
    const grid: CellValue[][] = [["Kunde", "Umsatz", "DB"]];
    for (let i = 0; i < 10; i++) grid.push(["A", 1, 0.1]);
    grid.push(["B", 1, ""]);
    const customers = aggregate(readTable(grid));
    expect(customers.margin![0]).toBe(1);
    expect(Number.isNaN(customers.margin![1])).toBe(true);
  });

  it("keeps a margin of customers whose first rows have none", () => {
    const customers = aggregate(
      readTable([
        ["Kunde", "Umsatz", "DB"],
        ["A", 1, ""],
        ["A", 1, 0.7],
        ["A", 1, 0.1],
        ["A", 1, ""],
        ["A", 1, 0.2],
      ])
    );
    expect(customers.margin![0]).toBe(1);
  });

  // 0.1 + 0.2 as doubles is 0.30000000000000004 even when added exactly; as cents it is 0.30.
  it("sums whole cents to the double nearest the exact total", () => {
    const grid: CellValue[][] = [
      ["Kunde", "Umsatz"],
      ["Beta", 0.1],
      ["Beta", 0.2],
      ["Alpha", 0.3],
    ];
    const customers = aggregate(readTable(grid));
    expect(Array.from(customers.revenue)).toEqual([0.3, 0.3]);
    expect(customers.sourceTotal).toBe(0.6);
  });

  // Equal totals in cents tie, and a tie is ordered by key: the rows' order and split do not
  // decide the ranking (Beta's 0.10 + 0.20 used to rank above Alpha's 0.30).
  it("ranks customers with the same total in cents by key, however their rows add up", () => {
    const grid: CellValue[][] = [
      ["Kunde", "Umsatz"],
      ["Beta", 0.1],
      ["Gamma", 10],
      ["Beta", 0.2],
      ["Alpha", 0.3],
    ];
    const { ranking, customers } = analyze(grid);
    expect(Array.from(ranking.customer, (c) => customers.names[c])).toEqual([
      "Gamma",
      "Alpha",
      "Beta",
    ]);
  });

  it("keeps compensated sums for amounts finer than cents", () => {
    const grid: CellValue[][] = [
      ["Kunde", "Umsatz"],
      ["A", 0.125],
      ["A", 0.0625],
      ["B", 1e-3],
    ];
    const customers = aggregate(readTable(grid));
    expect(Array.from(customers.revenue)).toEqual([0.1875, 0.001]);
  });

  it("takes the sums a reader made with customerSums, presorted, and ranks as without them", () => {
    const rows: CellValue[][] = [["Kunde", "Umsatz", "DB"]];
    for (let i = 0; i < 3000; i++) rows.push([`Kunde ${(i * 7) % 701}`, (i % 97) / 4, i % 5]);
    const table = readTable(rows);
    const sums = customerSums(
      table.values,
      table.margins,
      table.keyIds,
      table.keyList.length,
      true
    );
    const plain = aggregate(table);
    const given = aggregate({ ...table, sums });
    expect(given.revenue).toBe(sums.revenue);
    expect(given.presorted).toBe(sums.presorted);
    expect({ ...given, presorted: null }).toEqual({ ...plain, presorted: null });
    const options = { time: false as const };
    expect(analyze(rows, options).ranking).toEqual(
      analyzeWithSums(rows, (t) => ({
        ...t,
        sums: customerSums(t.values, t.margins, t.keyIds, t.keyList.length, true),
      })).ranking
    );
  });
});

/** analyze() on a table that a reader gave its own sums (as the command line's threads do). */
function analyzeWithSums(rows: CellValue[][], withSums: (t: TableData) => TableData) {
  return analyzeRead((options) => withSums(readTable(rows, options)), { time: false });
}
