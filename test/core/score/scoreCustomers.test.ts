import fc from "fast-check";
import {
  DEFAULT_SCORE_WEIGHTS,
  parseScoreWeights,
  SCORE_CRITERIA,
} from "../../../src/core/score/criteria";
import { ratingPoints } from "../../../src/core/score/ratingPoints";
import { scoreCustomers, type ScoreInput } from "../../../src/core/score/scoreCustomers";
import { scoreReason } from "../../../src/core/score/scoreReason";

const input: ScoreInput = {
  count: 4,
  revenue: [500, 300, 200, 100],
  margin: [50, 90, 20, 10],
  growth: [0.1, NaN, 0.3, -0.2],
  cv: [0.2, 0.4, 1.5, 0.3],
  satisfaction: [5, 3, NaN, 1],
  potential: [4, NaN, NaN, 2],
};

describe("ratingPoints", () => {
  it("maps 1-5 to 0-100 and anything else to missing", () => {
    expect([1, 2, 3, 4, 5].map(ratingPoints)).toEqual([0, 25, 50, 75, 100]);
    expect(ratingPoints(0)).toBeNaN();
    expect(ratingPoints(6)).toBeNaN();
    expect(ratingPoints(NaN)).toBeNaN();
  });
});

describe("parseScoreWeights", () => {
  it("reads any subset", () => {
    expect(parseScoreWeights("revenue=30, margin=25.5")).toEqual({ revenue: 30, margin: 25.5 });
  });
  it("refuses unknown criteria, bad numbers and all-zero weights", () => {
    expect(() => parseScoreWeights("size=3")).toThrow(RangeError);
    expect(() => parseScoreWeights("revenue=-1")).toThrow(RangeError);
    expect(() => parseScoreWeights("revenue=0")).toThrow(RangeError);
  });
});

