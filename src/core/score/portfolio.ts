// The key-account portfolio: how attractive a customer is (its score) against how strong our
// position with it is (satisfaction, share of wallet, relationship), in four quadrants.
import type { Language } from "../types";
import { ratingPoints } from "./ratingPoints";

export type Quadrant = "strategic" | "develop" | "maintain" | "opportunistic";

export const QUADRANTS: readonly Quadrant[] = ["strategic", "develop", "maintain", "opportunistic"];

/** Names and advice as KAM literature (McDonald's key-account portfolio) puts them. */
export const QUADRANT_TEXT: Record<Quadrant, Record<Language, { name: string; advice: string }>> = {
  strategic: {
    en: {
      name: "Strategic",
      advice: "attractive and strong position: invest, build the partnership",
    },
    de: {
      name: "Strategisch",
      advice: "attraktiv und starke Position: investieren, Partnerschaft ausbauen",
    },
  },
  develop: {
    en: {
      name: "Develop",
      advice: "attractive, weak position: win decision makers, raise share of wallet",
    },
    de: {
      name: "Entwickeln",
      advice: "attraktiv, schwache Position: Entscheider gewinnen, Lieferanteil steigern",
    },
  },
  maintain: {
    en: {
      name: "Maintain",
      advice: "strong position, less attractive: serve efficiently, keep the margin",
    },
    de: {
      name: "Halten",
      advice: "starke Position, weniger attraktiv: effizient betreuen, Marge sichern",
    },
  },
  opportunistic: {
    en: {
      name: "Opportunistic",
      advice: "less attractive, weak position: standard service, take chances as they come",
    },
    de: {
      name: "Opportunistisch",
      advice: "weniger attraktiv, schwache Position: Standardbetreuung, Chancen nutzen",
    },
  },
};

/** The quadrant line on both axes (points of 0-100). */
export const PORTFOLIO_LINE = 50;

/** A stakeholder as the KAM stakeholder table holds it, reduced to what the relationship needs. */
export interface StakeholderContact {
  /** Buying-role list value in either language ("Decision maker", "Entscheider", "Champion", "Fürsprecher"). */
  role: string;
  /** Last contact as an Excel serial date; NaN when never. */
  lastContact: number;
}

/** A contact within this many days counts as recent. */
export const RECENT_CONTACT_DAYS = 90;

const DECISION = new Set(["decision maker", "entscheider"]);
const CHAMPION = new Set(["champion", "fürsprecher"]);

/**
 * Relationship points 0-100: 50 for a decision maker with a recent contact, 50 for a champion with
 * a recent contact. Business is done between people: both on our side is a strong relationship.
 * NaN when no stakeholder is recorded at all (unknown, not weak).
 */
export function relationshipPoints(contacts: readonly StakeholderContact[], today: number): number {
  if (contacts.length === 0) return NaN;
  let decision = false;
  let champion = false;
  for (const s of contacts) {
    const recent = today - s.lastContact <= RECENT_CONTACT_DAYS && s.lastContact <= today;
    if (!recent) continue;
    const role = s.role.trim().toLowerCase();
    if (DECISION.has(role)) decision = true;
    if (CHAMPION.has(role)) champion = true;
  }
  return (decision ? 50 : 0) + (champion ? 50 : 0);
}

/**
 * Strength of our position 0-100: the mean of satisfaction (1-5 as points), share of wallet
 * (fraction 0-1 as points) and relationship points, over those known. NaN when none is known.
 */
export function positionStrength(
  satisfaction: number,
  shareOfWallet: number,
  relationship: number
): number {
  const parts = [
    ratingPoints(satisfaction),
    shareOfWallet >= 0 && shareOfWallet <= 1 ? shareOfWallet * 100 : NaN,
    relationship,
  ].filter((p) => !Number.isNaN(p));
  return parts.length === 0 ? NaN : parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** Quadrant of a customer; null when either axis is unknown. On the line counts as high. */
export function quadrantOf(attractiveness: number, strength: number): Quadrant | null {
  if (Number.isNaN(attractiveness) || Number.isNaN(strength)) return null;
  const high = attractiveness >= PORTFOLIO_LINE;
  const strong = strength >= PORTFOLIO_LINE;
  if (high) return strong ? "strategic" : "develop";
  return strong ? "maintain" : "opportunistic";
}
