// Stakeholders: business is done between people, so the contacts at each key account are planned too.
import { AMBER, STALE_CONTACT_DAYS } from "./colors";
import { choice, date, longText, text } from "./columns";
import type { ColumnSpec, TableSpec } from "./types";

export const STAKEHOLDERS_TABLE_NAME = "KAM_Stakeholders";

export const STAKEHOLDER_COLUMNS: readonly ColumnSpec[] = [
  choice("customer", { en: "Customer", de: "Kunde" }, "keyAccounts", 180, false),
  text("name", { en: "Name", de: "Name" }, "manual", 140),
  text("function", { en: "Function", de: "Funktion" }, "manual", 130),
  choice(
    "role",
    { en: "Role in buying decision", de: "Rolle in der Kaufentscheidung" },
    "role",
    150
  ),
  choice("influence", { en: "Influence", de: "Einfluss" }, "influence", 80),
  choice("attitude", { en: "Attitude", de: "Haltung" }, "attitude", 90),
  text("ourContact", { en: "Our contact person", de: "Unser Ansprechpartner" }, "manual", 130),
  date("lastContact", { en: "Last contact", de: "Letzter Kontakt" }),
  date("nextContact", { en: "Next contact", de: "Nächster Kontakt" }),
  longText("notes", { en: "Notes", de: "Notizen" }),
];

export const STAKEHOLDERS_TABLE: TableSpec = {
  id: "stakeholders",
  sheet: { en: "Stakeholders", de: "Ansprechpartner" },
  tableName: STAKEHOLDERS_TABLE_NAME,
  columns: STAKEHOLDER_COLUMNS,
  conditionalFormats: [
    {
      id: "contactStale",
      column: "lastContact",
      formula: `AND({lastContact}<>"",{lastContact}<TODAY()-${STALE_CONTACT_DAYS})`,
      ...AMBER,
      description: {
        en: `Last contact more than ${STALE_CONTACT_DAYS} days ago`,
        de: `Letzter Kontakt vor mehr als ${STALE_CONTACT_DAYS} Tagen`,
      },
    },
  ],
};
