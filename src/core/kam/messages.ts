// Report lines of the KAM sheets in German and English, added to the shared catalogue on import.
import { registerMessages } from "../i18n/messages";

export const KAM_MESSAGES = {
  KAM_PLAN_DONE: {
    // Counts after a colon read right for 0, 1 and many.
    en: "KAM plan updated – new key accounts: {added}, updated: {updated}, unchanged: {unchanged}, no longer key accounts: {noLonger}.",
    de: "KAM-Planung aktualisiert – neue Key Accounts: {added}, aktualisiert: {updated}, unverändert: {unchanged}, kein Key Account mehr: {noLonger}.",
  },
  KAM_PLAN_WILL: {
    en: "KAM plan – new key accounts: {added}, to update: {updated}, to mark as no longer key accounts: {noLonger}. Manual entries stay as they are.",
    de: "KAM-Planung – neue Key Accounts: {added}, zu aktualisieren: {updated}, als „kein Key Account mehr“ zu markieren: {noLonger}. Manuelle Einträge bleiben unverändert.",
  },
  KAM_KEY_ACCOUNTS: {
    en: "{count} key accounts selected ({a} class A, {b} class B, {extra} picked by hand).",
    de: "{count} Key Accounts ausgewählt ({a} Klasse A, {b} Klasse B, {extra} von Hand gewählt).",
    one: {
      en: "{count} key account selected ({a} class A, {b} class B, {extra} picked by hand).",
      de: "{count} Key Account ausgewählt ({a} Klasse A, {b} Klasse B, {extra} von Hand gewählt).",
    },
  },
  KAM_NO_KEY_ACCOUNTS: {
    en: "No key accounts: no customer is in the selected classes and none was picked by hand.",
    de: "Keine Key Accounts: Kein Kunde liegt in den gewählten Klassen und keiner wurde von Hand gewählt.",
  },
  KAM_SHEETS_CREATE: {
    en: "Sheets to create: {sheets}.",
    de: "Anzulegende Blätter: {sheets}.",
  },
  KAM_SHEETS_CREATED: {
    en: "Created sheets: {sheets}.",
    de: "Angelegte Blätter: {sheets}.",
  },
  KAM_TABLE_MISSING: {
    en: "The table {table} was no longer in the workbook; it is created anew.",
    de: "Die Tabelle {table} war nicht mehr in der Mappe; sie wird neu angelegt.",
  },
  KAM_TABLE_MISSING_DONE: {
    en: "The table {table} was no longer in the workbook and was created anew.",
    de: "Die Tabelle {table} fehlte in der Mappe und wurde neu angelegt.",
  },
  KAM_COLUMN_ADDED: {
    en: 'The column "{column}" was missing in the KAM plan and is added at the right end of the table.',
    de: "Die Spalte „{column}“ fehlte in der KAM-Planung und wird am rechten Ende der Tabelle angefügt.",
  },
  KAM_COLUMN_ADDED_DONE: {
    en: 'The column "{column}" was missing in the KAM plan and was added at the right end of the table.',
    de: "Die Spalte „{column}“ fehlte in der KAM-Planung und wurde am rechten Ende der Tabelle angefügt.",
  },
  KAM_DUPLICATE_ROWS: {
    en: "{count} customers appear in more than one row of the KAM plan; each of their rows is refreshed.",
    de: "{count} Kunden stehen in mehr als einer Zeile der KAM-Planung; jede dieser Zeilen wird aktualisiert.",
    one: {
      en: "{count} customer appears in more than one row of the KAM plan; each of its rows is refreshed.",
      de: "{count} Kunde steht in mehr als einer Zeile der KAM-Planung; jede dieser Zeilen wird aktualisiert.",
    },
  },
  KAM_DUPLICATE_ROWS_DONE: {
    en: "{count} customers appear in more than one row of the KAM plan; each of their rows was refreshed.",
    de: "{count} Kunden stehen in mehr als einer Zeile der KAM-Planung; jede dieser Zeilen wurde aktualisiert.",
    one: {
      en: "{count} customer appears in more than one row of the KAM plan; each of its rows was refreshed.",
      de: "{count} Kunde steht in mehr als einer Zeile der KAM-Planung; jede seiner Zeilen wurde aktualisiert.",
    },
  },
  KAM_UNKNOWN_EXTRA: {
    en: "Not found in the analysis, so not added as key accounts: {keys}.",
    de: "In der Analyse nicht gefunden und daher nicht als Key Account aufgenommen: {keys}.",
  },
  KAM_ROADMAP_CREATED: {
    en: "Created the six-month introduction roadmap on sheet {sheet}.",
    de: "Sechsmonatigen Einführungsplan auf Blatt {sheet} angelegt.",
  },
  KAM_ROADMAP_WILL: {
    en: "A six-month introduction roadmap will be created on sheet {sheet}.",
    de: "Ein sechsmonatiger Einführungsplan wird auf Blatt {sheet} angelegt.",
  },
  KAM_ROADMAP_EXISTS: {
    en: "The introduction roadmap already exists on sheet {sheet} and is left as it is.",
    de: "Der Einführungsplan besteht bereits auf Blatt {sheet} und bleibt unverändert.",
  },
  KAM_LIST_REFRESHED: {
    en: "The key-account list for the Customer dropdowns now holds {count} customers.",
    de: "Die Key-Account-Liste für die Kundenauswahl enthält jetzt {count} Kunden.",
    one: {
      en: "The key-account list for the Customer dropdowns now holds {count} customer.",
      de: "Die Key-Account-Liste für die Kundenauswahl enthält jetzt {count} Kunden.",
    },
  },
  KAM_LANGUAGE_KEPT: {
    en: "The KAM sheets were created in German and stay German.",
    de: "Die KAM-Blätter wurden auf Englisch angelegt und bleiben englisch.",
  },
  KAM_COCKPIT_WRITTEN: {
    en: "KAM controlling on the sheet {sheet}: {count} key accounts; goals, satisfaction, reviews, actions and contacts are live formulas over the KAM tables.",
    de: "KAM-Controlling auf dem Blatt {sheet}: {count} Key Accounts; Ziele, Zufriedenheit, Reviews, Maßnahmen und Kontakte sind Formeln über die KAM-Tabellen und immer aktuell.",
    one: {
      en: "KAM controlling on the sheet {sheet}: {count} key account; goals, satisfaction, reviews, actions and contacts are live formulas over the KAM tables.",
      de: "KAM-Controlling auf dem Blatt {sheet}: {count} Key Account; Ziele, Zufriedenheit, Reviews, Maßnahmen und Kontakte sind Formeln über die KAM-Tabellen und immer aktuell.",
    },
  },
  KAM_PORTFOLIO_WRITTEN: {
    en: "KAM portfolio on the sheet {sheet}: {placed} of {count} key accounts placed; the others need satisfaction, share of wallet or stakeholders in the KAM tables.",
    de: "KAM-Portfolio auf dem Blatt {sheet}: {placed} von {count} Key Accounts eingeordnet; für die übrigen fehlen Zufriedenheit, Lieferanteil oder Ansprechpartner in den KAM-Tabellen.",
  },
  KAM_COCKPIT_NEEDS_TABLES: {
    en: "The KAM controlling sheet needs the KAM plan, actions and stakeholders tables: create the KAM sheets first.",
    de: "Das KAM-Controlling braucht die Tabellen KAM-Planung, Maßnahmen und Ansprechpartner: Legen Sie zuerst die KAM-Blätter an.",
  },
  KAM_COCKPIT_BLOCKED: {
    en: "The KAM controlling on the sheet {sheet} needs more rows, but {count} cells below or beside it hold entries; nothing was written. Move them and refresh again.",
    de: "Das KAM-Controlling auf dem Blatt {sheet} braucht mehr Zeilen, aber {count} Zellen darunter oder daneben enthalten Einträge; es wurde nichts geschrieben. Verschieben Sie sie und aktualisieren Sie erneut.",
    one: {
      en: "The KAM controlling on the sheet {sheet} needs more rows, but {count} cell below or beside it holds an entry; nothing was written. Move it and refresh again.",
      de: "Das KAM-Controlling auf dem Blatt {sheet} braucht mehr Zeilen, aber {count} Zelle darunter oder daneben enthält einen Eintrag; es wurde nichts geschrieben. Verschieben Sie sie und aktualisieren Sie erneut.",
    },
  },
  KAM_FILTER_REAPPLY: {
    en: "The KAM plan is filtered: the filter is cleared for the update and then applied again with the same criteria.",
    de: "Die KAM-Planung ist gefiltert: Der Filter wird für die Aktualisierung aufgehoben und danach mit denselben Kriterien wieder angewendet.",
  },
  KAM_FILTER_REAPPLIED: {
    en: "The filter on the KAM plan was cleared for the update and applied again with the same criteria.",
    de: "Der Filter der KAM-Planung wurde für die Aktualisierung aufgehoben und mit denselben Kriterien wieder angewendet.",
  },
};

registerMessages(KAM_MESSAGES);
