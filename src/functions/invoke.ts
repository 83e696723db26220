import type { Language } from "../core/types";
import { FUNCTIONS, type FunctionId } from "./catalog";
import { functionErrorMessage } from "./messages";

/** What a worksheet function gives back: its value, or the message of its #VALUE! error. */
export type Outcome = { value: unknown } | { error: string };

/**
 * Runs a worksheet function and never throws: wrong input and any failure of the calculation
 * become an error outcome with a message in the user's language.
 */
export function invoke(id: FunctionId, args: readonly unknown[], lang: Language): Outcome {
  try {
    const fn = FUNCTIONS[id] as (...a: readonly unknown[]) => unknown;
    return { value: fn(...args) };
  } catch (e) {
    return { error: functionErrorMessage(e, lang) };
  }
}
