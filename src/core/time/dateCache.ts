// Date cells of one column, read once per distinct text: a million invoice lines hold a few
// hundred distinct dates, and a Map lookup of a string (whose hash V8 keeps) is much cheaper
// than parsing it again.
import type { CellValue } from "../types";
import { cellMonth, type DateProblem, type SlashOrder } from "./parseDate";

/** Distinct texts kept; beyond this the cache starts over (dates with times of day). */
const MAX_ENTRIES = 65536;

export class DateCache {
  private readonly texts = new Map<string, number | DateProblem>();

  constructor(private readonly slash: SlashOrder | null) {}

  month(cell: CellValue): number | DateProblem {
    if (typeof cell !== "string") return cellMonth(cell, this.slash);
    let m = this.texts.get(cell);
    if (m === undefined) {
      m = cellMonth(cell, this.slash);
      if (this.texts.size >= MAX_ENTRIES) this.texts.clear();
      this.texts.set(cell, m);
    }
    return m;
  }
}
