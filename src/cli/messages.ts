// Every text the command line shows, in English and German. Part of the command line's catalogue
// (cli/catalogue.ts) so that numbers in them follow the language like the core's own messages.
import type { MessageTexts } from "../core/i18n/catalogue";

export const CLI_MESSAGES = {
  CLI_USAGE: {
    en: "usage: kam analyze <file.csv|file.xlsx> [options]   (kam --help lists the options)",
    de: "Aufruf: kam analyze <datei.csv|datei.xlsx> [Optionen]   (kam --help zeigt die Optionen)",
  },
  CLI_MISSING_FILE: {
    en: "Which file? Name a CSV or XLSX file after analyze.",
    de: "Welche Datei? Geben Sie nach analyze eine CSV- oder XLSX-Datei an.",
  },
  CLI_UNKNOWN_COMMAND: {
    en: 'Unknown command "{command}"; the command is analyze.',
    de: "Unbekannter Befehl „{command}“; der Befehl heißt analyze.",
  },
  CLI_EXTRA_ARGUMENT: {
    en: 'Unexpected argument "{value}": analyze takes one file.',
    de: "Unerwartetes Argument „{value}“: analyze nimmt genau eine Datei.",
  },
  CLI_UNKNOWN_OPTION: {
    en: "Unknown option {option}.",
    de: "Unbekannte Option {option}.",
  },
  CLI_OPTION_NEEDS_VALUE: {
    en: "Option {option} needs a value.",
    de: "Die Option {option} braucht einen Wert.",
  },
  CLI_OPTION_TAKES_NO_VALUE: {
    en: "Option {option} takes no value.",
    de: "Die Option {option} nimmt keinen Wert.",
  },
  CLI_BAD_CHOICE: {
    en: 'Option {option} takes {choices}, not "{value}".',
    de: "Die Option {option} nimmt {choices}, nicht „{value}“.",
  },
  CLI_BAD_THRESHOLDS: {
    en: '--thresholds takes two percentages A,B with 0 < A < B <= 100, such as 80,95; not "{value}".',
    de: "--thresholds nimmt zwei Prozentwerte A,B mit 0 < A < B <= 100, etwa 80,95; nicht „{value}“.",
  },
  CLI_BAD_SCORE: {
    en: '--score takes weights such as revenue=30,margin=25,growth=15,stability=10,satisfaction=10,potential=10 (any of these criteria, numbers of 0 or more, at least one above 0); not "{value}".',
    de: "--score nimmt Gewichte wie revenue=30,margin=25,growth=15,stability=10,satisfaction=10,potential=10 (beliebige dieser Kriterien, Zahlen ab 0, mindestens eine über 0); nicht „{value}“.",
  },
  CLI_COLUMN_NOT_FOUND: {
    en: 'Column "{column}" ({option}) not found. Columns: {columns}.',
    de: "Spalte „{column}“ ({option}) nicht gefunden. Spalten: {columns}.",
  },
  CLI_SAME_COLUMN: {
    en: "{options} name the same column {column}.",
    de: "{options} nennen dieselbe Spalte {column}.",
  },
  CLI_BAD_PERIOD: {
    en: '--period takes whole months FROM:TO such as 2025-12:2026-11 (or one month 2026-03); not "{value}".',
    de: "--period nimmt ganze Monate VON:BIS wie 2025-12:2026-11 (oder einen Monat 2026-03); nicht „{value}“.",
  },
  CLI_BAD_XYZ: {
    en: '--xyz takes two limits X,Y with 0 < X < Y, such as 0.5,1.0; not "{value}".',
    de: "--xyz nimmt zwei Grenzen X,Y mit 0 < X < Y, etwa 0.5,1.0; nicht „{value}“.",
  },
  CLI_BAD_STABILITY: {
    en: '--stability takes a margin in percentage points above 0 and at most 50, such as 2; not "{value}".',
    de: "--stability nimmt einen Spielraum in Prozentpunkten über 0 und höchstens 50, etwa 2; nicht „{value}“.",
  },
  CLI_STABILITY_NEEDS_PREVIOUS: {
    en: "--stability keeps the classes of an earlier output: name it with --previous EARLIER.json.",
    de: "--stability behält die Klassen einer früheren Ausgabe bei: Geben Sie sie mit --previous FRUEHER.json an.",
  },
  CLI_STABILITY_NOT_COMPUTED: {
    en: "Note: --stability applies to --method fixed and count (the computed method's limits are revenue, not shares); ignored.",
    de: "Hinweis: --stability gilt für --method fixed und count (die Grenzen der berechneten Methode sind Umsätze, keine Anteile); ignoriert.",
  },
  CLI_STABILITY_LINE: {
    en: "{count} customers keep their class from the earlier output ({points} points margin).",
    de: "{count} Kunden behalten ihre Klasse aus der früheren Ausgabe (Spielraum {points} Prozentpunkte).",
    one: {
      en: "{count} customer keeps its class from the earlier output ({points} points margin).",
      de: "{count} Kunde behält seine Klasse aus der früheren Ausgabe (Spielraum {points} Prozentpunkte).",
    },
  },
  CLI_NO_TIME_AXIS: {
    en: "Note: {option} needs dates (a date column or one column per month); the file has none, ignored.",
    de: "Hinweis: {option} braucht Daten mit Datum (eine Datumsspalte oder eine Spalte je Monat); die Datei hat keine; die Option wird ignoriert.",
  },
  CLI_PREVIOUS_UNREADABLE: {
    en: "{file} is no --format json output of kam analyze: {detail}",
    de: "{file} ist keine Ausgabe von kam analyze --format json: {detail}",
  },
  CLI_THRESHOLDS_IGNORED: {
    en: "Note: the computed method finds its own limits; --thresholds is ignored.",
    de: "Hinweis: Die berechnete Methode ermittelt ihre Grenzen selbst; --thresholds wird ignoriert.",
  },
  CLI_STRICT_IGNORED: {
    en: "Note: --strict applies to --method fixed only; ignored.",
    de: "Hinweis: --strict gilt nur für --method fixed; die Option wird ignoriert.",
  },
  CLI_SHEET_IGNORED: {
    en: "Note: --sheet applies to .xlsx files only; ignored for a CSV file.",
    de: "Hinweis: --sheet gilt nur für .xlsx-Dateien; bei einer CSV-Datei wird die Option ignoriert.",
  },

  // Data problems (exit code 1).
  CLI_FILE_NOT_FOUND: { en: "File not found.", de: "Datei nicht gefunden." },
  CLI_NOT_A_FILE: { en: "This is a folder, not a file.", de: "Das ist ein Ordner, keine Datei." },
  CLI_READ_FAILED: {
    en: "The file could not be read: {detail}",
    de: "Die Datei ließ sich nicht lesen: {detail}",
  },
  CLI_XLSX_FAILED: {
    en: "This is not a readable .xlsx workbook: {detail}",
    de: "Das ist keine lesbare .xlsx-Arbeitsmappe: {detail}",
  },
  CLI_OLD_XLS: {
    en: "This is an old .xls workbook. Save it in Excel as .xlsx or CSV and try again.",
    de: "Das ist eine alte .xls-Arbeitsmappe. Speichern Sie sie in Excel als .xlsx oder CSV und versuchen Sie es erneut.",
  },
  CLI_SHEET_NOT_FOUND: {
    en: 'Sheet "{sheet}" not found; sheets are: {sheets}.',
    de: "Blatt „{sheet}“ nicht gefunden; die Blätter heißen: {sheets}.",
  },
  CLI_NO_SHEETS: {
    en: "The workbook has no worksheets.",
    de: "Die Arbeitsmappe enthält keine Tabellenblätter.",
  },
  CLI_WRITE_FAILED: {
    en: "Could not write {file}: {detail}",
    de: "{file} ließ sich nicht schreiben: {detail}",
  },
  CLI_WROTE: {
    en: "Wrote {customers} customers to {file}.",
    de: "{customers} Kunden nach {file} geschrieben.",
  },
  // Core failures worded for a file instead of a selection in Excel.
  CLI_EMPTY_SELECTION: {
    en: "The file holds no data. It needs a header and at least two customers.",
    de: "Die Datei enthält keine Daten. Sie braucht eine Überschrift und mindestens zwei Kunden.",
  },
  CLI_SINGLE_CELL: {
    en: "The file holds a single value. It needs a header and at least two customers.",
    de: "Die Datei enthält nur einen Wert. Sie braucht eine Überschrift und mindestens zwei Kunden.",
  },
  CLI_HEADER_ONLY: {
    en: "The file holds only a header row, no customers.",
    de: "Die Datei enthält nur eine Überschriftenzeile, keine Kunden.",
  },
  CLI_NO_REVENUE_COLUMN: {
    en: "No revenue column found. Name a column Revenue or Umsatz, or choose one with --value COLUMN.",
    de: "Keine Umsatzspalte gefunden. Benennen Sie eine Spalte Umsatz oder Revenue oder wählen Sie eine mit --value SPALTE.",
  },
  CLI_NO_MARGIN_COLUMN: {
    en: "No contribution margin column found, so --abc-on margin cannot build the classes on margin. Name a column Contribution margin or Deckungsbeitrag.",
    de: "Keine Deckungsbeitragsspalte gefunden, daher kann --abc-on margin die Klassen nicht nach Deckungsbeitrag bilden. Benennen Sie eine Spalte Deckungsbeitrag oder Contribution margin.",
  },
  CLI_NO_CUSTOMER_COLUMN: {
    en: "No customer column found. Name a column Customer or Kunde, or choose one with --customer COLUMN.",
    de: "Keine Kundenspalte gefunden. Benennen Sie eine Spalte Kunde oder Customer oder wählen Sie eine mit --customer SPALTE.",
  },
  CLI_COLUMN_OUT_OF_RANGE: {
    en: "Column {column} lies outside the data.",
    de: "Spalte {column} liegt außerhalb der Daten.",
  },
  CLI_PERIOD_TOO_FEW_CUSTOMERS: {
    en: "Only {count} customers had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the file ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. No other period of the same length in the file has two either: choose a longer one with --period FROM:TO.",
    de: "Nur {count} Kunden hatten im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in der Datei ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Auch kein anderer gleich langer Zeitraum in der Datei hat zwei: Wählen Sie mit --period VON:BIS einen längeren.",
    one: {
      en: "Only {count} customer had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the file ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. No other period of the same length in the file has two either: choose a longer one with --period FROM:TO.",
      de: "Nur {count} Kunde hatte im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in der Datei ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Auch kein anderer gleich langer Zeitraum in der Datei hat zwei: Wählen Sie mit --period VON:BIS einen längeren.",
    },
  },
  CLI_PERIOD_TOO_FEW_CUSTOMERS_TRY: {
    en: "Only {count} customers had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the file ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. Choose another period, for example --period {tryPeriod} ({tryCount} customers with revenue).",
    de: "Nur {count} Kunden hatten im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in der Datei ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel --period {tryPeriod} ({tryCount} Kunden mit Umsatz).",
    one: {
      en: "Only {count} customer had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the file ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. Choose another period, for example --period {tryPeriod} ({tryCount} customers with revenue).",
      de: "Nur {count} Kunde hatte im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in der Datei ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel --period {tryPeriod} ({tryCount} Kunden mit Umsatz).",
    },
  },

  // The text report.
  // Rows of a file that the file itself spells wrongly (shown with the core's row issues).
  CSV_UNCLOSED_QUOTE: {
    en: "Row {row}: a quote opens in column {column} and is never closed, which would make the rest of the file one cell. Row skipped; the rows after it were read on their own.",
    de: "Zeile {row}: In Spalte {column} öffnet ein Anführungszeichen, das nie geschlossen wird; der Rest der Datei wäre eine einzige Zelle. Zeile übersprungen; die Zeilen danach wurden einzeln gelesen.",
  },

  CLI_TITLE: { en: "ABC analysis of {file}", de: "ABC-Analyse von {file}" },
  CLI_ABC_ON_MARGIN: {
    en: "ABC on contribution margin: every revenue figure below is contribution margin.",
    de: "ABC nach Deckungsbeitrag: Jeder Umsatzwert unten ist Deckungsbeitrag.",
  },
  CLI_ROWS_USED: {
    en: "{customers} (from {rows} rows)",
    de: "{customers} (aus {rows} Zeilen)",
  },
  CLI_TOP: { en: "Top {count} customers", de: "Die {count} größten Kunden" },
  CLI_MORE: {
    en: "… and {count} more customers (--format csv or json lists all).",
    de: "… und {count} weitere Kunden (--format csv oder json listet alle).",
    one: {
      en: "… and {count} more customer (--format csv or json lists all).",
      de: "… und {count} weiterer Kunde (--format csv oder json listet alle).",
    },
  },
  CLI_MORE_ISSUES: {
    en: "… and {count} more rows (--format json lists up to 1,000 per kind).",
    de: "… und {count} weitere Zeilen (--format json listet bis zu 1.000 je Art).",
    one: {
      en: "… and {count} more row (--format json lists up to 1,000 per kind).",
      de: "… und {count} weitere Zeile (--format json listet bis zu 1.000 je Art).",
    },
  },
} satisfies Record<string, MessageTexts>;

