import {
  SHEET_ROWS,
  columnsOutside,
  formatAddress,
  formatRect,
  intersect,
  parseArea,
  parseAreas,
  parseRect,
  quoteSheet,
  rect,
  rowsOutside,
} from "../../src/core/a1";

describe("address arithmetic", () => {
  test("parses cells, ranges, whole columns and whole rows", () => {
    expect(parseRect("A1")).toEqual(rect(0, 0, 0, 0));
    expect(parseRect("$B$2:$D$10")).toEqual(rect(1, 1, 9, 3));
    expect(parseRect("D10:B2")).toEqual(rect(1, 1, 9, 3));
    expect(parseRect("A:C")).toEqual(rect(0, 0, SHEET_ROWS - 1, 2));
    expect(parseRect("3:7")).toEqual(rect(2, 0, 6, 16383));
    expect(parseRect("XFD1048576")).toEqual(rect(1048575, 16383, 1048575, 16383));
    expect(parseRect("XFE1")).toBeNull();
    expect(parseRect("#REF!")).toBeNull();
  });

  test("formats back, with $ when absolute", () => {
    expect(formatRect(rect(1, 1, 9, 3))).toBe("B2:D10");
    expect(formatRect(rect(1, 1, 9, 3), true)).toBe("$B$2:$D$10");
    expect(formatRect(rect(0, 0, SHEET_ROWS - 1, 2))).toBe("A:C");
    expect(formatRect(rect(4, 4, 4, 4))).toBe("E5");
    expect(formatAddress("Sheet1", rect(0, 0, 1, 1))).toBe("Sheet1!A1:B2");
    expect(formatAddress("ABC-Analyse", rect(0, 0, 1, 1), true)).toBe("'ABC-Analyse'!$A$1:$B$2");
  });

  test("quotes sheet names like Excel", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("Übersicht")).toBe("Übersicht");
  });

  test("parses sheet-qualified areas and lists with quoted commas", () => {
    expect(parseArea("'It''s, here'!A1:B2")).toEqual({
      sheet: "It's, here",
      rect: rect(0, 0, 1, 1),
    });
    expect(parseAreas("=Sheet1!$E$1:$H$100")).toEqual([
      { sheet: "Sheet1", rect: rect(0, 4, 99, 7) },
    ]);
    expect(parseAreas("Sheet1!A1:C5, Sheet1!A8:C20,'a,b'!D4")).toEqual([
      { sheet: "Sheet1", rect: rect(0, 0, 4, 2) },
      { sheet: "Sheet1", rect: rect(7, 0, 19, 2) },
      { sheet: "a,b", rect: rect(3, 3, 3, 3) },
    ]);
    expect(parseAreas("=#REF!")).toBeNull();
    expect(parseAreas("=Sheet1!#REF!")).toBeNull();
  });

  test("intersects rectangles", () => {
    expect(intersect(rect(0, 0, 9, 3), rect(5, 2, 20, 8))).toEqual(rect(5, 2, 9, 3));
    expect(intersect(rect(0, 0, 9, 3), rect(10, 0, 20, 3))).toBeNull();
  });
});

describe("bands outside a rectangle", () => {
  // Old columns G:J over rows 1-100 against new ones over rows 10-50: what is left to clear.
  const old = rect(0, 6, 99, 9);
  test("rows above and below, clipped to the outer band", () => {
    expect(rowsOutside(old, rect(9, 6, 49, 9))).toEqual([rect(0, 6, 8, 9), rect(50, 6, 99, 9)]);
    expect(rowsOutside(old, rect(0, 6, 99, 9))).toEqual([]);
    expect(rowsOutside(rect(5, 0, 7, 0), rect(0, 0, 2, 0))).toEqual([rect(5, 0, 7, 0)]);
  });
  test("columns to the right in the shared rows only", () => {
    expect(columnsOutside(rect(0, 6, 99, 11), rect(9, 6, 49, 9))).toEqual([rect(9, 10, 49, 11)]);
    expect(columnsOutside(old, rect(9, 6, 49, 9))).toEqual([]);
    expect(columnsOutside(rect(0, 6, 5, 11), rect(9, 6, 49, 9))).toEqual([]);
  });
});
