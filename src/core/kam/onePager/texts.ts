// Every text the one-pager shows, in both workbook languages.
import type { Bilingual } from "../types";

const t = (en: string, de: string): Bilingual => ({ en, de });

export const ONE_PAGER_TEXT = {
  title: t("One-pager: {name}", "One-Pager: {name}"),
  note: t(
    "Figures from the analysis of {date} (refresh to update). Plan, actions and stakeholders are live from the KAM tables. Yellow cells are yours and stay on refresh.",
    "Zahlen aus der Analyse vom {date} (Aktualisieren erneuert sie). Planung, Maßnahmen und Ansprechpartner kommen live aus den KAM-Tabellen. Gelbe Zellen gehören Ihnen und bleiben beim Aktualisieren erhalten."
  ),
  customer: t("Customer", "Kunde"),
  customerId: t("Customer ID", "Kundennummer"),
  class: t("Class", "Klasse"),
  owner: t("KAM owner", "KAM-Verantwortlich"),
  rank: t("Rank", "Rang"),
  key: t("Key", "Schlüssel"),
  status: t("Plan status", "Planstatus"),
  nextReview: t("Next review", "Nächstes Review"),
  figures: t("Figures", "Kennzahlen"),
  revenue: t("Revenue", "Umsatz"),
  goal: t("Revenue goal", "Umsatzziel"),
  achievement: t("Achievement", "Zielerreichung"),
  growth: t("Growth", "Wachstum"),
  previous: t("Previous period", "Vorperiode"),
  xyz: t("XYZ", "XYZ"),
  margin: t("Contribution margin", "Deckungsbeitrag"),
  marginPercent: t("Margin %", "DB-Marge"),
  score: t("Score (0-100)", "Score (0-100)"),
  satisfaction: t("Satisfaction (1-5)", "Zufriedenheit (1-5)"),
  shareOfWallet: t("Share of wallet", "Lieferanteil"),
  shareOfRevenue: t("Share of all revenue", "Anteil am Gesamtumsatz"),
  trend: t("Monthly revenue {from} to {to}", "Monatsumsatz {from} bis {to}"),
  trendTitle: t("Monthly revenue", "Monatsumsatz"),
  noTrend: t(
    "No monthly figures: the data has no date or month columns. Analyse data with dates to see the trend here.",
    "Keine Monatszahlen: Die Daten haben keine Datums- oder Monatsspalten. Mit Daten samt Datum erscheint hier der Verlauf."
  ),
  month: t("Month", "Monat"),
  goalsSection: t(
    "Goals and opportunities (from the KAM plan)",
    "Ziele und Chancen (aus der KAM-Planung)"
  ),
  goals: t("Goals", "Ziele"),
  opportunities: t("Opportunities", "Chancen"),
  strategy: t("Strategy per marketing-mix dimension", "Strategie je Marketing-Mix-Dimension"),
  dimension: t("Dimension", "Dimension"),
  strategyEntry: t("Strategy (your entry)", "Strategie (Ihre Eingabe)"),
  openActions: t("Open actions", "Offene Maßnahmen"),
  actionsSection: t(
    "Open actions (from the actions table)",
    "Offene Maßnahmen (aus der Maßnahmentabelle)"
  ),
  moreActions: t(
    "… and {n} more open actions in the table {table}",
    "… und {n} weitere offene Maßnahmen in der Tabelle {table}"
  ),
  stakeholders: t("Stakeholders", "Ansprechpartner"),
  decisionMakers: t("Decision makers", "Entscheider"),
  champions: t("Champions", "Fürsprecher"),
  lastContact: t("Last contact", "Letzter Kontakt"),
  daysAgo: t("{n} days ago", "vor {n} Tagen"),
  moreStakeholders: t(
    "… and {n} more in the table {table}",
    "… und {n} weitere in der Tabelle {table}"
  ),
  notes: t("Notes for the meeting (your entries)", "Notizen für das Gespräch (Ihre Eingaben)"),
};

/** The five dimensions with what each covers; the list labels themselves come from lists.ts. */
export const DIMENSION_HINTS: readonly Bilingual[] = [
  t("range, quality, service", "Sortiment, Qualität, Service"),
  t("prices, terms, discounts", "Preise, Konditionen, Rabatte"),
  t("distribution, logistics", "Vertriebswege, Logistik"),
  t("communication, events", "Kommunikation, Veranstaltungen"),
  t("people, contacts, training", "Personen, Kontakte, Schulung"),
];

/** "{name}" etc. replaced; the values are inserted as they are. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
