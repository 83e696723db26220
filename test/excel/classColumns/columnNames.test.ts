import {
  freeColumnName,
  isExactColumnName,
  isOwnColumnName,
  sameColumnName,
} from "../../../src/excel/classColumns/columnNames";

describe("table column names as Excel compares them", () => {
  test("the same name ignoring case", () => {
    expect(sameColumnName("rank", "RANK")).toBe(true);
    expect(sameColumnName("Ärger", "ärger")).toBe(true);
    expect(sameColumnName("Rank", "Rank2")).toBe(false);
  });

  test("a free name is chosen up front", () => {
    expect(freeColumnName("Rank", ["Kunde"])).toBe("Rank");
    expect(freeColumnName("Rank", ["rank"])).toBe("Rank (ABC)");
    expect(freeColumnName("Rank", ["rank", "RANK (abc)"])).toBe("Rank (ABC 2)");
  });

  test("names the add-in gives or Excel gave its columns", () => {
    for (const name of ["Rank", "rank", "Rank2", "Rank (ABC)", "Rank (ABC 2)", "Rank (ABC)3"])
      expect([name, isOwnColumnName(name, "Rank")]).toEqual([name, true]);
    for (const name of ["Ranking", "My Rank", "Rank (XYZ)"])
      expect([name, isOwnColumnName(name, "Rank")]).toEqual([name, false]);
    expect(isExactColumnName("Rank (ABC)", "Rank")).toBe(true);
    expect(isExactColumnName("rank", "Rank")).toBe(false);
    expect(isExactColumnName("Rank2", "Rank")).toBe(false);
  });
});
