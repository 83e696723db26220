// The worksheet functions by their metadata id (functions.json): one table for Excel's runtime,
// the playground's formula cell and the tests.
import { kamAbc } from "./abc";
import { kamGini, kamHhi, kamN80 } from "./figures";
import { kamPareto } from "./pareto";
import { kamXyz } from "./xyz";

export type WorksheetFunction = (...args: never[]) => unknown;

export const FUNCTIONS = {
  ABC: kamAbc,
  PARETO: kamPareto,
  N80: kamN80,
  GINI: kamGini,
  HHI: kamHhi,
  XYZ: kamXyz,
} as const;

export type FunctionId = keyof typeof FUNCTIONS;

/** The namespace Excel puts before every name (manifest.xml, Functions.Namespace). */
export const NAMESPACE = "KAM";
