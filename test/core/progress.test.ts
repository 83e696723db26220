import { analyze } from "../../src/core/analyze";
import { AnalysisError } from "../../src/core/errors";
import type { CellValue, ProgressPhase } from "../../src/core/types";

type Call = [ProgressPhase, number, number];

function grid(rows: number): CellValue[][] {
  const g: CellValue[][] = [["Kunde", "Umsatz"]];
  for (let i = 0; i < rows; i++) g.push([`Kunde ${i % 1000}`, ((i * 7919) % 10000) / 100]);
  return g;
}

describe("analyze onProgress", () => {
  it("reports each step in order, reading every 65,536 rows", () => {
    const calls: Call[] = [];
    const g = grid(200_000);
    g[5] = ["", ""]; // a blank row still counts as read
    const result = analyze(g, { onProgress: (...c) => calls.push(c) });
    expect(calls).toEqual([
      ["read", 0, 200_000],
      ["read", 65_536, 200_000],
      ["read", 131_072, 200_000],
      ["read", 196_608, 200_000],
      ["read", 200_000, 200_000],
      ["aggregate", 0, 199_999],
      ["rank", 0, 1000],
      ["classify", 0, result.ranking.count],
    ]);
  });

  it("changes nothing in the result", () => {
    const g = grid(5000);
    const plain = analyze(g, { method: "computed" });
    const told = analyze(g, { method: "computed", onProgress: () => undefined });
    expect(told.summary).toEqual(plain.summary);
    expect(Array.from(told.ranking.classes)).toEqual(Array.from(plain.ranking.classes));
  });

  it("stops the analysis when the callback throws", () => {
    const stop = new Error("stop");
    const phases: ProgressPhase[] = [];
    expect(() =>
      analyze(grid(100_000), {
        onProgress: (phase, done) => {
          phases.push(phase);
          if (phase === "read" && done > 0) throw stop;
        },
      })
    ).toThrow(stop);
    expect(phases).toEqual(["read", "read"]);
  });

  it("reports reading before a failure of the data", () => {
    const phases: ProgressPhase[] = [];
    expect(() =>
      analyze(
        [
          ["Kunde", "Umsatz"],
          ["A", 1],
        ],
        { onProgress: (phase) => phases.push(phase) }
      )
    ).toThrow(AnalysisError);
    expect(phases).toEqual(["read", "read", "aggregate", "rank"]);
  });
});
