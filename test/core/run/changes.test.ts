import { isUnchanged, runChanges, type RunFigures } from "../../../src/core/run/changes";

const figures = (customers: number, A: number, B: number, C: number): RunFigures => ({
  customers,
  rowsUsed: customers * 3,
  total: customers * 1000,
  classes: { A, B, C },
  n80: A,
});

describe("runChanges", () => {
  it("compares customers and class counts with the stored figures", () => {
    const c = runChanges(figures(40, 8, 12, 20), figures(41, 9, 12, 20));
    expect(c.customers).toEqual({ before: 40, after: 41 });
    expect(c.classes?.A).toEqual({ before: 8, after: 9 });
    expect(isUnchanged(c)).toBe(false);
  });

  it("takes key accounts added and lost from the KAM refresh report", () => {
    const c = runChanges(figures(40, 8, 12, 20), figures(40, 8, 12, 20), [
      { code: "KAM_KEY_ACCOUNTS", params: { count: 9 } },
      { code: "KAM_PLAN_DONE", params: { added: 2, updated: 5, unchanged: 1, noLonger: 1 } },
    ]);
    expect(c.keyAccountsAdded).toBe(2);
    expect(c.keyAccountsLost).toBe(1);
    expect(isUnchanged(c)).toBe(false);
  });

  it("has no counts for a run stored without figures, and nothing changed", () => {
    const c = runChanges(undefined, figures(40, 8, 12, 20));
    expect(c.customers).toBeUndefined();
    expect(c.classes).toBeUndefined();
    expect(isUnchanged(runChanges(figures(40, 8, 12, 20), figures(40, 8, 12, 20)))).toBe(true);
  });
});
