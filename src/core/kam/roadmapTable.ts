// The optional six-month introduction of KAM, created once and then owned by the user.
import { choice, date, FORMATS, longText, text } from "./columns";
import { addMonths, excelSerial, type CalendarDate } from "./dates";
import { listLabel } from "./lists";
import type { Language } from "../types";
import type { Bilingual, ColumnSpec, TableSpec } from "./types";

export const ROADMAP_TABLE_NAME = "KAM_Roadmap";

export const ROADMAP_COLUMNS: readonly ColumnSpec[] = [
  {
    id: "step",
    header: { en: "Step", de: "Schritt" },
    kind: "manual",
    type: "integer",
    numberFormat: FORMATS.integer,
    width: 45,
  },
  text("task", { en: "Task", de: "Aufgabe" }, "manual", 320),
  text("owner", { en: "Owner", de: "Verantwortlich" }, "manual", 120),
  date("start", { en: "Start", de: "Start" }),
  date("end", { en: "End", de: "Ende" }),
  choice("status", { en: "Status", de: "Status" }, "actionStatus", 100),
  longText("notes", { en: "Notes", de: "Notizen" }),
];

export const ROADMAP_TABLE: TableSpec = {
  id: "roadmap",
  sheet: { en: "Roadmap", de: "Einführung" },
  tableName: ROADMAP_TABLE_NAME,
  columns: ROADMAP_COLUMNS,
  conditionalFormats: [],
};

/** The steps with their month offsets [start, end) from the day the roadmap is created. */
export const ROADMAP_STEPS: readonly { task: Bilingual; from: number; to: number }[] = [
  {
    task: {
      en: "Analysis and selection of key accounts from the figures (revenue, margin, ABC class)",
      de: "Analyse und Auswahl der Key Accounts anhand der Zahlen (Umsatz, Deckungsbeitrag, ABC-Klasse)",
    },
    from: 0,
    to: 1,
  },
  {
    task: {
      en: "Goals and criteria for key accounts (hard and soft figures)",
      de: "Ziele und Kriterien für Key Accounts festlegen (harte und weiche Kennzahlen)",
    },
    from: 1,
    to: 2,
  },
  {
    task: {
      en: "Pilot account plans for a few key accounts",
      de: "Pilot-Kundenpläne für einige Key Accounts",
    },
    from: 2,
    to: 3,
  },
  {
    task: {
      en: "Roles, KPIs and controlling (owners, reviews, reporting)",
      de: "Rollen, Kennzahlen und Controlling (Verantwortliche, Reviews, Berichte)",
    },
    from: 3,
    to: 4,
  },
  {
    task: {
      en: "Rollout to all key accounts",
      de: "Einführung für alle Key Accounts",
    },
    from: 4,
    to: 5,
  },
  {
    task: {
      en: "First review: results, lessons learned, adjustments",
      de: "Erstes Review: Ergebnisse, Erkenntnisse, Anpassungen",
    },
    from: 5,
    to: 6,
  },
];

/** The roadmap's rows in column order; dates are Excel serials, the end is the day before the next step. */
export function roadmapRows(created: CalendarDate, lang: Language): (string | number)[][] {
  const open = listLabel("actionStatus", 0, lang);
  return ROADMAP_STEPS.map((s, i) => [
    i + 1,
    s.task[lang],
    "",
    excelSerial(addMonths(created, s.from)),
    excelSerial(addMonths(created, s.to)) - 1,
    open,
    "",
  ]);
}
