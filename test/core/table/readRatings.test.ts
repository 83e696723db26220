// Satisfaction and potential (1-5) from columns of the data: the latest rating per customer.
import { readRatings } from "../../../src/core/table/readRatings";
import { readTable } from "../../../src/core/table/readTable";
import type { Grid } from "../../../src/core/types";

function ratings(grid: Grid) {
  const table = readTable(grid);
  return readRatings(grid, table, table.keyList.length);
}

describe("readRatings", () => {
  test("German headers with (1-5); per customer the last row's rating, never a sum", () => {
    const r = ratings([
      ["Kunde", "Umsatz", "Zufriedenheit (1-5)", "Potenzial"],
      ["Alpha", 100, 2, 5],
      ["Beta", 50, null, "3"],
      ["Alpha", 10, 4, ""],
      ["Gamma", 20, null, null],
    ]);
    expect(r.columns).toEqual({ satisfaction: 2, potential: 3 });
    expect(Array.from(r.satisfaction!)).toEqual([4, NaN, NaN]);
    expect(Array.from(r.potential!)).toEqual([5, 3, NaN]);
  });

  test("English headers; text with a decimal comma; values outside 1-5 are no rating", () => {
    const r = ratings([
      ["Customer", "Revenue", "Customer satisfaction", "Potential"],
      ["Alpha", 100, "3,5", 7],
      ["Beta", 50, 0, 1],
      ["Beta", 50, "good", null],
    ]);
    expect(Array.from(r.satisfaction!)).toEqual([3.5, NaN]);
    expect(Array.from(r.potential!)).toEqual([NaN, 1]);
  });

  test("an amount such as Umsatzpotenzial is not a rating; no columns, no ratings", () => {
    const r = ratings([
      ["Kunde", "Umsatz", "Umsatzpotenzial"],
      ["Alpha", 100, 5000],
      ["Beta", 50, 3],
    ]);
    expect(r).toEqual({
      columns: { satisfaction: null, potential: null },
      satisfaction: null,
      potential: null,
    });
  });
});
