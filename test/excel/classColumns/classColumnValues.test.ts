import { analyze } from "../../../src/core/analyze";
import {
  CLASS_COLUMN_FORMATS,
  classColumnBlock,
  rankOfCustomer,
  rankOfGridRow,
} from "../../../src/excel/classColumns/classColumnValues";

const grid = [
  ["Kunde", "Umsatz"],
  ["Beta", 300],
  ["Alpha", 500],
  ["", ""],
  ["Beta", 100],
  ["Gamma", 100],
  ["Minus", -50],
  ["Delta", "n/a"],
];

describe("class column values", () => {
  const result = analyze(grid, { method: "fixed" });

  test("rankOfCustomer inverts the ranking", () => {
    const rankOf = rankOfCustomer(result);
    for (let r = 0; r < result.ranking.count; r++)
      expect(rankOf[result.ranking.customer[r]]).toBe(r);
    const minus = result.customers.keys.indexOf("minus");
    expect(rankOf[minus]).toBe(-1);
  });

  test("every row of a customer carries the customer's rank, share and class", () => {
    const byRow = rankOfGridRow(result, grid.length);
    // Alpha 500 (rank 1), Beta 300 + 100 (rank 2), Gamma 100 (rank 3); classes A, A, B.
    expect(Array.from(byRow)).toEqual([-1, 1, 0, -1, 1, 2, -1, -1]);
    const block = classColumnBlock(
      result,
      byRow,
      0,
      grid.length,
      ["Rang", "Anteil", "Kum", "Klasse"],
      0
    );
    expect(block.values[0]).toEqual(["Rang", "Anteil", "Kum", "Klasse"]);
    expect(block.values[1]).toEqual([2, 0.4, 0.9, "A"]);
    expect(block.values[2]).toEqual([1, 0.5, 0.5, "A"]);
    expect(block.values[3]).toEqual(["", "", "", ""]); // blank row
    expect(block.values[4]).toEqual([2, 0.4, 0.9, "A"]); // second row of Beta
    expect(block.values[6]).toEqual(["", "", "", ""]); // negative total: outside the ranking
    expect(block.values[7]).toEqual(["", "", "", ""]); // skipped row
    expect(block.formats[1]).toEqual(CLASS_COLUMN_FORMATS);
  });

  test("a chunk gives the rows from its start", () => {
    const byRow = rankOfGridRow(result, grid.length);
    const block = classColumnBlock(result, byRow, 4, 2, ["a", "b", "c", "d"], 0);
    expect(block.values).toEqual([
      [2, 0.4, 0.9, "A"],
      [3, 0.1, 1, "B"],
    ]);
  });
});
