// The time axis against shared/reference/time/invoices_24m (computed independently with pandas).
import * as fs from "fs";
import * as path from "path";
import { analyze, type AnalysisResult } from "../../../src/core/analyze";
import { CLASS_LETTERS } from "../../../src/core/classify/classCodes";
import { monthLabel } from "../../../src/core/time/months";
import { NO_CLASS } from "../../../src/core/time/previousClasses";
import { XYZ_LETTERS, NO_XYZ } from "../../../src/core/time/xyz";
import { decodeText, parseCsv } from "../../../src/cli/readCsv";
import { SHARED_REFERENCE } from "../referenceData";

interface ExpectedCustomer {
  value: number;
  class: string;
  cv: number;
  xyz: string;
  growth: number | null;
  previousClass: string | null;
}
interface Expected {
  period: { from: string; to: string; months: number };
  columns: { date: string };
  customers: Record<string, ExpectedCustomer>;
  migration: Record<string, number>;
  abcXyz: Record<string, { count: number; value: number }>;
}

const DIR = path.join(SHARED_REFERENCE, "time");
const expected = JSON.parse(
  fs.readFileSync(path.join(DIR, "invoices_24m.expected.json"), "utf8")
) as Expected;

function analyzeReference(): AnalysisResult {
  const csv = parseCsv(decodeText(fs.readFileSync(path.join(DIR, "invoices_24m.csv"))));
  return analyze(csv.grid, { textNumbers: "accept", decimalFallback: "," });
}

describe("24 months of invoices (pandas reference)", () => {
  const result = analyzeReference();
  const time = result.time!;
  const byId = new Map<string, number>();
  result.customers.ids!.forEach((id, c) => byId.set(id as string, c));
  const rankOf = new Map<number, number>();
  for (let r = 0; r < result.ranking.count; r++) rankOf.set(result.ranking.customer[r], r);

  it("finds the date column and the period", () => {
    expect(result.table.headers[result.table.columns.date!]).toBe(expected.columns.date);
    expect({
      from: monthLabel(time.period.from),
      to: monthLabel(time.period.to),
      months: time.period.months,
    }).toEqual(expected.period);
    expect(time.previous).not.toBeNull();
  });

  it("ranks exactly the customers with a positive period total", () => {
    let positive = 0;
    for (let r = 0; r < result.ranking.count; r++) if (result.ranking.value[r] > 0) positive++;
    expect(positive).toBe(Object.keys(expected.customers).length);
  });

  it("agrees per customer: value to the cent, cv and growth to 1e-9, classes exactly", () => {
    for (const [id, e] of Object.entries(expected.customers)) {
      const c = byId.get(id);
      expect(c).toBeDefined();
      const r = rankOf.get(c as number) as number;
      const got = {
        class: CLASS_LETTERS[result.ranking.classes[r]],
        xyz: time.xyz[c as number] === NO_XYZ ? null : XYZ_LETTERS[time.xyz[c as number]],
        previousClass:
          time.previousClass![c as number] === NO_CLASS
            ? null
            : CLASS_LETTERS[time.previousClass![c as number]],
      };
      expect([id, got]).toEqual([
        id,
        { class: e.class, xyz: e.xyz, previousClass: e.previousClass },
      ]);
      expect(Math.abs(result.ranking.value[r] - e.value)).toBeLessThan(0.005);
      expect(Math.abs(time.cv[c as number] - e.cv)).toBeLessThan(1e-9);
      const g = time.growth[c as number];
      if (e.growth === null) expect(g).toBeNaN();
      else expect(Math.abs(g - e.growth)).toBeLessThan(1e-9);
    }
  });

  it("agrees on the migration counts", () => {
    expect(time.migration!.counts).toEqual(expected.migration);
  });

  it("agrees on the ABC-XYZ matrix: counts exactly, revenue to the cent", () => {
    for (const [cell, e] of Object.entries(expected.abcXyz)) {
      const got = time.abcXyz[cell as keyof typeof time.abcXyz];
      expect([cell, got.count]).toEqual([cell, e.count]);
      expect(Math.abs(got.value - e.value)).toBeLessThan(0.005);
    }
  });
});
