import { calendarDayText, dateTimeText, dayText, monthText } from "../../../src/core/i18n/dates";
import { isOne } from "../../../src/core/i18n/locales";
import { monthIndex } from "../../../src/core/time/months";
import { parseMonthText } from "../../../src/core/time/monthText";

describe("monthText", () => {
  test("three letters without a dot, the same width every month", () => {
    const year = (lang: "de" | "en") =>
      Array.from({ length: 12 }, (_, i) => monthText(monthIndex(2026, i + 1), lang));
    expect(year("de")).toEqual(
      "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez".split(" ").map((m) => `${m} 2026`)
    );
    expect(year("en")).toEqual(
      "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ").map((m) => `${m} 2026`)
    );
  });

  test("the header reader takes every month text back", () => {
    for (const lang of ["de", "en"] as const)
      for (let m = monthIndex(2024, 1); m <= monthIndex(2027, 12); m++)
        expect(parseMonthText(monthText(m, lang))).toBe(m);
  });
});

describe("days", () => {
  test("German day.month.year, English ISO (one day for London and New York)", () => {
    expect(dayText("2026-01-05", "de")).toBe("05.01.2026");
    expect(dayText("2026-01-05", "en")).toBe("2026-01-05");
    expect(calendarDayText({ year: 2025, month: 12, day: 9 }, "de")).toBe("09.12.2025");
    expect(calendarDayText({ year: 2025, month: 12, day: 9 }, "en")).toBe("2025-12-09");
  });

  test("text that is no day is shown as it is", () => {
    for (const lang of ["de", "en"] as const) {
      expect(dayText("", lang)).toBe("");
      expect(dayText("2026-13-01", lang)).toBe("2026-13-01");
      expect(dayText("5.1.2026", lang)).toBe("5.1.2026");
    }
  });

  test("a moment in local time, 24 hours in both languages", () => {
    const at = new Date(2026, 0, 5, 14, 7);
    expect(dateTimeText(at, "de")).toBe("05.01.2026, 14:07");
    expect(dateTimeText(at, "en")).toBe("2026-01-05, 14:07");
    expect(dateTimeText(new Date(2026, 11, 31, 0, 0), "de")).toBe("31.12.2026, 00:00");
  });
});

test("plural rules: one customer, not one point five", () => {
  for (const lang of ["de", "en"] as const) {
    expect(isOne(1, lang)).toBe(true);
    expect(isOne(0, lang)).toBe(false);
    expect(isOne(2, lang)).toBe(false);
    expect(isOne(1.5, lang)).toBe(false);
  }
});
