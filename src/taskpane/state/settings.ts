// The pane's editable settings (as typed) and the RunSettings they stand for.
import { DEFAULT_THRESHOLDS } from "../../core/thresholds";
import type { ColumnMapping, Method } from "../../core/types";
import type { PeriodRule, RunSettings } from "../../excel/types";
import { DEFAULT_PERIOD } from "../logic/period";
import { checkThresholds } from "../logic/thresholds";

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
  /** The class columns include XYZ and growth. */
  timeColumns: boolean;
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
  timeColumns: false,
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
  if (s.timeColumns) run.timeColumns = true;
  return run;
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
    timeColumns: run.timeColumns === true,
  };
  if (run.method === "fixed") s.fixed = text(run.thresholds);
  if (run.method === "count") s.count = text(run.thresholds);
  return s;
}
