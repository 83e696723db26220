// --score (key-account score per customer) and --abc-on (classes on revenue or contribution margin).
import { join } from "node:path";
import { json, kam, ROOT, tempDir } from "./helpers";

const INVOICES = join(ROOT, "examples", "invoices.csv");
const tmp = tempDir();

interface ScoredCustomer {
  rank: number;
  customer: string;
  value: number;
  margin?: number;
  revenue?: number;
  class: string;
  score: number | null;
  scoreParts: Record<string, number>;
  scoreReason: string;
}

const customers = (...args: string[]) =>
  json(kam(["analyze", INVOICES, "--format", "json", ...args]))
    .customers as unknown as ScoredCustomer[];

/** Excel's PERCENTRANK.INC as points: share of the other values that are smaller. */
function percentRank(values: number[], v: number): number {
  return (values.filter((x) => x < v).length / (values.length - 1)) * 100;
}

/** Customers sorted by score, best first; equal scores keep the ABC rank. */
const byScore = (list: ScoredCustomer[]) =>
  [...list].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.rank - b.rank);

describe("--score", () => {
  test("revenue=100 ranks exactly as revenue does, each score the percent rank of revenue", () => {
    const list = customers("--score", "revenue=100");
    expect(list).toHaveLength(60);
    expect(byScore(list).map((c) => c.customer)).toEqual(list.map((c) => c.customer));
    const revenues = list.map((c) => c.value);
    for (const c of list) {
      expect(c.score).toBeCloseTo(percentRank(revenues, c.value), 9);
      expect(Object.keys(c.scoreParts)).toEqual(["revenue"]);
    }
    expect(list[0].score).toBe(100);
    expect(list[59].score).toBe(0);
  });

  test("margin=100 ranks as the contribution margin does", () => {
    const list = customers("--score", "margin=100");
    const byMargin = [...list].sort((a, b) => b.margin! - a.margin! || a.rank - b.rank);
    expect(byScore(list).map((c) => c.customer)).toEqual(byMargin.map((c) => c.customer));
  });

  test("the parts add up to the score; criteria without data are scaled away and named", () => {
    const list = customers(
      "--score",
      "revenue=30,margin=25,growth=15,stability=10,satisfaction=10,potential=10"
    );
    const revenues = list.map((c) => c.value);
    const margins = list.map((c) => c.margin!);
    // The file has invoice dates, so the time axis gives each customer its cv (stability).
    const steadiness = list.map((c) => -(c as unknown as { cv: number }).cv);
    for (const c of list) {
      const parts = Object.values(c.scoreParts);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(c.score!, 9);
      // Revenue, margin and stability are known (12 months: no previous period, so no growth):
      // their 65 points are scaled to 100.
      const cv = (c as unknown as { cv: number }).cv;
      const expected =
        (30 * percentRank(revenues, c.value) +
          25 * percentRank(margins, c.margin!) +
          10 * percentRank(steadiness, -cv)) /
        65;
      expect(c.score).toBeCloseTo(expected, 9);
      expect(c.scoreReason).toMatch(
        /; growth, satisfaction, potential missing \(weights scaled to the 65 points present\)$/
      );
    }
  });

  test("German reason, CSV columns and table column", () => {
    const de = customers("--score", "revenue=30,margin=25", "--lang", "de");
    expect(de[0].scoreReason).toBe("100: Umsatz 55 von 55, Deckungsbeitrag 45 von 45");
    const csv = kam(["analyze", INVOICES, "--format", "csv", "--score", "revenue=100"]);
    expect(csv.code).toBe(0);
    const [header, first] = csv.stdout.split("\r\n");
    expect(header.endsWith(",reason,score,score_reason")).toBe(true);
    expect(first.endsWith(",100.00,100: revenue 100 of 100")).toBe(true);
    const table = kam(["analyze", INVOICES, "--score", "revenue=100", "--lang", "de"]);
    expect(table.stdout).toMatch(/Begründung +Score {2}Score-Begründung/);
  });

  test("without --score the output has no score fields", () => {
    const list = customers();
    expect(list[0]).not.toHaveProperty("score");
    expect(list[0]).not.toHaveProperty("scoreParts");
  });

  test.each([
    ["revenue=x", 'not "revenue=x"'],
    ["size=10", 'not "size=10"'],
    ["revenue=-5", 'not "revenue=-5"'],
    ["revenue=0", 'not "revenue=0"'],
  ])("--score %s is a usage error (exit 2)", (weights, says) => {
    const run = kam(["analyze", INVOICES, "--score", weights]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--score takes weights such as revenue=30,margin=25");
    expect(run.stderr).toContain(says);
  });

  test("a wrong --score in German", () => {
    const run = kam(["analyze", INVOICES, "--lang", "de", "--score", "umsatz=30"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--score nimmt Gewichte wie revenue=30");
    expect(run.stderr).toContain("nicht „umsatz=30“");
  });
});

describe("--abc-on", () => {
  test("margin: classes and shares on the contribution margin, revenue as second figure", () => {
    const onRevenue = customers();
    const onMargin = customers("--abc-on", "margin");
    const marginOf = new Map(onRevenue.map((c) => [c.customer, c.margin!]));
    const revenueOf = new Map(onRevenue.map((c) => [c.customer, c.value]));
    for (const c of onMargin) {
      expect(c.value).toBeCloseTo(marginOf.get(c.customer)!, 6);
      expect(c.revenue).toBeCloseTo(revenueOf.get(c.customer)!, 6);
    }
    const values = onMargin.map((c) => c.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const out = json(kam(["analyze", INVOICES, "--format", "json", "--abc-on", "margin"]));
    expect(out.abcOn).toBe("margin");
  });

  test("margin: the table says contribution margin where it would say revenue", () => {
    const run = kam(["analyze", INVOICES, "--abc-on", "margin", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/make[s]? 80% of the contribution margin\./);
    expect(run.stdout).toContain("of the cumulative contribution margin");
    expect(run.stdout).not.toMatch(/80% of revenue/);
  });

  test("margin without a margin column: exit 1 that says so", () => {
    const file = tmp.file("revenue.csv", "Customer,Revenue\nA,10\nB,20\n");
    const run = kam(["analyze", file, "--abc-on", "margin", "--lang", "de"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Keine Deckungsbeitragsspalte gefunden, daher kann --abc-on margin die Klassen nicht nach Deckungsbeitrag bilden."
    );
  });

  test("a wrong choice is a usage error", () => {
    const run = kam(["analyze", INVOICES, "--abc-on", "profit"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Option --abc-on takes revenue|margin, not "profit".');
  });
});

describe("--score with ratings in the data", () => {
  test("Zufriedenheit and Potenzial columns: the latest rating per customer counts", () => {
    const file = tmp.file(
      "ratings.csv",
      "Kunde;Umsatz;Zufriedenheit (1-5);Potenzial\nA;100;2;5\nB;50;;3\nA;10;4;\nC;20;9;1\n"
    );
    const out = json(
      kam([
        "analyze",
        file,
        "--format",
        "json",
        "--score",
        "revenue=50,satisfaction=25,potential=25",
      ])
    ).customers as unknown as ScoredCustomer[];
    // A: revenue 100 points, satisfaction 4 -> 75 points, potential 5 -> 100 points.
    expect(out[0].scoreParts).toEqual({ revenue: 50, satisfaction: 18.75, potential: 25 });
    expect(out[0].score).toBe(93.75);
    // B has no satisfaction: revenue 50 points and potential 3 -> 50 points, scaled to 75.
    expect(out[1].score).toBeCloseTo(50, 12);
    expect(out[1].scoreReason).toBe(
      "50: revenue 33 of 67, potential 17 of 33; satisfaction missing (weights scaled to the 75 points present)"
    );
    // C's 9 is no rating; its potential 1 gives 0 points.
    expect(out[2].scoreParts).toEqual({ revenue: 0, potential: 0 });
  });
});
