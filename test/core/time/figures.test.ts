import { abcXyzMatrix } from "../../../src/core/time/abcXyz";
import { classDistance } from "../../../src/core/time/classDistance";
import { growth } from "../../../src/core/time/growth";
import { migration } from "../../../src/core/time/migration";
import {
  latestMonths,
  parsePeriod,
  previousPeriod,
  periodLabels,
} from "../../../src/core/time/period";
import { classesOfRevenue, NO_CLASS } from "../../../src/core/time/previousClasses";
import { classSensitivity } from "../../../src/core/time/sensitivity";
import { stableClasses } from "../../../src/core/time/stability";
import { cumulativeShares } from "../../../src/core/pareto/cumulativeShares";
import { monthIndex } from "../../../src/core/time/months";
import { NO_XYZ } from "../../../src/core/time/xyz";

const A = 0;
const B = 1;
const C = 2;
const N = NO_CLASS;

describe("periods", () => {
  it("defaults to the 12 months ending with the latest month, previous directly before", () => {
    const p = latestMonths(monthIndex(2026, 11));
    expect(periodLabels(p)).toEqual({ from: "2025-12", to: "2026-11", months: 12 });
    expect(periodLabels(previousPeriod(p))).toEqual({ from: "2024-12", to: "2025-11", months: 12 });
  });
  it("parses a range of whole months", () => {
    expect(periodLabels(parsePeriod("2025-12:2026-11")!)).toEqual({
      from: "2025-12",
      to: "2026-11",
      months: 12,
    });
    expect(parsePeriod("2026-03")!.months).toBe(1);
    expect(parsePeriod("2026-11:2025-12")).toBeNull();
    expect(parsePeriod("2026-11:2025-12:2024-01")).toBeNull();
    expect(parsePeriod("Nov")).toBeNull();
  });
});

describe("growth", () => {
  it("is the change over the previous total, NaN without a positive previous total", () => {
    expect(growth(120, 100)).toBeCloseTo(0.2, 15);
    expect(growth(50, 100)).toBe(-0.5);
    expect(growth(50, 0)).toBeNaN();
    expect(growth(50, -10)).toBeNaN();
  });
});

describe("classesOfRevenue (previous class)", () => {
  it("classifies only positive totals, with the same rule", () => {
    const revenue = new Float64Array([0, 700, 200, 100, -5]);
    const keys = ["a", "b", "c", "d", "e"];
    const classes = classesOfRevenue(revenue, keys, "fixed", [80, 95], false);
    // 700 = 70% (A), 200 -> 90% (A: crosses 80), 100 -> 100% (B: crosses 95 from 90)
    expect([...classes]).toEqual([N, A, A, B, N]);
  });
});

describe("migration", () => {
  it("counts transitions with new and lost and lists the movers, largest change first", () => {
    const before = new Uint8Array([A, B, N, C, A]);
    const now = new Uint8Array([A, A, C, N, B]);
    const value = [500, 300, 20, 0, 100];
    const previous = [450, 100, 0, 40, 400];
    const m = migration(before, now, value, previous);
    expect(m.counts).toEqual({ "A>A": 1, "B>A": 1, "new>C": 1, "C>lost": 1, "A>B": 1 });
    expect(m.value["B>A"]).toBe(300);
    expect(m.previousValue["C>lost"]).toBe(40);
    expect(m.value["C>lost"]).toBe(0);
    expect(m.movers.map((x) => [x.customer, x.direction])).toEqual([
      [4, "down"], // -300
      [1, "up"], // +200
      [3, "lost"], // -40
      [2, "new"], // +20
    ]);
  });
});

describe("abcXyzMatrix", () => {
  it("counts customers and revenue per cell, without customers that have no XYZ", () => {
    const ranked = new Int32Array([2, 0, 1, 3]);
    const classes = new Uint8Array([A, A, B, C]);
    const value = new Float64Array([60, 25, 10, 5]);
    const xyz = new Uint8Array([2, 0, 0, NO_XYZ]); // per customer index
    const m = abcXyzMatrix(ranked, classes, value, xyz, 100);
    expect(m.AX).toEqual({ count: 1, value: 60, share: 0.6 });
    expect(m.AZ).toEqual({ count: 1, value: 25, share: 0.25 });
    expect(m.BX).toEqual({ count: 1, value: 10, share: 0.1 });
    expect(m.CX.count + m.CY.count + m.CZ.count).toBe(0);
  });
});

describe("classDistance", () => {
  it("measures the gap to the smallest better and the largest worse customer", () => {
    const value = new Float64Array([500, 300, 120, 100, 40, 10]);
    const classes = new Uint8Array([A, A, B, B, C, C]);
    const d = classDistance(value, classes);
    expect([...d.lacking]).toEqual([NaN, NaN, 180, 200, 60, 90]);
    expect([...d.buffer]).toEqual([380, 180, 80, 60, NaN, NaN]);
  });
});

describe("classSensitivity", () => {
  it("counts the customers whose class changes when both limits move by 5 points", () => {
    const value = new Float64Array([40, 30, 12, 8, 5, 3, 2]);
    const cumulative = cumulativeShares(value, 100);
    const base = classesOfRevenue(
      value,
      ["a", "b", "c", "d", "e", "f", "g"],
      "fixed",
      [80, 95],
      false
    );
    const s = classSensitivity(value, cumulative, base, "fixed", [80, 95], false)!;
    // 75/90: A = 40,30,12 (82%) -> unchanged; B up to 90 = 8 (90%): 5 goes to C -> 1 change
    // 85/100: A = 40,30,12,8 (90%) -> 8 moves up; B up to 100 = 5,3,2 -> 2 move up -> 3 changes
    expect(s).toEqual({ lower: 1, higher: 3 });
    expect(classSensitivity(value, cumulative, base, "computed", [80, 95], false)).toBeNull();
  });
});

describe("stableClasses", () => {
  const value = new Float64Array([40, 30, 11, 9, 5, 3, 2]);
  const cumulative = cumulativeShares(value, 100);
  // before-shares: 0, 40, 70, 81, 90, 95, 98 -> classes A A A B B C C
  const classes = new Uint8Array([A, A, A, B, B, C, C]);
  it("keeps last run's class within the margin of the limit, and says where it stood", () => {
    const last = new Uint8Array([A, A, A, A, B, B, N]);
    const s = stableClasses(classes, value, cumulative, last, "fixed", [80, 95], false, 0.02)!;
    // rank 3 sits at 81%: 1 point past 80 -> keeps A; rank 5 at 95%: 0 points past 95 -> keeps B
    expect([...s.classes]).toEqual([A, A, A, A, B, B, C]);
    expect([...s.kept]).toEqual([0, 0, 0, 1, 0, 1, 0]);
    expect(s.keptCount).toBe(2);
  });
  it("lets a customer move that is past the limit by more than the margin", () => {
    const last = new Uint8Array([A, A, A, A, A, B, C]);
    const s = stableClasses(classes, value, cumulative, last, "fixed", [80, 95], false, 0.005)!;
    // 81% is 1 point past 80: more than the margin of 0.5 points -> B; 90% likewise;
    // rank 5 stands exactly at 95%, not past it -> keeps B
    expect([...s.classes]).toEqual([A, A, A, B, B, B, C]);
    expect([...s.kept]).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });
  it("does not apply to the computed method", () => {
    expect(
      stableClasses(classes, value, cumulative, classes, "computed", [80, 95], false)
    ).toBeNull();
  });
});
