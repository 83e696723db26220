// Which customers are key accounts: chosen from the figures, extended by hand.
import type { AnalysisResult } from "../analyze";
import { CLASS_A, CLASS_B, CLASS_LETTERS } from "../classify/classCodes";
import type { ProposalRule } from "../score/proposal";
import { normalizeKey } from "../table/normalizeKey";
import { periodFigures, type PeriodFigures } from "../time/periodFigures";
import type { AbcClass } from "../types";

/** One customer's figures from the latest analysis, as the plan shows them. */
export interface CustomerFigures {
  key: string;
  name: string;
  id: string | null;
  class: AbcClass;
  value: number;
  share: number;
  /** 1-based. */
  rank: number;
  margin: number | null;
  /** With a time axis (absent without one): see PeriodFigures. */
  period?: PeriodFigures;
}

export interface KeyAccount extends CustomerFigures {
  /** "class": A (or B when B is included); "score": the confirmed score proposal; "extra": by hand. */
  selectedBy: "class" | "score" | "extra";
}

/**
 * A score proposal the user confirmed (docs/score.md): its rule is applied again to every
 * refreshed analysis. "score": the score's list replaces the classes; "both": the two lists merged.
 */
export interface KeyAccountProposal {
  basis: "score" | "both";
  rule: ProposalRule;
}

/** Structurally the selection part of the Excel layer's KamOptions. */
export interface KeyAccountOptions {
  includeB: boolean;
  extraKeys: readonly string[];
  /** Customer keys the confirmed score proposal chose (resolved by the pane for this analysis). */
  scoreKeys?: readonly string[];
  /** Absent: key accounts by class, as before. */
  proposal?: Pick<KeyAccountProposal, "basis">;
}

export function figuresAt(result: AnalysisResult, rank: number): CustomerFigures {
  const { ranking, customers } = result;
  const c = ranking.customer[rank];
  const margin = customers.margin ? customers.margin[c] : NaN;
  return {
    key: customers.keys[c],
    name: customers.names[c],
    id: customers.ids ? customers.ids[c] : null,
    class: CLASS_LETTERS[ranking.classes[rank]],
    value: ranking.value[rank],
    share: ranking.share[rank],
    rank: rank + 1,
    margin: Number.isNaN(margin) ? null : margin,
    ...(result.time ? { period: periodFigures(result.time, c) } : {}),
  };
}

/** The keys an extra entry may mean: a key as given, a name, or an id typed without "#". */
function candidates(extra: string): string[] {
  const k = normalizeKey(extra);
  if (k === "") return [];
  return k.startsWith("#") ? [k] : [k, "#" + k];
}

/** Extra keys resolved to ranks; one pass over the ranking, so a million customers stay cheap. */
function extraRanks(result: AnalysisResult, extraKeys: readonly string[]) {
  const wanted = new Map<string, string>();
  for (const e of extraKeys) for (const k of candidates(e)) if (!wanted.has(k)) wanted.set(k, e);
  const found = new Map<string, number>();
  if (wanted.size === 0) return { ranks: new Set<number>(), unknown: [] as string[] };
  const { ranking, customers } = result;
  for (let r = 0; r < ranking.count; r++) {
    const key = customers.keys[ranking.customer[r]];
    const extra = wanted.get(key);
    if (extra !== undefined && !found.has(extra)) found.set(extra, r);
  }
  const unknown = extraKeys.filter((e) => normalizeKey(e) !== "" && !found.has(e));
  return { ranks: new Set(found.values()), unknown };
}

/** True for the classes that make key accounts: A, and B when asked. */
export function isKeyAccountClass(cls: number, includeB: boolean): boolean {
  return cls === CLASS_A || (includeB && cls === CLASS_B);
}

/** Ranks (0-based) of the key accounts by class: the ABC proposal. */
export function classRanks(result: AnalysisResult, includeB: boolean): number[] {
  const out: number[] = [];
  const { classes, count } = result.ranking;
  for (let r = 0; r < count; r++) if (isKeyAccountClass(classes[r], includeB)) out.push(r);
  return out;
}

/** How many key accounts a confirmed choice gives (before customers picked by hand). */
export function chosenCount(
  byScore: readonly number[],
  byAbc: readonly number[],
  basis: KeyAccountProposal["basis"] | "abc"
): number {
  if (basis === "abc") return byAbc.length;
  if (basis === "score") return byScore.length;
  return new Set([...byScore, ...byAbc]).size;
}

/**
 * Key accounts in rank order: class A, B too when asked (unless a confirmed score proposal
 * replaces the classes), the score proposal's customers, and the customers picked by hand.
 */
export function selectKeyAccounts(
  result: AnalysisResult,
  options: KeyAccountOptions
): KeyAccount[] {
  const { ranking, customers } = result;
  const extras = extraRanks(result, options.extraKeys).ranks;
  const scored = new Set(options.proposal ? (options.scoreKeys ?? []) : []);
  const classesCount = options.proposal?.basis !== "score";
  const out: KeyAccount[] = [];
  for (let r = 0; r < ranking.count; r++) {
    const cls = ranking.classes[r];
    const byClass = classesCount && isKeyAccountClass(cls, options.includeB);
    const byScore = !byClass && scored.has(customers.keys[ranking.customer[r]]);
    if (byClass || byScore || extras.has(r)) {
      const selectedBy = byClass ? "class" : byScore ? "score" : "extra";
      out.push({ ...figuresAt(result, r), selectedBy });
    }
  }
  return out;
}

/** Extra keys that match no customer of the analysis (typo, or excluded for a negative total). */
export function unknownExtraKeys(result: AnalysisResult, extraKeys: readonly string[]): string[] {
  return extraRanks(result, extraKeys).unknown;
}

/** Figures of the customers with the given keys (any class), in one pass over the ranking. */
export function figuresByKey(
  result: AnalysisResult,
  keys: ReadonlySet<string>
): Map<string, CustomerFigures> {
  const out = new Map<string, CustomerFigures>();
  if (keys.size === 0) return out;
  const { ranking, customers } = result;
  for (let r = 0; r < ranking.count; r++) {
    const key = customers.keys[ranking.customer[r]];
    if (keys.has(key) && !out.has(key)) out.set(key, figuresAt(result, r));
  }
  return out;
}
