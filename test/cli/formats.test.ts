// The three output formats on a case small enough to compute by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { json, kam, tempDir, type JsonResult } from "./helpers";

const tmp = tempDir();
// Totals 500, 300, 100, 60, 40 (sum 1,000); Alpha in two rows.
const file = tmp.file(
  "small.csv",
  "Customer,Revenue\nAlpha,200\nBeta,300\nGamma,100\nAlpha,300\nDelta,60\n-Minus Ltd,40\n"
);

describe("--format json", () => {
  let out: JsonResult;
  beforeAll(() => {
    out = json(kam(["analyze", file, "--format", "json"]));
  });

  test("summary figures", () => {
    expect(out.method).toBe("fixed");
    expect(out.thresholds).toEqual([80, 95]);
    const s = out.summary;
    expect(s.customers).toBe(5);
    expect(s.total).toBe(1000);
    expect(s.n80).toBe(2); // 50% + 30% reach 80%
    // Gini: 2 * (5*500 + 4*300 + 3*100 + 2*60 + 1*40) / (5 * 1000) - 6/5 = 0.464
    expect(s.gini).toBeCloseTo(0.464, 12);
    // HHI: 50² + 30² + 10² + 6² + 4² = 3552
    expect(s.hhi).toBeCloseTo(3552, 9);
    expect(s.classes.A).toMatchObject({ count: 2, value: 800 });
    expect(s.classes.A.share).toBeCloseTo(0.8, 12);
    expect(s.classes.B).toMatchObject({ count: 2, value: 160 });
    expect(s.classes.B.share).toBeCloseTo(0.16, 12);
    expect(s.classes.C).toMatchObject({ count: 1, value: 40 });
    expect(s.classes.C.share).toBeCloseTo(0.04, 12);
  });

  test("one entry per customer in rank order with shares as fractions", () => {
    expect(out.customers.map((c) => [c.rank, c.customer, c.value, c.class])).toEqual([
      [1, "Alpha", 500, "A"],
      [2, "Beta", 300, "A"],
      [3, "Gamma", 100, "B"],
      [4, "Delta", 60, "B"],
      [5, "-Minus Ltd", 40, "C"],
    ]);
    expect(out.customers.map((c) => c.share)).toEqual([0.5, 0.3, 0.1, 0.06, 0.04]);
    expect(out.customers.map((c) => c.cumulativeShare)).toEqual([0.5, 0.8, 0.9, 0.96, 1]);
    expect(out.customers[1].reason).toBe("A: cumulative 50.0% before it, below 80.0%.");
    expect(out.customers[4].reason).toBe("C: cumulative 96.0% before it, 95.0% already reached.");
    expect(out.excluded).toEqual([]);
    expect(out.warnings).toEqual([
      "1 row belongs to a customer listed more than once; the revenue was summed.",
    ]);
  });

  test("texts in German with --lang de", () => {
    const de = json(kam(["analyze", file, "--format", "json", "--lang", "de"]));
    expect(de.customers[1].reason).toBe("A: kumuliert 50,0\u00a0% davor, unter 80,0\u00a0%.");
    expect(de.summary).toEqual(out.summary);
  });

  test("customers with a negative total are listed as excluded", () => {
    const f = tmp.file("credit.csv", "Customer,Revenue\nA,100\nB,50\nC,20\nC,-70\n");
    const r = json(kam(["analyze", f, "--format", "json"]));
    expect(r.customers.map((c) => c.customer)).toEqual(["A", "B"]);
    expect(r.excluded).toEqual([
      {
        customer: "C",
        value: -50,
        reason: "Net total -50.00 is negative (credit notes exceed sales).",
      },
    ]);
  });
});

