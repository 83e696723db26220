// The core's messages: failures, row issues, warnings, report sentences and reasons, in English
// and German. Each face adds them to its catalogue (core/i18n/catalogue.ts) at its entry point.
import type { MessageTable } from "./catalogue";

export type { MessageTexts } from "./catalogue";

// Parameters are formatted by name: *Pct as percent, *Amount as money, other numbers as counts.
// "None ... ({skipped} skipped)" reads right for any number, so NO_USABLE_ROWS has no `one`.
export const CORE_MESSAGES = {
  // Failures the user must act on.
  EMPTY_SELECTION: {
    en: "The selection is empty. Select a range with a header and at least two customers.",
    de: "Die Auswahl ist leer. Markieren Sie einen Bereich mit Überschrift und mindestens zwei Kunden.",
  },
  SINGLE_CELL: {
    en: "Only one cell is filled. Select a range with a header and at least two customers.",
    de: "Nur eine Zelle ist gefüllt. Markieren Sie einen Bereich mit Überschrift und mindestens zwei Kunden.",
  },
  HEADER_ONLY: {
    en: "The range holds only a header row. Add customer rows below it or select the whole table.",
    de: "Der Bereich enthält nur eine Überschriftenzeile. Fügen Sie Kundenzeilen darunter ein oder markieren Sie die ganze Tabelle.",
  },
  NO_REVENUE_COLUMN: {
    en: "No revenue column found. Name a column Revenue or Umsatz, or choose it in the column mapping.",
    de: "Keine Umsatzspalte gefunden. Benennen Sie eine Spalte Umsatz oder Revenue oder wählen Sie sie in der Spaltenzuordnung.",
  },
  NO_MARGIN_COLUMN: {
    en: "No contribution margin column found, so the classes cannot be built on margin. Name a column Contribution margin or Deckungsbeitrag, or choose it in the column mapping.",
    de: "Keine Deckungsbeitragsspalte gefunden, daher lassen sich die Klassen nicht nach Deckungsbeitrag bilden. Benennen Sie eine Spalte Deckungsbeitrag oder Contribution margin oder wählen Sie sie in der Spaltenzuordnung.",
  },
  NO_CUSTOMER_COLUMN: {
    en: "No customer column found. Name a column Customer or Kunde, or choose it in the column mapping.",
    de: "Keine Kundenspalte gefunden. Benennen Sie eine Spalte Kunde oder Customer oder wählen Sie sie in der Spaltenzuordnung.",
  },
  COLUMN_OUT_OF_RANGE: {
    en: "Column {column} lies outside the selected range.",
    de: "Spalte {column} liegt außerhalb des markierten Bereichs.",
  },
  NO_USABLE_ROWS: {
    en: "None of the rows could be used ({skipped} skipped). Check that the revenue column holds numbers.",
    de: "Keine Zeile war verwendbar ({skipped} übersprungen). Prüfen Sie, ob die Umsatzspalte Zahlen enthält.",
  },
  TOO_FEW_CUSTOMERS: {
    en: "Only {count} customers with revenue. An ABC analysis needs at least two customers.",
    de: "Nur {count} Kunden mit Umsatz. Eine ABC-Analyse braucht mindestens zwei Kunden.",
    one: {
      en: "Only {count} customer with revenue. An ABC analysis needs at least two customers.",
      de: "Nur {count} Kunde mit Umsatz. Eine ABC-Analyse braucht mindestens zwei Kunden.",
    },
  },
  ALL_TOTALS_NEGATIVE: {
    en: "All {count} customers have a negative total: each one's credit notes exceed its sales, so there is no revenue to classify. Check the sign of the revenue column.",
    de: "Alle {count} Kunden haben eine negative Summe: bei jedem übersteigen die Gutschriften die Umsätze, es bleibt kein Umsatz zum Einteilen. Prüfen Sie das Vorzeichen der Umsatzspalte.",
    one: {
      en: "{count} customer only, and its total is negative: its credit notes exceed its sales, so there is no revenue to classify. Check the sign of the revenue column.",
      de: "Nur {count} Kunde, und seine Summe ist negativ: seine Gutschriften übersteigen die Umsätze, es bleibt kein Umsatz zum Einteilen. Prüfen Sie das Vorzeichen der Umsatzspalte.",
    },
  },
  REVENUE_OVERFLOW: {
    en: "The revenue amounts are too large to add up: their sum exceeds the largest number a computer can hold (about 1.8 × 10^308). Check the revenue column for amounts such as 1E+308.",
    de: "Die Umsatzbeträge sind zu groß zum Addieren: ihre Summe übersteigt die größte darstellbare Zahl (etwa 1,8 × 10^308). Prüfen Sie die Umsatzspalte auf Beträge wie 1E+308.",
  },
  NO_POSITIVE_REVENUE: {
    en: "The total revenue is zero or negative, so there are no shares to compute. Check the revenue column.",
    de: "Der Gesamtumsatz ist null oder negativ, daher lassen sich keine Anteile berechnen. Prüfen Sie die Umsatzspalte.",
  },
  INVALID_THRESHOLDS: {
    en: "Thresholds {a} and {b} do not work: A must be above 0, B above A, and B at most 100.",
    de: "Die Grenzen {a} und {b} passen nicht: A muss über 0 liegen, B über A und B höchstens 100 sein.",
  },
  PERIOD_WITHOUT_DATA: {
    en: "The period {fromMonth} to {toMonth} holds no data; the data runs from {dataFromMonth} to {dataToMonth}.",
    de: "Der Zeitraum {fromMonth} bis {toMonth} enthält keine Daten; die Daten reichen von {dataFromMonth} bis {dataToMonth}.",
  },
  INVALID_XYZ_LIMITS: {
    en: "XYZ limits {x} and {y} do not work: X must be above 0 and Y above X.",
    de: "Die XYZ-Grenzen {x} und {y} passen nicht: X muss über 0 liegen und Y über X.",
  },
  // A refresh a year later: the latest 12 months may hold only a few new invoices.
  PERIOD_TOO_FEW_CUSTOMERS: {
    en: "Only {count} customers had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the data ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. No other period of the same length in the data has two either: choose a longer period.",
    de: "Nur {count} Kunden hatten im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in den Daten ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Auch kein anderer gleich langer Zeitraum in den Daten hat zwei: Wählen Sie einen längeren Zeitraum.",
    one: {
      en: "Only {count} customer had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the data ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. No other period of the same length in the data has two either: choose a longer period.",
      de: "Nur {count} Kunde hatte im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in den Daten ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Auch kein anderer gleich langer Zeitraum in den Daten hat zwei: Wählen Sie einen längeren Zeitraum.",
    },
  },
  PERIOD_TOO_FEW_CUSTOMERS_TRY: {
    en: "Only {count} customers had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the data ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. Choose another period, for example {tryFromMonth} to {tryToMonth} ({tryCount} customers with revenue).",
    de: "Nur {count} Kunden hatten im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in den Daten ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel {tryFromMonth} bis {tryToMonth} ({tryCount} Kunden mit Umsatz).",
    one: {
      en: "Only {count} customer had revenue in the period {fromMonth} to {toMonth}, of {customers} customers in the data ({dataFromMonth} to {dataToMonth}). An ABC analysis needs at least two. Choose another period, for example {tryFromMonth} to {tryToMonth} ({tryCount} customers with revenue).",
      de: "Nur {count} Kunde hatte im Zeitraum {fromMonth} bis {toMonth} Umsatz, von {customers} Kunden in den Daten ({dataFromMonth} bis {dataToMonth}). Eine ABC-Analyse braucht mindestens zwei. Wählen Sie einen anderen Zeitraum, zum Beispiel {tryFromMonth} bis {tryToMonth} ({tryCount} Kunden mit Umsatz).",
    },
  },

  // Rows skipped or read differently.
  ROW_BLANK: { en: "Row {row}: empty row skipped.", de: "Zeile {row}: leere Zeile übersprungen." },
  ROW_NO_CUSTOMER: {
    en: "Row {row}: no customer name, row skipped.",
    de: "Zeile {row}: kein Kundenname, Zeile übersprungen.",
  },
  ROW_NO_ID_NAME_USED: {
    en: "Row {row}: no customer id, matched by name instead.",
    de: "Zeile {row}: keine Kundennummer, stattdessen über den Namen zugeordnet.",
  },
  ROW_CUSTOMER_ERROR: {
    en: "Row {row}: the customer cell shows the error {value}, row skipped.",
    de: "Zeile {row}: die Kundenzelle zeigt den Fehler {value}, Zeile übersprungen.",
  },
  ROW_CUSTOMER_INVALID: {
    en: "Row {row}: the customer cell holds {value}, not a name; row skipped.",
    de: "Zeile {row}: die Kundenzelle enthält {value} statt eines Namens; Zeile übersprungen.",
  },
  ROW_VALUE_BLANK: {
    en: "Row {row}: no revenue, row skipped.",
    de: "Zeile {row}: kein Umsatz, Zeile übersprungen.",
  },
  ROW_VALUE_ERROR: {
    en: "Row {row}: the revenue cell shows the error {value}, row skipped.",
    de: "Zeile {row}: die Umsatzzelle zeigt den Fehler {value}, Zeile übersprungen.",
  },
  ROW_VALUE_PERCENT: {
    en: "Row {row}: {value} is a percentage, not revenue; row skipped.",
    de: "Zeile {row}: {value} ist ein Prozentwert, kein Umsatz; Zeile übersprungen.",
  },
  ROW_VALUE_UNIT: {
    en: "Row {row}: {value} uses a unit such as thousand or million; enter the full amount. Row skipped.",
    de: "Zeile {row}: {value} nutzt eine Einheit wie Tausend oder Million; tragen Sie den vollen Betrag ein. Zeile übersprungen.",
  },
  ROW_VALUE_TEXT: {
    en: "Row {row}: {value} is not a number, row skipped.",
    de: "Zeile {row}: {value} ist keine Zahl, Zeile übersprungen.",
  },
  ROW_VALUE_BOOLEAN: {
    en: "Row {row}: {value} is a truth value, not revenue; row skipped.",
    de: "Zeile {row}: {value} ist ein Wahrheitswert, kein Umsatz; Zeile übersprungen.",
  },
  ROW_VALUE_INVALID: {
    en: "Row {row}: {value} is not a finite number, row skipped.",
    de: "Zeile {row}: {value} ist keine endliche Zahl, Zeile übersprungen.",
  },
  ROW_DATE_BLANK: {
    en: "Row {row}: no date, row skipped.",
    de: "Zeile {row}: kein Datum, Zeile übersprungen.",
  },
  ROW_DATE_ERROR: {
    en: "Row {row}: the date cell shows the error {value}, row skipped.",
    de: "Zeile {row}: die Datumszelle zeigt den Fehler {value}, Zeile übersprungen.",
  },
  ROW_DATE_TEXT: {
    en: "Row {row}: {value} is not a date, row skipped.",
    de: "Zeile {row}: {value} ist kein Datum, Zeile übersprungen.",
  },
  ROW_DATE_AMBIGUOUS: {
    en: "Row {row}: {value} could be day/month or month/day and the column does not tell; row skipped.",
    de: "Zeile {row}: {value} kann Tag/Monat oder Monat/Tag sein, und die Spalte lässt es offen; Zeile übersprungen.",
  },
  ROW_DATE_INVALID: {
    en: "Row {row}: {value} is no valid date, row skipped.",
    de: "Zeile {row}: {value} ist kein gültiges Datum, Zeile übersprungen.",
  },
  ROW_NO_MONTH_VALUES: {
    en: "Row {row}: no revenue in any month column, row skipped.",
    de: "Zeile {row}: in keiner Monatsspalte ein Umsatz, Zeile übersprungen.",
  },
  MONTH_VALUE_ERROR: {
    en: "Row {row}: a month cell shows the error {value}; that month left out.",
    de: "Zeile {row}: eine Monatszelle zeigt den Fehler {value}; dieser Monat nicht berücksichtigt.",
  },
  MONTH_VALUE_PERCENT: {
    en: "Row {row}: month cell {value} is a percentage, not revenue; that month left out.",
    de: "Zeile {row}: Monatszelle {value} ist ein Prozentwert, kein Umsatz; dieser Monat nicht berücksichtigt.",
  },
  MONTH_VALUE_UNIT: {
    en: "Row {row}: month cell {value} uses a unit such as thousand or million; that month left out.",
    de: "Zeile {row}: Monatszelle {value} nutzt eine Einheit wie Tausend oder Million; dieser Monat nicht berücksichtigt.",
  },
  MONTH_VALUE_TEXT: {
    en: "Row {row}: month cell {value} is not a number; that month left out.",
    de: "Zeile {row}: Monatszelle {value} ist keine Zahl; dieser Monat nicht berücksichtigt.",
  },
  MONTH_VALUE_BOOLEAN: {
    en: "Row {row}: month cell {value} is a truth value, not revenue; that month left out.",
    de: "Zeile {row}: Monatszelle {value} ist ein Wahrheitswert, kein Umsatz; dieser Monat nicht berücksichtigt.",
  },
  MONTH_VALUE_INVALID: {
    en: "Row {row}: month cell {value} is not a finite number; that month left out.",
    de: "Zeile {row}: Monatszelle {value} ist keine endliche Zahl; dieser Monat nicht berücksichtigt.",
  },
  CELL_TEXT_NUMBER: {
    en: "Row {row}: text {value} read as the number {number}.",
    de: "Zeile {row}: Text {value} als Zahl {number} gelesen.",
  },
  MARGIN_BLANK: {
    en: "Row {row}: no contribution margin.",
    de: "Zeile {row}: kein Deckungsbeitrag.",
  },
  MARGIN_ERROR: {
    en: "Row {row}: the contribution margin shows the error {value}; left out of the margin.",
    de: "Zeile {row}: der Deckungsbeitrag zeigt den Fehler {value}; beim Deckungsbeitrag nicht berücksichtigt.",
  },
  MARGIN_PERCENT: {
    en: "Row {row}: contribution margin {value} is a percentage; left out of the margin.",
    de: "Zeile {row}: Deckungsbeitrag {value} ist ein Prozentwert; beim Deckungsbeitrag nicht berücksichtigt.",
  },
  MARGIN_UNIT: {
    en: "Row {row}: contribution margin {value} uses a unit; left out of the margin.",
    de: "Zeile {row}: Deckungsbeitrag {value} nutzt eine Einheit; beim Deckungsbeitrag nicht berücksichtigt.",
  },
  MARGIN_TEXT: {
    en: "Row {row}: contribution margin {value} is not a number; left out of the margin.",
    de: "Zeile {row}: Deckungsbeitrag {value} ist keine Zahl; beim Deckungsbeitrag nicht berücksichtigt.",
  },
  MARGIN_BOOLEAN: {
    en: "Row {row}: contribution margin {value} is a truth value; left out of the margin.",
    de: "Zeile {row}: Deckungsbeitrag {value} ist ein Wahrheitswert; beim Deckungsbeitrag nicht berücksichtigt.",
  },
  MARGIN_INVALID: {
    en: "Row {row}: contribution margin {value} is not a finite number; left out of the margin.",
    de: "Zeile {row}: Deckungsbeitrag {value} ist keine endliche Zahl; beim Deckungsbeitrag nicht berücksichtigt.",
  },

  // Summaries of what happened to the data.
  WARN_ROWS_SKIPPED: {
    en: "{count} rows skipped; see the list of affected rows.",
    de: "{count} Zeilen übersprungen; siehe Liste der betroffenen Zeilen.",
    one: {
      en: "{count} row skipped; see the list of affected rows.",
      de: "{count} Zeile übersprungen; siehe Liste der betroffenen Zeilen.",
    },
  },
  WARN_BLANK_ROWS: {
    en: "{count} empty rows inside the data.",
    de: "{count} leere Zeilen innerhalb der Daten.",
    one: {
      en: "{count} empty row inside the data.",
      de: "{count} leere Zeile innerhalb der Daten.",
    },
  },
  WARN_TEXT_NUMBERS: {
    en: "{count} revenue cells held numbers as text and were read as numbers.",
    de: "{count} Umsatzzellen enthielten Zahlen als Text und wurden als Zahlen gelesen.",
    one: {
      en: "{count} revenue cell held a number as text and was read as a number.",
      de: "{count} Umsatzzelle enthielt eine Zahl als Text und wurde als Zahl gelesen.",
    },
  },
  WARN_HIDDEN_ROWS_LEFT_OUT: {
    en: "{count} hidden or filtered rows left out.",
    de: "{count} ausgeblendete oder gefilterte Zeilen nicht berücksichtigt.",
    one: {
      en: "{count} hidden or filtered row left out.",
      de: "{count} ausgeblendete oder gefilterte Zeile nicht berücksichtigt.",
    },
  },
  WARN_DUPLICATES_SUMMED: {
    en: "{rows} rows belong to customers listed more than once; their revenue was summed.",
    de: "{rows} Zeilen gehören zu mehrfach aufgeführten Kunden; ihr Umsatz wurde addiert.",
    one: {
      en: "{rows} row belongs to a customer listed more than once; the revenue was summed.",
      de: "{rows} Zeile gehört zu einem mehrfach aufgeführten Kunden; der Umsatz wurde addiert.",
    },
  },
  WARN_NEGATIVE_EXCLUDED: {
    en: "{count} customers with a negative total ({valueAmount}) are left out of shares and classes.",
    de: "{count} Kunden mit negativer Summe ({valueAmount}) bleiben bei Anteilen und Klassen unberücksichtigt.",
    one: {
      en: "{count} customer with a negative total ({valueAmount}) is left out of shares and classes.",
      de: "{count} Kunde mit negativer Summe ({valueAmount}) bleibt bei Anteilen und Klassen unberücksichtigt.",
    },
  },
  WARN_CREDIT_NOTES: {
    en: "{count} rows are credit notes (negative amounts); they were netted per customer.",
    de: "{count} Zeilen sind Gutschriften (negative Beträge); sie wurden je Kunde verrechnet.",
    one: {
      en: "{count} row is a credit note (negative amount); it was netted per customer.",
      de: "{count} Zeile ist eine Gutschrift (negativer Betrag); sie wurde je Kunde verrechnet.",
    },
  },
  WARN_OUTSIDE_PERIOD: {
    en: "{count} rows lie outside the period {fromMonth} to {toMonth} and its previous period; not counted.",
    de: "{count} Zeilen liegen außerhalb des Zeitraums {fromMonth} bis {toMonth} und des Vorzeitraums; nicht gezählt.",
    one: {
      en: "{count} row lies outside the period {fromMonth} to {toMonth} and its previous period; not counted.",
      de: "{count} Zeile liegt außerhalb des Zeitraums {fromMonth} bis {toMonth} und des Vorzeitraums; nicht gezählt.",
    },
  },
  EXCLUDED_NEGATIVE_TOTAL: {
    en: "Net total {valueAmount} is negative (credit notes exceed sales).",
    de: "Nettosumme {valueAmount} ist negativ (Gutschriften übersteigen Umsätze).",
  },

  // The report's sentences (report/sentences.ts).
  REPORT_N80: {
    en: "{count} of {customers} customers ({n80Pct}) make 80% of revenue.",
    de: "{count} von {customers} Kunden ({n80Pct}) machen 80 % des Umsatzes aus.",
    one: {
      en: "{count} of {customers} customers ({n80Pct}) makes 80% of revenue.",
      de: "{count} von {customers} Kunden ({n80Pct}) macht 80 % des Umsatzes aus.",
    },
  },
  // Classes built on contribution margin instead of revenue (--abc-on margin, the pane's choice).
  REPORT_N80_MARGIN: {
    en: "{count} of {customers} customers ({n80Pct}) make 80% of the contribution margin.",
    de: "{count} von {customers} Kunden ({n80Pct}) machen 80 % des Deckungsbeitrags aus.",
    one: {
      en: "{count} of {customers} customers ({n80Pct}) makes 80% of the contribution margin.",
      de: "{count} von {customers} Kunden ({n80Pct}) macht 80 % des Deckungsbeitrags aus.",
    },
  },
  REPORT_METHOD_FIXED_MARGIN: {
    en: "Fixed thresholds: A up to {aPct}, B up to {bPct} of the cumulative contribution margin",
    de: "Feste Grenzen: A bis {aPct}, B bis {bPct} des kumulierten Deckungsbeitrags",
  },
  REPORT_METHOD_FIXED_STRICT_MARGIN: {
    en: "Fixed thresholds (strict): A within {aPct}, B within {bPct} of the cumulative contribution margin",
    de: "Feste Grenzen (streng): A innerhalb {aPct}, B innerhalb {bPct} des kumulierten Deckungsbeitrags",
  },
  REPORT_METHOD_COMPUTED_MARGIN: {
    en: "Computed limits (Ultsch & Lötsch): A above {abAmount}, B from {bcAmount} contribution margin",
    de: "Berechnete Grenzen (Ultsch & Lötsch): A über {abAmount}, B ab {bcAmount} Deckungsbeitrag",
  },
  REPORT_METHOD_FIXED: {
    en: "Fixed thresholds: A up to {aPct}, B up to {bPct} of cumulative revenue",
    de: "Feste Grenzen: A bis {aPct}, B bis {bPct} des kumulierten Umsatzes",
  },
  REPORT_METHOD_FIXED_STRICT: {
    en: "Fixed thresholds (strict): A within {aPct}, B within {bPct} of cumulative revenue",
    de: "Feste Grenzen (streng): A innerhalb {aPct}, B innerhalb {bPct} des kumulierten Umsatzes",
  },
  REPORT_METHOD_COUNT: {
    en: "By count: A = top {aPct}, B = up to the top {bPct} of customers",
    de: "Nach Anzahl: A = oberste {aPct}, B = bis zu den obersten {bPct} der Kunden",
  },
  REPORT_METHOD_COMPUTED: {
    en: "Computed limits (Ultsch & Lötsch): A above {abAmount}, B from {bcAmount} revenue",
    de: "Berechnete Grenzen (Ultsch & Lötsch): A über {abAmount}, B ab {bcAmount} Umsatz",
  },
  REPORT_METHOD_COMPUTED_PLAIN: {
    en: "Computed limits (Ultsch & Lötsch)",
    de: "Berechnete Grenzen (Ultsch & Lötsch)",
  },

  // One-line reasons for a customer's class.
  REASON_NO_REVENUE: { en: "{cls}: no revenue.", de: "{cls}: kein Umsatz." },
  REASON_FIXED_IN: {
    en: "{cls}: cumulative {beforePct} before it, below {limitPct}.",
    de: "{cls}: kumuliert {beforePct} davor, unter {limitPct}.",
  },
  REASON_FIXED_TIE: {
    en: "{cls}: same revenue as the customer at the {limitPct} limit.",
    de: "{cls}: gleicher Umsatz wie der Kunde an der Grenze von {limitPct}.",
  },
  REASON_FIXED_C: {
    en: "{cls}: cumulative {beforePct} before it, {limitPct} already reached.",
    de: "{cls}: kumuliert {beforePct} davor, {limitPct} bereits erreicht.",
  },
  REASON_STRICT_IN: {
    en: "{cls}: cumulative {cumulativePct} including it, within {limitPct}.",
    de: "{cls}: kumuliert {cumulativePct} einschließlich, innerhalb von {limitPct}.",
  },
  REASON_STRICT_C: {
    en: "{cls}: cumulative {cumulativePct} including it, beyond {limitPct}.",
    de: "{cls}: kumuliert {cumulativePct} einschließlich, über {limitPct}.",
  },
  REASON_COUNT_IN: {
    en: "{cls}: rank {rank} of {n}, within the top {limitPct} of customers.",
    de: "{cls}: Rang {rank} von {n}, innerhalb der obersten {limitPct} der Kunden.",
  },
  REASON_COUNT_TIE: {
    en: "{cls}: rank {rank} of {n}, same revenue as the customer at the top-{limitPct} limit.",
    de: "{cls}: Rang {rank} von {n}, gleicher Umsatz wie der Kunde an der Grenze von {limitPct}.",
  },
  REASON_COUNT_C: {
    en: "{cls}: rank {rank} of {n}, outside the top {limitPct} of customers.",
    de: "{cls}: Rang {rank} von {n}, außerhalb der obersten {limitPct} der Kunden.",
  },
  REASON_COMPUTED_A: {
    en: "{cls}: revenue {valueAmount} above the computed A limit {abAmount}.",
    de: "{cls}: Umsatz {valueAmount} über der berechneten A-Grenze {abAmount}.",
  },
  REASON_COMPUTED_B: {
    en: "{cls}: revenue {valueAmount} between the computed limits {bcAmount} and {abAmount}.",
    de: "{cls}: Umsatz {valueAmount} zwischen den berechneten Grenzen {bcAmount} und {abAmount}.",
  },
  REASON_COMPUTED_C: {
    en: "{cls}: revenue {valueAmount} below the computed B limit {bcAmount}.",
    de: "{cls}: Umsatz {valueAmount} unter der berechneten B-Grenze {bcAmount}.",
  },
} satisfies MessageTable;
