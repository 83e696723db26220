// The pane's editable settings (as typed) and the RunSettings they stand for.
import {
  DEFAULT_SCORE_WEIGHTS,
  isDefaultScoreWeights,
  SCORE_CRITERIA,
  type ScoreCriterion,
} from "../../core/score/criteria";
import { DEFAULT_THRESHOLDS } from "../../core/thresholds";
import { DEFAULT_XYZ_LIMITS, isDefaultXyzLimits } from "../../core/time/xyz";
import type { ColumnMapping, Method } from "../../core/types";
import type { PeriodRule, RunSettings } from "../../excel/types";
import { DEFAULT_PERIOD } from "../logic/period";
import { checkThresholds } from "../logic/thresholds";
import { storedXyzLimits, type XyzLimits } from "../logic/xyzLimits";

export interface PaneSettings {
  method: Method;
  /** Field texts, kept per method so that switching back keeps what the user typed. */
  fixed: { a: string; b: string };
  count: { a: string; b: string };
  strict: boolean;
  visibleOnly: boolean;
  /** Grid row of the header; undefined = detect, null = no header. */
  headerRow?: number | null;
  /** Columns the user chose; roles not listed are detected. */
  columns: Partial<ColumnMapping>;
  /** Which months (data with dates or month columns): the latest 12 by default. */
  period: PeriodRule;
  /** CV limits of X and Y (Z above); always a valid pair (the time section keeps a typed invalid one). */
  xyzLimits: XyzLimits;
  /** The class columns include XYZ and growth. */
  timeColumns: boolean;
  /** The figure the classes are built on (margin only offered with a margin column). */
  valueColumn: "revenue" | "margin";
  /** The key-account score's weights; they do not change the analysis, only the score. */
  scoreWeights: Record<ScoreCriterion, number>;
}

const text = (t: readonly [number, number]) => ({ a: String(t[0]), b: String(t[1]) });

export const DEFAULT_SETTINGS: PaneSettings = {
  method: "fixed",
  fixed: text(DEFAULT_THRESHOLDS.fixed),
  count: text(DEFAULT_THRESHOLDS.count),
  strict: false,
  visibleOnly: false,
  headerRow: undefined,
  columns: {},
  period: DEFAULT_PERIOD,
  xyzLimits: DEFAULT_XYZ_LIMITS,
  timeColumns: false,
  valueColumn: "revenue",
  scoreWeights: { ...DEFAULT_SCORE_WEIGHTS },
};

/** The thresholds fields of the chosen method. */
export function fieldsOf(s: PaneSettings): { a: string; b: string } {
  return s.method === "count" ? s.count : s.fixed;
}

/** RunSettings for the core and the workbook, or null while a threshold field is invalid. */
export function toRunSettings(s: PaneSettings): RunSettings | null {
  const f = fieldsOf(s);
  const check = checkThresholds(s.method, f.a, f.b);
  if (!check.value) return null;
  const run: RunSettings = {
    method: s.method,
    thresholds: s.method === "computed" ? [...DEFAULT_THRESHOLDS.fixed] : check.value,
    strict: s.method === "fixed" && s.strict,
    visibleOnly: s.visibleOnly,
    columns: { ...s.columns },
  };
  if (s.headerRow !== undefined) run.headerRow = s.headerRow;
  run.period = s.period;
  // Stored only when chosen: runs with the defaults stay as they were before the setting.
  if (!isDefaultXyzLimits(s.xyzLimits)) run.xyzLimits = [s.xyzLimits[0], s.xyzLimits[1]];
  if (s.timeColumns) run.timeColumns = true;
  // A margin column removed from the mapping takes the margin classes with it.
  if (s.valueColumn === "margin" && s.columns.margin !== null) run.valueColumn = "margin";
  if (!isDefaultScoreWeights(s.scoreWeights)) run.scoreWeights = { ...s.scoreWeights };
  return run;
}

/**
 * What the analysis depends on: the class-columns option changes only what is written, the score
 * weights only the score, not the classes.
 */
export function analysisKey(run: RunSettings | null): string {
  return JSON.stringify(run && { ...run, timeColumns: undefined, scoreWeights: undefined });
}

/**
 * Stored weights as six numbers: the defaults when none are stored; in a stored set, an entry
 * that is missing, negative or no number weighs 0 (as the criteria a weight set leaves out).
 */
export function weightsOf(stored: RunSettings["scoreWeights"]): Record<ScoreCriterion, number> {
  const out = { ...DEFAULT_SCORE_WEIGHTS };
  if (!stored || typeof stored !== "object") return out;
  for (const c of SCORE_CRITERIA) {
    const w = stored[c];
    out[c] = typeof w === "number" && w >= 0 && Number.isFinite(w) ? w : 0;
  }
  return out;
}

/** Pane settings from a stored run (refresh), keeping the other method's fields at defaults. */
export function fromRunSettings(
  run: RunSettings,
  base: PaneSettings = DEFAULT_SETTINGS
): PaneSettings {
  const s: PaneSettings = {
    ...base,
    method: run.method,
    strict: run.strict,
    visibleOnly: run.visibleOnly,
    headerRow: run.headerRow,
    columns: { ...(run.columns ?? {}) },
    // Runs stored before the time axis analysed the latest 12 months, the default.
    period: run.period ?? DEFAULT_PERIOD,
    xyzLimits: storedXyzLimits(run.xyzLimits),
    timeColumns: run.timeColumns === true,
    valueColumn: run.valueColumn === "margin" ? "margin" : "revenue",
    scoreWeights: run.scoreWeights ? weightsOf(run.scoreWeights) : { ...DEFAULT_SCORE_WEIGHTS },
  };
  if (run.method === "fixed") s.fixed = text(run.thresholds);
  if (run.method === "count") s.count = text(run.thresholds);
  return s;
}

/**
 * What Refresh runs with: the stored run's settings in the pane (the other method's fields as
 * they are), and their RunSettings (the stored ones if the pane cannot make them).
 */
export function refreshSettings(
  stored: RunSettings,
  current: PaneSettings
): { settings: PaneSettings; run: RunSettings } {
  const settings = fromRunSettings(stored, current);
  return { settings, run: toRunSettings(settings) ?? stored };
}
