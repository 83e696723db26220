import fc from "fast-check";
import { analyze } from "../../../src/core/analyze";
import {
  headersOf,
  planColumns,
  refreshFromResult,
  selectKeyAccounts,
} from "../../../src/core/kam";
import { normalizeKey } from "../../../src/core/table/normalizeKey";
import type { CellValue } from "../../../src/core/types";
import { applyChangeSet } from "./helpers";

// A month is a list of (customer number, revenue, spelling variant); customers come and go.
const monthArb = fc.uniqueArray(
  fc.record({
    c: fc.integer({ min: 0, max: 14 }),
    v: fc.integer({ min: 1, max: 1000 }),
    s: fc.nat(3),
  }),
  { minLength: 2, maxLength: 12, selector: (r) => r.c }
);
const spell = (c: number, s: number) =>
  [`Kunde ${c}`, `KUNDE  ${c}`, ` kunde ${c} `, `Kunde\t${c}`][s];

const shape = { ids: false, margin: false };
const manualHeaders = planColumns(shape)
  .filter((c) => c.kind === "manual")
  .map((c) => c.header.en);

describe("planRefresh invariants over many runs", () => {
  it("keeps manual entries with their customer, never drops rows, one row per key account", () => {
    fc.assert(
      fc.property(
        fc.array(monthArb, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.integer(),
        (months, includeB, seed) => {
          let table: CellValue[][] = [[...headersOf(planColumns(shape), "en"), "Mine"]];
          const expected = new Map<string, CellValue[]>();
          let rnd = seed;
          const next = () => (rnd = (Math.imul(rnd, 1103515245) + 12345) | 0) >>> 8;
          for (const month of months) {
            const result = analyze([
              ["Kunde", "Umsatz"],
              ...month.map((m) => [spell(m.c, m.s), m.v]),
            ]);
            const before = table.length;
            table = applyChangeSet(
              table,
              refreshFromResult(table, result, { includeB, extraKeys: [] }, "en")
            );
            expect(table.length).toBeGreaterThanOrEqual(before);
            const h = table[0];
            const keyCol = h.indexOf("Key");
            // Manual and user cells still hold what the user wrote, in the row of the customer.
            for (const row of table.slice(1)) {
              const want = expected.get(row[keyCol] as string);
              const got = [...manualHeaders, "Mine"].map((m) => row[h.indexOf(m)]);
              expect(got).toEqual(want ?? got.map(() => ""));
            }
            const keys = table.slice(1).map((r) => r[keyCol]);
            expect(new Set(keys).size).toBe(keys.length);
            for (const a of selectKeyAccounts(result, { includeB, extraKeys: [] })) {
              expect(keys).toContain(normalizeKey(a.name));
            }
            // The user writes into every manual column and sorts the rows.
            for (const row of table.slice(1)) {
              const vals = [...manualHeaders, "Mine"].map((m) => `${m}:${next() % 100}`);
              vals.forEach((v, i) => (row[h.indexOf([...manualHeaders, "Mine"][i])] = v));
              expected.set(row[keyCol] as string, vals);
            }
            const body = table.slice(1).sort(() => (next() % 2) - 0.5);
            table = [h, ...body];
          }
        }
      ),
      { numRuns: 150, seed: 20240601 }
    );
  });
});
