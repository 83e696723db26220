// Records the add-in keeps in hidden workbook names (the last run, the KAM state). Settings belong
// to one add-in id ("limited to per file and add-in combination", Excel.SettingCollection), so a
// development and a production manifest would not see each other's; names are part of the file.
//
// A record is JSON text in a string constant: ="..."&"..." (Excel allows 255 characters per text
// constant and 8,192 per formula), with quotes doubled as in any Excel formula.
import type { Batch } from "./batch";

const PIECE = 250;
/** Room below Excel's 8,192 characters per formula for the quotes and ampersands. */
export const RECORD_MAX_CHARS = 7000;

export function recordFormula(value: unknown): string | null {
  const json = JSON.stringify(value);
  if (json.length > RECORD_MAX_CHARS) return null;
  const pieces: string[] = [];
  // Cut before doubling the quotes, so no piece ends between the two quotes of one.
  for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
  return "=" + pieces.map((p) => `"${p.replace(/"/g, '""')}"`).join("&");
}

/** The value of a record formula; null for anything else (a user's name, #REF!, damaged text). */
export function parseRecord<T>(formula: unknown): T | null {
  if (typeof formula !== "string") return null;
  const pieces = formula.replace(/^=/, "").match(/"(?:[^"]|"")*"/g);
  if (!pieces) return null;
  try {
    return JSON.parse(pieces.map((p) => p.slice(1, -1).replace(/""/g, '"')).join("")) as T;
  } catch {
    return null;
  }
}

export function queueRecord(context: Batch, name: string): Excel.NamedItem {
  return context.workbook.names.getItemOrNullObject(name).load("formula");
}

/**
 * Writes the record (a hidden workbook name). `existing` is the item queued before (after its
 * sync) or whether the name exists. Returns false when the record is too large to keep.
 */
export function queueWriteRecord(
  context: Batch,
  name: string,
  exists: boolean,
  value: unknown,
  comment: string
): boolean {
  const formula = recordFormula(value);
  if (formula === null) return false;
  const names = context.workbook.names;
  if (exists) names.getItem(name).formula = formula;
  else names.add(name, formula, comment).visible = false;
  return true;
}