describe("scoreCustomers", () => {
  it("computes the weighted mean over the criteria present, parts adding up to the score", () => {
    const r = scoreCustomers(input, DEFAULT_SCORE_WEIGHTS);
    // Customer 0: revenue 100, margin 66.67, growth 50, stability 100, satisfaction 100, potential 75.
    const expected0 = (100 * 30 + (200 / 3) * 25 + 50 * 15 + 100 * 10 + 100 * 10 + 75 * 10) / 100;
    expect(r.score[0]).toBeCloseTo(expected0, 12);
    // Customer 2: satisfaction and potential missing -> weights scaled to 80.
    expect(r.weightPresent[2]).toBe(80);
    const expected2 = ((100 / 3) * 30 + (100 / 3) * 25 + 100 * 15 + 0 * 10) / 80;
    expect(r.score[2]).toBeCloseTo(expected2, 12);
    for (let i = 0; i < 4; i++) {
      const parts = SCORE_CRITERIA.map((c) => r.parts[c][i]).filter((p) => !Number.isNaN(p));
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(r.score[i], 12);
    }
    expect(Array.from(r.order)).toEqual([0, 1, 2, 3]);
  });

  it("explains the score in both languages", () => {
    const r = scoreCustomers(input, DEFAULT_SCORE_WEIGHTS);
    expect(scoreReason(r, 2, "en")).toBe(
      "42: revenue 12 of 38, margin 10 of 31, growth 19 of 19, stability 0 of 13; satisfaction, potential missing (weights scaled to the 80 points present)"
    );
    expect(scoreReason(r, 2, "de")).toBe(
      "42: Umsatz 12 von 38, Deckungsbeitrag 10 von 31, Wachstum 19 von 19, Stabilität 0 von 13; Zufriedenheit, Potenzial fehlt (Gewichte auf die vorhandenen 80 Punkte umgerechnet)"
    );
    const none = scoreCustomers({ count: 2, revenue: [1, 2] }, { satisfaction: 10 });
    expect(scoreReason(none, 0, "en")).toMatch(/^no score/);
    expect(Number.isNaN(none.score[0])).toBe(true);
  });

  it("ranks exactly as revenue with weight 100 on revenue (ties by the tie-break)", () => {
    const revenue = [10, 30, 30, 5, 20];
    const abcRank = [3, 0, 1, 4, 2];
    const r = scoreCustomers({ count: 5, revenue, tieBreak: abcRank }, { revenue: 100 });
    expect(Array.from(r.order)).toEqual([1, 2, 4, 0, 3]);
  });

  const customers = fc.integer({ min: 2, max: 30 }).chain((n) => {
    const figure = fc.array(
      fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)),
      {
        minLength: n,
        maxLength: n,
      }
    );
    const rating = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(NaN)), {
      minLength: n,
      maxLength: n,
    });
    return fc.record({
      count: fc.constant(n),
      revenue: fc.array(fc.double({ min: 0.01, max: 1e7, noNaN: true }), {
        minLength: n,
        maxLength: n,
      }),
      margin: figure,
      growth: figure,
      cv: fc.array(fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constant(NaN)), {
        minLength: n,
        maxLength: n,
      }),
      satisfaction: rating,
      potential: rating,
    });
  });
  const weights = fc.record({
    revenue: fc.integer({ min: 1, max: 100 }),
    margin: fc.integer({ min: 0, max: 100 }),
    growth: fc.integer({ min: 0, max: 100 }),
    stability: fc.integer({ min: 0, max: 100 }),
    satisfaction: fc.integer({ min: 0, max: 100 }),
    potential: fc.integer({ min: 0, max: 100 }),
  });

  it("keeps scores within 0-100 with parts adding up (property)", () => {
    fc.assert(
      fc.property(customers, weights, (inp, w) => {
        const r = scoreCustomers(inp, w);
        for (let i = 0; i < inp.count; i++) {
          expect(r.score[i]).toBeGreaterThanOrEqual(0);
          expect(r.score[i]).toBeLessThanOrEqual(100);
          let s = 0;
          for (const c of SCORE_CRITERIA) if (!Number.isNaN(r.parts[c][i])) s += r.parts[c][i];
          expect(Math.abs(s - r.score[i])).toBeLessThan(1e-9);
        }
      })
    );
  });

  it("never scores a customer lower that is at least as good on every criterion (property)", () => {
    fc.assert(
      fc.property(customers, weights, fc.nat(), fc.nat(), (inp, w, x, y) => {
        const i = x % inp.count;
        const j = y % inp.count;
        // Make j at least as good as i on every criterion, with the same criteria present.
        const up = (arr: number[], better: (a: number) => number) => {
          const copy = arr.slice();
          copy[j] = Number.isNaN(arr[i]) ? NaN : better(arr[i]);
          return copy;
        };
        const dominated = {
          ...inp,
          revenue: up(inp.revenue, (v) => v + 1),
          margin: up(inp.margin, (v) => v),
          growth: up(inp.growth, (v) => v + 0.5),
          cv: up(inp.cv, (v) => Math.max(0, v - 0.1)),
          satisfaction: up(inp.satisfaction, (v) => Math.min(5, v + 1)),
          potential: up(inp.potential, (v) => v),
        };
        const r = scoreCustomers(dominated, w);
        if (i !== j) expect(r.score[j]).toBeGreaterThanOrEqual(r.score[i] - 1e-9);
      })
    );
  });

  it("reproduces a criterion's order with all weight on it (property)", () => {
    fc.assert(
      fc.property(customers, (inp) => {
        const r = scoreCustomers(inp, { margin: 100 });
        const ranked = Array.from(r.order).filter((i) => !Number.isNaN(inp.margin[i]));
        for (let k = 1; k < ranked.length; k++)
          expect(inp.margin[ranked[k - 1]]).toBeGreaterThanOrEqual(inp.margin[ranked[k]]);
      })
    );
  });
});
