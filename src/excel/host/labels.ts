// Every text the Excel layer writes into the workbook or reports to the user, in English and German.
import type { MessageTable } from "../../core/i18n/catalogue";
import type { Language, Message } from "../../core/types";

type Texts = Record<Language, string>;

function pick(texts: Texts, lang: Language): string {
  return texts[lang];
}

/** Headers of the class columns next to the data, in their order. */
const CLASS_COLUMN_HEADERS: Record<Language, readonly string[]> = {
  en: ["Rank", "Share", "Cumulative share", "Class"],
  de: ["Rang", "Anteil", "Kumulierter Anteil", "ABC-Klasse"],
};

export function classColumnHeaders(lang: Language): readonly string[] {
  return CLASS_COLUMN_HEADERS[lang];
}

/** Both languages: a re-run in the other language still recognises its own table columns. */
export function allClassColumnHeaders(): readonly (readonly string[])[] {
  return [CLASS_COLUMN_HEADERS.en, CLASS_COLUMN_HEADERS.de];
}

const SHEET_NAME: Texts = { en: "ABC Analysis", de: "ABC-Analyse" };

export function analysisSheetName(lang: Language): string {
  return pick(SHEET_NAME, lang);
}

const SHEET_LABELS = {
  title: { en: "ABC analysis of customer revenue", de: "ABC-Analyse des Kundenumsatzes" },
  customers: { en: "Customers", de: "Kunden" },
  total: { en: "Total revenue", de: "Gesamtumsatz" },
  titleMargin: {
    en: "ABC analysis of customer contribution margin",
    de: "ABC-Analyse des Deckungsbeitrags je Kunde",
  },
  totalMargin: { en: "Total contribution margin", de: "Deckungsbeitrag gesamt" },
  pareto: { en: "Pareto (80%)", de: "Pareto (80 %)" },
  gini: { en: "Gini coefficient", de: "Gini-Koeffizient" },
  hhi: { en: "HHI (concentration)", de: "HHI (Konzentration)" },
  method: { en: "Method", de: "Methode" },
  source: { en: "Source", de: "Quelle" },
  ranAt: { en: "Run at", de: "Erstellt am" },
  class: { en: "Class", de: "Klasse" },
  customerCount: { en: "Customers", de: "Kunden" },
  customerShare: { en: "Share of customers", de: "Kundenanteil" },
  revenue: { en: "Revenue", de: "Umsatz" },
  revenueShare: { en: "Share of revenue", de: "Umsatzanteil" },
  margin: { en: "Contribution margin", de: "Deckungsbeitrag" },
  marginShare: { en: "Share of margin", de: "DB-Anteil" },
  rank: { en: "Rank", de: "Rang" },
  customer: { en: "Customer", de: "Kunde" },
  share: { en: "Share", de: "Anteil" },
  cumulativeShare: { en: "Cumulative share", de: "Kumulierter Anteil" },
  classColumn: { en: "Class", de: "ABC-Klasse" },
  chartData: { en: "Chart data (Pareto)", de: "Diagrammdaten (Pareto)" },
  rankedTable: { en: "Customers by revenue", de: "Kunden nach Umsatz" },
  paretoTitle: { en: "Pareto chart of customer revenue", de: "Pareto-Diagramm des Kundenumsatzes" },
  abcTitle: {
    en: "Share of customers vs. share of revenue",
    de: "Kundenanteil und Umsatzanteil je Klasse",
  },
} satisfies Record<string, Texts>;

export type SheetLabel = keyof typeof SHEET_LABELS;

export function sheetLabel(key: SheetLabel, lang: Language): string {
  return pick(SHEET_LABELS[key], lang);
}

