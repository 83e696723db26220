// Evaluates a playground formula against the simulated workbook through the same worksheet
// functions Excel runs (src/functions), so the cell shows what =KAM.… shows in Excel.
import type { Language } from "../../core/types";
import metadata from "../../functions/functions.json";
import { invoke } from "../../functions/invoke";
import type { FakeWorkbookModel } from "../../../fake-excel/workbook-api";
import { parseFormula, type FormulaArgument } from "./parseFormula";

export type FormulaResult =
  | { kind: "spill"; rows: unknown[][] }
  | { kind: "error"; code: "#VALUE!" | "#NAME?" | "#REF!" | "#N/A"; message: string };

/** Excel's own messages for a formula it cannot run, before any function is called. */
const SYNTAX: Record<Language, string> = {
  en: "There's a problem with this formula.",
  de: "Bei dieser Formel ist ein Problem aufgetreten.",
};
const UNKNOWN: Record<Language, string> = {
  en: "Unknown function: the add-in offers KAM.ABC, PARETO, N80, GINI, HHI and XYZ.",
  de: "Unbekannte Funktion: Das Add-in bietet KAM.ABC, PARETO, N80, GINI, HHI und XYZ.",
};
const ARGUMENTS: Record<Language, string> = {
  en: "You've entered too many or too few arguments for this function.",
  de: "Sie haben zu viele oder zu wenige Argumente für diese Funktion eingegeben.",
};
const REFERENCE: Record<Language, string> = {
  en: "The reference is not valid.",
  de: "Der Bezug ist ungültig.",
};

/** A range argument's cells, with the formula's own sheet where the reference names none. */
function argumentValue(arg: FormulaArgument, model: FakeWorkbookModel, sheet: string): unknown {
  if (arg.kind === "omitted") return null;
  if (arg.kind !== "range") return arg.value;
  return model.getSheet(arg.sheet ?? sheet).getValues(arg.address);
}

export function evaluateFormula(
  formula: string,
  model: FakeWorkbookModel,
  sheet: string,
  lang: Language
): FormulaResult {
  const parsed = parseFormula(formula);
  if (!parsed.ok) {
    return parsed.error === "#NAME?"
      ? { kind: "error", code: "#NAME?", message: UNKNOWN[lang] }
      : { kind: "error", code: "#N/A", message: SYNTAX[lang] };
  }
  // Excel checks the count against the metadata: required ones present, none too many.
  const parameters = metadata.functions.find((f) => f.id === parsed.id)!.parameters;
  const required = parameters.filter((p) => !("optional" in p && p.optional)).length;
  if (parsed.args.length < required || parsed.args.length > parameters.length) {
    return { kind: "error", code: "#N/A", message: ARGUMENTS[lang] };
  }
  let args: unknown[];
  try {
    args = parsed.args.map((a) => argumentValue(a, model, sheet));
  } catch {
    return { kind: "error", code: "#REF!", message: REFERENCE[lang] };
  }
  const outcome = invoke(parsed.id, args, lang);
  if ("error" in outcome) return { kind: "error", code: "#VALUE!", message: outcome.error };
  const value = outcome.value;
  return { kind: "spill", rows: Array.isArray(value) ? value : [[value]] };
}
