import {
  headersOf,
  planColumns,
  planRefresh,
  refreshFromResult,
  selectKeyAccounts,
  updateBlocks,
  type PlanChangeSet,
} from "../../../src/core/kam";
import type { CellValue } from "../../../src/core/types";
import { analysisOf, applyChangeSet, column } from "./helpers";

const opts = { includeB: false, extraKeys: [] as string[] };
const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);
const header = headersOf(planColumns({ ids: false, margin: false }), "en");

function created(lang: "en" | "de" = "en") {
  const h = headersOf(planColumns({ ids: false, margin: false }), lang);
  return applyChangeSet([h], refreshFromResult([h], month1, opts, lang));
}

/** Sets a manual cell of the row whose customer is `name`. */
function setManual(table: CellValue[][], name: string, headerText: string, value: CellValue) {
  const r = table.findIndex(
    (row) => row[table[0].indexOf(column.name === "" ? "" : "Customer")] === name
  );
  table[r][table[0].indexOf(headerText)] = value;
}

describe("planRefresh on a new plan", () => {
  it("appends every key account with computed values and blank manual cells", () => {
    const t = created();
    expect(t[0]).toEqual(header);
    expect(column(t, "Customer")).toEqual(["Alpha AG", "Beta KG", "Gamma GmbH"]);
    expect(column(t, "Class")).toEqual(["A", "A", "A"]);
    expect(column(t, "Rank")).toEqual([1, 2, 3]);
    expect(column(t, "Share of revenue")).toEqual([0.5, 0.2, 0.1]);
    // On the first creation every row would be "new": nothing is highlighted instead.
    expect(column(t, "Change")).toEqual(["", "", ""]);
    expect(column(t, "Key")).toEqual(["alpha ag", "beta kg", "gamma gmbh"]);
    expect(column(t, "Notes")).toEqual(["", "", ""]);
    expect(column(t, "Contribution margin")).toEqual(["", "", ""]);
  });
  it("writes German change texts in a German workbook", () => {
    expect(column(created("de"), "Veränderung")).toEqual(["", "", ""]);
  });
});

