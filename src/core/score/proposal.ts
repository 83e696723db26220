// Key accounts proposed by score next to the ABC proposal, and where the two disagree.
import type { AbcClass, Language } from "../types";
import { formatNumber } from "../i18n/format";
import type { ScoreResult } from "./scoreCustomers";

/** Top N customers by score, or every customer at or above a score. */
export type ProposalRule = { kind: "top"; count: number } | { kind: "minScore"; score: number };

/** Customers the rule proposes, in score order. */
export function proposeByScore(result: ScoreResult, rule: ProposalRule): number[] {
  const out: number[] = [];
  for (const c of result.order) {
    const s = result.score[c];
    if (Number.isNaN(s)) break;
    if (rule.kind === "top" ? out.length >= rule.count : s < rule.score) break;
    out.push(c);
  }
  return out;
}

export interface ProposalDifference {
  customer: number;
  /** Proposed by score but not by class, or the other way round. */
  side: "scoreOnly" | "abcOnly";
  score: number;
  /** 1-based place in the score order. */
  scorePlace: number;
  abcClass: AbcClass;
}

/** Customers on exactly one of the two lists, in score order. */
export function compareProposals(
  result: ScoreResult,
  byScore: readonly number[],
  byAbc: readonly number[],
  classOf: (customer: number) => AbcClass
): ProposalDifference[] {
  const scoreSet = new Set(byScore);
  const abcSet = new Set(byAbc);
  const out: ProposalDifference[] = [];
  result.order.forEach((c, place) => {
    const inScore = scoreSet.has(c);
    if (inScore === abcSet.has(c)) return;
    out.push({
      customer: c,
      side: inScore ? "scoreOnly" : "abcOnly",
      score: result.score[c],
      scorePlace: place + 1,
      abcClass: classOf(c),
    });
  });
  return out;
}

/** Why the two proposals differ for one customer, e.g. "class B, but score 78 (place 4 of 60)". */
export function differenceReason(d: ProposalDifference, customers: number, lang: Language): string {
  const score = Number.isNaN(d.score) ? "–" : formatNumber(d.score, lang);
  const place = formatNumber(d.scorePlace, lang);
  const n = formatNumber(customers, lang);
  if (d.side === "scoreOnly") {
    return lang === "de"
      ? `Klasse ${d.abcClass}, aber Score ${score} (Platz ${place} von ${n})`
      : `class ${d.abcClass}, but score ${score} (place ${place} of ${n})`;
  }
  return lang === "de"
    ? `Klasse ${d.abcClass}, aber nur Score ${score} (Platz ${place} von ${n})`
    : `class ${d.abcClass}, but only score ${score} (place ${place} of ${n})`;
}
