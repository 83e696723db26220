// The time axis on the command line: --date, --period, --xyz, --previous and the new fields.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_REFERENCE } from "../core/referenceData";
import { kam, tempDir } from "./helpers";

const tmp = tempDir();
const REFERENCE = join(SHARED_REFERENCE, "time", "invoices_24m.csv");
const expected = JSON.parse(
  readFileSync(join(SHARED_REFERENCE, "time", "invoices_24m.expected.json"), "utf8")
) as {
  customers: Record<
    string,
    {
      value: number;
      class: string;
      xyz: string;
      cv: number;
      growth: number | null;
      previousClass: string | null;
    }
  >;
  migration: Record<string, number>;
  abcXyz: Record<string, { count: number; value: number }>;
};

interface TimeJson {
  summary: {
    period: { from: string; to: string; months: number };
    migration: Record<string, number>;
    abcXyz: Record<string, { count: number; value: number }>;
    sinceLastRun?: { migration: Record<string, number> };
  };
  customers: {
    customerId?: string;
    customer: string;
    value: number;
    class: string;
    cv: number | null;
    xyz: string | null;
    growth: number | null;
    previousClass: string | null;
    lastRunClass?: string | null;
  }[];
}

function run(args: string[]): TimeJson {
  const r = kam(["analyze", ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as TimeJson;
}

describe("kam analyze on 24 months of invoices", () => {
  const out = run([REFERENCE]);
  test("summary.period, summary.migration and summary.abcXyz as the reference", () => {
    expect(out.summary.period).toEqual({ from: "2025-12", to: "2026-11", months: 12 });
    expect(out.summary.migration).toEqual(expected.migration);
    for (const [cell, e] of Object.entries(expected.abcXyz)) {
      expect(out.summary.abcXyz[cell].count).toBe(e.count);
      expect(Math.abs(out.summary.abcXyz[cell].value - e.value)).toBeLessThan(0.005);
    }
  });
  test("per customer: customerId, value, class, cv, xyz, growth, previousClass", () => {
    expect(out.customers.length).toBe(Object.keys(expected.customers).length);
    for (const c of out.customers) {
      const e = expected.customers[c.customerId as string];
      expect([c.customerId, c.class, c.xyz, c.previousClass]).toEqual([
        c.customerId,
        e.class,
        e.xyz,
        e.previousClass,
      ]);
      expect(Math.abs(c.value - e.value)).toBeLessThan(0.005);
      expect(Math.abs((c.cv as number) - e.cv)).toBeLessThan(1e-9);
      if (e.growth === null) expect(c.growth).toBeNull();
      else expect(Math.abs((c.growth as number) - e.growth)).toBeLessThan(1e-9);
    }
  });
  test("--date names the column, --period picks the months, --xyz the limits", () => {
    const earlier = run([
      REFERENCE,
      "--date",
      "Rechnungsdatum",
      "--period",
      "2024-12:2025-11",
      "--xyz",
      "0.3,0.6",
    ]);
    expect(earlier.summary.period).toEqual({ from: "2024-12", to: "2025-11", months: 12 });
    expect(earlier.customers.every((c) => c.previousClass === null && c.growth === null)).toBe(
      true
    );
    const x = earlier.customers.filter((c) => c.xyz === "X");
    expect(x.every((c) => (c.cv as number) <= 0.3)).toBe(true);
  });
  test("--previous compares with an earlier JSON output", () => {
    const earlierFile = tmp.file(
      "earlier.json",
      kam(["analyze", REFERENCE, "--period", "2024-12:2025-11", "--format", "json"]).stdout
    );
    const now = run([REFERENCE, "--previous", earlierFile]);
    // The earlier output classed the previous period: the same transitions as the data shows.
    expect(now.summary.sinceLastRun!.migration).toEqual(expected.migration);
    const k = now.customers.find((c) => c.customerId === "K10000")!;
    expect(k.lastRunClass).toBe(expected.customers.K10000.previousClass);
  });
  test("the table and the CSV show the new columns", () => {
    const table = kam(["analyze", REFERENCE]).stdout;
    expect(table).toContain(
      "Period            Dec 2025 to Nov 2026 (12 months); previous period Dec 2024 to Nov 2025"
    );
    expect(table).toMatch(/Class\s+XYZ\s+Growth\s+Prev\.\s+Reason/);
    expect(table).toContain("AZ  Large and erratic: find out why.");
    const csv = kam(["analyze", REFERENCE, "--format", "csv", "--lang", "de"]).stdout;
    expect(csv.split("\r\n")[0]).toBe(
      "\ufeffRang;Kunde;Kundennummer;Umsatz;Anteil;Kumulierter Anteil;Klasse;Variationskoeffizient;XYZ;Wachstum;Vorklasse;Begründung"
    );
  });
  test("the German table uses the pane's and the sheet's words for class moves", () => {
    const table = kam(["analyze", REFERENCE, "--lang", "de"]).stdout;
    expect(table).toContain("Klassenwechsel gegenüber dem Vorzeitraum");
    expect(table).not.toMatch(/Wanderung|verloren/);
  });
});

describe("--stability keeps the earlier class within a margin", () => {
  const earlierFile = tmp.file(
    "earlier-for-stability.json",
    kam(["analyze", REFERENCE, "--period", "2024-12:2025-11", "--format", "json"]).stdout
  );
  interface StableJson extends TimeJson {
    summary: TimeJson["summary"] & { stability?: { margin: number; kept: number } };
    customers: (TimeJson["customers"][number] & {
      reason: string;
      ruleClass?: string;
      keptLastRunClass?: boolean;
      timeReasons: { stability?: string };
    })[];
  }
  const stable = (points?: string) =>
    run([
      REFERENCE,
      "--previous",
      earlierFile,
      "--stability",
      ...(points ? [points] : []),
    ]) as StableJson;

  test("off by default: no rule class, no stability summary", () => {
    const out = run([REFERENCE, "--previous", earlierFile]) as StableJson;
    expect(out.summary.stability).toBeUndefined();
    expect(out.customers[0].ruleClass).toBeUndefined();
    expect(out.customers[0].timeReasons.stability).toBeUndefined();
  });
  test("2 points by default; a kept customer's class and reason are the earlier ones", () => {
    const out = stable();
    expect(out.summary.stability!.margin).toBe(0.02);
    const kept = out.customers.filter((c) => c.keptLastRunClass);
    expect(kept.length).toBe(out.summary.stability!.kept);
    expect(kept.length).toBeGreaterThan(0);
    for (const c of kept) {
      expect(c.class).toBe(c.lastRunClass);
      expect(c.ruleClass).not.toBe(c.class);
      expect(c.reason).toBe(c.timeReasons.stability);
      expect(c.reason).toMatch(
        new RegExp(
          `^Keeps ${c.class} from the last run: at .* within 2\\.0% .*\\(would be ${c.ruleClass}\\)\\.$`
        )
      );
    }
    // Everybody else has the rule's class.
    for (const c of out.customers.filter((x) => !x.keptLastRunClass))
      expect(c.class).toBe(c.ruleClass);
  });
  test("a wider margin keeps at least as many", () => {
    expect(stable("5").summary.stability!.kept).toBeGreaterThanOrEqual(
      stable().summary.stability!.kept
    );
  });
  test("the table says how many kept their class, in German too", () => {
    const r = kam([
      "analyze",
      REFERENCE,
      "--previous",
      earlierFile,
      "--stability=2",
      "--lang",
      "de",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Stabilität\s+\d+ Kunden behalten ihre Klasse aus der früheren Ausgabe \(Spielraum 2 Prozentpunkte\)\./
    );
  });
  test("needs --previous, a margin above 0 and at most 50, and not the computed method", () => {
    const alone = kam(["analyze", REFERENCE, "--stability"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--stability keeps the classes of an earlier output");
    const bad = kam(["analyze", REFERENCE, "--previous", earlierFile, "--stability=60"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('at most 50, such as 2; not "60"');
    const computed = kam([
      "analyze",
      REFERENCE,
      "--previous",
      earlierFile,
      "--stability",
      "--method",
      "computed",
    ]);
    expect(computed.code).toBe(0);
    expect(computed.stderr).toContain("Note: --stability applies to --method fixed and count");
  });
});

describe("time options that do not fit", () => {
  test("a wrong period or wrong XYZ limits are usage errors", () => {
    expect(kam(["analyze", REFERENCE, "--period", "2026-11:2025-12"]).code).toBe(2);
    const r = kam(["analyze", REFERENCE, "--xyz", "1.0,0.5", "--lang", "de"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--xyz nimmt zwei Grenzen X,Y mit 0 < X < Y, etwa 0.5,1.0; nicht „1.0,0.5“."
    );
  });
  test("a period without data is a data error", () => {
    const r = kam(["analyze", REFERENCE, "--period", "2030-01:2030-12"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "The period Jan 2030 to Dec 2030 holds no data; the data runs from Dec 2024 to Nov 2026."
    );
  });
  test("a year later, with few customers in the latest 12 months, says which period to choose", () => {
    const file = tmp.file(
      "a-year-later.csv",
      "Kunde;Rechnungsdatum;Umsatz\nAlpha;15.01.2025;100\nBeta;15.03.2025;200\nGamma;15.11.2025;50\nAlpha;10.12.2026;80\n"
    );
    const r = kam(["analyze", file, "--lang", "de"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Nur 1 Kunde hatte im Zeitraum Jan 2026 bis Dez 2026 Umsatz, von 3 Kunden in der Datei (Jan 2025 bis Dez 2026). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel --period 2024-12:2025-11 (3 Kunden mit Umsatz)."
    );
    expect(kam(["analyze", file, "--period", "2024-12:2025-11"]).code).toBe(0);
  });
  test("time options on a file without dates are noted and ignored", () => {
    const file = tmp.file("plain.csv", "Customer,Revenue\nA,10\nB,5\n");
    const r = kam(["analyze", file, "--period", "2026-01:2026-12"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("--period needs dates");
    expect(r.stdout).not.toContain("Period");
  });
  test("--previous must be a JSON output", () => {
    const bad = tmp.file("bad.json", "{}");
    const r = kam(["analyze", REFERENCE, "--previous", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is no --format json output of kam analyze: no "customers" list');
  });
});
