import { countToReach } from "../../../src/core/pareto/countToReach";
import { cumulativeShares } from "../../../src/core/pareto/cumulativeShares";
import { gini } from "../../../src/core/pareto/gini";
import { hhi } from "../../../src/core/pareto/hhi";
import { presortByRevenue, rankOrder } from "../../../src/core/pareto/rankOrder";
import { sum } from "../../../src/core/pareto/sum";
import fc from "fast-check";

describe("sum", () => {
  it("adds cents without drift", () => {
    const cents = Array.from({ length: 100000 }, () => 0.1);
    expect(sum(cents)).toBe(10000);
    expect(sum([0.1, 0.2, -0.3])).toBeCloseTo(0, 15);
    expect(sum([1e16, 1, -1e16])).toBe(1);
  });
});

describe("rankOrder", () => {
  it("orders by revenue, ties by key, and leaves out what include refuses", () => {
    const order = rankOrder([5, 9, 5, -1, 0], ["b", "x", "a", "n", "z"], (i) => i !== 3);
    expect(Array.from(order)).toEqual([1, 2, 0, 4]);
  });

  // From 512 customers rankOrder uses a radix sort; this is the order it must give.
  const reference = (revenue: number[], keys: string[] | null, include: (i: number) => boolean) =>
    revenue
      .map((_, i) => i)
      .filter(include)
      .sort((a, b) => {
        const d = revenue[b] - revenue[a];
        if (d !== 0) return d;
        if (keys === null) return a - b;
        return keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0;
      });

  // Neighbours in the last bits of the mantissa: the radix sort's lowest digit decides them.
  const nudged = (x: number, ulps: number) => {
    const f = new Float64Array([x]);
    const w = new BigInt64Array(f.buffer);
    w[0] += BigInt(ulps);
    return f[0];
  };

  it("gives the comparator's order on large inputs with ties, near ties, zeros and credit notes", () => {
    const value = fc.oneof(
      fc.constantFrom(0, -0, 100, 100.5, -100, 1e-300, 5e6),
      fc.integer({ min: -1000000, max: 100000000 }).map((c) => c / 100),
      fc
        .tuple(fc.constantFrom(100, 1234.56, -7.5), fc.integer({ min: -3000, max: 3000 }))
        .map(([x, u]) => nudged(x, u)),
      fc.double({ noNaN: true, noDefaultInfinity: true })
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 500, maxLength: 3000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 9 }),
        (revenue, withKeys, skip) => {
          const keys = withKeys ? revenue.map((_, i) => "k" + ((i * 7919) % 10007)) : null;
          const include = (i: number) => skip === 0 || i % 10 !== skip;
          const expected = reference(revenue, keys, include);
          expect(Array.from(rankOrder(revenue, keys, include))).toEqual(expected);
          // Presorted apart from the keys (as a helper thread does), then ranked with them.
          const presorted = presortByRevenue(revenue, include);
          expect(Array.from(rankOrder(revenue, keys, include, presorted))).toEqual(expected);
          // The keys' order given as a comparison instead of the strings.
          const byKey =
            keys &&
            ((a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
          expect(Array.from(rankOrder(revenue, byKey, include))).toEqual(expected);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("sorts half a million customers exactly as the comparator does", () => {
    const n = 524288;
    const revenue = Array.from({ length: n }, (_, i) => ((i * 2654435761) % 100003) / 100);
    const keys = revenue.map((_, i) => String((i * 40503) % n).padStart(6, "0"));
    expect(Array.from(rankOrder(revenue, keys))).toEqual(reference(revenue, keys, () => true));
  });

  it("presorts by revenue alone: ties in index order, the revenue in that order where the radix sort runs", () => {
    const few = presortByRevenue([5, 9, 5, -1], (i) => i !== 3);
    expect([Array.from(few.order), few.values]).toEqual([[0, 1, 2], null]);
    const revenue = Array.from({ length: 600 }, (_, i) => i % 7);
    const many = presortByRevenue(revenue, () => true);
    expect(Array.from(many.order.slice(0, 3))).toEqual([6, 13, 20]);
    expect(Array.from(many.values ?? [])).toEqual(Array.from(many.order, (i) => revenue[i]));
    const withInfinity = presortByRevenue([...revenue, Infinity], () => true);
    expect(withInfinity.values).toBeNull();
  });

  it("reads the revenue back from the radix keys exactly: signs, -0, tiny and huge numbers, last bits", () => {
    const special = [
      0, -0, -1e-300, 5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308,
    ];
    const near = Array.from({ length: 300 }, (_, i) => 1000.01 + i * Number.EPSILON * 1000);
    const mixed = Array.from({ length: 600 }, (_, i) => ((i * 7919) % 1201) / 7 - 60);
    const revenue = [...special, ...near, ...mixed];
    const { order, values } = presortByRevenue(revenue, () => true);
    const back = Array.from(values ?? []);
    // -0 comes back as 0 (keys count it as 0); every other number bit for bit.
    expect(back).toEqual(Array.from(order, (i) => revenue[i] + 0));
    for (let r = 1; r < back.length; r++) expect(back[r - 1] >= back[r]).toBe(true);
  });

  it("touches only tied customers' keys before comparing them, and ranks as without touch", () => {
    const n = 3000;
    const revenue = Array.from({ length: n }, (_, i) => ((i * 7919) % 701) / 4);
    const keys = Array.from({ length: n }, (_, i) => String((i * 40503) % n).padStart(5, "0"));
    const compare = (a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0);
    const touched: number[] = [];
    const withTouch = Object.assign((a: number, b: number) => compare(a, b), {
      touch: (ids: Int32Array, count: number) => {
        for (let j = 0; j < count; j++) touched.push(ids[j]);
        return count;
      },
    });
    const expected = Array.from(rankOrder(revenue, compare));
    expect(Array.from(rankOrder(revenue, withTouch))).toEqual(expected);
    const tiedCount = revenue.filter((v) => revenue.filter((w) => w === v).length > 1).length;
    expect(touched.length).toBe(tiedCount);
    expect(new Set(touched).size).toBe(tiedCount);
    for (const c of touched)
      expect(revenue.filter((v) => v === revenue[c]).length).toBeGreaterThan(1);
  });

  it("leaves no scratch in the sort's answer: a second sort does not change the first's", () => {
    const a = Array.from({ length: 5000 }, (_, i) => (i * 37) % 1009);
    const b = Array.from({ length: 5000 }, (_, i) => 5000 - i);
    const first = presortByRevenue(a, () => true);
    const before = [Array.from(first.order), Array.from(first.values ?? [])];
    presortByRevenue(b, () => true);
    rankOrder(b, null);
    expect([Array.from(first.order), Array.from(first.values ?? [])]).toEqual(before);
  });
});

describe("cumulativeShares", () => {
  it("rises to exactly 1", () => {
    const c = cumulativeShares([0.7, 0.2, 0.1], 1);
    expect(c[0]).toBe(0.7);
    expect(c[1]).toBeCloseTo(0.9, 15);
    expect(c[2]).toBe(1);
  });
  it("is all zero for a zero total", () => {
    expect(Array.from(cumulativeShares([0, 0], 0))).toEqual([0, 0]);
  });
});

describe("countToReach (n80)", () => {
  it("counts the customer that crosses the threshold", () => {
    expect(countToReach([0.5, 0.79, 0.85, 1], 0.8)).toBe(3);
  });
  it("counts exactly reaching the threshold, also with float noise", () => {
    expect(countToReach([0.5, 0.8, 1], 0.8)).toBe(2);
    expect(countToReach([0.5, 0.7999999999999999, 1], 0.8)).toBe(2);
  });
  it("handles edges", () => {
    expect(countToReach([], 0.8)).toBe(0);
    expect(countToReach([1], 0.8)).toBe(1);
    expect(countToReach([0.3, 1], 0)).toBe(0);
  });
});

describe("gini", () => {
  it("is 0 for equal customers and (n-1)/n for one that has all", () => {
    expect(gini([5, 5, 5, 5], 20)).toBeCloseTo(0, 15);
    expect(gini([10, 0, 0, 0], 10)).toBeCloseTo(0.75, 15);
  });
  it("matches the formula by exact arithmetic on a small case", () => {
    // ascending 1,2,3,4: 2*(1+4+9+16)/(4*10) - 5/4 = 60/40 - 1.25 = 0.25
    expect(gini([4, 3, 2, 1], 10)).toBeCloseTo(0.25, 15);
  });
  it("is NaN without revenue", () => {
    expect(gini([0, 0], 0)).toBeNaN();
  });
});

describe("hhi", () => {
  it("is 10,000 for a monopoly and 10,000/n for equal shares", () => {
    expect(hhi([7], 7)).toBe(10000);
    expect(hhi([1, 1, 1, 1], 4)).toBe(2500);
  });
});
