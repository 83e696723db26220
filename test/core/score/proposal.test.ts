import {
  compareProposals,
  differenceReason,
  proposeByScore,
} from "../../../src/core/score/proposal";
import { scoreCustomers } from "../../../src/core/score/scoreCustomers";

// Revenue order 0 > 1 > 2 > 3 > 4; margin puts customer 3 first.
const result = scoreCustomers(
  { count: 5, revenue: [500, 400, 300, 200, 100], margin: [10, 40, 30, 90, 5] },
  { revenue: 40, margin: 60 }
);

describe("proposeByScore", () => {
  it("takes the top N or everyone at or above a score", () => {
    expect(proposeByScore(result, { kind: "top", count: 2 })).toEqual([1, 3]);
    // Scores: 0: 55, 1: 75, 2: 50, 3: 70, 4: 0
    expect(proposeByScore(result, { kind: "minScore", score: 55 })).toEqual([1, 3, 0]);
    expect(proposeByScore(result, { kind: "minScore", score: 101 })).toEqual([]);
  });
});

describe("compareProposals", () => {
  it("lists the customers on exactly one list, with why", () => {
    const byScore = proposeByScore(result, { kind: "top", count: 2 });
    const byAbc = [0, 1];
    const cls = (c: number) => (c <= 1 ? "A" : c === 2 ? "B" : "C");
    const diff = compareProposals(result, byScore, byAbc, cls);
    expect(diff.map((d) => [d.customer, d.side, d.scorePlace])).toEqual([
      [3, "scoreOnly", 2],
      [0, "abcOnly", 3],
    ]);
    expect(differenceReason(diff[0], 5, "en")).toBe("class C, but score 70 (place 2 of 5)");
    expect(differenceReason(diff[1], 5, "de")).toBe("Klasse A, aber nur Score 55 (Platz 3 von 5)");
  });
});
