// Calendar months as one integer (year * 12 + month - 1), so that periods are plain ranges.

/** Month index of a year and a month 1-12: 2026-03 -> 2026 * 12 + 2. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * "2026-03" for a month index: the machine form (CSV/JSON output, stored runs, the picker's
 * values). People read months as i18n/dates.ts writes them ("Mär 2026").
 */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** The month index of "2026-03" (also "2026-3"); NaN when the text is no such month. */
export function parseMonthLabel(text: string): number {
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!m) return NaN;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? monthIndex(Number(m[1]), month) : NaN;
}

/** Days in a month 1-12 of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
