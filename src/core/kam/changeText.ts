// The plan's "Change" column: what happened to a row's key-account status since the previous run.
import type { Language } from "../types";
import type { Bilingual } from "./types";

/** A customer new to the plan, or without revenue in the previous period (growth "new"). */
export const NEW: Bilingual = { en: "new", de: "neu" };
const AGAIN: Bilingual = { en: "key account again", de: "wieder Key Account" };
const NO_LONGER: Bilingual = { en: "no longer key account", de: "kein Key Account mehr" };
const NOT_IN_DATA: Bilingual = { en: "not in the data", de: "nicht in den Daten" };

export interface RowTransition {
  /** The row did not exist before this run. */
  appended: boolean;
  /** Class written at the previous run ("" when none). */
  previous: string;
  /** Class now ("" when the customer is not in the data). */
  current: string;
  isKey: boolean;
  wasKey: boolean;
  inData: boolean;
  /** With a time axis: the customer against the previous period. */
  period?: {
    growth: number | null;
    isNew: boolean;
    /** Class in the previous period; "" when none. */
    previousClass: string;
  };
}

const GROWTH: Bilingual = { en: "growth", de: "Wachstum" };

/** "growth +23%", "Wachstum -4 %": whole percent with its sign. */
export function growthText(growth: number, lang: Language): string {
  const pct = Math.round(growth * 100);
  const signed = `${pct > 0 ? "+" : pct < 0 ? "-" : ""}${Math.abs(pct)}`;
  return `${GROWTH[lang]} ${signed}${lang === "de" ? " %" : "%"}`;
}

const arrow = (from: string, to: string) => `${from} → ${to}`;

/**
 * "", "new", "B → A", "no longer key account (A → C)", "key account again" ... With a time axis
 * a class move also names the growth ("B → A, growth +23%"), and a key account whose class did
 * not change since the last run shows its move against the previous period, or "new" when it
 * had no revenue then.
 */
export function changeText(t: RowTransition, lang: Language): string {
  const text = runChangeText(t, lang);
  const p = t.period;
  if (!p || t.appended || t.current === "") return text;
  const growth = p.growth !== null ? `, ${growthText(p.growth, lang)}` : "";
  if (text !== "") return t.previous !== "" && t.previous !== t.current ? text + growth : text;
  if (!t.isKey) return text;
  if (p.isNew) return NEW[lang];
  return p.previousClass !== "" && p.previousClass !== t.current
    ? arrow(p.previousClass, t.current) + growth
    : "";
}

/** The change since the last run alone. */
function runChangeText(t: RowTransition, lang: Language): string {
  if (t.appended) return NEW[lang];
  const moved = t.previous !== "" && t.current !== "" && t.previous !== t.current;
  const suffix = moved ? ` (${arrow(t.previous, t.current)})` : "";
  if (t.isKey) {
    if (!t.wasKey) return AGAIN[lang] + suffix;
    return moved ? arrow(t.previous, t.current) : "";
  }
  if (!t.inData) return `${NO_LONGER[lang]} (${NOT_IN_DATA[lang]})`;
  return NO_LONGER[lang] + suffix;
}

/** Whether a change cell marks a former key account, in either language (the user may switch). */
export function marksNoLongerKey(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim().toLowerCase();
  return text.startsWith(NO_LONGER.en) || text.startsWith(NO_LONGER.de.toLowerCase());
}
