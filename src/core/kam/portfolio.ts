// The key-account portfolio of the KAM sheets: each key account's attractiveness (its score among
// all analysed customers) against the strength of our position, with what people typed in the
// plan and the stakeholders table; the quadrant rules themselves live in core/score.
import type { AnalysisResult } from "../analyze";
import {
  DEFAULT_SCORE_WEIGHTS,
  QUADRANTS,
  QUADRANT_TEXT,
  positionStrength,
  quadrantOf,
  relationshipPoints,
  scoreAnalysis,
  type DataRatings,
  type Quadrant,
  type Ratings,
  type ScoreWeights,
  type StakeholderContact,
} from "../score";
import type { CellValue, Grid, Language } from "../types";
import type { KeyAccount } from "./keyAccounts";
import { matchColumns } from "./matchColumns";
import { ALL_PLAN_COLUMNS } from "./planTable";
import { rowKey } from "./rowKeys";

/** Ratings typed in the plan; NaN where a cell is empty or not a number. */
export interface TypedRatings extends Ratings {
  shareOfWallet: number;
}

export interface PortfolioPoint {
  key: string;
  name: string;
  revenue: number;
  /** The score 0-100; NaN when the customer has no weighted criterion. */
  attractiveness: number;
  /** 0-100; NaN when nothing about our position is known yet. */
  strength: number;
  quadrant: Quadrant | null;
}

const numberOf = (v: CellValue | undefined) => (typeof v === "number" ? v : NaN);

/** The typed ratings per plan row key (first row wins, as the lookups in Excel do). */
export function typedRatings(plan: Grid): Map<string, TypedRatings> {
  const cols = matchColumns(plan[0] ?? [], ALL_PLAN_COLUMNS);
  const keyCols = {
    key: cols.get("key"),
    customerId: cols.get("customerId"),
    customer: cols.get("customer"),
  };
  const at = (row: readonly CellValue[], id: string) => {
    const i = cols.get(id);
    return numberOf(i === undefined ? undefined : row[i]);
  };
  const out = new Map<string, TypedRatings>();
  for (const row of plan.slice(1)) {
    const key = rowKey(row, keyCols);
    if (key === null || out.has(key)) continue;
    out.set(key, {
      satisfaction: at(row, "satisfaction"),
      potential: at(row, "potential"),
      shareOfWallet: at(row, "shareOfWallet"),
    });
  }
  return out;
}

export interface PortfolioInput {
  result: AnalysisResult;
  accounts: readonly KeyAccount[];
  typed: ReadonlyMap<string, TypedRatings>;
  /** Rating columns of the analysed data (the score's, where the plan has none); absent = none. */
  data?: DataRatings | null;
  /** Stakeholders per key account (by its key). */
  contacts: (key: string) => readonly StakeholderContact[];
  /** Excel serial of today. */
  today: number;
  weights?: ScoreWeights;
}

/**
 * One point per key account. The attractiveness is the pane's score (percent ranks among all
 * analysed customers); the position's satisfaction is what is typed in the plan, as the sheet says.
 */
export function portfolioPoints(input: PortfolioInput): PortfolioPoint[] {
  const { result, accounts, typed } = input;
  const scored = scoreAnalysis(result, input.weights ?? DEFAULT_SCORE_WEIGHTS, {
    typed,
    data: input.data,
  });
  return accounts.map((a) => {
    const t = typed.get(a.key);
    const attractiveness = scored.score[a.rank - 1];
    const strength = positionStrength(
      t ? t.satisfaction : NaN,
      t ? t.shareOfWallet : NaN,
      relationshipPoints(input.contacts(a.key), input.today)
    );
    return {
      key: a.key,
      name: a.name,
      revenue: a.value,
      attractiveness,
      strength,
      quadrant: quadrantOf(attractiveness, strength),
    };
  });
}

const HEADERS: Record<Language, string[]> = {
  en: ["Key account", "Attractiveness (score)", "Position strength", "Revenue"],
  de: ["Key Account", "Attraktivität (Score)", "Stärke der Position", "Umsatz"],
};

const UNPLACED: Record<Language, string> = {
  en: "Not placed yet: position unknown (no satisfaction, share of wallet or stakeholders typed)",
  de: "Noch nicht eingeordnet: Position unbekannt (keine Zufriedenheit, kein Lieferanteil, keine Ansprechpartner erfasst)",
};

/**
 * A table per quadrant, most attractive first: a title line ("Strategic: invest, …"), the header,
 * the accounts; then the accounts that cannot be placed yet. Width 4.
 */
export function quadrantTables(points: readonly PortfolioPoint[], lang: Language): CellValue[][] {
  const rows: CellValue[][] = [];
  const section = (title: string, members: readonly PortfolioPoint[]) => {
    rows.push([title, "", "", ""], HEADERS[lang]);
    const sorted = [...members].sort((a, b) => b.attractiveness - a.attractiveness);
    for (const p of sorted) {
      const points = (v: number) => (Number.isNaN(v) ? "" : Math.round(v));
      rows.push([p.name, points(p.attractiveness), points(p.strength), p.revenue]);
    }
    rows.push(["", "", "", ""]);
  };
  for (const q of QUADRANTS) {
    const text = QUADRANT_TEXT[q][lang];
    section(
      `${text.name}: ${text.advice}`,
      points.filter((p) => p.quadrant === q)
    );
  }
  const unplaced = points.filter((p) => p.quadrant === null);
  if (unplaced.length) section(UNPLACED[lang], unplaced);
  return rows;
}
