import {
  positionStrength,
  quadrantOf,
  relationshipPoints,
  QUADRANT_TEXT,
  QUADRANTS,
} from "../../../src/core/score/portfolio";

const today = 46000;

describe("relationshipPoints", () => {
  it("counts a decision maker and a champion with a recent contact, in either language", () => {
    expect(relationshipPoints([{ role: "Decision maker", lastContact: today - 10 }], today)).toBe(
      50
    );
    expect(
      relationshipPoints(
        [
          { role: "Entscheider", lastContact: today - 90 },
          { role: "Fürsprecher", lastContact: today },
        ],
        today
      )
    ).toBe(100);
  });
  it("ignores old contacts, other roles, and is unknown without stakeholders", () => {
    expect(relationshipPoints([{ role: "Decision maker", lastContact: today - 91 }], today)).toBe(
      0
    );
    expect(relationshipPoints([{ role: "User", lastContact: today }], today)).toBe(0);
    expect(relationshipPoints([{ role: "Champion", lastContact: NaN }], today)).toBe(0);
    expect(relationshipPoints([], today)).toBeNaN();
  });
});

describe("positionStrength", () => {
  it("is the mean of the parts known", () => {
    expect(positionStrength(5, 0.4, 50)).toBeCloseTo((100 + 40 + 50) / 3, 12);
    expect(positionStrength(NaN, 0.4, NaN)).toBeCloseTo(40, 12);
    expect(positionStrength(NaN, 1.5, NaN)).toBeNaN();
  });
});

describe("quadrantOf", () => {
  it("splits at 50 on both axes, the line counting as high", () => {
    expect(quadrantOf(50, 50)).toBe("strategic");
    expect(quadrantOf(80, 20)).toBe("develop");
    expect(quadrantOf(20, 80)).toBe("maintain");
    expect(quadrantOf(49.9, 49.9)).toBe("opportunistic");
    expect(quadrantOf(NaN, 80)).toBeNull();
  });
  it("names every quadrant in both languages", () => {
    for (const q of QUADRANTS) {
      expect(QUADRANT_TEXT[q].en.name.length).toBeGreaterThan(3);
      expect(QUADRANT_TEXT[q].de.advice.length).toBeGreaterThan(10);
    }
  });
});
