// Numbers a person types into a field of the pane: "0,7", "0.7", " 82,5 % ", "-0,5".
// Not parseNumber.ts: that reads revenue cells (currency, brackets, thousands, the column's
// decimal mark), where "1,250" may be 1250; a field holds no thousands, so its one mark is the
// decimal mark whatever the language (a German on an English keyboard types "0.7").

// Digits with at most one decimal mark, an optional minus in front; ".5" and "5." are numbers.
const TYPED = /^[-\u2212]?(?=[.,]?\d)\d*(?:[.,]\d*)?$/;

/**
 * The number typed, or null when nothing is typed (blank is never 0) or the text is no number.
 * `percent`: the field is in percent and may end with "%" ("95 %" is 95).
 */
export function typedNumber(
  text: string | null | undefined,
  options: { percent?: boolean } = {}
): number | null {
  if (text === null || text === undefined) return null;
  let s = text.trim();
  if (options.percent) s = s.replace(/\s*%$/, "");
  if (!TYPED.test(s)) return null;
  const value = Number(s.replace(",", ".").replace("\u2212", "-"));
  return Number.isFinite(value) ? value : null;
}
