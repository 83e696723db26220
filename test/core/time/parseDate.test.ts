import { cellMonth, slashOrder } from "../../../src/core/time/parseDate";
import { civilMonth, serialMonth } from "../../../src/core/time/excelSerial";
import { monthIndex, monthLabel, parseMonthLabel } from "../../../src/core/time/months";
import { parseMonthText } from "../../../src/core/time/monthText";

const m = (y: number, mo: number) => monthIndex(y, mo);

describe("Excel serials", () => {
  it("gives the month of well-known serials", () => {
    expect(serialMonth(1)).toBe(m(1900, 1)); // 1900-01-01
    expect(serialMonth(59)).toBe(m(1900, 2)); // 1900-02-28
    expect(serialMonth(60)).toBe(m(1900, 2)); // Excel's 1900-02-29
    expect(serialMonth(61)).toBe(m(1900, 3)); // 1900-03-01
    expect(serialMonth(46112)).toBe(m(2026, 3)); // 2026-03-31
    expect(serialMonth(46113.75)).toBe(m(2026, 4)); // 2026-04-01 18:00
    expect(serialMonth(2958465)).toBe(m(9999, 12));
  });
  it("is NaN outside Excel's dates", () => {
    expect(serialMonth(0)).toBeNaN();
    expect(serialMonth(-3)).toBeNaN();
    expect(serialMonth(2958466)).toBeNaN();
  });
  it("agrees with Date for every first and last day of a month 1950-2100", () => {
    for (let y = 1950; y <= 2100; y++) {
      for (let mo = 1; mo <= 12; mo++) {
        const first = Date.UTC(y, mo - 1, 1) / 86400000;
        const last = Date.UTC(y, mo, 0) / 86400000;
        expect([y, mo, civilMonth(first), civilMonth(last)]).toEqual([y, mo, m(y, mo), m(y, mo)]);
      }
    }
  });
});

describe("cellMonth", () => {
  it("reads ISO, German and unambiguous slash dates", () => {
    expect(cellMonth("2026-03-31", null)).toBe(m(2026, 3));
    expect(cellMonth("2026-03-31T10:00:00", null)).toBe(m(2026, 3));
    expect(cellMonth("31.03.2026", null)).toBe(m(2026, 3));
    expect(cellMonth(" 1.4.2026 ", null)).toBe(m(2026, 4));
    expect(cellMonth("31.03.26", null)).toBe(m(2026, 3));
    expect(cellMonth("3/31/2026", null)).toBe(m(2026, 3));
    expect(cellMonth("31/3/2026", null)).toBe(m(2026, 3));
    expect(cellMonth("5/5/2026", null)).toBe(m(2026, 5));
    expect(cellMonth(46112, null)).toBe(m(2026, 3));
    expect(cellMonth("46112", null)).toBe(m(2026, 3));
    expect(cellMonth("Jan 2026", null)).toBe(m(2026, 1));
  });
  it("reads slash dates by the column's order", () => {
    expect(cellMonth("3/4/2026", "mdy")).toBe(m(2026, 3));
    expect(cellMonth("3/4/2026", "dmy")).toBe(m(2026, 4));
    expect(cellMonth("3/4/2026", null)).toBe("ambiguous");
  });
  it("says why a cell is no date", () => {
    expect(cellMonth("", null)).toBe("blank");
    expect(cellMonth(null, null)).toBe("blank");
    expect(cellMonth("#N/A", null)).toBe("error");
    expect(cellMonth("bald", null)).toBe("text");
    expect(cellMonth("1.234,56", null)).toBe("text");
    expect(cellMonth("31.02.2026", null)).toBe("invalid");
    expect(cellMonth("2026-13-01", null)).toBe("invalid");
    expect(cellMonth(true, null)).toBe("invalid");
    expect(cellMonth(-5, null)).toBe("invalid");
  });
});

describe("slashOrder", () => {
  it("tells the order from a day above 12", () => {
    expect(slashOrder(["1/2/2026", "3/31/2026"])).toBe("mdy");
    expect(slashOrder(["1/2/2026", "31/3/2026"])).toBe("dmy");
    expect(slashOrder(["1/2/2026", "3/4/2026"])).toBeNull();
    expect(slashOrder(["13/1/2026", "1/13/2026"])).toBeNull();
    expect(slashOrder(["31.03.2026", 46112])).toBeNull();
  });
});

describe("month labels", () => {
  it.each([
    ["Jan 2026", 2026, 1],
    ["Januar 2026", 2026, 1],
    ["März 2026", 2026, 3],
    ["Mrz. 2026", 2026, 3],
    ["Okt 2025", 2025, 10],
    ["December 2025", 2025, 12],
    ["Dez. 25", 2025, 12],
    ["Jan 26", 2026, 1],
    ["Jan-26", 2026, 1],
    ["2026-01", 2026, 1],
    ["01/2026", 2026, 1],
    ["1.2026", 2026, 1],
  ])("%s is %i-%i", (text, y, mo) => {
    expect(parseMonthText(text)).toBe(m(y, mo));
  });
  it.each(["Umsatz", "Kunde", "2026", "13/2026", "Foo 2026", ""])("%s is no month", (text) => {
    expect(parseMonthText(text)).toBeNaN();
  });
  it("writes and reads YYYY-MM", () => {
    expect(monthLabel(m(2026, 3))).toBe("2026-03");
    expect(monthLabel(m(2025, 12))).toBe("2025-12");
    expect(parseMonthLabel("2025-12")).toBe(m(2025, 12));
    expect(parseMonthLabel("2025-13")).toBeNaN();
  });
});
