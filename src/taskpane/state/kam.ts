// The pane's key-account choices, the KamOptions they stand for, and how they are stored with the
// run so that a reload shows them again and Refresh selects the same key accounts.
import type { KeyAccountProposal } from "../../core/kam/keyAccounts";
import type { KamOptions } from "../../excel/api";
import type { StoredKamOptions, StoredRun } from "../../excel/types";

export interface PaneKam {
  includeB: boolean;
  /** Customers picked by hand: the core's customer keys (result.customers.keys), in picking order. */
  extraKeys: string[];
  /** Create the roadmap with the next KAM run. */
  roadmap: boolean;
  /** The roadmap exists (created by an earlier run): it is not offered again. */
  roadmapDone: boolean;
  /** The confirmed score proposal; absent = key accounts by class (the ABC proposal). */
  proposal?: KeyAccountProposal;
}

export const DEFAULT_KAM: PaneKam = {
  includeB: false,
  extraKeys: [],
  roadmap: false,
  roadmapDone: false,
};

/** Unique, non-empty strings: the setting is plain JSON in the workbook and may have been edited. */
function cleanKeys(keys: unknown): string[] {
  if (!Array.isArray(keys)) return [];
  const out: string[] = [];
  for (const k of keys)
    if (typeof k === "string" && k.trim() !== "" && !out.includes(k)) out.push(k);
  return out;
}

/** A stored proposal as plain JSON may have been edited: anything malformed means "by class". */
export function cleanProposal(p: unknown): KeyAccountProposal | undefined {
  const v = p as Partial<KeyAccountProposal> | undefined;
  if (!v || typeof v !== "object" || (v.basis !== "score" && v.basis !== "both")) return undefined;
  const r = v.rule as { kind?: unknown; count?: unknown; score?: unknown } | undefined;
  if (r?.kind === "top" && typeof r.count === "number" && r.count >= 1)
    return { basis: v.basis, rule: { kind: "top", count: Math.floor(r.count) } };
  if (r?.kind === "minScore" && typeof r.score === "number" && r.score >= 0 && r.score <= 100)
    return { basis: v.basis, rule: { kind: "minScore", score: r.score } };
  return undefined;
}

/** The stored choices, or null for a run stored without them (before they were kept, or no KAM run). */
export function storedKamOf(run: StoredRun | null): StoredKamOptions | null {
  const k = run?.kam as Partial<StoredKamOptions> | undefined;
  if (!k || typeof k !== "object") return null;
  const proposal = cleanProposal(k.proposal);
  return {
    includeB: k.includeB === true,
    extraKeys: cleanKeys(k.extraKeys),
    roadmapCreated: k.roadmapCreated === true,
    ...(proposal ? { proposal } : {}),
  };
}

/** The pane's choices after loading a run: what the last KAM run used; `current` without one. */
export function kamFromStored(run: StoredRun | null, current: PaneKam): PaneKam {
  const k = storedKamOf(run);
  if (!k) return current;
  return {
    includeB: k.includeB,
    extraKeys: k.extraKeys,
    roadmap: false,
    roadmapDone: k.roadmapCreated || current.roadmapDone,
    ...(k.proposal ? { proposal: k.proposal } : {}),
  };
}

/** What the KAM action runs with: the roadmap only when asked for and not created before. */
export function kamOptionsOf(kam: PaneKam): KamOptions {
  return {
    includeB: kam.includeB,
    extraKeys: [...kam.extraKeys],
    roadmap: kam.roadmap && !kam.roadmapDone,
    ...(kam.proposal ? { proposal: kam.proposal } : {}),
  };
}

/**
 * What Refresh runs the KAM sheets with: the stored choices; for a run stored before they were
 * kept, the pane's current ones (as before). A refresh never creates the roadmap.
 */
export function refreshKamOptions(run: StoredRun, current: PaneKam): KamOptions {
  const k = storedKamOf(run) ?? current;
  const options: KamOptions = { includeB: k.includeB, extraKeys: [...k.extraKeys], roadmap: false };
  // The stored rule, applied to the refreshed analysis (see ./scoreKeys.ts).
  if (k.proposal) options.proposal = k.proposal;
  return options;
}

/** The choices to store after a KAM run with `options` (the roadmap stays created once it was). */
export function storedKamAfter(previous: StoredRun | null, options: KamOptions): StoredKamOptions {
  return {
    includeB: options.includeB,
    extraKeys: cleanKeys(options.extraKeys),
    roadmapCreated: options.roadmap || (storedKamOf(previous)?.roadmapCreated ?? false),
    ...(options.proposal ? { proposal: options.proposal } : {}),
  };
}
