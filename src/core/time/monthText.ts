// Month names and month-only labels as controllers write them above monthly columns:
// "Jan 2026", "Januar 2026", "Jan 26", "Jan-26", "2026-01", "01/2026", "01.2026".
import { monthIndex } from "./months";

// Folded (lower case, umlauts as in normalizeHeader) names and abbreviations, German and English.
const MONTH_NAMES: Record<string, number> = {};
const NAMES = [
  ["jan", "januar", "january", "jaenner", "janner"],
  ["feb", "februar", "february"],
  ["mar", "maer", "mrz", "maerz", "march"],
  ["apr", "april"],
  ["mai", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oct", "oktober", "october"],
  ["nov", "november"],
  ["dez", "dec", "dezember", "december"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTH_NAMES[n] = i + 1)));

const NAMED = /^([a-z]+)\.?[\s\-/']*(\d{4}|\d{2})$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.](\d{4})$/;

/** Month index of a month label, or NaN when the text names no month of a year. */
export function parseMonthText(text: string): number {
  const s = text.trim().toLowerCase().replace(/ä/g, "ae").replace(/\s+/g, " ");
  let m = NAMED.exec(s);
  if (m) {
    const month = MONTH_NAMES[m[1]];
    return month ? monthIndex(fullYear(m[2]), month) : NaN;
  }
  m = YEAR_MONTH.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return checked(Number(m[2]), Number(m[1]));
  return NaN;
}

/** Two-digit years are this century's ("Jan 26" is January 2026). */
function fullYear(digits: string): number {
  const y = Number(digits);
  return digits.length === 2 ? 2000 + y : y;
}

function checked(year: number, month: number): number {
  return month >= 1 && month <= 12 ? monthIndex(year, month) : NaN;
}
