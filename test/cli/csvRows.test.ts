// The byte reader for large CSV files must make exactly the table readTable makes of the grid.
import fc from "fast-check";
import { readTable, type ReadOptions, type TableData } from "../../src/core/table/readTable";
import { findHeaderRow } from "../../src/core/table/findHeaderRow";
import { csvRows } from "../../src/cli/csvRows";
import { KEY_BATCH_FROM } from "../../src/core/table/keyBatch";
import { plainNumber } from "../../src/cli/plainNumber";
import { decodeText, parseCsv } from "../../src/cli/readCsv";
import { customerSums } from "../../src/core/aggregate";
import { groupPartition, partitionOf } from "../../src/cli/keyGroups";
import { plainRowArrays } from "../../src/cli/plainRows";
import { CONTROL_SIZE, readShare, type ReadingTask } from "../../src/cli/readingTask";

const encoder = new TextEncoder();

/** Both readers on the same file with the options the command line gives a CSV. */
function bothReaders(text: string, extra: ReadOptions = {}) {
  const bytes = encoder.encode(text);
  const rows = csvRows(bytes);
  const csv = parseCsv(decodeText(bytes));
  const options: ReadOptions = {
    headerRow: findHeaderRow(csv.grid),
    textNumbers: "accept",
    decimalFallback: csv.delimiter === ";" ? "," : ".",
    maxIssuesPerCode: 50,
    ...extra,
  };
  return { rows, csv, fast: rows?.read(options), grid: readTable(csv.grid, options) };
}

/** A large file: `lines` data lines made by `line(i)`. */
function file(header: string, lines: number, line: (i: number) => string, end = "\n"): string {
  const out = [header];
  for (let i = 0; i < lines; i++) out.push(line(i));
  return out.join(end) + end;
}

const ODD_NAMES = [
  "Müller GmbH",
  "  Alpha  AG ",
  "ALPHA AG",
  "alpha\tag",
  "#N/A",
  "#Kunde 7",
  "",
  "   ",
  "Ωmega Ltd",
  "Beta\u00a0KG",
  "=SUM(A1)",
];
const ODD_VALUES = [
  "1.234,56",
  "1,234.56",
  "2.000",
  "12,5",
  "1e3",
  " 17.25 ",
  "",
  "abc",
  "12 T€",
  "(1.200)",
  "-0",
  "+5",
  ".5",
  "5.",
  "1234567890123456",
  "€ 100",
  "10%",
];

