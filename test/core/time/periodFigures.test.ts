import { CLASS_A, CLASS_C } from "../../../src/core/classify/classCodes";
import { periodFigures } from "../../../src/core/time/periodFigures";
import { NO_CLASS } from "../../../src/core/time/previousClasses";
import type { TimeAnalysis } from "../../../src/core/time/timeFigures";
import { NO_XYZ } from "../../../src/core/time/xyz";

// Three customers: steady with growth; new (no revenue before); no revenue in the period.
const time = {
  xyz: Uint8Array.from([0, 2, NO_XYZ]),
  growth: Float64Array.from([0.25, NaN, -1]),
  isNew: Uint8Array.from([0, 1, 0]),
  previousClass: Uint8Array.from([CLASS_A, NO_CLASS, CLASS_C]),
} as unknown as TimeAnalysis;

describe("periodFigures", () => {
  test("letters for codes, null for a growth that does not exist", () => {
    expect(periodFigures(time, 0)).toEqual({
      xyz: "X",
      growth: 0.25,
      isNew: false,
      previousClass: "A",
    });
    expect(periodFigures(time, 1)).toEqual({
      xyz: "Z",
      growth: null,
      isNew: true,
      previousClass: "",
    });
    expect(periodFigures(time, 2)).toEqual({
      xyz: "",
      growth: -1,
      isNew: false,
      previousClass: "C",
    });
  });

  test("no previous classes without a previous period", () => {
    expect(periodFigures({ ...time, previousClass: null }, 0).previousClass).toBe("");
  });
});
