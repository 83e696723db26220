import * as fs from "fs";
import * as path from "path";
import { readTable } from "../../../src/core/table/readTable";
import { latestMonths, previousPeriod } from "../../../src/core/time/period";
import {
  periodSums,
  periodSumsByCustomer,
  periodSumsInCents,
  periodSumsInRowOrder,
} from "../../../src/core/time/periodSums";
import { wholeCents } from "../../../src/core/pareto/wholeCents";
import { period } from "../../../src/core/time/period";
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

describe("periodSums in whole cents", () => {
  const csv = parseCsv(
    decodeText(fs.readFileSync(path.join(SHARED_REFERENCE, "time", "invoices_24m.csv")))
  );
  const table = readTable(csv.grid, { textNumbers: "accept", decimalFallback: "," });
  const months = table.months as Int32Array;
  const current = latestMonths(Math.max(...months));

  it("the reference invoices are whole cents, and both ways agree to 1e-9 and in counts", () => {
    expect(wholeCents(table.values)).toBe(true);
    const a = periodSumsInCents(table, months, current, previousPeriod(current));
    const b = periodSumsInRowOrder(table, months, current, previousPeriod(current));
    const close = (x: ArrayLike<number>, y: ArrayLike<number>) => {
      expect(x.length).toBe(y.length);
      for (let i = 0; i < x.length; i++) expect(Math.abs(x[i] - y[i])).toBeLessThan(1e-9);
    };
    close(a.customers.revenue, b.customers.revenue);
    close(a.monthly, b.monthly);
    close(a.previousRevenue!, b.previousRevenue!);
    expect([...a.customers.rowCounts]).toEqual([...b.customers.rowCounts]);
    expect(a.outsideEntries).toBe(b.outsideEntries);
    expect(Math.abs(a.customers.sourceTotal - b.customers.sourceTotal)).toBeLessThan(1e-9);
  });

  it("sums cents exactly: ten times 0.10 is 1, and credit notes cancel to 0", () => {
    const rows = [["Kunde", "Datum", "Umsatz"]] as (string | number)[][];
    for (let i = 0; i < 10; i++) rows.push(["A", "2026-01-15", 0.1]);
    rows.push(["B", "2026-01-15", 0.3], ["B", "2026-01-20", -0.1], ["B", "2026-01-21", -0.2]);
    const t = readTable(rows);
    const s = periodSums(t, t.months as Int32Array, period(t.months![0], t.months![0]), null);
    expect(s.customers.revenue[0]).toBe(1);
    expect(s.monthly[0]).toBe(1);
    expect(s.customers.revenue[1]).toBe(0);
  });

  it("takes the compensated sums for fractions of a cent and for sums beyond 2^53 cents", () => {
    expect(wholeCents(new Float64Array([1.5, 0.125]))).toBe(false);
    expect(wholeCents(new Float64Array([1e14, 1e14]))).toBe(false);
    expect(wholeCents(new Float64Array([-12.34, 0, 99999.99]))).toBe(true);
  });
});
