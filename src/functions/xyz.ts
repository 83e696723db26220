import { coefficientOfVariation, DEFAULT_XYZ_LIMITS, xyzClass } from "../core/time/xyz";
import { isBlankCell, isOmitted, numberOf, type Cell, type Matrix } from "./cells";
import { FunctionInputError } from "./messages";

function limitsOf(x: unknown, y: unknown): [number, number] {
  const limit = (arg: unknown, fallback: number) =>
    isOmitted(arg) ? fallback : typeof arg === "number" ? arg : NaN;
  const limits: [number, number] = [
    limit(x, DEFAULT_XYZ_LIMITS[0]),
    limit(y, DEFAULT_XYZ_LIMITS[1]),
  ];
  if (!(limits[0] > 0 && limits[1] >= limits[0] && limits[1] < Infinity))
    throw new FunctionInputError("XYZ_LIMITS");
  return limits;
}

/** One row's months: blanks count as 0 (no revenue that month); null when a cell is text or an error. */
function monthsOf(row: readonly Cell[]): Float64Array | null {
  const months = new Float64Array(row.length);
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    const v = numberOf(cell);
    if (v !== v) return null;
    months[c] = v;
  }
  return months;
}

/**
 * =KAM.XYZ(monthly, [x_limit], [y_limit]): X, Y or Z per customer row of a customers × months
 * range, by the coefficient of variation of the row; "" where the row has text or no revenue.
 */
export function kamXyz(monthly: Matrix, xLimit?: unknown, yLimit?: unknown): string[][] {
  const limits = limitsOf(xLimit, yLimit);
  if ((monthly[0]?.length ?? 0) < 2) throw new FunctionInputError("MONTHLY_ONE_MONTH");
  if (!monthly.some((row) => row.some((cell) => numberOf(cell) === numberOf(cell))))
    throw new FunctionInputError("MONTHLY_NOT_NUMBERS");
  return monthly.map((row) => {
    const months = monthsOf(row);
    return [(months && xyzClass(coefficientOfVariation(months), limits)) ?? ""];
  });
}
