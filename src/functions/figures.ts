import { valueFigures, type ValueFigures } from "../core/pareto/valueFigures";
import { numbersOf, type Matrix } from "./cells";
import { FunctionInputError } from "./messages";

function figuresOf(values: Matrix): ValueFigures {
  const figures = valueFigures(numbersOf(values, "VALUES_NOT_NUMBERS"));
  if (!(figures.total > 0)) throw new FunctionInputError("TOTAL_NOT_POSITIVE");
  return figures;
}

/** =KAM.N80(values): the fewest customers (values) that make 80 % of the total. */
export function kamN80(values: Matrix): number {
  return figuresOf(values).n80;
}

/** =KAM.GINI(values): Gini coefficient of the values, 0 (all equal) to (n-1)/n. */
export function kamGini(values: Matrix): number {
  return figuresOf(values).gini;
}

/** =KAM.HHI(values): Herfindahl-Hirschman index in points, 0 to 10,000. */
export function kamHhi(values: Matrix): number {
  return figuresOf(values).hhi;
}
