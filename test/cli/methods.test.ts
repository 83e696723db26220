// --method and --thresholds change the classes, not the figures.
import { json, kam, tempDir } from "./helpers";

const tmp = tempDir();
// Ten customers: 100, 90, ..., 10 (total 550).
const rows = Array.from({ length: 10 }, (_, i) => `C${i + 1},${(10 - i) * 10}`);
const file = tmp.file("ten.csv", "Customer,Revenue\n" + rows.join("\n") + "\n");

const classes = (...args: string[]) =>
  json(kam(["analyze", file, "--format", "json", ...args]))
    .customers.map((c) => c.class)
    .join("");

describe("methods", () => {
  test("fixed 80/95 by default: the customer crossing a threshold stays in the better class", () => {
    // Cumulative: 18.2, 34.5, 49.1, 61.8, 72.7, 81.8, 89.1, 94.5, 98.2, 100 (%).
    // A: 81.8% is reached with the 6th customer; B: 95% with the 9th.
    expect(classes()).toBe("AAAAAABBBC");
  });

  test("--thresholds 70,90", () => {
    const out = json(kam(["analyze", file, "--format", "json", "--thresholds", "70,90"]));
    expect(out.thresholds).toEqual([70, 90]);
    expect(out.customers.map((c) => c.class).join("")).toBe("AAAAABBBCC");
  });

  test("--strict keeps A within the threshold", () => {
    // A while the cumulative share stays within 80% (72.7%), B within 95% (94.5%).
    expect(classes("--strict")).toBe("AAAAABBBCC");
  });

  test("--method count: top 20% and 50% of customers", () => {
    const out = json(kam(["analyze", file, "--format", "json", "--method", "count"]));
    expect(out.method).toBe("count");
    expect(out.thresholds).toEqual([20, 50]);
    expect(out.customers.map((c) => c.class).join("")).toBe("AABBBCCCCC");
    expect(out.customers[0].reason).toBe("A: rank 1 of 10, within the top 20.0% of customers.");
  });

  test("--method count with --thresholds 30,60", () => {
    expect(classes("--method", "count", "--thresholds", "30,60")).toBe("AAABBBCCCC");
  });

  test("--method computed reports its limits and ignores thresholds with a note", () => {
    const run = kam([
      "analyze",
      file,
      "--format",
      "json",
      "--method",
      "computed",
      "--thresholds",
      "80,95",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("--thresholds is ignored");
    const out = JSON.parse(run.stdout) as {
      method: string;
      thresholds: null;
      limits: { abLimit: number; bcLimit: number };
      customers: { class: string; value: number; reason: string }[];
    };
    expect(out.method).toBe("computed");
    expect(out.thresholds).toBeNull();
    const { abLimit, bcLimit } = out.limits;
    for (const c of out.customers) {
      const expected = c.value > abLimit ? "A" : c.value >= bcLimit ? "B" : "C";
      expect(c.class).toBe(expected);
    }
    expect(out.customers[0].reason).toMatch(/^A: revenue 100\.00 above the computed A limit /);
  });

  test("the figures do not depend on the method", () => {
    const summary = (...args: string[]) => {
      const s = json(kam(["analyze", file, "--format", "json", ...args])).summary;
      return [s.customers, s.total, s.n80, s.gini, s.hhi];
    };
    expect(summary("--method", "count")).toEqual(summary());
    expect(summary("--method", "computed")).toEqual(summary());
  });
});