describe("CSV rows read from bytes", () => {
  test("a plain English file: same table, no cells kept but the top lines", () => {
    const text = file(
      "Kunde,Umsatz",
      3000,
      (i) => `Kunde ${i % 700} GmbH,${(i * 7.31).toFixed(2)}`
    );
    const { rows, fast, grid } = bothReaders(text);
    expect(rows).not.toBeNull();
    expect(rows?.head.length).toBe(1000);
    expect(fast).toEqual(grid);
  });

  test("odd names, numbers, blank lines, CRLF and a byte order mark: same table and issues", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.oneof(
              fc.constantFrom(...ODD_NAMES),
              fc.integer({ min: 0, max: 40 }).map((k) => `Kunde ${k}`)
            ),
            value: fc.oneof(
              fc.constantFrom(...ODD_VALUES),
              fc.integer({ min: -500, max: 99999 }).map((k) => (k / 100).toFixed(2))
            ),
            blank: fc.integer({ min: 0, max: 30 }),
          }),
          { minLength: 1100, maxLength: 1300 }
        ),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        (lines, delimiter, end, bom) => {
          const body = lines.map((l) =>
            l.blank === 0 ? "" : l.blank === 1 ? delimiter : `${l.name}${delimiter}${l.value}`
          );
          const text =
            (bom ? "\ufeff" : "") +
            ["Kunde", "Umsatz"].join(delimiter) +
            end +
            body.join(end) +
            end;
          const { rows, fast, grid } = bothReaders(text);
          if (rows) expect(fast).toEqual(grid);
        }
      ),
      { numRuns: 25 }
    );
  });

  test("id, name, revenue and margin columns by header: same table", () => {
    const text = file("Kundennummer;Kunde;Umsatz;Deckungsbeitrag", 2500, (i) => {
      const id = i % 5 === 0 ? "" : `K-${i % 300}`;
      const margin = i % 7 === 0 ? "" : i % 11 === 0 ? "1.234,5" : String(i % 50);
      return `${id};Kunde ${i % 400};${i % 13 === 0 ? "1.250,00" : (i % 90) + ".5"};${margin}`;
    });
    const { rows, fast, grid } = bothReaders(text);
    expect(rows).not.toBeNull();
    expect(grid.columns.customerId).toBe(0);
    expect(grid.columns.margin).toBe(3);
    expect(fast).toEqual(grid);
  });

  test("a row below the top lines that is wider than all above: left to the grid reader", () => {
    const text = file("Kunde,Umsatz", 1500, (i) => (i === 1400 ? "X,1,2" : `K${i},${i}`));
    expect(csvRows(encoder.encode(text))).toBeNull();
  });

  test("quotes, small files and files that are not UTF-8 are left to the grid reader", () => {
    const big = file("Kunde,Umsatz", 1500, (i) => `K${i},${i}`);
    expect(csvRows(encoder.encode(big))).not.toBeNull();
    expect(csvRows(encoder.encode(big + '"Q, AG",5\n'))).toBeNull();
    expect(csvRows(encoder.encode("Kunde,Umsatz\nA,1\nB,2\n"))).toBeNull();
    const latin1 = Uint8Array.from(big + "M\u00fcller,5\n", (c) => c.charCodeAt(0));
    expect(csvRows(latin1)).toBeNull();
  });

  test("a date column: same table, months and slash order as the grid reader", () => {
    const dates = ["15.01.2026", "3/4/2025", "2025-11-30", "", "kein Datum", "31.02.2026"];
    const text = file("Kunde;Rechnungsdatum;Umsatz", 2500, (i) => {
      const date =
        i % 50 === 7
          ? dates[((i / 50) % dates.length) | 0]
          : `${(i % 28) + 1}.${(i % 12) + 1}.2025`;
      return `Kunde ${i % 300};${date};${i % 13 === 0 ? "1.250,00" : i % 90}`;
    });
    const { rows, fast, grid } = bothReaders(text);
    expect(rows).not.toBeNull();
    expect(grid.timeLayout).toBe("dateColumn");
    expect(grid.months).not.toBeNull();
    expect(fast).toEqual(grid);
  });

  test("slash dates of one order in a date column: read in that order by both readers", () => {
    const text = file(
      "Kunde,Datum,Umsatz",
      1500,
      (i) => `K${i % 77},${(i % 12) + 1}/${(i % 28) + 1}/2025,${i}.25`
    );
    const { fast, grid } = bothReaders(text);
    expect(grid.slashOrder).toBe("mdy");
    expect(fast).toEqual(grid);
  });

  test("one column per month: same entries and months as the grid reader", () => {
    const text = file("Kunde;Jan 2026;Feb 2026;Mär 2026;Summe", 1500, (i) => {
      const m = (k: number) =>
        (i + k) % 5 === 0 ? "" : (i + k) % 17 === 0 ? "n.a." : String((i % 40) + k);
      return `Kunde ${i % 200};${m(0)};${m(1)};${m(2)};0`;
    });
    const { rows, fast, grid } = bothReaders(text);
    expect(rows).not.toBeNull();
    expect(grid.timeLayout).toBe("monthColumns");
    expect(grid.stats.usedRows).toBeLessThan(grid.rows.length);
    expect(fast).toEqual(grid);
  });

  test("more customers than KEY_BATCH_FROM, odd lines between plain ones: same table", () => {
    const customers = KEY_BATCH_FROM + 5000;
    const text = file("Kundennummer;Kunde;Umsatz;Deckungsbeitrag", 2 * customers, (i) => {
      const k = i < customers ? i : (Math.imul(i, 40503) >>> 0) % customers;
      if (i % 701 === 3)
        return `;${ODD_NAMES[i % ODD_NAMES.length]};${ODD_VALUES[i % ODD_VALUES.length]};`;
      const id = k % 3 === 0 ? `K-${k}` : "";
      const name = i % 2 === 0 ? `Kunde ${k}` : `KUNDE  ${k}`;
      return `${id};${name};${(i % 977) + 1};${i % 5 === 0 ? "" : i % 40}`;
    });
    const { rows, fast, grid } = bothReaders(text);
    expect(rows).not.toBeNull();
    expect(grid.keyList.length).toBeGreaterThan(KEY_BATCH_FROM);
    expect(fast).toEqual(grid);
  }, 60_000); // ~140,000 lines through both readers: seconds on a loaded machine

  test("user columns and rows to leave out reach the byte reader as they reach readTable", () => {
    const text = file("A;B;C", 1200, (i) => `Kunde ${i % 99};${i};${i % 3 === 0 ? "x" : i * 2}`);
    const { fast, grid } = bothReaders(text, {
      columns: { customer: 0, revenue: 2 },
      includeRow: (r) => r % 4 !== 0,
    });
    expect(fast).toEqual(grid);
  });
});