export type CliCode = keyof typeof CLI_MESSAGES;

/** Plain labels of the text report and the CSV header. */
export const LABELS = {
  method: { en: "Method", de: "Methode" },
  customers: { en: "Customers", de: "Kunden" },
  total: { en: "Total revenue", de: "Gesamtumsatz" },
  pareto: { en: "Pareto (80%)", de: "Pareto (80 %)" },
  gini: { en: "Gini coefficient", de: "Gini-Koeffizient" },
  hhi: { en: "HHI (0-10,000)", de: "HHI (0-10.000)" },
  excluded: { en: "Left out", de: "Herausgenommen" },
  classes: { en: "Classes", de: "Klassen" },
  class: { en: "Class", de: "Klasse" },
  customerShare: { en: "Share of customers", de: "Kundenanteil" },
  revenue: { en: "Revenue", de: "Umsatz" },
  revenueShare: { en: "Share of revenue", de: "Umsatzanteil" },
  rank: { en: "Rank", de: "Rang" },
  customer: { en: "Customer", de: "Kunde" },
  customerId: { en: "Customer id", de: "Kundennummer" },
  share: { en: "Share", de: "Anteil" },
  cumulativeShare: { en: "Cumulative share", de: "Kumulierter Anteil" },
  reason: { en: "Reason", de: "Begründung" },
  score: { en: "Score", de: "Score" },
  scoreReason: { en: "Score reason", de: "Score-Begründung" },
  warnings: { en: "Warnings", de: "Hinweise" },
  issues: {
    en: "Rows skipped or read differently",
    de: "Übersprungene oder anders gelesene Zeilen",
  },
} satisfies Record<string, Record<"en" | "de", string>>;
