/**
 * Excel turns a written string that starts with "=" into a formula, and "+", "-" or "@" at the
 * start can be read as one too. Cells that hold names or notes the add-in writes get the Text
 * number format "@" so that such a string stays the text the user typed.
 */
export const TEXT_FORMAT = "@";

const FORMULA_START = /^[=+\-@]/;

export function looksLikeFormula(text: unknown): boolean {
  return typeof text === "string" && FORMULA_START.test(text);
}

/** A rows × 1 number-format column: "@" for text columns. */
export function textFormatColumn(rows: number): string[][] {
  const out: string[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = [TEXT_FORMAT];
  return out;
}