describe("--format csv", () => {
  test("one row per customer, formula-like names made safe", () => {
    const run = kam(["analyze", file, "--format", "csv"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\r\n")).toEqual([
      "rank,customer,value,share,cumulative_share,class,reason",
      '1,Alpha,500.00,0.500000000000,0.500000000000,A,"A: cumulative 0.0% before it, below 80.0%."',
      '2,Beta,300.00,0.300000000000,0.800000000000,A,"A: cumulative 50.0% before it, below 80.0%."',
      '3,Gamma,100.00,0.100000000000,0.900000000000,B,"B: cumulative 80.0% before it, below 95.0%."',
      '4,Delta,60.00,0.060000000000,0.960000000000,B,"B: cumulative 90.0% before it, below 95.0%."',
      '5,\'-Minus Ltd,40.00,0.040000000000,1.000000000000,C,"C: cumulative 96.0% before it, 95.0% already reached."',
      "",
    ]);
  });

  test("every formula start (= + - @) gets the quote, and quoting stays RFC 4180", () => {
    const f = tmp.file(
      "inject.csv",
      'Customer,Revenue\n"=HYPERLINK(""http://x"",""y"")",400\n+Plus,300\n@At,200\nSafe-Name,100\n'
    );
    const lines = kam(["analyze", f, "--format", "csv"]).stdout.split("\r\n");
    expect(lines[1]).toMatch(/^1,"'=HYPERLINK\(""http:\/\/x"",""y""\)",400\.00,/);
    expect(lines[2]).toMatch(/^2,'\+Plus,300\.00,/);
    expect(lines[3]).toMatch(/^3,'@At,200\.00,/);
    expect(lines[4]).toMatch(/^4,Safe-Name,100\.00,/);
  });

  test("German CSV: semicolons, decimal commas and a byte order mark for Excel", () => {
    const run = kam(["analyze", file, "--format", "csv", "--lang", "de"]);
    const lines = run.stdout.split("\r\n");
    expect(lines[0]).toBe("\ufeffRang;Kunde;Umsatz;Anteil;Kumulierter Anteil;Klasse;Begründung");
    expect(lines[1]).toBe(
      "1;Alpha;500,00;0,500000000000;0,500000000000;A;A: kumuliert 0,0\u00a0% davor, unter 80,0\u00a0%."
    );
  });

  test("customer ids get their own column", () => {
    const f = tmp.file(
      "ids.csv",
      "Kundennummer;Kunde;Umsatz\n4711;Alpha;10\n-12;Beta;5\n4711;alpha;1\n"
    );
    const lines = kam(["analyze", f, "--format", "csv"]).stdout.split("\r\n");
    expect(lines[0]).toBe("rank,customer,customer_id,value,share,cumulative_share,class,reason");
    expect(lines[1]).toMatch(/^1,Alpha,4711,11\.00,/);
    expect(lines[2]).toMatch(/^2,Beta,'-12,5\.00,/);
  });
});

describe("--format table", () => {
  test("summary with the n80 sentence and the top customers (English)", () => {
    const run = kam(["analyze", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 of 5 customers (40.0%) make 80% of revenue");
    expect(run.stdout).toContain("Gini coefficient  0.46");
    expect(run.stdout).toMatch(/A\s+2\s+40\.0%\s+800\.00\s+80\.0%/);
    expect(run.stdout).toMatch(/ {3}1 {2}Alpha\s+500\.00\s+50\.0%\s+50\.0%\s+A/);
  });

  test("German with --lang de", () => {
    const run = kam(["analyze", file, "--lang", "de"]);
    expect(run.stdout).toContain("2 von 5 Kunden (40,0\u00a0%) machen 80 % des Umsatzes aus");
    expect(run.stdout).toContain("Gini-Koeffizient");
    expect(run.stdout).toContain("Die 5 größten Kunden");
  });
});

describe("--out", () => {
  test("writes the output to the file instead of stdout", () => {
    const out = join(tmp.dir, "out.json");
    const run = kam(["analyze", file, "--format", "json", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Wrote 5 customers to");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.customers).toBe(5);
  });

  test("a folder that does not exist is reported", () => {
    const run = kam(["analyze", file, "--out", join(tmp.dir, "no", "such", "dir", "x.csv")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Could not write");
  });
});
