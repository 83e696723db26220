import { changeText, growthText, type RowTransition } from "../../../src/core/kam/changeText";

const key = (t: Partial<RowTransition>): RowTransition => ({
  appended: false,
  previous: "A",
  current: "A",
  isKey: true,
  wasKey: true,
  inData: true,
  ...t,
});

describe("the change text with the time axis", () => {
  test("growth as a whole percent with its sign, in both languages", () => {
    expect(growthText(0.234, "en")).toBe("growth +23%");
    expect(growthText(0.234, "de")).toBe("Wachstum +23 %");
    expect(growthText(-0.046, "de")).toBe("Wachstum -5 %");
    expect(growthText(0.001, "en")).toBe("growth 0%");
  });

  test("a class move since the last run names the growth", () => {
    const period = { growth: 0.234, isNew: false, previousClass: "B" };
    expect(changeText(key({ previous: "B", period }), "en")).toBe("B → A, growth +23%");
    expect(changeText(key({ previous: "B", period }), "de")).toBe("B → A, Wachstum +23 %");
  });

  test("unchanged since the last run: the move against the previous period, or new", () => {
    expect(
      changeText(key({ period: { growth: 0.5, isNew: false, previousClass: "B" } }), "de")
    ).toBe("B → A, Wachstum +50 %");
    expect(
      changeText(key({ period: { growth: null, isNew: true, previousClass: "" } }), "de")
    ).toBe("neu");
    expect(
      changeText(key({ period: { growth: 0.1, isNew: false, previousClass: "A" } }), "en")
    ).toBe("");
  });

  test("without the time axis, and for rows that are no longer key accounts, as before", () => {
    expect(changeText(key({ previous: "B" }), "en")).toBe("B → A");
    const gone = key({
      isKey: false,
      current: "C",
      period: { growth: -0.6, isNew: false, previousClass: "A" },
    });
    expect(changeText(gone, "en")).toBe("no longer key account (A → C), growth -60%");
    expect(
      changeText(
        key({ appended: true, period: { growth: 1, isNew: false, previousClass: "C" } }),
        "de"
      )
    ).toBe("neu");
  });
});
