import { DateCache } from "../../../src/core/time/dateCache";
import { monthIndex } from "../../../src/core/time/months";

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
});
