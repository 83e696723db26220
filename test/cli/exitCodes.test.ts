// 1 = the data or file cannot be used, 2 = wrong usage; both say why on stderr.
import { join } from "node:path";
import { kam, tempDir } from "./helpers";

const tmp = tempDir();
const good = tmp.file("good.csv", "Customer,Revenue\nA,10\nB,5\n");

describe("exit code 1: unusable data", () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      "header only",
      () => [tmp.file("header.csv", "Customer,Revenue\n")],
      /holds only a header row/,
    ],
    [
      "text-only revenue column",
      () => [tmp.file("text.csv", "Customer,Revenue\nA,n/a\nB,unknown\nC,tbd\n")],
      /No revenue column found/,
    ],
    [
      "revenue that is all unusable",
      () => [tmp.file("bad.csv", "Customer,Revenue\nA,#N/A\nB,\nC,10%\n"), "--value", "Revenue"],
      /None of the rows could be used \(3 skipped\)/,
    ],
    [
      "one customer only",
      () => [tmp.file("one.csv", "Customer,Revenue\nA,10\nA,5\n")],
      /Only 1 customer/,
    ],
    [
      "amounts whose sum overflows",
      () => [tmp.file("overflow.csv", "Customer,Revenue\nA,1e308\nB,1e308\n")],
      /The revenue amounts are too large to add up/,
    ],
    [
      "every customer's credit notes exceed its sales",
      () => [tmp.file("negative.csv", "Customer,Revenue\nA,-100\nB,-200\nA,50\n")],
      /All 2 customers have a negative total: each one's credit notes exceed its sales/,
    ],
    [
      "an unclosed quote that leaves one customer: the quote's row is named too",
      () => [tmp.file("quote1.csv", 'Customer,Revenue\nA,100\nB,"200\n')],
      /Only 1 customer with revenue.*\n- Row 3: a quote opens in column B and is never closed/,
    ],
    ["empty file", () => [tmp.file("empty.csv", "")], /holds no data/],
    ["missing file", () => [join(tmp.dir, "nope.csv")], /nope\.csv: File not found\./],
    ["a folder", () => [tmp.dir], /This is a folder, not a file\./],
  ];
  test.each(cases)("%s", (_, args, message) => {
    const run = kam(["analyze", ...args()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/usage/);
  });

  test("the message follows --lang", () => {
    const run = kam(["analyze", join(tmp.dir, "nope.csv"), "--lang", "de"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Datei nicht gefunden.");
  });

  test("overflow and negative totals in German", () => {
    const over = kam(["analyze", join(tmp.dir, "overflow.csv"), "--lang", "de"]);
    expect(over.stderr).toMatch(/Die Umsatzbeträge sind zu groß zum Addieren/);
    const negative = kam(["analyze", join(tmp.dir, "negative.csv"), "--lang", "de"]);
    expect(negative.stderr).toMatch(
      /Alle 2 Kunden haben eine negative Summe: bei jedem übersteigen die Gutschriften die Umsätze/
    );
  });
});

describe("exit code 2: wrong usage", () => {
  const cases: [string, string[], RegExp][] = [
    ["no arguments", [], /Which file\?/],
    ["no file", ["analyze"], /Which file\?/],
    ["unknown command", ["analyse", "x.csv"], /Unknown command "analyse"/],
    ["unknown option", ["analyze", good, "--colour"], /Unknown option --colour\./],
    ["option without value", ["analyze", good, "--method"], /Option --method needs a value\./],
    ["thresholds in the wrong order", ["analyze", good, "--thresholds", "95,80"], /"95,80"/],
    ["thresholds above 100", ["analyze", good, "--thresholds", "80,120"], /"80,120"/],
    ["one threshold", ["analyze", good, "--thresholds", "80"], /--thresholds takes two/],
    [
      "unknown method",
      ["analyze", good, "--method", "pareto"],
      /--method takes fixed\|count\|computed/,
    ],
    ["unknown format", ["analyze", good, "--format", "xml"], /--format takes table\|json\|csv/],
    ["unknown language", ["analyze", good, "--lang", "fr"], /--lang takes en\|de/],
    [
      "unknown column",
      ["analyze", good, "--value", "Umsatz"],
      /Column "Umsatz" \(--value\) not found\. Columns: A "Customer", B "Revenue"\./,
    ],
    ["column letter beyond the data", ["analyze", good, "--customer", "Z"], /Column "Z"/],
    [
      "same column twice",
      ["analyze", good, "--customer", "B", "--value", "revenue"],
      /same column B/,
    ],
    ["two files", ["analyze", good, good], /analyze takes one file/],
  ];
  test.each(cases)("%s", (_, args, message) => {
    const run = kam(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("usage: kam analyze <file.csv|file.xlsx> [options]");
  });

  test("in German with --lang de", () => {
    const run = kam(["analyze", good, "--thresholds", "95,80", "--lang", "de"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Aufruf: kam analyze");
  });
});

describe("help and version", () => {
  test("--help prints the options and exits 0", () => {
    const run = kam(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--thresholds A,B");
    expect(run.stdout).toContain("KAM_THREADS=N reads a large CSV with N threads");
    const de = kam(["analyze", "--help", "--lang", "de"]).stdout;
    expect(de).toContain("Optionen:");
    expect(de).toContain("KAM_THREADS=N liest eine große CSV-Datei mit N Threads");
  });

  test("--version prints the package version", () => {
    const run = kam(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
