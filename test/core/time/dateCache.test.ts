import { DateCache } from "../../../src/core/time/dateCache";
import { monthIndex } from "../../../src/core/time/months";
import { cellMonth } from "../../../src/core/time/parseDate";

describe("DateCache", () => {
  it("gives what cellMonth gives, for repeated texts as for new ones", () => {
    const cache = new DateCache("mdy");
    expect(cache.month("3/4/2026")).toBe(monthIndex(2026, 3));
    expect(cache.month("3/4/2026")).toBe(monthIndex(2026, 3));
    expect(cache.month("bald")).toBe("text");
    expect(cache.month("bald")).toBe("text");
    expect(cache.month(46112)).toBe(monthIndex(2026, 3));
    expect(new DateCache("dmy").month("3/4/2026")).toBe(monthIndex(2026, 4));
  });
  it("reads serials with a time of day, repeated and colliding in the table, as cellMonth does", () => {
    const cache = new DateCache(null);
    for (const serial of [46112, 46112.75, 46112 + 4096, 46112, 60, 59, 61, 1, 2958465]) {
      expect(cache.month(serial)).toBe(cellMonth(serial, null));
      expect(cache.month(serial)).toBe(cellMonth(serial, null));
    }
    expect(cache.month(0)).toBe("invalid");
    expect(cache.month(2958466)).toBe("invalid");
    expect(cache.month(-5)).toBe("invalid");
    expect(cache.month(NaN)).toBe("invalid");
  });
});
