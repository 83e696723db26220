// One line per customer that shows how its score came about, in the user's language.
import { formatNumber } from "../i18n/format";
import type { Language } from "../types";
import { SCORE_CRITERIA, type ScoreCriterion } from "./criteria";
import type { ScoreResult } from "./scoreCustomers";

export const CRITERION_LABELS: Record<ScoreCriterion, Record<Language, string>> = {
  revenue: { en: "revenue", de: "Umsatz" },
  margin: { en: "margin", de: "Deckungsbeitrag" },
  growth: { en: "growth", de: "Wachstum" },
  stability: { en: "stability", de: "Stabilität" },
  satisfaction: { en: "satisfaction", de: "Zufriedenheit" },
  potential: { en: "potential", de: "Potenzial" },
};

const WORDS = {
  en: {
    of: "of",
    missing: "missing",
    none: "no score: none of the weighted criteria is known",
    scaled: "weights scaled to the {w} points present",
  },
  de: {
    of: "von",
    missing: "fehlt",
    none: "kein Score: keines der gewichteten Kriterien ist bekannt",
    scaled: "Gewichte auf die vorhandenen {w} Punkte umgerechnet",
  },
};

/**
 * "72: revenue 27 of 33, margin 20 of 28, …; satisfaction missing (weights scaled to the 90
 * points present)". "of" gives the criterion's share of 100 after renormalisation.
 */
export function scoreReason(result: ScoreResult, customer: number, lang: Language): string {
  const w = WORDS[lang];
  const score = result.score[customer];
  if (Number.isNaN(score)) return w.none;
  const present = result.weightPresent[customer];
  const shown: string[] = [];
  const missing: string[] = [];
  let weighted = 0;
  for (const c of SCORE_CRITERIA) {
    const weight = result.weights[c];
    if (weight === 0) continue;
    weighted += weight;
    const part = result.parts[c][customer];
    if (Number.isNaN(part)) missing.push(CRITERION_LABELS[c][lang]);
    else
      shown.push(
        `${CRITERION_LABELS[c][lang]} ${formatNumber(part, lang)} ${w.of} ${formatNumber((weight / present) * 100, lang)}`
      );
  }
  let line = `${formatNumber(score, lang)}: ${shown.join(", ")}`;
  if (missing.length > 0) {
    const scaled = w.scaled.replace("{w}", formatNumber(present, lang));
    line += `; ${missing.join(", ")} ${w.missing}`;
    if (present !== weighted) line += ` (${scaled})`;
  }
  return line;
}