describe("plain numbers from bytes", () => {
  const read = (s: string, comma = false) =>
    plainNumber(encoder.encode(s), 0, encoder.encode(s).length, comma);

  test("read as Number() reads them", () => {
    for (const s of ["0", "-0", "+5", ".5", "5.", "1406.13", "0.1", "999999999999999", "00012.50"])
      expect(Object.is(read(s), Number(s))).toBe(true);
  });

  test("anything else is left to the core's parser", () => {
    for (const s of ["", "-", ".", "1e3", "1,5", "1.2.3", "1234567890123456", " 1", "1 "])
      expect(read(s)).toBeNaN();
    expect(read("1.5", true)).toBeNaN();
    expect(read("15", true)).toBe(15);
    // Where the comma is the decimal sign: "1406,13" as the core reads it, "1,2,3" not.
    expect([read("1406,13", true), read("-0,5", true), read(",5", true)]).toEqual([
      1406.13, -0.5, 0.5,
    ]);
    expect([read("1,2,3", true), read("1.234,5", true), read(",", true)]).toEqual([NaN, NaN, NaN]);
  });

  test("agree with Number() on random cent amounts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 6 }), (m, k) => {
        const s = k === 0 ? String(m) : (m / 10 ** k).toFixed(k);
        expect(read(s)).toBe(Number(s));
        expect(read(s.replace(".", ","), true)).toBe(Number(s));
      })
    );
  });
});

/** A table without what only a threaded read adds (its sums, and its own keyOrder). */
function withoutThreadsFields(table: TableData): TableData {
  const { sums, keyOrder, ...rest } = table;
  void sums;
  void keyOrder;
  return rest;
}

describe("CSV rows read by several threads", () => {
  /** The byte reader with `threads` shares of the work (all on this thread under ts-jest). */
  function read(text: string, threads: number, extra: ReadOptions = {}) {
    const bytes = encoder.encode(text);
    const rows = csvRows(bytes, { threads, parallelFrom: 0 });
    const csv = parseCsv(decodeText(bytes));
    const options: ReadOptions = {
      headerRow: findHeaderRow(csv.grid),
      textNumbers: "accept",
      decimalFallback: csv.delimiter === ";" ? "," : ".",
      ...extra,
    };
    const grid = readTable(csv.grid, options);
    const read = rows?.read(options);
    // Threads sum the customers as they read: the sums customerSums makes of the grid's table.
    if (read?.sums)
      expect(read.sums).toEqual(
        customerSums(grid.values, grid.margins, grid.keyIds, grid.keyList.length, true)
      );
    // They rank ties by the keys' bytes: the same order as the key strings give.
    const keyOrder = read?.keyOrder;
    if (keyOrder) {
      const keys = grid.keyList;
      for (let a = 0; a < keys.length; a += 7) {
        const b = (a * 7919 + 3) % keys.length;
        const byString = keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0;
        expect([keys[a], keys[b], Math.sign(keyOrder(a, b))]).toEqual([keys[a], keys[b], byString]);
      }
    }
    return { rows, table: read && withoutThreadsFields(read), grid, summed: !!read?.sums };
  }

  /** Names of one customer spelled several ways, ids for some, ties and credit notes. */
  const spelled = (k: number, i: number) =>
    [`Kunde ${k} GmbH`, `KUNDE ${k} GMBH`, `kunde  ${k}\tgmbh`, ` Kunde ${k} GmbH `][i % 4];

  test("names spelled several ways: the same customers, numbered in order of first row", () => {
    const text = file("Kunde,Umsatz", 20000, (i) => {
      const k = (Math.imul(i + 1, 2654435761) >>> 0) % 6000;
      return `${spelled(k, Math.floor(i / 7))},${i % 9 === 0 ? -((i % 50) + 0.5) : ((i % 300) * 1.25).toFixed(2)}`;
    });
    for (const threads of [2, 3, 4]) {
      const { rows, table, grid, summed } = read(text, threads);
      expect(rows).not.toBeNull();
      expect(table).toEqual(grid);
      expect(summed).toBe(true);
    }
    expect(read(text, 2).table?.keyList.length).toBe(6000);
  });

  test("ids, names and margins; a semicolon file with decimal commas", () => {
    const text = file("Kundennummer;Kunde;Umsatz;Deckungsbeitrag", 12000, (i) => {
      const k = (i * 7919) % 4000;
      return `${Math.floor(i / 3) % 2 ? "K" : " k"}-${k % 2 ? k : String(k).padStart(6, "0")};${spelled(k, i)};${i % 700},${i % 10}5;${i % 13}`;
    });
    for (const threads of [2, 3]) {
      const { table, grid, summed } = read(text, threads);
      expect(summed).toBe(true);
      expect(table?.decimalSeparator).toBe(",");
      expect(table?.margins).not.toBeNull();
      expect(table).toEqual(grid);
    }
  });

  test("German names (Latin-1 letters in UTF-8) in several spellings: threads, same table", () => {
    const umlaut = (k: number, i: number) =>
      [`Müller ${k} GmbH`, `MÜLLER ${k} GMBH`, `müller\u00a0${k}  gmbh`, `Ärzte-Haus ${k} AG`][
        k % 2 ? i % 3 : 3
      ];
    const text = file(
      "Kunde;Umsatz",
      15000,
      (i) => `${umlaut((i * 31) % 2500, Math.floor(i / 5))};${i % 300},5`
    );
    for (const threads of [2, 3]) {
      const { table, grid, summed } = read(text, threads);
      expect(summed).toBe(true);
      expect(table).toEqual(grid);
    }
    // A no-break space at the end, which trim() takes off: one thread reads it, same table.
    const edge = text.replace("Müller 1 GmbH;", "Müller 1 GmbH\u00a0;");
    const { table, grid, summed } = read(edge, 2);
    expect(summed).toBe(false);
    expect(table).toEqual(grid);
  });

  test("a line that needs its cells anywhere: the file is read on one thread, same table", () => {
    for (const odd of ["Müller GmbH,12", "Kunde 5,1 234", ",7", "Kunde 9,n/a", "Kunde 3,1e3"]) {
      const text = file("Kunde,Umsatz", 9000, (i) =>
        i === 6000 ? odd : `${spelled(i % 900, i)},${i % 97}`
      );
      const { table, grid } = read(text, 2);
      expect(table).toEqual(grid);
    }
  });

  test("rows to leave out and user columns: the threads stand aside, same table", () => {
    const text = file("A;B;C", 3000, (i) => `Kunde ${i % 99};${i};${i * 2}`);
    const { table, grid } = read(text, 2, {
      columns: { customer: 0, revenue: 2 },
      includeRow: (r) => r % 4 !== 0,
    });
    expect(table).toEqual(grid);
  });
});

