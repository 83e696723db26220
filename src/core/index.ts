// The analysis core's public surface: pure functions over grids and plain data.
export * from "./types";
export * from "./errors";
export { analyze, analyzeTable } from "./analyze";
export { DEFAULT_THRESHOLDS } from "./thresholds";
export type {
  AnalysisOptions,
  AnalysisResult,
  Ranking,
  Summary,
  ClassFigures,
  ExcludedCustomer,
} from "./analyze";
export { classReason, customerRecord } from "./reason";
export type { CustomerRecord } from "./reason";
export { readTable } from "./table/readTable";
export { columnLetter } from "./a1";
export type { ReadOptions, TableData, TableStats } from "./table/readTable";
export { normalizeKey } from "./table/normalizeKey";
export { parseNumberText, detectDecimalSeparator } from "./number/parseNumber";
export { translate, describeIssue, registerMessages, MESSAGES } from "./i18n/messages";
export { formatPercent, formatAmount, formatNumber, languageOf } from "./i18n/format";
export { CLASS_LETTERS } from "./classify/classCodes";
