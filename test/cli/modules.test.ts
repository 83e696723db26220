// The command line's pure pieces, without starting a process.
import { CLI_CATALOGUE, translate } from "../../src/cli/catalogue";
import type { Message } from "../../src/core/types";
import { parseArgs, thresholds } from "../../src/cli/args";
import { UsageError } from "../../src/cli/errors";
import { fastTranslator } from "../../src/cli/fastTranslate";
import { ByteWriter } from "../../src/cli/byteWriter";
import { CsvNumbers } from "../../src/cli/numbers";
import { csvField, safeText } from "../../src/cli/outputCsv";
import Papa from "papaparse";
import { detectDelimiter, parseCsv, splitPlain } from "../../src/cli/readCsv";
import { cellValue } from "../../src/cli/readXlsx";

describe("parseArgs", () => {
  test("defaults", () => {
    expect(parseArgs(["analyze", "f.csv"])).toEqual({
      kind: "analyze",
      args: {
        file: "f.csv",
        abcOn: "revenue",
        method: "fixed",
        strict: false,
        format: "table",
        lang: "en",
      },
    });
  });

  test("every option, with = or a separate value", () => {
    const c = parseArgs([
      "analyze",
      "--sheet=Umsätze",
      "f.xlsx",
      "--customer",
      "Kunde",
      "--value",
      "C",
      "--method",
      "COUNT",
      "--thresholds",
      "30, 60",
      "--strict",
      "--abc-on=Margin",
      "--score",
      "revenue=70, potential=30",
      "-f",
      "csv",
      "-o",
      "out.csv",
      "--lang",
      "de",
    ]);
    expect(c).toEqual({
      kind: "analyze",
      args: {
        file: "f.xlsx",
        sheet: "Umsätze",
        customer: "Kunde",
        value: "C",
        abcOn: "margin",
        score: { revenue: 70, potential: 30 },
        method: "count",
        thresholds: [30, 60],
        strict: true,
        format: "csv",
        out: "out.csv",
        lang: "de",
      },
    });
  });

  test("a file name starting with a dash after --", () => {
    expect(parseArgs(["analyze", "--", "-data.csv"])).toMatchObject({
      args: { file: "-data.csv" },
    });
  });

  test.each([
    [["analyze", "f", "--nope"], "CLI_UNKNOWN_OPTION"],
    [["analyze", "f", "--strict=yes"], "CLI_OPTION_TAKES_NO_VALUE"],
    [["analyze", "f", "--out"], "CLI_OPTION_NEEDS_VALUE"],
    [["analyze", "f", "--sheet", "--strict"], "CLI_OPTION_NEEDS_VALUE"],
    [["analyze", "f", "--format", "yaml"], "CLI_BAD_CHOICE"],
    [[], "CLI_MISSING_FILE"],
    [["run", "f"], "CLI_UNKNOWN_COMMAND"],
  ])("%j is a usage error %s", (argv, code) => {
    expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ code }));
  });

  test("help and version win over everything else", () => {
    expect(parseArgs(["--help", "--lang", "de"])).toEqual({ kind: "help", lang: "de" });
    expect(parseArgs(["-V"])).toEqual({ kind: "version" });
  });
});

describe("thresholds", () => {
  test.each([
    ["80,95", [80, 95]],
    ["80%,95%", [80, 95]],
    [" 70 , 90 ", [70, 90]],
    ["33.3,66.6", [33.3, 66.6]],
    ["50,100", [50, 100]],
  ])("%s", (text, expected) => expect(thresholds(text)).toEqual(expected));

  test.each(["95,80", "80,80", "0,50", "80,101", "80", "80,90,95", "a,b", "-5,50", ""])(
    "%s is refused",
    (text) => expect(() => thresholds(text)).toThrow(UsageError)
  );
});

describe("CSV reading", () => {
  test.each([
    ["Kunde;Umsatz\nA;1.234,56\n", ";"],
    ["Customer,Revenue\nA,1234.56\n", ","],
    ["Customer\tRevenue\nA\t1\n", "\t"],
    // Without a header, the decimal comma ties with the semicolon: German Excel it is.
    ["Müller;1.234,56\nSchmidt;2,5\n", ";"],
    // Semicolons inside names of a comma file do not count: the header has none.
    ["Customer,Revenue\nSmith; Jones,10\nA,1\n", ","],
    ['"Name, with comma";Umsatz\n"A, B";1\n', ";"],
    ["Customer\nA\n", ","],
  ])("delimiter of %j", (text, expected) => expect(detectDelimiter(text)).toBe(expected));

  test.each([
    "a,b\nc,d\n",
    "a,b\r\nc,d",
    "a\n\nb,c,d\n,\n",
    "x",
    "a;b;c\r\n;;\r\n",
    " a , b \n",
    "a,b,\n,,\n",
  ])("quote-free %j splits as papaparse parses it", (text) => {
    for (const d of [",", ";"]) {
      expect(splitPlain(text, d)).toEqual(
        Papa.parse<string[]>(text, { delimiter: d, header: false }).data.filter(
          (row, i, all) => !(i === all.length - 1 && row.length === 1 && row[0] === "")
        )
      );
    }
  });

  test("cells stay text; a final line break adds no row", () => {
    expect(parseCsv('\ufeffa;b\n"x;y";"1,5"\n').grid).toEqual([
      ["a", "b"],
      ["x;y", "1,5"],
    ]);
  });

  test("a quote that never closes ends at its line, is reported, and later lines are rows", () => {
    const csv = parseCsv(
      'Customer,Revenue\r\nAlpha GmbH,100\r\nBeta "Spezial" AG,"200\r\nGamma KG,300\r\n"Delta, AG",400\r\n'
    );
    expect(csv.grid).toEqual([
      ["Customer", "Revenue"],
      ["Alpha GmbH", "100"],
      ['Beta "Spezial" AG', "200"],
      ["Gamma KG", "300"],
      ["Delta, AG", "400"],
    ]);
    expect(csv.problems).toEqual([
      { code: "CSV_UNCLOSED_QUOTE", row: 2, column: 1, params: { column: "B" } },
    ]);
  });

  test("two unclosed quotes, the last on the last line without a line break", () => {
    const csv = parseCsv('a;b\n"x;1\ny;2\nz;"3');
    expect(csv.grid).toEqual([["a", "b"], ["x;1"], ["y", "2"], ["z", "3"]]);
    expect(csv.problems.map((p) => [p.row, p.params])).toEqual([
      [1, { column: "A" }],
      [3, { column: "B" }],
    ]);
  });
});

