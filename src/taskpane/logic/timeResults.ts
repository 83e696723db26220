// What the pane shows of the time axis: the period, the ABC-XYZ matrix and the largest movers.
// Display only: every figure comes from the core (result.time).
import type { AnalysisResult } from "../../core/analyze";
import { dayText, monthText } from "../../core/i18n/dates";
import { formatAmount, formatPercent } from "../../core/i18n/format";
import { translate } from "../i18n/catalogue";
import { classMovesSince, type MoverLine } from "../../core/run/classMoves";
import { ABC_XYZ_CELLS, type AbcXyzCell } from "../../core/time/abcXyz";
import { topMovers, type MigrationFrom, type MigrationTo } from "../../core/time/migration";
import type { TimeAnalysis } from "../../core/time/timeFigures";
import type { AbcClass, Language } from "../../core/types";
import { translator, type T } from "../i18n/text";

function rangeText(from: number, to: number, lang: Language): { from: string; to: string } {
  return { from: monthText(from, lang), to: monthText(to, lang) };
}

/** "Feb 2025 to Jan 2026 (12 months)" and what it is compared with. */
export function periodTexts(time: TimeAnalysis, lang: Language): { period: string; base: string } {
  const t = translator(lang);
  const p = time.period;
  const period =
    p.months === 1
      ? t("periodLineOne", { month: monthText(p.from, lang) })
      : t("periodLine", { ...rangeText(p.from, p.to, lang), months: p.months });
  const base = time.previous
    ? t("periodPrevious", rangeText(time.previous.from, time.previous.to, lang))
    : t("periodNoPrevious", { month: monthText(time.dataFrom, lang) });
  return { period, base };
}

export interface MatrixCell {
  cell: AbcXyzCell;
  count: number;
  /** "3 · 45.2%" */
  text: string;
  /** "45.2%" */
  share: string;
  /** What the cell means for key-account work (core message ABCXYZ_xx). */
  meaning: string;
}

/** The nine cells as three rows A, B, C of X, Y, Z. */
export function matrixRows(
  time: TimeAnalysis,
  lang: Language
): { cls: AbcClass; cells: MatrixCell[] }[] {
  const t = translator(lang);
  return (["A", "B", "C"] as const).map((cls) => ({
    cls,
    cells: ABC_XYZ_CELLS.filter((c) => c[0] === cls).map((cell) => {
      const f = time.abcXyz[cell];
      return {
        cell,
        count: f.count,
        text: t("matrixCell", { count: f.count, share: formatPercent(f.share, lang) }),
        share: formatPercent(f.share, lang),
        meaning: translate({ code: `ABCXYZ_${cell}` }, lang),
      };
    }),
  }));
}

/** A class of a move as the user reads it: A, B, C, "new", "lost". */
export function moveClass(c: MigrationFrom | MigrationTo, t: T): string {
  return c === "new" ? t("classNew") : c === "lost" ? t("classLost") : c;
}

export interface MoverView {
  name: string;
  /** "C → A, +8,900.00" */
  text: string;
}

export interface Movers {
  /** Since the last run (with its date) or against the previous period. */
  since: string;
  up: MoverView[];
  down: MoverView[];
}

function moverView(m: MoverLine, t: T, lang: Language): MoverView {
  const change = m.value - m.previousValue;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return {
    name: m.name,
    text: t("moverLine", {
      from: moveClass(m.from, t),
      to: moveClass(m.to, t),
      change: sign + formatAmount(Math.abs(change), lang),
    }),
  };
}

/**
 * The largest movers up (new included) and down (lost included), `max` each, since the last run
 * when there is a record of it, else against the previous period; null when neither exists.
 */
export function largestMovers(result: AnalysisResult, lang: Language, max = 5): Movers | null {
  const since = classMovesSince(result);
  const time = result.time;
  if (!since || !time) return null;
  const t = translator(lang);
  return {
    since:
      since.lastRunDate !== null
        ? t("moversSinceRun", { date: dayText(since.lastRunDate, lang) })
        : t("moversSincePrevious", rangeText(time.previous!.from, time.previous!.to, lang)),
    up: topMovers(since.movers, true, max).map((m) => moverView(m, t, lang)),
    down: topMovers(since.movers, false, max).map((m) => moverView(m, t, lang)),
  };
}
