import { isAnalysisError } from "../core/errors";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { classifyValues, NO_CLASS } from "../core/classify/classifyValues";
import type { Method } from "../core/types";
import { isOmitted, numbersOf, type Matrix } from "./cells";
import { FunctionInputError } from "./messages";

/** Method names a person types, in English and German. */
const METHODS: Record<string, Method> = {
  fixed: "fixed",
  fest: "fixed",
  count: "count",
  anzahl: "count",
  computed: "computed",
  berechnet: "computed",
};

export function methodOf(arg: unknown): Method {
  if (isOmitted(arg) || arg === "") return "fixed";
  const method = typeof arg === "string" ? METHODS[arg.trim().toLowerCase()] : undefined;
  if (!method) throw new FunctionInputError("METHOD");
  return method;
}

/** A limit in percent: 80 as typed, or 0.8 from a cell formatted as 80 %. */
function percentOf(arg: number): number {
  return arg > 0 && arg <= 1 ? arg * 100 : arg;
}

function thresholdsOf(method: Method, a: unknown, b: unknown): [number, number] | undefined {
  if (isOmitted(a) && isOmitted(b)) return undefined;
  if (method === "computed") throw new FunctionInputError("COMPUTED_NO_LIMITS");
  const defaults = method === "count" ? [20, 50] : [80, 95];
  const limit = (arg: unknown, fallback: number) =>
    isOmitted(arg) ? fallback : typeof arg === "number" ? percentOf(arg) : NaN;
  return [limit(a, defaults[0]), limit(b, defaults[1])];
}

/**
 * =KAM.ABC(values, [a_limit], [b_limit], [method]): the ABC class of each value, in the shape of
 * `values`; "" where a cell is not a number >= 0. Every value is one customer.
 */
export function kamAbc(
  values: Matrix,
  aLimit?: unknown,
  bLimit?: unknown,
  method?: unknown
): string[][] {
  const m = methodOf(method);
  const thresholds = thresholdsOf(m, aLimit, bLimit);
  const numbers = numbersOf(values, "VALUES_NOT_NUMBERS");
  let classes: Uint8Array;
  try {
    classes = classifyValues(numbers, { method: m, thresholds });
  } catch (e) {
    if (isAnalysisError(e) && e.code === "INVALID_THRESHOLDS")
      throw new FunctionInputError("ABC_LIMITS");
    throw e;
  }
  // Plain loops: Array.from and map cost several times the classification itself at 100,000 rows.
  const width = values[0].length;
  const out: string[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const k = classes[r * width + c];
      row[c] = k === NO_CLASS ? "" : CLASS_LETTERS[k];
    }
    out[r] = row;
  }
  return out;
}