describe("CSV writing", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-Minus GmbH", "'-Minus GmbH"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["\rCR", "'\rCR"],
    ["Normal GmbH", "Normal GmbH"],
    ["Bindestrich-Name AG", "Bindestrich-Name AG"],
    ["", ""],
  ])("safeText(%j)", (text, expected) => expect(safeText(text)).toBe(expected));

  test("RFC 4180 quoting", () => {
    expect(csvField("plain", ",")).toBe("plain");
    expect(csvField("a,b", ",")).toBe('"a,b"');
    expect(csvField("a,b", ";")).toBe("a,b");
    expect(csvField('say "hi"', ",")).toBe('"say ""hi"""');
    expect(csvField("two\nlines", ",")).toBe('"two\nlines"');
  });

  const written = (write: (n: CsvNumbers, w: ByteWriter) => void, decimal = "."): string => {
    const chunks: Buffer[] = [];
    const w = new ByteWriter((bytes) => chunks.push(Buffer.from(bytes)));
    write(new CsvNumbers(w, decimal), w);
    w.drain();
    return Buffer.concat(chunks).toString("utf8");
  };

  test.each([
    [1234.5, ".", "1234.50"],
    [-0.05, ",", "-0,05"],
    [15502.960000000001, ".", "15502.96"],
    [0.001, ".", "0.001"],
    [1.5e-7, ",", "1,5e-7"],
    [1e20, ".", "100000000000000000000"],
    [0, ".", "0.00"],
  ])("amount %p (%s) as %s", (v, decimal, text) => {
    expect(written((n) => n.amount(v), decimal)).toBe(text);
  });

  test.each([
    [0.006081020378566389, "0.006081020379"],
    [1, "1.000000000000"],
    [0.9999999999999, "1.000000000000"],
    [0, "0.000000000000"],
    [3e-13, "0.000000000000"],
    [0.5, "0.500000000000"],
  ])("share %p as %s", (v, text) => {
    expect(written((n) => n.share(v))).toBe(text);
  });

  test("text is UTF-8 as Buffer.from writes it, across chunk borders", () => {
    const pieces = ["Müller", "Straße", "€", "😀", "\ud800", "x\udc00", "\u00a0%", "日本", "a"];
    let all = "";
    const text = written((_, w) => {
      for (let i = 0; i < 200_000; i++) {
        const s = pieces[i % pieces.length] + pieces[(i * 7) % pieces.length];
        all += s;
        w.text(s);
        w.int(i);
        all += String(i);
      }
    });
    expect(Buffer.from(text, "utf8").equals(Buffer.from(all, "utf8"))).toBe(true);
  });
});

describe("fastTranslator", () => {
  const samples: Record<string, string | number>[] = [
    {},
    { cls: "A", beforePct: 0.7234, limitPct: 0.8, cumulativePct: 0.81 },
    { cls: "C", rank: 1234, n: 524288, limitPct: 0.5 },
    { cls: "B", valueAmount: 1234567.891, abAmount: -5, bcAmount: 0.125 },
    { count: 3, rows: 1, valueAmount: -1250, row: "17", value: '"x"', number: 1234.5 },
    { count: 1, valueAmount: -1250 },
    { rows: 1 },
  ];
  for (const lang of ["en", "de"] as const) {
    test(`same text as translate for every message (${lang})`, () => {
      const fast = fastTranslator(lang);
      for (const code of [...CLI_CATALOGUE.codes(), "NO_SUCH_CODE"]) {
        for (const params of samples) {
          const m: Message = { code, params };
          expect(fast(m)).toBe(translate(m, lang));
        }
      }
    });
  }
});

describe("xlsx cells", () => {
  test("values as Excel's Range.values shows them", () => {
    expect(cellValue(null)).toBe("");
    expect(cellValue(12.5)).toBe(12.5);
    expect(cellValue("Text")).toBe("Text");
    expect(cellValue(true)).toBe(true);
    expect(cellValue(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(cellValue({ error: "#N/A" })).toBe("#N/A");
    expect(cellValue({ richText: [{ text: "Müller " }, { text: "GmbH" }] })).toBe("Müller GmbH");
    expect(cellValue({ formula: "A1*2", result: 42 })).toBe(42);
    expect(cellValue({ formula: "A1*2", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(cellValue({ formula: "A1*2" })).toBe("");
    expect(cellValue({ sharedFormula: "B2", result: "x" })).toBe("x");
    expect(cellValue({ text: "Link AG", hyperlink: "https://example.com" })).toBe("Link AG");
  });
});
