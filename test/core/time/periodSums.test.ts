import * as fs from "fs";
import * as path from "path";
import { readTable } from "../../../src/core/table/readTable";
import { latestMonths, previousPeriod } from "../../../src/core/time/period";
import { periodSumsByCustomer, periodSumsInRowOrder } from "../../../src/core/time/periodSums";
import { decodeText, parseCsv } from "../../../src/cli/readCsv";
import { SHARED_REFERENCE } from "../referenceData";

describe("periodSums: row order and grouped by customer agree", () => {
  const csv = parseCsv(
    decodeText(fs.readFileSync(path.join(SHARED_REFERENCE, "time", "invoices_24m.csv")))
  );
  const table = readTable(csv.grid, { textNumbers: "accept", decimalFallback: "," });
  const months = table.months as Int32Array;
  const current = latestMonths(Math.max(...months));
  const a = periodSumsInRowOrder(table, months, current, previousPeriod(current));
  const b = periodSumsByCustomer(table, months, current, previousPeriod(current));
  it("to the cent per customer and month, exactly in counts", () => {
    const close = (x: ArrayLike<number>, y: ArrayLike<number>) => {
      expect(x.length).toBe(y.length);
      for (let i = 0; i < x.length; i++) expect(Math.abs(x[i] - y[i])).toBeLessThan(1e-6);
    };
    close(a.customers.revenue, b.customers.revenue);
    close(a.monthly, b.monthly);
    close(a.previousRevenue!, b.previousRevenue!);
    expect([...a.customers.rowCounts]).toEqual([...b.customers.rowCounts]);
    expect(a.customers.mergedRows).toBe(b.customers.mergedRows);
    expect(a.outsideEntries).toBe(b.outsideEntries);
    expect(Math.abs(a.customers.sourceTotal - b.customers.sourceTotal)).toBeLessThan(1e-6);
  });
});
