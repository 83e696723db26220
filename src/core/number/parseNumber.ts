// Turns revenue text as people type or export it into a number.
// Hand-written on purpose: no maintained npm library parses German and English notation with a
// per-column decimal separator ("1.234" is 1234 in a German column, 1.234 in an English one) and
// tells *why* a cell was refused; Intl only formats. Numbers from Excel cells never come here.
import { isExcelError } from "./excelErrors";

export type DecimalSeparator = "." | ",";

/** Why a cell gave no number; the reader reports it with the row. */
export type NumberFailure = "blank" | "error" | "percent" | "unit" | "text" | "boolean";

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const CURRENCY_START = /^(?:€|\$|£|¥|EUR|USD|GBP|CHF|SFr\.?|Fr\.)\s*/i;
const CURRENCY_END = /\s*(?:€|\$|£|¥|EUR|USD|GBP|CHF|SFr\.?|Fr\.)$/i;
// Scale words such as "12 T€" or "3 Mio": a human would read a factor we must not guess.
const UNIT_END =
  /[\d\s.,)](?:T€|TEUR|T|Tsd\.?|k€|kEUR|k|K|Mio\.?|Mrd\.?|M|Mn|Bn|bn)\s*(?:€|EUR|\$|USD|CHF)?$/;
const DIGITS_ONLY = /^[0-9]+$/;
const GROUPED = /^[0-9]{1,3}(?:[.,'][0-9]{3})+$/;
const SCIENTIFIC = /^[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+$/;

/**
 * Parses revenue text in German or English notation: "1.234,56 €", "1,234.56", "(1,200)",
 * "-5", "1.234-" (trailing minus as in SAP exports), "CHF 1'234.50".
 * `decimal` decides the ambiguous "1,234" / "1.234" (one separator followed by three digits).
 * Returns the number, or the reason it is not one.
 */
export function parseNumberText(
  text: string,
  decimal: DecimalSeparator = "."
): number | NumberFailure {
  let s = text.trim();
  if (s === "") return "blank";
  if (isExcelError(s)) return "error";
  if (s.includes("%")) return "percent";

  let negative = false;
  if (s[0] === "(" && s[s.length - 1] === ")") {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(CURRENCY_START, "").replace(CURRENCY_END, "");
  if (UNIT_END.test(s)) return "unit";
  if (s[0] === "-" || s[0] === "\u2212") {
    negative = !negative;
    s = s.slice(1);
  } else if (s[0] === "+") {
    s = s.slice(1);
  } else if (s[s.length - 1] === "-") {
    negative = !negative;
    s = s.slice(0, -1);
  }
  s = s.replace(CURRENCY_START, "").replace(CURRENCY_END, "").replace(SPACES, "");
  if (s === "") return "text";

  const value = parseUnsigned(s, decimal);
  if (value === null) return "text";
  return negative ? -value : value;
}

function parseUnsigned(s: string, decimal: DecimalSeparator): number | null {
  if (DIGITS_ONLY.test(s)) return Number(s);
  if (SCIENTIFIC.test(s)) return Number(s);
  s = s.replace(/'/g, (m, i: number) => (i > 0 ? "" : m)); // Swiss thousands: 1'234.50
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const at = Math.max(lastDot, lastComma);
    const single = s.indexOf(sep) === at;
    const threeAfter = s.length - at - 1 === 3;
    // "12,5" and "0.75" are decimals whatever the column says; "1,234" follows the column.
    if (!single) decimalAt = -1;
    else if (!threeAfter || sep === decimal || at === 0 || s.slice(0, at) === "0") decimalAt = at;
  }
  const intPart = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fracPart = decimalAt >= 0 ? s.slice(decimalAt + 1) : "";
  if (fracPart !== "" && !DIGITS_ONLY.test(fracPart)) return null;
  let digits: string;
  if (intPart === "") digits = "0";
  else if (DIGITS_ONLY.test(intPart)) digits = intPart;
  else if (GROUPED.test(intPart) && uniformSeparator(intPart))
    digits = intPart.replace(/[.,']/g, "");
  else return null;
  if (decimalAt >= 0 && fracPart === "") return null;
  return Number(fracPart ? `${digits}.${fracPart}` : digits);
}

function uniformSeparator(s: string): boolean {
  const seps = s.replace(/[0-9]/g, "");
  return seps.split("").every((c) => c === seps[0]);
}

/**
 * Finds a column's decimal separator from its unambiguous text cells ("1.234,56", "12,5",
 * "1,234.56"), so that "1.234" in the same column is read the same way. Falls back to `fallback`
 * (the user's language) when the column does not tell.
 */
export function detectDecimalSeparator(
  texts: Iterable<string>,
  fallback: DecimalSeparator = "."
): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const raw of texts) {
    const s = raw.replace(SPACES, "");
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
    } else if (lastComma >= 0 && s.indexOf(",") === lastComma && !/,[0-9]{3}(?![0-9])/.test(s)) {
      comma++;
    } else if (lastDot >= 0 && s.indexOf(".") === lastDot && !/\.[0-9]{3}(?![0-9])/.test(s)) {
      dot++;
    } else if (lastComma >= 0 && s.indexOf(",") !== lastComma) {
      dot++; // 1,234,567: commas group thousands, so dots are decimals
    } else if (lastDot >= 0 && s.indexOf(".") !== lastDot) {
      comma++;
    }
  }
  if (comma > dot) return ",";
  if (dot > comma) return ".";
  return fallback;
}
