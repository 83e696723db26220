import type { ColumnMapping, ColumnRole, Grid } from "../types";
import { COLUMN_ROLES } from "./columnRoles";
import { isBlank, isLabel, looksNumeric } from "./cellKinds";
import { matchHeader } from "./matchHeader";
import { cellMonth } from "../time/parseDate";

export type ColumnSource = "header" | "content" | "user" | "none";

export interface ColumnGuess {
  columns: ColumnMapping;
  source: Record<ColumnRole, ColumnSource>;
}

/** Rows looked at to judge a column by its content; enough to see its kind, cheap on 1M rows. */
const SAMPLE_ROWS = 500;

interface ColumnProfile {
  numeric: number;
  labels: number;
  filled: number;
  integers: number;
  distinct: number;
  dateLike: number;
  /** Cells that read as dates (numbers as serials) and text cells among them. */
  dates: number;
  textDates: number;
}

/**
 * Assigns columns to roles: first by header names (German and English), then by content
 * (revenue: the most numeric column that is not an id or a date; customer: the text column with
 * the most distinct values; date: a column of text dates). Customer id and contribution margin
 * are only taken from headers.
 */
export function guessColumns(grid: Grid, headerRow: number | null, width: number): ColumnGuess {
  const columns: ColumnMapping = {
    customer: null,
    customerId: null,
    revenue: null,
    margin: null,
    date: null,
  };
  const source: Record<ColumnRole, ColumnSource> = {
    customer: "none",
    customerId: "none",
    revenue: "none",
    margin: "none",
    date: "none",
  };
  const taken = new Set<number>();
  const profiles = profileColumns(grid, headerRow === null ? 0 : headerRow + 1, width);

  if (headerRow !== null) {
    const header = grid[headerRow];
    for (const strength of [2, 1] as const) {
      for (const role of COLUMN_ROLES) {
        if (columns[role] !== null) continue;
        for (let c = 0; c < width; c++) {
          if (taken.has(c) || matchHeader(header[c], role) !== strength) continue;
          if (!contentFits(role, profiles[c])) continue;
          columns[role] = c;
          source[role] = "header";
          taken.add(c);
          break;
        }
      }
    }
  }

  // Before revenue: "31.03.2026" looks numeric to the revenue guess.
  if (columns.date === null) {
    const c = bestColumn(profiles, taken, dateScore);
    if (c !== null) {
      columns.date = c;
      source.date = "content";
      taken.add(c);
    }
  }
  if (columns.revenue === null) {
    const c = bestColumn(profiles, taken, revenueScore);
    if (c !== null) {
      columns.revenue = c;
      source.revenue = "content";
      taken.add(c);
    }
  }
  if (columns.customer === null) {
    const c = bestColumn(profiles, taken, customerScore);
    if (c !== null) {
      columns.customer = c;
      source.customer = "content";
      taken.add(c);
    }
  }
  return { columns, source };
}

function contentFits(role: ColumnRole, p: ColumnProfile): boolean {
  if (p.filled === 0) return true; // header only: trust the name
  if (role === "revenue" || role === "margin") return p.numeric / p.filled >= 0.5;
  if (role === "customer") return p.labels + p.numeric > 0;
  if (role === "date") return p.dates / p.filled >= 0.5;
  return true;
}

function revenueScore(p: ColumnProfile): number {
  if (p.filled === 0 || p.numeric / p.filled < 0.5) return 0;
  let score = p.numeric / p.filled;
  const allIntegers = p.integers === p.numeric;
  if (allIntegers && p.distinct === p.numeric && p.numeric > 3) score *= 0.5; // invoice or customer numbers
  if (p.dateLike === p.numeric) score *= 0.3; // Excel date serials
  return score;
}

/** Text dates in nine of ten filled cells; numbers alone could be amounts, so only by header. */
function dateScore(p: ColumnProfile): number {
  return p.filled > 0 && p.textDates / p.filled >= 0.9 ? p.textDates / p.filled : 0;
}

function customerScore(p: ColumnProfile): number {
  if (p.filled === 0 || p.labels / p.filled < 0.5) return 0;
  return p.labels / p.filled + p.distinct / p.filled;
}

function bestColumn(
  profiles: ColumnProfile[],
  taken: Set<number>,
  score: (p: ColumnProfile) => number
): number | null {
  let best: number | null = null;
  let bestScore = 0;
  profiles.forEach((p, c) => {
    const s = taken.has(c) ? 0 : score(p);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  });
  return best;
}

function profileColumns(grid: Grid, from: number, width: number): ColumnProfile[] {
  const profiles: ColumnProfile[] = [];
  const end = Math.min(grid.length, from + SAMPLE_ROWS);
  for (let c = 0; c < width; c++) {
    const seen = new Set<unknown>();
    const p: ColumnProfile = {
      numeric: 0,
      labels: 0,
      filled: 0,
      integers: 0,
      distinct: 0,
      dateLike: 0,
      dates: 0,
      textDates: 0,
    };
    for (let r = from; r < end; r++) {
      const v = grid[r][c];
      if (isBlank(v)) continue;
      p.filled++;
      seen.add(typeof v === "string" ? v.trim().toLowerCase() : v);
      const month = cellMonth(v, null);
      if (typeof month === "number" || month === "ambiguous") {
        p.dates++;
        if (typeof v === "string") p.textDates++;
      }
      if (looksNumeric(v)) {
        p.numeric++;
        if (typeof v === "number" && Number.isInteger(v)) {
          p.integers++;
          if (v >= 20000 && v <= 73000) p.dateLike++; // 1954..2099 as Excel serials
        }
      } else if (isLabel(v)) p.labels++;
    }
    p.distinct = seen.size;
    profiles.push(p);
  }
  return profiles;
}
