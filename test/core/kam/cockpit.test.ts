import { HEALTH_PARTS, cockpitBlock, structuredRef, type KeyAccount } from "../../../src/core/kam";

const account = (name: string, value: number, margin: number | null): KeyAccount => ({
  key: name.toLowerCase(),
  name,
  id: null,
  class: "A",
  value,
  share: 0,
  rank: 1,
  margin,
  selectedBy: "class",
});

const input = (lang: "en" | "de") => ({
  accounts: [account("=Alpha", 400, 100), account("Beta", 0, null)],
  listNames: ["=Alpha", "Beta"],
  totalRevenue: 1000,
  tables: { plan: "KAM_Plan", actions: "KAM_Actions", stakeholders: "KAM_Stakeholders" },
  planHeader: (id: string) => (id === "revenueGoal" ? null : id),
  lang,
});

describe("the cockpit block", () => {
  it("escapes the characters Excel escapes inside a structured reference", () => {
    expect(structuredRef("T", "Share [%] #1 'x'")).toBe("T[Share '[%'] '#1 ''x'']");
    expect(structuredRef("KAM_Plan", "Customer satisfaction (1-5)")).toBe(
      "KAM_Plan[Customer satisfaction (1-5)]"
    );
  });

  it("writes analysis figures as values and leaves a deleted plan column empty, not broken", () => {
    const b = cockpitBlock(input("en"));
    const first = b.values[b.firstAccountRow];
    expect(first.slice(0, 2)).toEqual(["=Alpha", 400]);
    expect(first[5]).toBe(0.25);
    // Revenue 0: no margin percentage instead of a division by zero.
    expect(b.values[b.firstAccountRow + 1][5]).toBe("");
    expect(b.formulas[b.firstAccountRow][2]).toBe('=""');
    expect(b.formulas[b.firstAccountRow][0]).toBeNull();
  });

  it("documents health weights that add up to 100, in both languages", () => {
    expect(HEALTH_PARTS.reduce((s, p) => s + p.weight, 0)).toBe(100);
    const last = (lang: "en" | "de") => {
      const b = cockpitBlock(input(lang));
      return String(b.values[b.values.length - 1][0]);
    };
    expect(last("en")).toMatch(/^Health score 0-100: goal achievement 30/);
    expect(last("de")).toMatch(/^Health-Score 0-100: Zielerreichung 30/);
  });
});
