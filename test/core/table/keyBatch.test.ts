// From KEY_BATCH_FROM customers on, readTable looks keys up a batch of rows at a time: the table
// must be the one a lookup per row makes (checked here against keys made one by one).
import { KEY_BATCH_FROM } from "../../../src/core/table/keyBatch";
import { normalizeKey } from "../../../src/core/table/normalizeKey";
import { readTable } from "../../../src/core/table/readTable";
import type { CellValue } from "../../../src/core/types";

/** Seeded spellings of customer k: case, spaces, text beyond Latin-1, some rows by id only. */
function spelling(k: number, i: number): [CellValue, CellValue] {
  const v = (i * 2654435761) >>> 0;
  const name = [`Kunde ${k} GmbH`, `KUNDE ${k} gmbh`, ` kunde  ${k}\tGmbH `, `Kunde ${k} GmbH Ω`][
    v % 4
  ];
  const id = k % 9 === 0 ? `K-${k}` : "";
  return [id, v % 13 === 0 && id !== "" ? "" : name];
}

describe("keys looked up in batches", () => {
  const customers = KEY_BATCH_FROM * 2 + 123;
  const grid: CellValue[][] = [["Kundennummer", "Kunde", "Umsatz"]];
  for (let i = 0; i < customers * 2; i++) {
    // Each customer once in order, then again shuffled; odd rows between them.
    const k = i < customers ? i : (Math.imul(i, 40503) >>> 0) % customers;
    if (i % 997 === 5) grid.push(["", "#N/A", 5]);
    else if (i % 1009 === 7) grid.push(["", "", ""]);
    grid.push([...spelling(k, i), (i % 500) + 0.25]);
  }
  const table = readTable(grid);

  it("gives each row the key its id or name makes, numbered in order of first appearance", () => {
    const expected = new Map<string, number>();
    const firstName: string[] = [];
    const wrong: number[] = [];
    for (let e = 0; e < table.keyIds.length; e++) {
      const [id, name] = grid[table.rows[e]] as string[];
      const key = id.trim() !== "" ? "#" + normalizeKey(id) : normalizeKey(name);
      if (!expected.has(key)) {
        expected.set(key, expected.size);
        firstName.push(name.trim() !== "" ? name.trim() : id.trim());
      }
      if (table.keyIds[e] !== expected.get(key)) wrong.push(e);
    }
    expect(wrong).toEqual([]);
    expect(table.keyList).toEqual([...expected.keys()]);
    expect(table.keyNames).toEqual(firstName);
    expect(table.keyList.length).toBeGreaterThan(KEY_BATCH_FROM);
  });

  it("reports the odd rows as one lookup per row does", () => {
    expect(table.issueCounts.ROW_CUSTOMER_ERROR).toBeGreaterThan(0);
    expect(table.stats.blankRows).toBeGreaterThan(0);
    expect(table.stats.usedRows + table.stats.skippedRows + table.stats.blankRows).toBe(
      table.stats.dataRows
    );
  });
});