describe("planRefresh on an existing plan", () => {
  it("is empty when nothing changed", () => {
    const cs = refreshFromResult(created(), month1, opts, "en");
    // The second run only remembers the class of the first run.
    const changed = new Set(cs.updates.map((u) => header[u.column]));
    expect([...changed].sort()).toEqual(["Class at previous run"]);
    const again = applyChangeSet(created(), cs);
    const third = refreshFromResult(again, month1, opts, "en");
    expect(third.updates).toEqual([]);
    expect(third.appends).toEqual([]);
    expect(third.counts).toMatchObject({ added: 0, updated: 0, unchanged: 3, noLonger: 0 });
  });

  it("updates, appends and marks rows, touching computed columns only", () => {
    const t = created();
    setManual(t, "Gamma GmbH", "Notes", "call in May");
    setManual(t, "Alpha AG", "KAM owner", "Eva");
    // Gamma drops to C, Delta grows into A, the names change case and spacing only.
    const month2 = analysisOf([
      ["ALPHA  ag", 500],
      ["beta kg", 200],
      ["Delta", 150],
      ["Gamma GmbH", 30],
      ["Epsilon", 70],
      ["Zeta", 50],
    ]);
    const cs = refreshFromResult(t, month2, opts, "en");
    const computed = new Set(
      planColumns({ ids: false, margin: false })
        .filter((c) => c.kind === "computed")
        .map((c) => header.indexOf(c.header.en))
    );
    expect(cs.updates.every((u) => computed.has(u.column))).toBe(true);
    expect(cs.counts).toMatchObject({ added: 1, noLonger: 1 });
    expect(cs.addedKeys).toEqual(["delta"]);
    expect(cs.noLongerKeys).toEqual(["gamma gmbh"]);
    const next = applyChangeSet(t, cs);
    expect(column(next, "Customer")).toEqual(["ALPHA  ag", "beta kg", "Gamma GmbH", "Delta"]);
    expect(column(next, "Class")).toEqual(["A", "A", "C", "A"]);
    expect(column(next, "Class at previous run")).toEqual(["A", "A", "A", ""]);
    expect(column(next, "Change")).toEqual(["", "", "no longer key account (A → C)", "new"]);
    expect(column(next, "Notes")).toEqual(["", "", "call in May", ""]);
    expect(column(next, "KAM owner")).toEqual(["Eva", "", "", ""]);

    // A month later Gamma is gone from the data, then comes back as A.
    const month3 = analysisOf([
      ["Alpha AG", 500],
      ["Beta KG", 200],
      ["Delta", 150],
      ["Epsilon", 20],
    ]);
    const t3 = applyChangeSet(next, refreshFromResult(next, month3, opts, "en"));
    expect(column(t3, "Change")[2]).toBe("no longer key account (not in the data)");
    expect(column(t3, "Class")[2]).toBe("");
    expect(column(t3, "Revenue")[2]).toBe("");
    expect(column(t3, "Customer")[2]).toBe("Gamma GmbH");
    const month4 = analysisOf([
      ["Gamma GmbH", 600],
      ["Alpha AG", 500],
      ["Beta KG", 200],
      ["Delta", 150],
      ["Epsilon", 20],
    ]);
    const cs4 = refreshFromResult(t3, month4, opts, "en");
    expect(cs4.counts.again).toBe(1);
    const t4 = applyChangeSet(t3, cs4);
    expect(column(t4, "Change")[2]).toBe("key account again");
    expect(column(t4, "Notes")[2]).toBe("call in May");
    expect(t4).toHaveLength(5);
  });

  it("keeps user columns, moved columns and the user's row order", () => {
    const t = created();
    // The user moves Notes to the front, adds a column and sorts by name descending.
    const notes = header.indexOf("Notes");
    const moved = t.map((row, i) => [
      i === 0 ? "Region" : "R" + i,
      row[notes],
      ...row.filter((_, c) => c !== notes),
    ]);
    moved[0][1] = "Notes";
    const body = moved.slice(1).reverse();
    const user = [moved[0], ...body];
    const cs = refreshFromResult(user, month1, { includeB: true, extraKeys: [] }, "en");
    const cols = new Set(cs.updates.map((u) => user[0][u.column]));
    expect(cols.has("Region")).toBe(false);
    expect(cols.has("Notes")).toBe(false);
    expect(cs.appends).toHaveLength(2);
    expect(cs.appends[0][0]).toBe("");
    expect(cs.appends[0][user[0].indexOf("Customer")]).toBe("Delta");
    const next = applyChangeSet(user, cs);
    expect(column(next, "Region")).toEqual(["R3", "R2", "R1", "", ""]);
    expect(column(next, "Customer")).toEqual([
      "Gamma GmbH",
      "Beta KG",
      "Alpha AG",
      "Delta",
      "Epsilon",
    ]);
  });

  it("finds headers in the other language", () => {
    const t = created("de");
    const cs = refreshFromResult(t, month1, opts, "en");
    expect(cs.addedColumns).toEqual([]);
    expect(cs.appends).toEqual([]);
  });

  it("re-adds a deleted computed column at the right end and reports it", () => {
    const t = created();
    const rank = header.indexOf("Rank");
    const cut = t.map((row) => row.filter((_, c) => c !== rank));
    const cs = refreshFromResult(cut, month1, opts, "en");
    expect(cs.addedColumns).toEqual([
      { id: "rank", header: "Rank", column: header.length - 1, values: [1, 2, 3] },
    ]);
    expect(cs.width).toBe(header.length);
    const next = applyChangeSet(cut, cs);
    expect(next[0][header.length - 1]).toBe("Rank");
    // A manual column deleted by the user stays deleted.
    const noNotes = t.map((row) => row.filter((_, c) => c !== header.indexOf("Notes")));
    expect(refreshFromResult(noNotes, month1, opts, "en").addedColumns).toEqual([]);
  });

  it("matches by the key column even when the user renamed the customer", () => {
    const t = created();
    t[1][header.indexOf("Customer")] = "Alpha (HQ)";
    const cs = refreshFromResult(t, month1, opts, "en");
    expect(cs.appends).toEqual([]);
    expect(cs.updates).toContainEqual({
      row: 0,
      column: header.indexOf("Customer"),
      value: "Alpha AG",
    });
  });

  it("matches rows by name when the key is blank (a row typed by the user)", () => {
    const t = created();
    t[1][header.indexOf("Key")] = "";
    t.push(header.map((h) => (h === "Customer" ? " delta " : h === "Notes" ? "typed" : "")));
    const cs = refreshFromResult(t, month1, { includeB: true, extraKeys: [] }, "en");
    expect(cs.addedKeys).toEqual(["epsilon"]);
    const next = applyChangeSet(t, cs);
    expect(column(next, "Key")).toEqual(["alpha ag", "beta kg", "gamma gmbh", "delta", "epsilon"]);
    expect(column(next, "Notes")[3]).toBe("typed");
  });

  it("follows a customer when the data gains a customer id", () => {
    const t = created();
    t[3][header.indexOf("Notes")] = "keep";
    const withIds = analysisOf(
      [
        ["Alpha AG", 500],
        ["Beta KG", 200],
        ["Gamma GmbH", 100],
        ["Delta", 80],
      ],
      ["1", "2", "3", "4"]
    );
    const cs = refreshFromResult(t, withIds, opts, "en");
    expect(cs.appends).toEqual([]);
    expect(cs.addedColumns.map((c) => c.id)).toEqual(["customerId"]);
    const next = applyChangeSet(t, cs);
    expect(column(next, "Key")).toEqual(["#1", "#2", "#3"]);
    expect(column(next, "Customer ID")).toEqual(["1", "2", "3"]);
    expect(column(next, "Notes")[2]).toBe("keep");
  });

  it("refreshes each row of a customer listed twice and says so", () => {
    const t = created();
    t.push([...t[1]]);
    const cs = refreshFromResult(t, month1, opts, "en");
    expect(cs.duplicateKeys).toEqual(["alpha ag"]);
    expect(cs.appends).toEqual([]);
  });

  it("ignores blank rows and writes margins from the data as a computed column", () => {
    const r = analysisOf(
      [
        ["A1", 900],
        ["B1", 60],
        ["C1", 40],
      ],
      undefined,
      [120, 5, 1]
    );
    const h = headersOf(planColumns({ ids: false, margin: true }), "de");
    const t = applyChangeSet([h], refreshFromResult([h], r, opts, "de"));
    expect(column(t, "Deckungsbeitrag (Daten)")).toEqual([120]);
    t.push(h.map(() => ""));
    const cs = refreshFromResult(t, r, opts, "de");
    expect(cs.updates.filter((u) => u.row === 1)).toEqual([]);
  });
});

