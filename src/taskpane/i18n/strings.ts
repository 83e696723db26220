// Every text of the task pane, English and German. `de` is typed by `en` so that a missing key
// fails the type check; placeholders are {name} and filled by `fill` in ./text.ts.

export const en = {
  appTitle: "Key Account Analyzer",
  appSubtitle: "Pareto and ABC analysis of customer revenue",

  // Data
  dataHeading: "Data",
  useSelection: "Use selection",
  useSelectionHint: "Select your customer list (or one cell in it) in Excel, then click here.",
  noSourceYet: "No data chosen yet.",
  range: "Range",
  headerRow: "Header row",
  headerRowNone: "No header row",
  headerRowOption: "Row {row}",
  columnMapping: "Column mapping",
  colCustomer: "Customer",
  colCustomerId: "Customer ID (optional)",
  colRevenue: "Revenue",
  colMargin: "Contribution margin (optional)",
  colNone: "(none)",
  colOption: "{letter}: {header}",
  detectedByHeader: "detected from the header",
  detectedByContent: "detected from the content",
  chosenByYou: "chosen by you",
  visibleOnly: "Only visible rows",
  visibleOnlyHint: "Leave out rows that are hidden or filtered in Excel.",
  hiddenRowsCount:
    "{count} rows are hidden or filtered. They are included; turn on “Only visible rows” to leave them out.",
  hiddenRowsLeftOut: "{count} hidden or filtered rows are left out.",

  // Data quality
  qualityHeading: "Data quality",
  rowsUsed: "Rows used",
  rowsSkipped: "Rows skipped",
  duplicatesSummed: "Rows of repeated customers (summed)",
  creditNotes: "Credit notes (negative rows)",
  customersExcluded: "Customers with a negative total (left out)",
  affectedRows: "Affected rows ({count})",
  affectedRowsMore: "… and {count} more of the same kind.",
  selectAffectedRows: "Select these rows in Excel",
  selectedRows: "{count} rows selected in Excel.",
  selectedRowsFirstBlock:
    "Only the first block was selected ({address}: {count} of {total} rows). This version of Excel selects one block of cells at a time.",
  noIssues: "No rows were skipped or changed.",

  // Method
  methodHeading: "Method",
  methodLabel: "Classification method",
  methodFixed: "Fixed thresholds (share of revenue)",
  methodCount: "By count (top share of customers)",
  methodComputed: "Computed from the data",
  computedExplanation:
    "Computes the class limits from the shape of your data's ABC curve (Ultsch & Lötsch 2015).",
  presets: "Presets",
  preset: "{a}/{b}",
  thresholdA: "A up to (% of revenue)",
  thresholdB: "B up to (% of revenue)",
  countA: "A: top (% of customers)",
  countB: "B: top (% of customers)",
  strict: "Strict",
  strictHint:
    "A customer is in A only if the cumulative share including it stays within the limit.",
  errNotANumber: "Enter a number between 0 and 100.",
  errRange: "Must be above 0 and at most 100.",
  errBAboveA: "B must be above A ({a}).",
  analyze: "Analyze",

  // Results
  resultsHeading: "Results",
  n80Sentence: "{n} of {total} customers ({share}) make 80% of revenue.",
  n80SentenceOne: "1 of {total} customers ({share}) makes 80% of revenue.",
  classTableCaption: "Customers and revenue by class",
  classCol: "Class",
  customersCol: "Customers",
  customerShareCol: "% of customers",
  revenueShareCol: "% of revenue",
  gini: "Gini coefficient",
  giniMeaning: "0 = all customers equal, near 1 = one customer has everything.",
  hhi: "HHI",
  hhiMeaning: "Sum of squared revenue shares (0–10,000); above 2,500 means highly concentrated.",
  topCustomers: "Top {count} customers",
  rankCol: "#",
  customerCol: "Customer",
  shareCol: "Share",
  chartHeading: "Pareto chart",
  chartAlt:
    "Pareto chart of {total} customers sorted by revenue. Bars: revenue share; line: cumulative share. Class A: {a} customers ({aShare} of revenue), class B: {b} ({bShare}), class C: {c} ({cShare}). The top {n} customers reach 80%.",
  chartAxisCustomers: "Customers by rank",
  chartGrouped: "Each bar groups {size} customers.",
  legendCumulative: "Cumulative share",
  methodUsed: "Method: {method}",
  limitsComputed: "Computed limits: A above {ab}, B above {bc} revenue.",

  // Actions
  actionsHeading: "Write to the workbook",
  writeColumns: "Write class columns",
  writeColumnsHint: "Adds Rank, Share, Cumulative share and Class next to your data.",
  writeAnalysis: "Create or update analysis sheet",
  writeAnalysisHint: "A sheet with the summary, the ranked table and Pareto and ABC charts.",
  writeKam: "Create or update KAM planning",
  writeKamHint: "Planning sheets for your key accounts; your own entries are kept.",
  includeB: "Include B customers",
  roadmap: "Also create the introduction roadmap sheet",
  willTouch: "This will:",
  confirm: "Confirm",
  cancel: "Cancel",
  done: "Done:",
  dismiss: "Dismiss",

  // Refresh
  refreshHeading: "Refresh",
  refresh: "Refresh",
  refreshHint:
    "Repeats the last run ({method}, {date}) on the same data, also when rows were added, and updates its outputs.",
  refreshNone: "No stored run yet. After you write results, one click repeats them here.",
  refreshDone: "Refreshed: {customers} customers, {rows} rows.",

  // Progress
  progressReading: "Reading data from Excel…",
  progressReadingRows: "Reading data: {done} of {total} rows",
  progressSending: "Preparing analysis: {done} of {total} rows",
  progressAnalyzing: "Analyzing {rows} rows…",
  progressWriting: "Writing to the workbook…",
  progressWritingSteps: "Writing: {done} of {total}",
  progressPlanning: "Checking what will change…",
  stop: "Stop",
  stopped: "Stopped. Nothing was changed.",

  // Errors
  errorTitle: "Something went wrong",
  warningTitle: "Please note",
  errorUnexpected: "Unexpected error: {message}. Try again; if it persists, select the data again.",
  errorSelectFirst: "Select a range with a header and at least two customers.",
  errorNoExcel: "Excel is not available. Open this add-in from Excel (Home > Analyze customers).",
  errorRefreshSource:
    "The data of the last run was not found. Select it again and click “Use selection”.",
} as const;

