// The sample data in examples/ gives the same analysis from its CSV and its XLSX form.
import { join } from "node:path";
import { json, kam, ROOT } from "./helpers";

describe("examples/invoices", () => {
  const run = (name: string) =>
    json(kam(["analyze", join(ROOT, "examples", name), "--format", "json"]));

  test("CSV and XLSX give the same summary and ranking", () => {
    const csv = run("invoices.csv");
    const xlsx = run("invoices.xlsx");
    expect(xlsx.summary).toEqual(csv.summary);
    expect(xlsx.customers).toEqual(csv.customers);
    expect(xlsx.warnings).toEqual(csv.warnings);
    expect(csv.summary.customers).toBe(60);
  });

  test("the sample's irregularities are reported", () => {
    const csv = run("invoices.csv");
    expect(csv.issues.map((i) => i.text)).toEqual([
      expect.stringMatching(/no revenue, row skipped/),
      expect.stringMatching(/"n\.a\." is not a number/),
      expect.stringMatching(/no revenue, row skipped/),
      expect.stringMatching(/the error "#N\/A"/),
    ]);
    expect(csv.warnings).toContainEqual(
      "1 row is a credit note (negative amount); it was netted per customer."
    );
    // Typed in lower case with a double space once; matched by customer number anyway.
    expect(csv.customers.filter((c) => /präzisionstechnik/i.test(c.customer))).toHaveLength(1);
  });

  test("the name that looks like a formula stays text in CSV output", () => {
    const out = kam(["analyze", join(ROOT, "examples", "invoices.csv"), "--format", "csv"]);
    expect(out.stdout).toMatch(/\r\n\d+,'-Minus Handel GmbH,10060,/);
  });
});
