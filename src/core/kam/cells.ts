// Cell comparisons for the refresh: write only what differs from what the workbook holds.
import type { CellValue } from "../types";

const blank = (v: CellValue) => v === null || v === undefined || v === "";

export function sameCell(current: CellValue, target: CellValue): boolean {
  if (blank(current) && blank(target)) return true;
  if (typeof current === "number" && typeof target === "number") {
    return current === target || (Number.isNaN(current) && Number.isNaN(target));
  }
  return current === target;
}

export function isBlankCell(v: CellValue): boolean {
  return blank(v) || (typeof v === "string" && v.trim() === "");
}

/** A class letter as read back ("a ", "B") or "" for anything else. */
export function classOf(v: CellValue): string {
  const s = typeof v === "string" ? v.trim().toUpperCase() : "";
  return s === "A" || s === "B" || s === "C" ? s : "";
}
