// One customer's figures from the time axis as people read them: letters, not codes; no growth
// where there is none to show. The KAM plan, the class columns and the one-pager show the same.
import { CLASS_LETTERS } from "../classify/classCodes";
import type { AbcClass } from "../types";
import { NO_CLASS } from "./previousClasses";
import type { TimeAnalysis } from "./timeFigures";
import { NO_XYZ, XYZ_LETTERS, type XyzClass } from "./xyz";

/** A customer's figures from the time axis. */
export interface PeriodFigures {
  /** "" without a positive period total. */
  xyz: XyzClass | "";
  /** Against the previous period; null when none. */
  growth: number | null;
  /** No revenue in the previous period (which the data covers). */
  isNew: boolean;
  /** Class in the previous period; "" when none. */
  previousClass: AbcClass | "";
}

/** The time axis's figures of customer index `c`. */
export function periodFigures(time: TimeAnalysis, c: number): PeriodFigures {
  const previous = time.previousClass ? time.previousClass[c] : NO_CLASS;
  return {
    xyz: time.xyz[c] === NO_XYZ ? "" : XYZ_LETTERS[time.xyz[c]],
    growth: Number.isFinite(time.growth[c]) ? time.growth[c] : null,
    isNew: time.isNew[c] === 1,
    previousClass: previous === NO_CLASS ? "" : CLASS_LETTERS[previous],
  };
}
