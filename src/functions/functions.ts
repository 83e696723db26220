// Entry of the custom functions runtime (JS-only: no DOM, no Office.js workbook calls). Registers
// each worksheet function under its metadata id; wrong input becomes #VALUE! with a message.
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json (associate)
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
import { languageOf } from "../core/i18n/format";
import type { Language } from "../core/types";
import { FUNCTIONS, type FunctionId } from "./catalog";
import { invoke } from "./invoke";

/** The part of the custom functions runtime this file uses (no @types package for it). */
declare const CustomFunctions: {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string };
};
declare const Office: { context?: { displayLanguage?: string } } | undefined;

/** Office's display language where the runtime has it, else the engine's, else English. */
function language(): Language {
  const office = typeof Office === "undefined" ? undefined : Office?.context?.displayLanguage;
  const engine = typeof navigator === "undefined" ? undefined : navigator.language;
  return languageOf(office ?? engine ?? "en");
}

for (const id of Object.keys(FUNCTIONS) as FunctionId[]) {
  CustomFunctions.associate(id, (...args: unknown[]) => {
    const outcome = invoke(id, args, language());
    if ("error" in outcome)
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, outcome.error);
    return outcome.value;
  });
}
