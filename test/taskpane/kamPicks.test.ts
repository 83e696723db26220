import { analyze } from "../../src/core/analyze";
import { PICK_LIMIT, pickedCustomers, pickOptions } from "../../src/taskpane/logic/kamPicks";
import { sampleGrid } from "./fakeApi";

/** 57 customers "Kunde 1" … with ids K1 …, revenue falling with the number. */
function withIds(customers = 57) {
  const grid: (string | number)[][] = [["Kundennr.", "Kunde", "Umsatz"]];
  for (let i = 0; i < customers; i++)
    grid.push([`K${i + 1}`, `Kunde ${i + 1}`, Math.round(100000 / (i + 1))]);
  return analyze(grid);
}

describe("customers to pick as key accounts", () => {
  const result = analyze(sampleGrid(57));
  const classOf = (rank: number) => "ABC"[result.ranking.classes[rank]];
  const aCount = result.summary.classes.A.count;
  const bCount = result.summary.classes.B.count;

  it("offers the customers that are not key accounts by class, in rank order", () => {
    const { options, total } = pickOptions(result, "", false);
    expect(total).toBe(57 - aCount);
    expect(options.map((o) => o.rank)).toEqual(
      Array.from({ length: Math.min(PICK_LIMIT, total) }, (_, i) => aCount + i + 1)
    );
    expect(options.every((o) => o.class !== "A")).toBe(true);
    expect(options[0]).toMatchObject({ name: `Kunde ${aCount + 1}`, class: classOf(aCount) });
    expect(options[0].key).toBe(result.customers.keys[result.ranking.customer[aCount]]);
  });

  it("leaves out B customers when they are included anyway", () => {
    const { options, total } = pickOptions(result, "", true);
    expect(total).toBe(57 - aCount - bCount);
    expect(options.every((o) => o.class === "C")).toBe(true);
  });

  it("finds customers by any part of the name, in any case and spacing, and counts all matches", () => {
    const { options, total } = pickOptions(result, "  KUNDE   5", false);
    // Kunde 5 may be class A; Kunde 50 … 57 are C.
    expect(options.map((o) => o.name)).toEqual(
      ["Kunde 5", ...Array.from({ length: 8 }, (_, i) => `Kunde ${50 + i}`)].filter(
        (n) => !(n === "Kunde 5" && aCount >= 5)
      )
    );
    expect(total).toBe(options.length);
    expect(pickOptions(result, "nobody", false)).toEqual({ options: [], total: 0 });
  });

  it("shows at most the limit, the rest found by typing", () => {
    const { options, total } = pickOptions(result, "kunde", false, 5);
    expect(options).toHaveLength(5);
    expect(total).toBe(57 - aCount);
  });

  it("finds customers by their customer number", () => {
    const r = withIds();
    const { options } = pickOptions(r, "k42", false);
    expect(options.map((o) => [o.name, o.id])).toEqual([["Kunde 42", "K42"]]);
  });

  it("lists the picked keys in picking order with their figures; unknown keys stay removable", () => {
    const keys = [result.customers.keys[result.ranking.customer[40]], "gone gmbh"];
    const picked = pickedCustomers(result, keys);
    expect(picked).toEqual([
      { key: keys[0], figures: expect.objectContaining({ rank: 41, name: "Kunde 41" }) },
      { key: "gone gmbh", figures: null },
    ]);
  });
});
