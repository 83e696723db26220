// Texts of the analysis sheet's time blocks (period, ABC-XYZ matrix, class migration, movers,
// monthly revenue), in English and German.
import type { Language } from "../../core/types";

type Texts = Record<Language, string>;

const TIME_LABELS = {
  period: { en: "Period", de: "Zeitraum" },
  previous: { en: "Previous period", de: "Vorzeitraum" },
  xyzLimits: {
    en: "XYZ limits (coefficient of variation)",
    de: "XYZ-Grenzen (Variationskoeffizient)",
  },
  matrixCount: { en: "ABC-XYZ matrix: customers", de: "ABC-XYZ-Matrix: Kunden" },
  matrixShare: { en: "ABC-XYZ matrix: share of revenue", de: "ABC-XYZ-Matrix: Umsatzanteil" },
  matrixMeaning: { en: "ABC-XYZ matrix: what it means", de: "ABC-XYZ-Matrix: Bedeutung" },
  x: { en: "X (steady)", de: "X (stetig)" },
  y: { en: "Y (swings)", de: "Y (schwankend)" },
  z: { en: "Z (erratic)", de: "Z (sprunghaft)" },
  migrationCount: {
    en: "Class moves: customers (rows: previous period, columns: now)",
    de: "Klassenwechsel: Kunden (Zeilen: Vorzeitraum, Spalten: jetzt)",
  },
  migrationRevenue: {
    en: "Class moves: revenue now (lost: revenue before)",
    de: "Klassenwechsel: Umsatz jetzt (weggefallen: Umsatz vorher)",
  },
  fromTo: { en: "Before \\ now", de: "Vorher \\ jetzt" },
  new: { en: "new", de: "neu" },
  lost: { en: "lost", de: "weggefallen" },
  moversUp: { en: "Largest moves up", de: "Größte Aufsteiger" },
  moversDown: { en: "Largest moves down", de: "Größte Absteiger" },
  customer: { en: "Customer", de: "Kunde" },
  before: { en: "Class before", de: "Klasse vorher" },
  now: { en: "Class now", de: "Klasse jetzt" },
  revenue: { en: "Revenue", de: "Umsatz" },
  change: { en: "Change", de: "Veränderung" },
  none: { en: "none", de: "keine" },
  monthlyData: {
    en: "Monthly revenue: key accounts (class A) and the rest",
    de: "Monatsumsatz: Key Accounts (Klasse A) und übrige Kunden",
  },
  month: { en: "Month", de: "Monat" },
  keyAccounts: { en: "Key accounts (A)", de: "Key Accounts (A)" },
  others: { en: "Other customers", de: "Übrige Kunden" },
  monthlyTitle: {
    en: "Monthly revenue of the key accounts against the rest",
    de: "Monatsumsatz der Key Accounts und der übrigen Kunden",
  },
} satisfies Record<string, Texts>;

export type TimeLabel = keyof typeof TIME_LABELS;

export function timeLabel(key: TimeLabel, lang: Language): string {
  return TIME_LABELS[key][lang];
}

/** Report lines and cell texts of the time blocks; the Excel layer and the pane add them to their catalogues. */
export const TIME_SHEET_MESSAGES = {
  XL_TIME_BLOCKS_BLOCKED: {
    en: "The period, ABC-XYZ matrix, class moves and monthly revenue were left out: cells {address} below the summary hold your content. Move it, then run again.",
    de: "Zeitraum, ABC-XYZ-Matrix, Klassenwechsel und Monatsumsatz wurden weggelassen: Die Zellen {address} unter der Zusammenfassung enthalten Ihre Inhalte. Verschieben Sie diese und starten Sie erneut.",
  },
  XL_TIME_PERIOD: {
    en: "{from} – {to} ({count} months)",
    de: "{from} – {to} ({count} Monate)",
    one: { en: "{from} ({count} month)", de: "{from} ({count} Monat)" },
  },
  XL_TIME_NO_PREVIOUS: {
    en: "not in the data (it starts {dataFrom}): no growth, previous classes or moves",
    de: "nicht in den Daten (sie beginnen {dataFrom}): kein Wachstum, keine Vorklassen, keine Wechsel",
  },
};
