// Cells as Excel hands them to a custom function of type any: numbers, strings, booleans, null or
// "" for blanks, and with allowErrorForDataTypeAny an error object for #N/A and the like.
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json (allowErrorForDataTypeAny)
import { FunctionInputError, type FunctionMessageCode } from "./messages";

export type Cell = unknown;
export type Matrix = readonly (readonly Cell[])[];

/** An omitted optional argument arrives as null or undefined. */
export function isOmitted(arg: unknown): arg is null | undefined {
  return arg === null || arg === undefined;
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** The cell's number, NaN for anything else: text, booleans and errors are not amounts (as in SUM). */
export function numberOf(cell: Cell): number {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : NaN;
}

/** The cells row by row as numbers (NaN where not a number); throws `code` when none is a number. */
export function numbersOf(matrix: Matrix, code: FunctionMessageCode): Float64Array {
  const width = matrix.length > 0 ? matrix[0].length : 0;
  const out = new Float64Array(matrix.length * width);
  let numbers = 0;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < width; c++) {
      const v = numberOf(row[c]);
      out[r * width + c] = v;
      if (v === v) numbers++;
    }
  }
  if (numbers === 0) throw new FunctionInputError(code);
  return out;
}
