import type { Language } from "../core/types";

const HELP: Record<Language, string> = {
  en: `kam - Pareto/ABC analysis of customer revenue (Key Account Analyzer)

usage: kam analyze <file.csv|file.xlsx> [options]

The file holds one row per invoice or per customer, with a customer column and a revenue
column; both are found by their headers (Kunde/Customer, Umsatz/Revenue, ...) or content.
Rows of the same customer are summed. CSV: comma or semicolon, UTF-8 (with or without BOM)
or Windows-1252, German ("1.234,56") or English ("1,234.56") numbers.

options:
  --sheet NAME          worksheet of an .xlsx file (default: the first)
  --customer COLUMN     customer column: header name, letter (A, B, ...) or number (1, 2, ...)
  --value COLUMN        revenue column, same forms
  --method METHOD       fixed (default): classes by cumulative revenue share
                        count: classes by share of customers (top 20% / 50%)
                        computed: limits computed from the data (Ultsch & Lötsch)
  --thresholds A,B      class limits in percent (fixed: 80,95; count: 20,50)
  --strict              fixed only: A only while the cumulative share stays within A
  --abc-on FIGURE       revenue (default) or margin: the figure the classes are built on
  --score WEIGHTS       key-account score 0-100 per customer with its points and reason, e.g.
                        revenue=30,margin=25,growth=15,stability=10,satisfaction=10,potential=10
                        (any of these criteria, any weights)
  --format FORMAT       table (default), json or csv
  --out FILE, -o FILE   write to FILE instead of the screen
  --lang en|de          language of texts and numbers (default en)
  --date COLUMN         date column (default: detected: Datum, Rechnungsdatum, Date, ...)
  --period FROM:TO      whole months to analyse, e.g. 2025-12:2026-11 (default: the 12 months
                        ending with the month of the latest date)
  --xyz X,Y             XYZ limits on the coefficient of variation (default 0.5,1.0)
  --previous FILE       an earlier --format json output to compare with (classes since then)
  --stability [POINTS]  with --previous: a customer keeps its earlier class unless it moved
                        more than POINTS percentage points past the limit (default 2; off
                        without the option; fixed and count methods)
  --help, -h            this help
  --version, -V         version

exit codes: 0 done, 1 the data or file cannot be used, 2 wrong usage

environment: KAM_THREADS=N reads a large CSV with N threads (default: one per processor
core, at most 4; 1 reads on one thread); the output is the same either way.
`,
  de: `kam - Pareto-/ABC-Analyse des Kundenumsatzes (Key Account Analyzer)

Aufruf: kam analyze <datei.csv|datei.xlsx> [Optionen]

Die Datei enthält eine Zeile je Rechnung oder je Kunde, mit einer Kunden- und einer
Umsatzspalte; beide werden an der Überschrift (Kunde/Customer, Umsatz/Revenue, ...) oder am
Inhalt erkannt. Zeilen desselben Kunden werden addiert. CSV: Komma oder Semikolon, UTF-8 (mit
oder ohne BOM) oder Windows-1252, deutsche („1.234,56“) oder englische („1,234.56“) Zahlen.

Optionen:
  --sheet NAME          Tabellenblatt einer .xlsx-Datei (Standard: das erste)
  --customer SPALTE     Kundenspalte: Überschrift, Buchstabe (A, B, ...) oder Nummer (1, 2, ...)
  --value SPALTE        Umsatzspalte, gleiche Formen
  --method METHODE      fixed (Standard): Klassen nach kumuliertem Umsatzanteil
                        count: Klassen nach Kundenanteil (oberste 20 % / 50 %)
                        computed: Grenzen aus den Daten berechnet (Ultsch & Lötsch)
  --thresholds A,B      Klassengrenzen in Prozent (fixed: 80,95; count: 20,50)
  --strict              nur fixed: A nur, solange der kumulierte Anteil innerhalb von A bleibt
  --abc-on KENNZAHL     revenue (Standard) oder margin: Umsatz oder Deckungsbeitrag als Basis
                        der Klassen
  --score GEWICHTE      Key-Account-Score 0-100 je Kunde mit Punkten und Begründung, etwa
                        revenue=30,margin=25,growth=15,stability=10,satisfaction=10,potential=10
                        (beliebige dieser Kriterien, beliebige Gewichte)
  --format FORMAT       table (Standard), json oder csv
  --out DATEI, -o DATEI in DATEI schreiben statt auf den Bildschirm
  --lang en|de          Sprache der Texte und Zahlen (Standard en)
  --date SPALTE         Datumsspalte (Standard: erkannt: Datum, Rechnungsdatum, Date, ...)
  --period VON:BIS      ganze Monate der Analyse, etwa 2025-12:2026-11 (Standard: die 12 Monate
                        bis zum Monat des letzten Datums)
  --xyz X,Y             XYZ-Grenzen des Variationskoeffizienten (Standard 0.5,1.0)
  --previous DATEI      eine frühere Ausgabe mit --format json zum Vergleich (Klassen seitdem)
  --stability [PUNKTE]  mit --previous: ein Kunde behält seine frühere Klasse, solange er die
                        Grenze um höchstens PUNKTE Prozentpunkte überschreitet (Standard 2;
                        ohne die Option aus; Methoden fixed und count)
  --help, -h            diese Hilfe
  --version, -V         Version

Exit-Codes: 0 fertig, 1 Daten oder Datei nicht verwendbar, 2 falscher Aufruf

Umgebung: KAM_THREADS=N liest eine große CSV-Datei mit N Threads (Standard: einer je
Prozessorkern, höchstens 4; 1 liest mit einem Thread); die Ausgabe ist in jedem Fall dieselbe.
`,
};

export function helpText(lang: Language): string {
  return HELP[lang];
}
