// What a worksheet function says in its #VALUE! error, in English and German. Short: Excel shows
// it in the cell's error menu.
import { buildCatalogue } from "../core/i18n/catalogue";
import type { Language } from "../core/types";

export const FUNCTION_MESSAGES = {
  VALUES_NOT_NUMBERS: {
    en: "values must be numbers",
    de: "Werte müssen Zahlen sein",
  },
  MONTHLY_NOT_NUMBERS: {
    en: "monthly must be numbers",
    de: "Monatswerte müssen Zahlen sein",
  },
  MONTHLY_ONE_MONTH: {
    en: "monthly needs at least two months (columns)",
    de: "Monatswerte brauchen mindestens zwei Monate (Spalten)",
  },
  TOTAL_NOT_POSITIVE: {
    en: "the total of values must be positive",
    de: "die Summe der Werte muss positiv sein",
  },
  TOO_FEW_CUSTOMERS: {
    en: "at least two customers with revenue are needed",
    de: "es werden mindestens zwei Kunden mit Umsatz gebraucht",
  },
  ROWS_DIFFER: {
    en: "customers and values must have the same number of rows",
    de: "Kunden und Werte müssen gleich viele Zeilen haben",
  },
  ONE_COLUMN: {
    en: "customers and values must each be one column",
    de: "Kunden und Werte müssen je eine Spalte sein",
  },
  ABC_LIMITS: {
    en: "a_limit and b_limit must satisfy 0 < a_limit < b_limit <= 100 (or 0% to 100%)",
    de: "A_Grenze und B_Grenze müssen 0 < A_Grenze < B_Grenze <= 100 erfüllen (oder 0 % bis 100 %)",
  },
  COMPUTED_NO_LIMITS: {
    en: 'the "computed" method sets its own limits: leave a_limit and b_limit empty',
    de: "die Methode „computed“ bestimmt ihre Grenzen selbst: A_Grenze und B_Grenze leer lassen",
  },
  METHOD: {
    en: 'method must be "fixed", "count" or "computed"',
    de: "Methode muss „fixed“, „count“ oder „computed“ sein",
  },
  TOP: {
    en: "top must be a whole number of at least 1",
    de: "Top muss eine ganze Zahl ab 1 sein",
  },
  XYZ_LIMITS: {
    en: "x_limit and y_limit must satisfy 0 < x_limit <= y_limit",
    de: "X_Grenze und Y_Grenze müssen 0 < X_Grenze <= Y_Grenze erfüllen",
  },
  INTERNAL: {
    en: "the calculation failed",
    de: "die Berechnung ist fehlgeschlagen",
  },
} satisfies Record<string, Record<Language, string>>;

/** The worksheet functions' catalogue: only their own messages. */
const FUNCTION_CATALOGUE = buildCatalogue(FUNCTION_MESSAGES);

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;

/** Wrong input to a worksheet function; becomes #VALUE! with the message in the cell. */
export class FunctionInputError extends Error {
  constructor(readonly code: FunctionMessageCode) {
    super(FUNCTION_MESSAGES[code].en);
    this.name = "FunctionInputError";
  }
}

/** The message Excel shows for a failure: input errors by their code, anything else as INTERNAL. */
export function functionErrorMessage(error: unknown, lang: Language): string {
  const code = error instanceof FunctionInputError ? error.code : "INTERNAL";
  return FUNCTION_CATALOGUE.translate({ code }, lang);
}
