// Which class columns a run writes: the four ABC columns, plus XYZ and Growth when the run asks for
// the time columns and the analysis has a time axis. Both sets are the add-in's own columns under
// the same rules (one workbook name, occupancy, free table column names).
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import { allClassColumnHeaders, classColumnHeaders } from "../host/labels";

export interface ClassColumnOptions {
  /** Also XYZ and Growth (only when the result has a time axis). */
  timeColumns?: boolean;
}

const TIME_HEADERS: Record<Language, readonly string[]> = {
  en: ["XYZ", "Growth"],
  de: ["XYZ", "Wachstum"],
};

/** The column counts the add-in writes: without and with the time columns. */
export const COLUMN_COUNTS: readonly number[] = [4, 6];

export function withTimeColumns(
  result: AnalysisResult,
  options: ClassColumnOptions | undefined
): boolean {
  return !!options?.timeColumns && !!result.time;
}

/** Headers in column order. */
export function columnHeaders(lang: Language, time: boolean): readonly string[] {
  const abc = classColumnHeaders(lang);
  return time ? [...abc, ...TIME_HEADERS[lang]] : abc;
}

/** Every header set in both languages, each with the time headers: recognises own columns. */
export function allColumnHeaders(): readonly (readonly string[])[] {
  const [en, de] = allClassColumnHeaders();
  return [
    [...en, ...TIME_HEADERS.en],
    [...de, ...TIME_HEADERS.de],
  ];
}