describe("updateBlocks", () => {
  it("covers the updates with rectangles inside computed columns", () => {
    const body = [
      [1, "a", 10, 20],
      [2, "b", 11, 21],
      [3, "c", 12, 22],
    ];
    const cs: Pick<PlanChangeSet, "updates"> = {
      updates: [
        { row: 0, column: 2, value: 99 },
        { row: 2, column: 2, value: 98 },
        { row: 2, column: 3, value: 97 },
        { row: 1, column: 0, value: 96 },
      ],
    };
    const blocks = updateBlocks(cs.updates, body, [0, 2, 3]);
    expect(blocks).toEqual([
      { row: 1, column: 0, values: [[96]] },
      { row: 0, column: 2, values: [[99, 20]] },
      { row: 2, column: 2, values: [[98, 97]] },
    ]);
    expect(() => updateBlocks([{ row: 0, column: 1, value: "x" }], body, [0, 2, 3])).toThrow();
  });

  it("writes every change of a real refresh with few blocks", () => {
    const t = created();
    const month2 = analysisOf([
      ["Alpha AG", 400],
      ["Beta KG", 300],
      ["Gamma GmbH", 100],
      ["Delta", 80],
    ]);
    const cs = refreshFromResult(t, month2, opts, "en");
    const blocks = updateBlocks(cs.updates, t.slice(1), cs.computedColumns);
    const out = t.map((r) => [...r]);
    for (const b of blocks)
      b.values.forEach((line, i) => line.forEach((v, j) => (out[b.row + 1 + i][b.column + j] = v)));
    expect(out).toEqual(applyChangeSet(t, cs));
    expect(blocks.length).toBeLessThanOrEqual(3);
  });
});

describe("planRefresh input without analysis", () => {
  it("works from plain key accounts and a lookup", () => {
    const accounts = selectKeyAccounts(month1, opts);
    const cs = planRefresh({
      table: [header],
      accounts,
      find: () => new Map(),
      shape: { ids: false, margin: false },
      lang: "en",
    });
    expect(cs.appends).toHaveLength(3);
    expect(cs.textColumns.map((c) => header[c])).toEqual([
      "Customer",
      "Class",
      "Class at previous run",
      "Change",
      "Key",
    ]);
  });
});
