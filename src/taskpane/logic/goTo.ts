// Where "Go to sheet" goes: an action reports sheet-qualified addresses or bare sheet names.
import { quoteSheet } from "../../core/a1";

/** A sheet-qualified address as is; a bare sheet name as its cell A1. */
export function goToAddress(touched: string): string {
  return touched.includes("!") ? touched : `${quoteSheet(touched)}!A1`;
}

/** The sheet part of a sheet-qualified address, without quotes ("'My Sheet'!A1" -> "My Sheet"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? address : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
