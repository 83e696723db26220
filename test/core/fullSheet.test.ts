import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/types";

// A whole worksheet: 1,048,576 rows, header included. Correctness only; speed is `npm run bench`.
describe("a full sheet of 1,048,576 rows", () => {
  const rows = 1048576;
  const grid: CellValue[][] = new Array(rows);
  grid[0] = ["Kunde", "Umsatz"];
  let cents = 0;
  for (let r = 1; r < rows; r++) {
    const customer = r % 524288; // every customer appears twice (once for the last few)
    const amount = ((r * 7919) % 100000) + 1; // in cents
    cents += amount;
    grid[r] = [`Kunde ${customer}`, amount / 100];
  }

  it("reads every row, sums duplicates and keeps the total to the cent", () => {
    const result = analyze(grid, { method: "fixed" });
    expect(result.table.stats.usedRows).toBe(rows - 1);
    expect(result.table.issues).toEqual([]);
    expect(result.summary.customers).toBe(524288);
    expect(Math.round(result.summary.sourceTotal * 100)).toBe(cents);
    expect(result.ranking.cumulativeShare[result.ranking.count - 1]).toBe(1);
    const counts = result.summary.classes;
    expect(counts.A.count + counts.B.count + counts.C.count).toBe(524288);
  });
});
