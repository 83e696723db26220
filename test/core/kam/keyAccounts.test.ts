import {
  figuresByKey,
  keyAccountListValues,
  selectKeyAccounts,
  unknownExtraKeys,
} from "../../../src/core/kam";
import { analysisOf } from "./helpers";

// Revenue 1000 in all: A up to 80 %, B up to 95 %.
const result = analysisOf([
  ["Gamma GmbH", 100],
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);

describe("selectKeyAccounts with a confirmed score proposal", () => {
  const scoreKeys = ["epsilon", "alpha ag"];
  it("score: the score's customers replace the classes; hand picks stay", () => {
    const a = selectKeyAccounts(result, {
      includeB: true,
      extraKeys: ["Zeta"],
      scoreKeys,
      proposal: { basis: "score" },
    });
    expect(a.map((k) => [k.name, k.selectedBy])).toEqual([
      ["Alpha AG", "score"],
      ["Epsilon", "score"],
      ["Zeta", "extra"],
    ]);
  });

  it("both: class A and the score's customers, a customer on both lists once, as class", () => {
    const a = selectKeyAccounts(result, {
      includeB: false,
      extraKeys: [],
      scoreKeys,
      proposal: { basis: "both" },
    });
    expect(a.map((k) => [k.name, k.selectedBy])).toEqual([
      ["Alpha AG", "class"],
      ["Beta KG", "class"],
      ["Gamma GmbH", "class"],
      ["Epsilon", "score"],
    ]);
  });

  it("ignores score keys without a confirmed proposal", () => {
    const a = selectKeyAccounts(result, { includeB: false, extraKeys: [], scoreKeys });
    expect(a.map((k) => k.selectedBy)).toEqual(["class", "class", "class"]);
  });
});

describe("selectKeyAccounts", () => {
  it("takes class A in rank order by default", () => {
    const a = selectKeyAccounts(result, { includeB: false, extraKeys: [] });
    expect(a.map((k) => [k.name, k.class, k.rank, k.selectedBy])).toEqual([
      ["Alpha AG", "A", 1, "class"],
      ["Beta KG", "A", 2, "class"],
      ["Gamma GmbH", "A", 3, "class"],
    ]);
    expect(a[0]).toMatchObject({ key: "alpha ag", value: 500, share: 0.5, id: null, margin: null });
  });

  it("adds B when asked and single customers by key, name or spacing variant", () => {
    const withB = selectKeyAccounts(result, { includeB: true, extraKeys: [] });
    expect(withB.map((k) => k.class).join("")).toBe("AAABB");
    const extra = selectKeyAccounts(result, { includeB: false, extraKeys: ["  ZETA ", "nobody"] });
    expect(extra.map((k) => [k.name, k.selectedBy])).toEqual([
      ["Alpha AG", "class"],
      ["Beta KG", "class"],
      ["Gamma GmbH", "class"],
      ["Zeta", "extra"],
    ]);
    // An extra key that is already A is not listed twice.
    expect(selectKeyAccounts(result, { includeB: false, extraKeys: ["alpha ag"] })).toHaveLength(3);
    expect(unknownExtraKeys(result, ["zeta", "nobody", " "])).toEqual(["nobody"]);
  });

  it("matches ids typed with or without #", () => {
    const r = analysisOf(
      [
        ["Alpha", 900],
        ["Beta", 60],
        ["Gamma", 40],
      ],
      ["K1", "K2", "K3"],
      [300, 20, 10]
    );
    const a = selectKeyAccounts(r, { includeB: false, extraKeys: ["k3", "#K2"] });
    expect(a.map((k) => [k.key, k.id, k.margin])).toEqual([
      ["#k1", "K1", 300],
      ["#k2", "K2", 20],
      ["#k3", "K3", 10],
    ]);
  });

  it("finds the figures of any customer by key", () => {
    const f = figuresByKey(result, new Set(["zeta", "missing"]));
    expect([...f.keys()]).toEqual(["zeta"]);
    expect(f.get("zeta")).toMatchObject({ class: "C", rank: 6, value: 50 });
  });

  it("makes dropdown entries unique", () => {
    const acc = (name: string, id: string | null, rank: number) => ({
      key: name + rank,
      name,
      id,
      class: "A" as const,
      value: 1,
      share: 0.1,
      rank,
      margin: null,
      selectedBy: "class" as const,
    });
    expect(
      keyAccountListValues([acc("Müller", "1", 1), acc("Müller", null, 2), acc("Weber", null, 3)])
    ).toEqual(["Müller (1)", "Müller (#2)", "Weber"]);
  });
});
