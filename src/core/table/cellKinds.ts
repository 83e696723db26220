import type { CellValue } from "../types";
import { isExcelError } from "../number/excelErrors";

export function isBlank(v: CellValue): boolean {
  return v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const NUMBER_LIKE =
  /^[-+(−]?\s*(?:€|\$|£|EUR|CHF)?\s*[-−]?\d[\d.,'\s\u00a0]*(?:€|\$|£|EUR|CHF|%)?\)?-?$/i;

/** A number or text that reads as one; used to tell header rows from data rows. */
export function looksNumeric(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "string") return false;
  const s = v.trim();
  return s !== "" && (PLAIN_NUMBER.test(s) || NUMBER_LIKE.test(s));
}

/** Text a person would read as a label: not blank, not a number, not an error value. */
export function isLabel(v: CellValue): boolean {
  return typeof v === "string" && !isBlank(v) && !looksNumeric(v) && !isExcelError(v.trim());
}

export { PLAIN_NUMBER };
