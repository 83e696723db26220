// The playground's own texts (the pane has its dictionary in src/taskpane/i18n/strings.ts).
export const en = {
  banner: "Simulation — no Excel connected",
  bannerHint:
    "A simulated workbook in your browser. Select cells in the grid, then use the task pane on the right.",
  language: "Language",
  dark: "Dark theme",
  addRows: "Add 5 invoice rows",
  reset: "Reset workbook",
  sheets: "Sheets",
  selection: "Selection",
  value: "Value",
  largeSheet: "Load 100,000 invoice rows",
  moreRows: "… {count} more rows not shown.",
  emptySheet: "This sheet is empty.",
  charts: "Charts on this sheet",
  pane: "Task pane",
  workbook: "Simulated workbook",
} as const;

export type PlaygroundStrings = { [K in keyof typeof en]: string };

export const de: PlaygroundStrings = {
  banner: "Simulation – kein Excel verbunden",
  bannerHint:
    "Eine simulierte Arbeitsmappe im Browser. Markieren Sie Zellen im Raster und nutzen Sie dann den Aufgabenbereich rechts.",
  language: "Sprache",
  dark: "Dunkles Design",
  addRows: "5 Rechnungszeilen anfügen",
  reset: "Arbeitsmappe zurücksetzen",
  sheets: "Blätter",
  selection: "Auswahl",
  value: "Wert",
  largeSheet: "100.000 Rechnungszeilen laden",
  moreRows: "… {count} weitere Zeilen nicht angezeigt.",
  emptySheet: "Dieses Blatt ist leer.",
  charts: "Diagramme auf diesem Blatt",
  pane: "Aufgabenbereich",
  workbook: "Simulierte Arbeitsmappe",
};
