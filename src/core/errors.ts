import type { Message } from "./types";

/** Codes of failures the user must act on; each has a German and English text in i18n/messages. */
export type AnalysisErrorCode =
  | "EMPTY_SELECTION"
  | "SINGLE_CELL"
  | "HEADER_ONLY"
  | "NO_REVENUE_COLUMN"
  | "NO_MARGIN_COLUMN"
  | "NO_CUSTOMER_COLUMN"
  | "COLUMN_OUT_OF_RANGE"
  | "NO_USABLE_ROWS"
  | "TOO_FEW_CUSTOMERS"
  | "ALL_TOTALS_NEGATIVE"
  | "REVENUE_OVERFLOW"
  | "NO_POSITIVE_REVENUE"
  | "INVALID_THRESHOLDS"
  | "PERIOD_WITHOUT_DATA"
  | "INVALID_XYZ_LIMITS"
  | "PERIOD_TOO_FEW_CUSTOMERS"
  | "PERIOD_TOO_FEW_CUSTOMERS_TRY";

/** A typed failure: the UI and the command line translate `code` with `params`. */
export class AnalysisError extends Error implements Message {
  readonly code: AnalysisErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: AnalysisErrorCode, params: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(params).length ? " " + JSON.stringify(params) : ""}`);
    this.name = "AnalysisError";
    this.code = code;
    this.params = params;
  }
}

export function isAnalysisError(e: unknown): e is AnalysisError {
  return e instanceof AnalysisError;
}
