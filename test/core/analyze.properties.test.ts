import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { sum } from "../../src/core/pareto/sum";
import type { Method } from "../../src/core/types";

// Cent amounts, some negative (credit notes), some zero; names repeat so rows get summed.
const row = fc.tuple(
  fc.integer({ min: 0, max: 30 }).map((i) => `Kunde ${i}`),
  fc.integer({ min: -50000, max: 5000000 }).map((c) => c / 100)
);
const rows = fc.array(row, { minLength: 2, maxLength: 120 });
const method = fc.constantFrom<Method>("fixed", "count", "computed");

function tryAnalyze(data: [string, number][], m: Method) {
  try {
    return analyze([["Kunde", "Umsatz"], ...data], { method: m });
  } catch {
    return null; // too few customers or no positive revenue: covered by unit tests
  }
}

describe("analysis invariants", () => {
  it("shares sum to 1 and the cumulative share rises to exactly 1", () => {
    fc.assert(
      fc.property(rows, method, (data, m) => {
        const r = tryAnalyze(data, m);
        if (!r) return;
        expect(sum(r.ranking.share)).toBeCloseTo(1, 12);
        for (let i = 1; i < r.ranking.count; i++) {
          expect(r.ranking.cumulativeShare[i]).toBeGreaterThanOrEqual(
            r.ranking.cumulativeShare[i - 1]
          );
        }
        expect(r.ranking.cumulativeShare[r.ranking.count - 1]).toBe(1);
      })
    );
  });

  it("classes never go back from C to A along the ranking", () => {
    fc.assert(
      fc.property(rows, method, (data, m) => {
        const r = tryAnalyze(data, m);
        if (!r) return;
        for (let i = 1; i < r.ranking.count; i++) {
          expect(r.ranking.classes[i]).toBeGreaterThanOrEqual(r.ranking.classes[i - 1]);
        }
      })
    );
  });

  it("aggregation keeps the total, to the cent", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const r = tryAnalyze(data, "fixed");
        if (!r) return;
        const source = sum(data.map(([, v]) => v));
        expect(Math.round(r.summary.sourceTotal * 100)).toBe(Math.round(source * 100));
        expect(Math.round((r.summary.total + r.summary.excludedTotal) * 100)).toBe(
          Math.round(source * 100)
        );
        expect(sum(r.customers.revenue)).toBeCloseTo(source, 6);
      })
    );
  });

  it("reordering the input rows changes no class", () => {
    fc.assert(
      fc.property(rows, method, fc.integer(), (data, m, seed) => {
        const r = tryAnalyze(data, m);
        if (!r) return;
        const shuffled = data
          .map((d, i) => ({ d, k: Math.sin(seed + i * 7919) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.d);
        const s = tryAnalyze(shuffled, m)!;
        const classOf = (res: NonNullable<typeof r>) => {
          const out: Record<string, string> = {};
          for (let i = 0; i < res.ranking.count; i++) {
            out[res.customers.keys[res.ranking.customer[i]]] = "ABC"[res.ranking.classes[i]];
          }
          return out;
        };
        expect(classOf(s)).toEqual(classOf(r));
      })
    );
  });

  it("equal revenue never gets different classes", () => {
    fc.assert(
      fc.property(rows, method, (data, m) => {
        const r = tryAnalyze(data, m);
        if (!r) return;
        for (let i = 1; i < r.ranking.count; i++) {
          if (r.ranking.value[i] === r.ranking.value[i - 1]) {
            expect(r.ranking.classes[i]).toBe(r.ranking.classes[i - 1]);
          }
        }
      })
    );
  });
});