describe("rows grouped by key, one hash partition at a time", () => {
  test("keys that share a hash stay apart; spellings of one key join", () => {
    const names = ["Alpha AG", "ALPHA  ag", "Beta KG", "alpha\tAG", "beta kg", "Gamma"];
    const bytes = encoder.encode(names.join(""));
    const rows = plainRowArrays(names.length, false);
    let at = 0;
    names.forEach((name, i) => {
      rows.keyStart[i] = at;
      rows.keyEnd[i] = at += name.length;
      rows.hashes[i] = 42; // every key in one slot chain
    });
    const firstRow = new Int32Array(names.length);
    groupPartition(bytes, rows, names.length, partitionOf(42, 2), 2, firstRow);
    expect(Array.from(firstRow)).toEqual([0, 0, 2, 0, 2, 5]);
  });

  test("every hash falls in exactly one partition, the partitions about even", () => {
    for (const parts of [1, 2, 3, 4]) {
      const counts = new Array<number>(parts).fill(0);
      let outside = 0;
      for (let i = 0; i < 40000; i++) {
        const p = partitionOf(Math.imul(i, 2654435761) | 0, parts);
        if (p >= 0 && p < parts) counts[p]++;
        else outside++;
      }
      expect(outside).toBe(0);
      for (const c of counts) expect(Math.abs(c - 40000 / parts)).toBeLessThan(400);
    }
    expect([partitionOf(-1, 2), partitionOf(0, 2), partitionOf(0x7fffffff, 2)]).toEqual([1, 0, 0]);
  });

  test("a thread's failure is seen by the others, which then stop and say so", () => {
    const bytes = encoder.encode("Kunde,Umsatz\nA,1\nB,2\n");
    const control = new Int32Array(CONTROL_SIZE);
    control[5] = 1; // FAILED, as a helper sets it when it throws
    const task: ReadingTask = {
      bytes,
      lineStart: Int32Array.from([0, 13, 17, 21]),
      delimiter: 44,
      width: 2,
      firstDataRow: 1,
      n: 2,
      columns: { key: 0, name: null, revenue: 1, margin: null, skip: 0, last: 1 },
      commaDecimal: false,
      chunks: 1,
      parts: 1,
      rows: plainRowArrays(2, false),
      firstRow: new Int32Array(2),
      control,
      shareTexts: false,
    };
    expect(readShare(task)).toBe("failed");
    control.fill(0);
    expect(readShare(task)).toBe("read");
    expect(Array.from(task.firstRow)).toEqual([0, 1]);
    expect(Array.from(task.rows.values)).toEqual([1, 2]);
  });
});
