// CSV files as they come from English and German Excel, ERP exports and scripts.
import { json, kam, tempDir } from "./helpers";

const tmp = tempDir();

/** Customer totals by name from a JSON run. */
function totals(file: string, ...args: string[]): Record<string, number> {
  const out = json(kam(["analyze", file, "--format", "json", ...args]));
  return Object.fromEntries(out.customers.map((c) => [c.customer, c.value]));
}

describe("CSV input", () => {
  test("comma-separated with decimal points", () => {
    const f = tmp.file("comma.csv", "Customer,Revenue\nAlpha,1200.50\nBeta,300\nAlpha,99.50\n");
    expect(totals(f)).toEqual({ Alpha: 1300, Beta: 300 });
  });

  test("semicolon-separated with German numbers", () => {
    const f = tmp.file(
      "semi.csv",
      "Kunde;Umsatz\nMüller GmbH;1.234,56\nSchmidt AG;500\nMeyer KG;2,5\n"
    );
    expect(totals(f)).toEqual({ "Müller GmbH": 1234.56, "Schmidt AG": 500, "Meyer KG": 2.5 });
  });

  test("UTF-8 with and without byte order mark read the same", () => {
    const body = "Kunde;Umsatz\nBäckerei Groß;100\nÖlmühle Süd;50\n";
    const plain = totals(tmp.file("nobom.csv", body));
    const bom = totals(tmp.file("bom.csv", "\ufeff" + body));
    expect(bom).toEqual(plain);
    expect(Object.keys(plain)).toEqual(["Bäckerei Groß", "Ölmühle Süd"]);
  });

  test("Windows-1252 (ANSI) from German Excel keeps its umlauts", () => {
    const bytes = Buffer.from("Kunde;Umsatz\nM\xfcller;100\nStra\xdfe;50\n", "latin1");
    expect(Object.keys(totals(tmp.file("ansi.csv", bytes)))).toEqual(["Müller", "Straße"]);
  });

  test("quoted fields may hold the delimiter, quotes and line breaks", () => {
    const f = tmp.file(
      "quoted.csv",
      'Customer,Revenue\n"Smith, Jones & Co",1000\n"The ""Best"" Ltd",500\n"Two\nLines Inc",250\n'
    );
    expect(totals(f)).toEqual({
      "Smith, Jones & Co": 1000,
      'The "Best" Ltd': 500,
      "Two\nLines Inc": 250,
    });
  });

  test("quoted German numbers with a semicolon file", () => {
    const f = tmp.file("quotedde.csv", 'Kunde;Umsatz\n"Meier; Söhne";"1.000,50"\nB;"2,5"\n');
    expect(totals(f)).toEqual({ "Meier; Söhne": 1000.5, B: 2.5 });
  });

  test("an unclosed quote: its row is reported with the parser's words, the others are read", () => {
    const f = tmp.file(
      "unclosed.csv",
      'Customer,Revenue\nAlpha GmbH,100\nBeta "Spezial" AG,"200\nGamma KG,300\nDelta AG,400\n'
    );
    const out = json(kam(["analyze", f, "--format", "json"]));
    expect(Object.fromEntries(out.customers.map((c) => [c.customer, c.value]))).toEqual({
      "Alpha GmbH": 100,
      "Gamma KG": 300,
      "Delta AG": 400,
    });
    expect(out.issues).toEqual([
      {
        row: 3,
        code: "CSV_UNCLOSED_QUOTE",
        column: "B",
        text: expect.stringMatching(/^Row 3: a quote opens in column B and is never closed/),
      },
    ]);
    const de = kam(["analyze", f, "--lang", "de"]);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain(
      "Zeile 3: In Spalte B öffnet ein Anführungszeichen, das nie geschlossen wird"
    );
  });

  test("Windows line ends, blank lines and a missing final line break", () => {
    const f = tmp.file("crlf.csv", "Customer,Revenue\r\nA,10\r\n\r\nB,20\r\nC,30");
    expect(totals(f)).toEqual({ A: 10, B: 20, C: 30 });
  });

  test("tab-separated", () => {
    expect(totals(tmp.file("tab.tsv", "Customer\tRevenue\nA\t10\nB\t20\n"))).toEqual({
      A: 10,
      B: 20,
    });
  });

  test("names differing only in case and spaces are one customer", () => {
    const f = tmp.file("case.csv", "Customer,Revenue\nACME Corp,10\n acme  corp ,5\nOther,1\n");
    const out = json(kam(["analyze", f, "--format", "json"]));
    expect(out.customers.map((c) => [c.customer, c.value])).toEqual([
      ["ACME Corp", 15],
      ["Other", 1],
    ]);
  });

  test("columns chosen by header name, letter and number", () => {
    const f = tmp.file(
      "cols.csv",
      "Region,Account,Amount,Other\nN,A,10,900\nS,B,20,100\nN,C,30,5\n"
    );
    const byName = totals(f, "--customer", "account", "--value", "AMOUNT");
    expect(byName).toEqual({ A: 10, B: 20, C: 30 });
    expect(totals(f, "--customer", "B", "--value", "D")).toEqual({ A: 900, B: 100, C: 5 });
    expect(totals(f, "--customer", "1", "--value", "3")).toEqual({ N: 40, S: 20 });
  });
});
