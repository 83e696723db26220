// The time axis's texts in English and German: one-line reasons per customer and the meaning
// of each cell of the ABC-XYZ matrix. Parameters by name as everywhere (*Pct, *Amount, counts).
import type { MessageTexts } from "../i18n/catalogue";

export const TIME_MESSAGES = {
  TIME_XYZ_X: {
    en: "X: coefficient of variation {cv} over {months} months, at most {limit}.",
    de: "X: Variationskoeffizient {cv} über {months} Monate, höchstens {limit}.",
  },
  TIME_XYZ_Y: {
    en: "Y: coefficient of variation {cv} over {months} months, above {lower}, at most {limit}.",
    de: "Y: Variationskoeffizient {cv} über {months} Monate, über {lower}, höchstens {limit}.",
  },
  TIME_XYZ_Z: {
    en: "Z: coefficient of variation {cv} over {months} months, above {limit}.",
    de: "Z: Variationskoeffizient {cv} über {months} Monate, über {limit}.",
  },
  TIME_XYZ_NONE: {
    en: "No XYZ: no positive revenue in the period.",
    de: "Kein XYZ: kein positiver Umsatz im Zeitraum.",
  },
  TIME_GROWTH: {
    en: "Growth {growthPct}: {valueAmount} against {previousAmount} in {fromMonth} to {toMonth}.",
    de: "Wachstum {growthPct}: {valueAmount} gegenüber {previousAmount} von {fromMonth} bis {toMonth}.",
  },
  TIME_GROWTH_NEW: {
    en: "New: no positive revenue in {fromMonth} to {toMonth}, so no growth.",
    de: "Neu: kein positiver Umsatz von {fromMonth} bis {toMonth}, daher kein Wachstum.",
  },
  TIME_GROWTH_NO_PREVIOUS: {
    en: "No growth: the data does not reach back to {fromMonth}.",
    de: "Kein Wachstum: die Daten reichen nicht bis {fromMonth} zurück.",
  },
  TIME_PREVIOUS_SAME: {
    en: "{cls} as in {fromMonth} to {toMonth}.",
    de: "{cls} wie von {fromMonth} bis {toMonth}.",
  },
  TIME_PREVIOUS_UP: {
    en: "Up from {previous} in {fromMonth} to {toMonth} to {cls}.",
    de: "Aufgestiegen von {previous} (von {fromMonth} bis {toMonth}) nach {cls}.",
  },
  TIME_PREVIOUS_DOWN: {
    en: "Down from {previous} in {fromMonth} to {toMonth} to {cls}.",
    de: "Abgestiegen von {previous} (von {fromMonth} bis {toMonth}) nach {cls}.",
  },
  TIME_PREVIOUS_NEW: {
    en: "New in {cls}: no class in {fromMonth} to {toMonth} (no positive revenue).",
    de: "Neu in {cls}: keine Klasse von {fromMonth} bis {toMonth} (kein positiver Umsatz).",
  },
  TIME_PREVIOUS_NONE: {
    en: "No previous class: the data does not reach back to {fromMonth}.",
    de: "Keine Vorklasse: die Daten reichen nicht bis {fromMonth} zurück.",
  },
  TIME_DISTANCE_A: {
    en: "{bufferAmount} above the largest {worse} customer.",
    de: "{bufferAmount} über dem größten {worse}-Kunden.",
  },
  TIME_DISTANCE_B: {
    en: "Lacks {lackingAmount} to the smallest {better} customer; {bufferAmount} above the largest {worse} customer.",
    de: "Fehlen {lackingAmount} bis zum kleinsten {better}-Kunden; {bufferAmount} über dem größten {worse}-Kunden.",
  },
  TIME_DISTANCE_C: {
    en: "Lacks {lackingAmount} to the smallest {better} customer.",
    de: "Fehlen {lackingAmount} bis zum kleinsten {better}-Kunden.",
  },
  TIME_DISTANCE_NONE: {
    en: "{cls}: no neighbouring class to measure against.",
    de: "{cls}: keine Nachbarklasse zum Vergleich.",
  },
  TIME_STABLE_KEPT: {
    en: "Keeps {last} from the last run: at {positionPct} it is within {marginPct} of its {last} range (would be {cls}).",
    de: "Behält {last} aus dem letzten Lauf: mit {positionPct} höchstens {marginPct} außerhalb des {last}-Bereichs (sonst {cls}).",
  },
  TIME_STABLE_MOVED: {
    en: "Moves from {last} to {cls}: at {positionPct} more than {marginPct} past the limit.",
    de: "Wechselt von {last} nach {cls}: mit {positionPct} mehr als {marginPct} über die Grenze hinaus.",
  },
  TIME_STABLE_SAME: {
    en: "{cls} as in the last run.",
    de: "{cls} wie im letzten Lauf.",
  },
  TIME_STABLE_NEW: {
    en: "{cls}: not in the last run.",
    de: "{cls}: im letzten Lauf nicht dabei.",
  },
  TIME_SENSITIVITY: {
    en: "Limits 5 points lower: {lower} customers change class; 5 points higher: {higher}.",
    de: "Grenzen 5 Punkte niedriger: {lower} Kunden wechseln die Klasse; 5 Punkte höher: {higher}.",
  },
  TIME_PERIOD_LINE: {
    en: "{fromMonth} to {toMonth} ({months} months); previous period {previousFromMonth} to {previousToMonth}",
    de: "{fromMonth} bis {toMonth} ({months} Monate); Vorzeitraum {previousFromMonth} bis {previousToMonth}",
  },
  TIME_PERIOD_LINE_NO_PREVIOUS: {
    en: "{fromMonth} to {toMonth} ({months} months); no previous period, the data starts {dataFromMonth}",
    de: "{fromMonth} bis {toMonth} ({months} Monate); kein Vorzeitraum, die Daten beginnen {dataFromMonth}",
  },
  ABCXYZ_AX: {
    en: "Large and steady: secure and develop.",
    de: "Groß und stetig: sichern und ausbauen.",
  },
  ABCXYZ_AY: {
    en: "Large, with swings: plan together, keep close.",
    de: "Groß mit Schwankungen: gemeinsam planen, eng begleiten.",
  },
  ABCXYZ_AZ: {
    en: "Large and erratic: find out why.",
    de: "Groß und sprunghaft: Ursachen klären.",
  },
  ABCXYZ_BX: {
    en: "Medium and steady: grow the share of wallet.",
    de: "Mittel und stetig: Lieferanteil ausbauen.",
  },
  ABCXYZ_BY: {
    en: "Medium, with swings: check the potential, plan contacts.",
    de: "Mittel mit Schwankungen: Potenzial prüfen, Kontakte planen.",
  },
  ABCXYZ_BZ: {
    en: "Medium and erratic: project business? Check the pattern.",
    de: "Mittel und sprunghaft: Projektgeschäft? Muster prüfen.",
  },
  ABCXYZ_CX: {
    en: "Small and steady: serve efficiently.",
    de: "Klein und stetig: effizient betreuen.",
  },
  ABCXYZ_CY: {
    en: "Small, with swings: standard service.",
    de: "Klein mit Schwankungen: Standardbetreuung.",
  },
  ABCXYZ_CZ: {
    en: "Small and erratic: serve at low cost, review now and then.",
    de: "Klein und sprunghaft: kostengünstig bedienen, gelegentlich prüfen.",
  },
} satisfies Record<string, MessageTexts>;
