// The compact record each run leaves behind (run date, period, method and per customer key,
// revenue, class, XYZ), so that the next run can say what changed even when its data holds only
// the new month. Plain text, one customer a line, split into pieces that fit where it is kept.
import type { AbcClass, Method } from "../types";
import type { XyzClass } from "./xyz";

export interface RunRecordCustomer {
  /** The customer key (normalizeKey of the name, or "#" + the id's key). */
  key: string;
  /** Revenue in the period, to the cent. */
  revenue: number;
  class: AbcClass;
  xyz: XyzClass | null;
}

export interface RunRecord {
  /** The day of the run, "YYYY-MM-DD". */
  date: string;
  /** The period, "YYYY-MM". */
  from: string;
  to: string;
  method: Method;
  /** Percent; null for the computed method. */
  thresholds: readonly [number, number] | null;
  customers: RunRecordCustomer[];
}

const MAGIC = "KAM-RUN 1";

/**
 * The record as text: a head line "KAM-RUN 1|date|from|to|method|a|b", then per customer
 * "key<TAB>cents in base 36<TAB>class and XYZ" ("AX", "C-"). A tab or line break inside a key
 * (never produced by normalizeKey, which collapses white space) cannot occur. About 9 bytes plus
 * the key per customer.
 */
export function encodeRunRecord(record: RunRecord): string {
  const t = record.thresholds;
  const head = [
    MAGIC,
    record.date,
    record.from,
    record.to,
    record.method,
    t ? t[0] : "",
    t ? t[1] : "",
  ];
  const lines = [head.join("|")];
  for (const c of record.customers) {
    lines.push(`${c.key}\t${Math.round(c.revenue * 100).toString(36)}\t${c.class}${c.xyz ?? "-"}`);
  }
  return lines.join("\n");
}

/** The record back from its text; null when the text is no run record (or a newer version). */
export function decodeRunRecord(text: string): RunRecord | null {
  const lines = text.split("\n");
  const head = lines[0].split("|");
  if (head[0] !== MAGIC || head.length !== 7) return null;
  const [, date, from, to, method, a, b] = head;
  if (method !== "fixed" && method !== "count" && method !== "computed") return null;
  const customers: RunRecordCustomer[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [key, cents, classes] = lines[i].split("\t");
    if (classes === undefined || !/^[ABC][XYZ-]$/.test(classes)) return null;
    const xyz = classes[1] === "-" ? null : (classes[1] as XyzClass);
    customers.push({ key, revenue: parseInt(cents, 36) / 100, class: classes[0] as AbcClass, xyz });
  }
  return {
    date,
    from,
    to,
    method,
    thresholds: a === "" ? null : [Number(a), Number(b)],
    customers,
  };
}

/**
 * Characters per stored piece: under the 32,767 characters an Excel cell holds, so that a piece
 * fits a cell as well as a custom XML part or a setting (and far under the 5 MB payload of one
 * Office.js request on the web).
 */
export const RECORD_PIECE_CHARS = 30000;

/** The text cut into pieces of at most `size` characters, at line ends where possible. */
export function recordPieces(text: string, size = RECORD_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const lineEnd = text.lastIndexOf("\n", end - 1);
      if (lineEnd > start) end = lineEnd + 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Pieces joined again (in the order recordPieces gave them). */
export function joinRecordPieces(pieces: readonly string[]): string {
  return pieces.join("");
}