// Messages with parameters go through the Excel layer's catalogue (excel/catalogue.ts) so that
// numbers follow the locale.
export const EXCEL_MESSAGES = {
  XL_THRESHOLD_A: { en: "A limit ({limitPct})", de: "A-Grenze ({limitPct})" },
  XL_THRESHOLD_B: { en: "B limit ({limitPct})", de: "B-Grenze ({limitPct})" },
  XL_OTHER: { en: "Other ({count})", de: "Übrige ({count})" },

  // Notes about the source.
  XL_HIDDEN_ROWS: {
    en: "{count} rows of the data are hidden or filtered. They count in the analysis unless you choose visible rows only.",
    de: "{count} Zeilen der Daten sind ausgeblendet oder gefiltert. Sie zählen mit, außer Sie wählen „Nur sichtbare Zeilen“.",
    one: {
      en: "{count} row of the data is hidden or filtered. It counts in the analysis unless you choose visible rows only.",
      de: "{count} Zeile der Daten ist ausgeblendet oder gefiltert. Sie zählt mit, außer Sie wählen „Nur sichtbare Zeilen“.",
    },
  },
  XL_HIDDEN_ROWS_UNKNOWN: {
    en: "Some rows of the data are hidden or filtered, but this Excel version cannot tell which quickly enough; all rows count.",
    de: "Einige Zeilen der Daten sind ausgeblendet oder gefiltert, aber diese Excel-Version kann nicht schnell genug sagen, welche; alle Zeilen zählen.",
  },
  XL_MERGED_CELLS: {
    en: "{count} merged areas in the data (first: {first}). Only the first cell of a merged area holds a value; the others read as empty.",
    de: "{count} verbundene Bereiche in den Daten (erster: {first}). Nur die erste Zelle eines verbundenen Bereichs hat einen Wert; die anderen gelten als leer.",
    one: {
      en: "{count} merged area in the data ({first}). Only its first cell holds a value; the others read as empty.",
      de: "{count} verbundener Bereich in den Daten ({first}). Nur seine erste Zelle hat einen Wert; die anderen gelten als leer.",
    },
  },
  XL_MERGED_NOT_CHECKED: {
    en: "This version of Excel cannot list merged cells. Merged cells read as empty except their first cell; unmerge them in the data to be sure.",
    de: "Diese Excel-Version kann verbundene Zellen nicht auflisten. Verbundene Zellen gelten außer ihrer ersten Zelle als leer; heben Sie die Verbindung in den Daten auf, um sicherzugehen.",
  },
  XL_BLOCK_AROUND_CELL: {
    en: "One cell was selected; the data block around it is used: {address}.",
    de: "Eine Zelle war markiert; der Datenblock darum wird verwendet: {address}.",
  },
  XL_TABLE_USED: {
    en: "The selection lies in the table {table}; the whole table is used.",
    de: "Die Auswahl liegt in der Tabelle {table}; die ganze Tabelle wird verwendet.",
  },
  XL_USED_PART: {
    en: "Whole rows or columns were selected; their filled part is used: {address}.",
    de: "Ganze Zeilen oder Spalten waren markiert; ihr gefüllter Teil wird verwendet: {address}.",
  },
  XL_OWN_COLUMNS_LEFT_OUT: {
    en: "The add-in's own columns {address} are not read as data.",
    de: "Die eigenen Spalten des Add-ins {address} werden nicht als Daten gelesen.",
  },
  XL_SOURCE_MISSING: {
    en: "The data of the last run could not be found any more. Select the data and run the analysis again.",
    de: "Die Daten des letzten Laufs wurden nicht mehr gefunden. Markieren Sie die Daten und starten Sie die Analyse neu.",
  },
  XL_SELECTION_AREAS: {
    en: "{count} separate areas are selected. Select one block of cells (or one cell in your list or table) and click “Use selection” again.",
    de: "Es sind {count} getrennte Bereiche markiert. Markieren Sie einen zusammenhängenden Zellbereich (oder eine Zelle in Ihrer Liste oder Tabelle) und klicken Sie erneut auf „Auswahl verwenden“.",
  },
  XL_SELECTION_NOT_ONE_BLOCK: {
    en: "The selection is not one block of cells (several areas, or a chart or shape). Select one block of cells (or one cell in your list or table) and click “Use selection” again.",
    de: "Die Auswahl ist kein zusammenhängender Zellbereich (mehrere Bereiche, ein Diagramm oder eine Form). Markieren Sie einen zusammenhängenden Zellbereich (oder eine Zelle in Ihrer Liste oder Tabelle) und klicken Sie erneut auf „Auswahl verwenden“.",
  },
  XL_EXCEL_TOO_OLD: {
    en: "This version of Excel is too old for Key Account Analyzer. Update Excel (Microsoft 365, Excel 2019 or later) or use Excel on the web.",
    de: "Diese Excel-Version ist zu alt für Key Account Analyzer. Aktualisieren Sie Excel (Microsoft 365, Excel 2019 oder neuer) oder nutzen Sie Excel im Web.",
  },

  // What the write actions will touch (plans, before the action) ...
  XL_CLASS_COLUMNS_NEW: {
    en: "Writes the columns {columns} into {address}.",
    de: "Schreibt die Spalten {columns} nach {address}.",
  },
  XL_CLASS_COLUMNS_UPDATE: {
    en: "Updates the add-in's columns in {address}.",
    de: "Aktualisiert die Spalten des Add-ins in {address}.",
  },
  XL_CLASS_COLUMNS_TABLE_NEW: {
    en: "Adds the columns {columns} to the table {table}.",
    de: "Fügt der Tabelle {table} die Spalten {columns} hinzu.",
  },
  XL_CLASS_COLUMNS_TABLE_UPDATE: {
    en: "Updates the add-in's columns in the table {table}.",
    de: "Aktualisiert die Spalten des Add-ins in der Tabelle {table}.",
  },
  // ... and what they touched (reports, after the action): past tense.
  XL_CLASS_COLUMNS_NEW_DONE: {
    en: "Wrote the columns {columns} into {address}.",
    de: "Spalten {columns} nach {address} geschrieben.",
  },
  XL_CLASS_COLUMNS_UPDATE_DONE: {
    en: "Updated the add-in's columns in {address}.",
    de: "Spalten des Add-ins in {address} aktualisiert.",
  },
  XL_CLASS_COLUMNS_TABLE_NEW_DONE: {
    en: "Added the columns {columns} to the table {table}.",
    de: "Spalten {columns} zur Tabelle {table} hinzugefügt.",
  },
  XL_CLASS_COLUMNS_TABLE_UPDATE_DONE: {
    en: "Updated the add-in's columns in the table {table}.",
    de: "Spalten des Add-ins in der Tabelle {table} aktualisiert.",
  },
  XL_CELLS_SHIFTED_DONE: {
    en: "The cells right of the data were not empty, so {columnsCount} cells were inserted in each row of {address}; your cells there moved right, unchanged.",
    de: "Die Zellen rechts der Daten waren nicht leer, daher wurden in jeder Zeile von {address} {columnsCount} Zellen eingefügt; Ihre Zellen dort sind unverändert nach rechts gerückt.",
  },
  XL_CELLS_SHIFTED: {
    en: "The cells right of the data are not empty, so {columnsCount} cells are inserted in each row of {address}; your cells there move right, unchanged.",
    de: "Die Zellen rechts der Daten sind nicht leer, daher werden in jeder Zeile von {address} {columnsCount} Zellen eingefügt; Ihre Zellen dort rücken unverändert nach rechts.",
  },
  XL_INSERT_REFUSED_TABLE: {
    en: "Cells cannot be inserted right of the data: that would split the table {table}. The columns go to the first free columns instead, {address}; nothing of yours moves.",
    de: "Rechts der Daten können keine Zellen eingefügt werden, weil das die Tabelle {table} teilen würde. Die Spalten kommen stattdessen in die ersten freien Spalten, {address}; von Ihren Zellen wird nichts verschoben.",
  },
  XL_INSERT_REFUSED_MERGED: {
    en: "Cells cannot be inserted right of the data: that would split the merged cells {area}. The columns go to the first free columns instead, {address}; nothing of yours moves.",
    de: "Rechts der Daten können keine Zellen eingefügt werden, weil das die verbundenen Zellen {area} teilen würde. Die Spalten kommen stattdessen in die ersten freien Spalten, {address}; von Ihren Zellen wird nichts verschoben.",
  },
  XL_INSERT_REFUSED: {
    en: "Excel refused to insert cells right of the data (for example because of a PivotTable or an array formula there). The columns went to the first free columns instead, {address}; nothing of yours moved.",
    de: "Excel hat das Einfügen von Zellen rechts der Daten abgelehnt (zum Beispiel wegen einer PivotTable oder einer Matrixformel dort). Die Spalten stehen stattdessen in den ersten freien Spalten, {address}; von Ihren Zellen wurde nichts verschoben.",
  },
  XL_NO_ROOM_FOR_COLUMNS: {
    en: "There is no room for the class columns: cells cannot be inserted right of the data and the sheet has no free columns left in its rows.",
    de: "Für die Klassenspalten ist kein Platz: Rechts der Daten können keine Zellen eingefügt werden, und das Blatt hat in diesen Zeilen keine freien Spalten mehr.",
  },
  XL_OLD_COLUMNS_LEFT: {
    en: "The earlier class columns in {address} belong to other data and are no longer updated.",
    de: "Die früheren Klassenspalten in {address} gehören zu anderen Daten und werden nicht mehr aktualisiert.",
  },
  // XL_SHEET_NEW reports a sheet already written (only then is the customer count known).
  XL_SHEET_NEW: {
    en: "Created the sheet {sheet}: summary, {count} customers ranked, Pareto and ABC charts.",
    de: "Blatt {sheet} angelegt: Übersicht, {count} Kunden nach Rang, Pareto- und ABC-Diagramm.",
    one: {
      en: "Created the sheet {sheet}: summary, {count} customer ranked, Pareto and ABC charts.",
      de: "Blatt {sheet} angelegt: Übersicht, {count} Kunde nach Rang, Pareto- und ABC-Diagramm.",
    },
  },
  XL_SHEET_PLAN_NEW: {
    en: "Creates the sheet {sheet}: summary, customers ranked, Pareto and ABC charts.",
    de: "Legt das Blatt {sheet} an: Übersicht, Kunden nach Rang, Pareto- und ABC-Diagramm.",
  },
  XL_SHEET_UPDATE: {
    en: "Updates the sheet {sheet} in place: summary, ranked table and charts.",
    de: "Aktualisiert das Blatt {sheet} an Ort und Stelle: Übersicht, Rangliste und Diagramme.",
  },
  XL_SHEET_UPDATE_DONE: {
    en: "Updated the sheet {sheet} in place: summary, ranked table and charts.",
    de: "Blatt {sheet} an Ort und Stelle aktualisiert: Übersicht, Rangliste und Diagramme.",
  },
  XL_SHEET_NAME_TAKEN: {
    en: "A sheet named {name} already exists and is not the add-in's, so the analysis uses the sheet {sheet}.",
    de: "Ein Blatt „{name}“ gibt es schon und es gehört nicht dem Add-in; die Analyse steht daher auf dem Blatt {sheet}.",
  },
  XL_SHEET_NOT_OURS: {
    en: "The sheet {sheet} no longer carries the add-in's marker, so nothing is written into it; the analysis goes to a new sheet {created}.",
    de: "Das Blatt {sheet} trägt nicht mehr die Kennung des Add-ins, deshalb wird nichts hineingeschrieben; die Analyse kommt auf ein neues Blatt {created}.",
  },
  XL_PARETO_OTHER: {
    en: "The Pareto chart shows the top {top} customers and the other {count} as one column.",
    de: "Das Pareto-Diagramm zeigt die obersten {top} Kunden und die übrigen {count} als eine Säule.",
  },
} satisfies MessageTable;

/** A message of this layer. */
export function message(code: string, params?: Message["params"]): Message {
  return params ? { code, params } : { code };
}
