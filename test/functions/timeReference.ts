// The 24-month invoice reference (shared/reference/time) as worksheet ranges: invoice lines of the
// period, and a customers × months block of monthly sums.
import * as fs from "fs";
import * as path from "path";
import { REFERENCE_DIR } from "../core/referenceData";

const TIME_DIR = path.join(REFERENCE_DIR, "..", "time");

export interface TimeExpected {
  period: { from: string; to: string; months: number };
  customers: Record<
    string,
    { value: number; class: string; cv: number | null; xyz: string | null }
  >;
}

export const timeExpected = (): TimeExpected =>
  JSON.parse(fs.readFileSync(path.join(TIME_DIR, "invoices_24m.expected.json"), "utf8"));

/** "1.234,56" -> 1234.56 */
const germanNumber = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));

/** Invoice lines in the period (months "YYYY-MM", from..to inclusive). */
export function periodLines(
  from: string,
  to: string
): { id: string; month: string; value: number }[] {
  const text = fs.readFileSync(path.join(TIME_DIR, "invoices_24m.csv"), "utf8");
  const out: { id: string; month: string; value: number }[] = [];
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [id, , date, amount] = line.split(";");
    const [, mm, yyyy] = date.split(".");
    const month = `${yyyy}-${mm}`;
    if (month >= from && month <= to) out.push({ id, month, value: germanNumber(amount) });
  }
  return out;
}

/** Customer ids and their monthly sums (cents summed as integers), one row each. */
export function monthlyBlock(from: string, months: number): { ids: string[]; block: number[][] } {
  const [y, m] = from.split("-").map(Number);
  const monthKeys = Array.from({ length: months }, (_, k) => {
    const d = new Date(Date.UTC(y, m - 1 + k, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
  const cents = new Map<string, number[]>();
  for (const l of periodLines(monthKeys[0], monthKeys[months - 1])) {
    const row = cents.get(l.id) ?? new Array(months).fill(0);
    row[monthKeys.indexOf(l.month)] += Math.round(l.value * 100);
    cents.set(l.id, row);
  }
  const ids = [...cents.keys()].sort();
  return { ids, block: ids.map((id) => cents.get(id)!.map((c) => c / 100)) };
}
