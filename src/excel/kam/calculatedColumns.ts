/**
 * The user's calculated columns in the plan table, and their formula for rows the add-in adds.
 *
 * Excel fills a calculated column (one formula down the whole column) into rows added without
 * values, but a value passed for the column in `rows.add(index, values)` takes the cell instead,
 * "" included (microsoft-graph-docs-contrib issue 6536). Adding all new rows in one call with a
 * 2-D array therefore passes each calculated column its own formula, moved to the new row.
 */

/** Strings, quoted sheet names and structured references ([@Umsatz]) are never references. */
const SKIP = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]/y;
/** A1 reference: optional $ before column and row; not a function name or part of a name. */
const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(])/y;
/** A whole-row reference such as 3:3 or $3:5. */
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.(])/y;

/** The formula as it reads `dr` rows further down (relative row numbers move, $-rows stay). */
export function moveRows(formula: string, dr: number): string {
  if (dr === 0) return formula;
  const row = (abs: string, n: string) => (abs ? abs + n : String(Number(n) + dr));
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const prev = i > 0 ? formula[i - 1] : "";
    const startsToken = !/[\w.$]/.test(prev);
    let m: RegExpExecArray | null = null;
    for (const re of [SKIP, ...(startsToken ? [ROWS, REF] : [])]) {
      re.lastIndex = i;
      m = re.exec(formula);
      if (m) {
        if (re === SKIP) out += m[0];
        else if (re === ROWS) out += row(m[1], m[2]) + ":" + row(m[3], m[4]);
        else out += m[1] + m[2] + row(m[3], m[4]);
        i = re.lastIndex;
        break;
      }
    }
    if (!m) out += formula[i++];
  }
  return out;
}

/**
 * For each plan column: the formula of the last body row when the column is calculated (first
 * and last body row hold the same formula read from their own row), else null.
 */
export function calculatedFormulas(
  first: readonly unknown[],
  last: readonly unknown[],
  bodyRows: number
): (string | null)[] {
  return last.map((f, i) => {
    if (typeof f !== "string" || !f.startsWith("=")) return null;
    const top = first[i];
    if (typeof top !== "string" || moveRows(top, bodyRows - 1) !== f) return null;
    return f;
  });
}
