import { analyze } from "../../../src/core/analyze";
import { CLASS_A } from "../../../src/core/classify/classCodes";
import { topMovers, type Mover } from "../../../src/core/time/migration";
import { monthlySplit } from "../../../src/core/time/monthlySplit";
import type { CellValue } from "../../../src/core/types";

describe("monthlySplit", () => {
  it("splits each month of the period into the class A customers and the rest", () => {
    const grid: CellValue[][] = [["Kunde", "Datum", "Umsatz"]];
    const amounts: Record<string, number> = { Groß: 900, Mittel: 60, Klein: 30, Winzig: 10 };
    for (let m = 1; m <= 12; m++)
      for (const [name, v] of Object.entries(amounts))
        grid.push([name, `2026-${String(m).padStart(2, "0")}-15`, v + m / 100]);
    const result = analyze(grid);
    const split = monthlySplit(result);
    expect(split.a).toHaveLength(12);
    const { ranking, customers } = result;
    const aNames = Array.from(ranking.customer)
      .filter((_, r) => ranking.classes[r] === CLASS_A)
      .map((c) => customers.names[c]);
    expect(aNames).toEqual(["Groß"]);
    expect(split.a[0]).toBe(900.01);
    expect(split.others[0]).toBe(100.03);
    expect(split.a[11]).toBe(900.12);
  });
});

describe("topMovers", () => {
  const m = (direction: Mover["direction"], customer: number) => ({ direction, customer });
  const movers = [m("down", 0), m("new", 1), m("up", 2), m("lost", 3), m("up", 4), m("down", 5)];
  it("takes up with new and down with lost, in their order, at most max", () => {
    expect(topMovers(movers, true, 2).map((x) => x.customer)).toEqual([1, 2]);
    expect(topMovers(movers, false, 5).map((x) => x.customer)).toEqual([0, 3, 5]);
  });
});
