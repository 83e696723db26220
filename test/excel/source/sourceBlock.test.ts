import { rect, SHEET_ROWS } from "../../../src/core/a1";
import {
  HiddenRowSearch,
  chooseBlock,
  hiddenRowsFrom,
  splitSegment,
  type BlockInputs,
} from "../../../src/excel/source/sourceBlock";

const base: BlockInputs = {
  sheet: "Daten",
  anchor: rect(0, 0, 9, 2),
  stored: false,
  region: null,
  used: rect(0, 0, 9, 2),
  table: null,
  own: null,
};

describe("chooseBlock", () => {
  test("a table wins and loses its totals row", () => {
    const b = chooseBlock({
      ...base,
      anchor: rect(3, 1, 3, 1),
      table: { name: "Umsatz", rect: rect(0, 0, 20, 2), showHeaders: true, showTotals: true },
    });
    expect(b).toMatchObject({ kind: "table", tableName: "Umsatz", rect: rect(0, 0, 19, 2) });
    expect(b.notes[0].code).toBe("XL_TABLE_USED");
  });

  test("a single cell expands to its region", () => {
    const b = chooseBlock({ ...base, anchor: rect(4, 1, 4, 1), region: rect(0, 0, 50, 2) });
    expect(b.rect).toEqual(rect(0, 0, 50, 2));
    expect(b.notes.map((n) => n.code)).toEqual(["XL_BLOCK_AROUND_CELL"]);
  });

  test("whole columns are cut to the used part", () => {
    const b = chooseBlock({
      ...base,
      anchor: rect(0, 0, SHEET_ROWS - 1, 2),
      used: rect(0, 0, 99, 2),
    });
    expect(b.rect).toEqual(rect(0, 0, 99, 2));
    expect(b.notes[0]).toEqual({ code: "XL_USED_PART", params: { address: "Daten!A1:C100" } });
  });

  test("an empty selection gives no block", () => {
    expect(chooseBlock({ ...base, used: null }).rect).toBeNull();
  });

  test("a stored block grows by the rows added below it", () => {
    const b = chooseBlock({
      ...base,
      stored: true,
      anchor: rect(0, 0, 9, 2),
      region: rect(0, 0, 14, 6),
    });
    expect(b.rect).toEqual(rect(0, 0, 14, 2));
    // A region that ends earlier (a blank row inside) never shrinks the stored block.
    const c = chooseBlock({
      ...base,
      stored: true,
      anchor: rect(0, 0, 9, 2),
      region: rect(0, 0, 4, 2),
    });
    expect(c.rect).toEqual(rect(0, 0, 9, 2));
  });

  test("the add-in's own columns right of the data are cut off", () => {
    const b = chooseBlock({
      ...base,
      anchor: rect(2, 0, 2, 0),
      region: rect(0, 0, 9, 6),
      own: rect(0, 3, 9, 6),
    });
    expect(b.rect).toEqual(rect(0, 0, 9, 2));
    expect(b.notes.map((n) => n.code)).toContain("XL_OWN_COLUMNS_LEFT_OUT");
  });

  test("own columns inside the data are read as blank", () => {
    const b = chooseBlock({ ...base, used: rect(0, 0, 9, 7), own: rect(0, 2, 9, 5) });
    expect(b.rect).toEqual(rect(0, 0, 9, 7));
    expect(b.blankColumns).toEqual([2, 3, 4, 5]);
  });
});

describe("hidden rows", () => {
  test("rows outside every visible area are hidden", () => {
    const block = rect(10, 0, 19, 2);
    const visible = [
      rect(10, 0, 12, 2),
      rect(15, 0, 16, 1),
      rect(15, 2, 16, 2),
      rect(19, 0, 19, 2),
    ];
    expect(hiddenRowsFrom(block, visible)).toEqual([3, 4, 7, 8]);
    // Only the rows of one chunk.
    expect(hiddenRowsFrom(block, [rect(14, 0, 15, 2)], 2, 4)).toEqual([2, 3]);
    expect(hiddenRowsFrom(block, [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("splitSegment covers the segment exactly", () => {
    const parts = splitSegment({ start: 5, count: 100 }, 32);
    expect(parts).toHaveLength(32);
    expect(parts[0].start).toBe(5);
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(100);
    expect(splitSegment({ start: 0, count: 3 }, 32)).toHaveLength(3);
  });

  test("HiddenRowSearch finds hidden rows with rowHidden answers only", () => {
    const n = 5000;
    const hidden = new Set([0, 1, 2, 777, 4000, 4001, 4999]);
    const search = new HiddenRowSearch(n, 16);
    let rounds = 0;
    while (search.probes().length > 0) {
      rounds++;
      search.answer(
        search.probes().map((s) => {
          let h = 0;
          for (let i = 0; i < s.count; i++) if (hidden.has(s.start + i)) h++;
          return h === 0 ? false : h === s.count ? true : null;
        })
      );
    }
    expect(search.hiddenRows()).toEqual([...hidden].sort((a, b) => a - b));
    expect(rounds).toBeLessThanOrEqual(5);
    expect(search.gaveUp).toBe(false);
  });

  test("HiddenRowSearch gives up above its probe budget", () => {
    const search = new HiddenRowSearch(1000, 32, 10);
    search.answer([null]);
    expect(search.gaveUp).toBe(true);
    expect(search.probes()).toEqual([]);
  });
});