export type Strings = { [K in keyof typeof en]: string };
export type StringKey = keyof Strings;

export const de: Strings = {
  appTitle: "Key Account Analyzer",
  appSubtitle: "Pareto- und ABC-Analyse des Kundenumsatzes",

  dataHeading: "Daten",
  useSelection: "Auswahl verwenden",
  useSelectionHint:
    "Markieren Sie in Excel Ihre Kundenliste (oder eine Zelle darin) und klicken Sie dann hier.",
  noSourceYet: "Noch keine Daten gewählt.",
  range: "Bereich",
  headerRow: "Überschriftenzeile",
  headerRowNone: "Keine Überschriftenzeile",
  headerRowOption: "Zeile {row}",
  columnMapping: "Spaltenzuordnung",
  colCustomer: "Kunde",
  colCustomerId: "Kundennummer (optional)",
  colRevenue: "Umsatz",
  colMargin: "Deckungsbeitrag (optional)",
  colNone: "(keine)",
  colOption: "{letter}: {header}",
  detectedByHeader: "an der Überschrift erkannt",
  detectedByContent: "am Inhalt erkannt",
  chosenByYou: "von Ihnen gewählt",
  visibleOnly: "Nur sichtbare Zeilen",
  visibleOnlyHint: "Zeilen weglassen, die in Excel ausgeblendet oder gefiltert sind.",
  hiddenRowsCount:
    "{count} Zeilen sind ausgeblendet oder gefiltert. Sie werden mitgezählt; schalten Sie „Nur sichtbare Zeilen“ ein, um sie wegzulassen.",
  hiddenRowsLeftOut: "{count} ausgeblendete oder gefilterte Zeilen werden nicht berücksichtigt.",

  qualityHeading: "Datenqualität",
  rowsUsed: "Verwendete Zeilen",
  rowsSkipped: "Übersprungene Zeilen",
  duplicatesSummed: "Zeilen mehrfach aufgeführter Kunden (addiert)",
  creditNotes: "Gutschriften (negative Zeilen)",
  customersExcluded: "Kunden mit negativer Summe (herausgenommen)",
  affectedRows: "Betroffene Zeilen ({count})",
  affectedRowsMore: "… und {count} weitere derselben Art.",
  selectAffectedRows: "Diese Zeilen in Excel markieren",
  selectedRows: "{count} Zeilen in Excel markiert.",
  selectedRowsFirstBlock:
    "Nur der erste Block wurde markiert ({address}: {count} von {total} Zeilen). Diese Excel-Version markiert nur einen Zellblock auf einmal.",
  noIssues: "Keine Zeile wurde übersprungen oder geändert.",

  methodHeading: "Methode",
  methodLabel: "Klassifizierungsmethode",
  methodFixed: "Feste Grenzen (Umsatzanteil)",
  methodCount: "Nach Anzahl (oberster Anteil der Kunden)",
  methodComputed: "Aus den Daten berechnet",
  computedExplanation:
    "Berechnet die Klassengrenzen aus der Form der ABC-Kurve Ihrer Daten (Ultsch & Lötsch 2015).",
  presets: "Vorgaben",
  preset: "{a}/{b}",
  thresholdA: "A bis (% des Umsatzes)",
  thresholdB: "B bis (% des Umsatzes)",
  countA: "A: oberste (% der Kunden)",
  countB: "B: oberste (% der Kunden)",
  strict: "Streng",
  strictHint:
    "Ein Kunde ist nur dann A, wenn der kumulierte Anteil einschließlich seiner innerhalb der Grenze bleibt.",
  errNotANumber: "Geben Sie eine Zahl zwischen 0 und 100 ein.",
  errRange: "Muss über 0 und höchstens 100 sein.",
  errBAboveA: "B muss über A ({a}) liegen.",
  analyze: "Analysieren",

  resultsHeading: "Ergebnis",
  n80Sentence: "{n} von {total} Kunden ({share}) machen 80\u00a0% des Umsatzes.",
  n80SentenceOne: "1 von {total} Kunden ({share}) macht 80\u00a0% des Umsatzes.",
  classTableCaption: "Kunden und Umsatz je Klasse",
  classCol: "Klasse",
  customersCol: "Kunden",
  customerShareCol: "% der Kunden",
  revenueShareCol: "% des Umsatzes",
  gini: "Gini-Koeffizient",
  giniMeaning: "0 = alle Kunden gleich, nahe 1 = ein Kunde hat alles.",
  hhi: "HHI",
  hhiMeaning:
    "Summe der quadrierten Umsatzanteile (0–10.000); über 2.500 gilt als stark konzentriert.",
  topCustomers: "Die {count} größten Kunden",
  rankCol: "#",
  customerCol: "Kunde",
  shareCol: "Anteil",
  chartHeading: "Pareto-Diagramm",
  chartAlt:
    "Pareto-Diagramm von {total} Kunden, nach Umsatz sortiert. Balken: Umsatzanteil; Linie: kumulierter Anteil. Klasse A: {a} Kunden ({aShare} des Umsatzes), Klasse B: {b} ({bShare}), Klasse C: {c} ({cShare}). Die {n} größten Kunden erreichen 80\u00a0%.",
  chartAxisCustomers: "Kunden nach Rang",
  chartGrouped: "Jeder Balken fasst {size} Kunden zusammen.",
  legendCumulative: "Kumulierter Anteil",
  methodUsed: "Methode: {method}",
  limitsComputed: "Berechnete Grenzen: A über {ab}, B über {bc} Umsatz.",

  actionsHeading: "In die Arbeitsmappe schreiben",
  writeColumns: "Klassenspalten schreiben",
  writeColumnsHint: "Fügt Rang, Anteil, kumulierten Anteil und Klasse neben Ihren Daten ein.",
  writeAnalysis: "Analyseblatt erstellen oder aktualisieren",
  writeAnalysisHint: "Ein Blatt mit Zusammenfassung, Rangliste sowie Pareto- und ABC-Diagramm.",
  writeKam: "KAM-Planung erstellen oder aktualisieren",
  writeKamHint: "Planungsblätter für Ihre Key Accounts; Ihre eigenen Eingaben bleiben erhalten.",
  includeB: "B-Kunden einbeziehen",
  roadmap: "Auch das Blatt mit der Einführungs-Roadmap anlegen",
  willTouch: "Das wird:",
  confirm: "Bestätigen",
  cancel: "Abbrechen",
  done: "Erledigt:",
  dismiss: "Schließen",

  refreshHeading: "Aktualisieren",
  refresh: "Aktualisieren",
  refreshHint:
    "Wiederholt den letzten Lauf ({method}, {date}) auf denselben Daten, auch wenn Zeilen hinzugekommen sind, und aktualisiert seine Ausgaben.",
  refreshNone:
    "Noch kein gespeicherter Lauf. Sobald Sie Ergebnisse schreiben, wiederholt ein Klick sie hier.",
  refreshDone: "Aktualisiert: {customers} Kunden, {rows} Zeilen.",

  progressReading: "Daten werden aus Excel gelesen…",
  progressReadingRows: "Daten lesen: {done} von {total} Zeilen",
  progressSending: "Analyse vorbereiten: {done} von {total} Zeilen",
  progressAnalyzing: "{rows} Zeilen werden analysiert…",
  progressWriting: "Schreiben in die Arbeitsmappe…",
  progressWritingSteps: "Schreiben: {done} von {total}",
  progressPlanning: "Prüfen, was sich ändert…",
  stop: "Stopp",
  stopped: "Gestoppt. Nichts wurde geändert.",

  errorTitle: "Etwas ist schiefgegangen",
  warningTitle: "Bitte beachten",
  errorUnexpected:
    "Unerwarteter Fehler: {message}. Versuchen Sie es erneut; falls er bleibt, markieren Sie die Daten neu.",
  errorSelectFirst: "Markieren Sie einen Bereich mit Überschrift und mindestens zwei Kunden.",
  errorNoExcel:
    "Excel ist nicht verfügbar. Öffnen Sie dieses Add-in aus Excel (Start > Kunden analysieren).",
  errorRefreshSource:
    "Die Daten des letzten Laufs wurden nicht gefunden. Markieren Sie sie erneut und klicken Sie auf „Auswahl verwenden“.",
};

export const STRINGS: Record<"en" | "de", Strings> = { en, de };
