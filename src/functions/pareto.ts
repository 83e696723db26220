import { analyzeTable } from "../core/analyze";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { isAnalysisError } from "../core/errors";
import { DEFAULT_THRESHOLDS } from "../core/thresholds";
import { readTable } from "../core/table/readTable";
import type { CellValue } from "../core/types";
import { isOmitted, numberOf, type Cell, type Matrix } from "./cells";
import { FunctionInputError } from "./messages";

/** A customer cell as the table reader takes it: text and numbers (ids); errors count as blank. */
function customerCell(cell: Cell): CellValue {
  return typeof cell === "string" || typeof cell === "number" ? cell : "";
}

function topOf(arg: unknown): number {
  if (isOmitted(arg)) return Infinity;
  if (typeof arg !== "number" || !Number.isInteger(arg) || arg < 1)
    throw new FunctionInputError("TOP");
  return arg;
}

/**
 * =KAM.PARETO(customers, values, [top]): customer, revenue, share, cumulative share and class
 * (fixed 80/95) per customer, largest first, with rows of the same customer summed as the pane
 * sums them. Rows whose value is not a number are left out; so are customers with a negative total.
 */
export function kamPareto(customers: Matrix, values: Matrix, top?: unknown): (string | number)[][] {
  const limit = topOf(top);
  if (customers.length !== values.length) throw new FunctionInputError("ROWS_DIFFER");
  if (customers[0]?.length !== 1 || values[0]?.length !== 1)
    throw new FunctionInputError("ONE_COLUMN");
  const grid: CellValue[][] = new Array(values.length);
  let numbers = 0;
  for (let r = 0; r < values.length; r++) {
    const v = numberOf(values[r][0]);
    if (v === v) numbers++;
    grid[r] = [customerCell(customers[r][0]), v === v ? v : ""];
  }
  if (numbers === 0) throw new FunctionInputError("VALUES_NOT_NUMBERS");
  const result = analyzeRows(grid);
  const { ranking, customers: names } = result;
  const rows = Math.min(limit, ranking.count);
  const out: (string | number)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    out[r] = [
      names.names[ranking.customer[r]],
      ranking.value[r],
      ranking.share[r],
      ranking.cumulativeShare[r],
      CLASS_LETTERS[ranking.classes[r]],
    ];
  }
  return out;
}

function analyzeRows(grid: CellValue[][]) {
  try {
    const table = readTable(grid, {
      headerRow: null,
      columns: { customer: 0, customerId: null, revenue: 1, margin: null },
    });
    return analyzeTable(table, "fixed", DEFAULT_THRESHOLDS.fixed);
  } catch (e) {
    if (!isAnalysisError(e)) throw e;
    if (e.code === "NO_POSITIVE_REVENUE") throw new FunctionInputError("TOTAL_NOT_POSITIVE");
    if (e.code === "TOO_FEW_CUSTOMERS") throw new FunctionInputError("TOO_FEW_CUSTOMERS");
    throw new FunctionInputError("VALUES_NOT_NUMBERS");
  }
}
