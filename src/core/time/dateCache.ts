// Date cells of one column, read once per distinct text: a million invoice lines hold a few
// hundred distinct dates, and a Map lookup of a string (whose hash V8 keeps) is much cheaper
// than parsing it again. Whole serials (Range.values gives dates as numbers) go through a small
// direct-mapped table: a slot compare instead of the calendar arithmetic per cell.
import type { CellValue } from "../types";
import { cellMonth, type DateProblem, type SlashOrder } from "./parseDate";

/** Distinct texts kept; beyond this the cache starts over (dates with times of day). */
const MAX_ENTRIES = 65536;

/** Slots of the serial table: 4,096 consecutive days (11 years) never collide. */
const SERIAL_SLOTS = 4096;

export class DateCache {
  private readonly texts = new Map<string, number | DateProblem>();
  /** Per slot (serial mod SERIAL_SLOTS): the whole serial held (0 = none) and its month. */
  private readonly serials = new Int32Array(SERIAL_SLOTS);
  private readonly serialMonths = new Int32Array(SERIAL_SLOTS);

  constructor(private readonly slash: SlashOrder | null) {}

  month(cell: CellValue): number | DateProblem {
    if (typeof cell === "number") return this.serialMonth(cell);
    if (typeof cell !== "string") return cellMonth(cell, this.slash);
    let m = this.texts.get(cell);
    if (m === undefined) {
      m = cellMonth(cell, this.slash);
      if (this.texts.size >= MAX_ENTRIES) this.texts.clear();
      this.texts.set(cell, m);
    }
    return m;
  }

  private serialMonth(serial: number): number | DateProblem {
    const whole = Math.floor(serial);
    // Serials with a time of day read as their whole day; others (NaN, out of range) uncached.
    if (!(whole >= 1 && whole <= 0x7fffffff)) return cellMonth(serial, this.slash);
    const slot = whole & (SERIAL_SLOTS - 1);
    if (this.serials[slot] === whole) return this.serialMonths[slot];
    const m = cellMonth(whole, this.slash);
    if (typeof m === "number") {
      this.serials[slot] = whole;
      this.serialMonths[slot] = m;
    }
    return m;
  }
}
