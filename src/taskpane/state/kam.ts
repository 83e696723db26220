// The pane's key-account choices, the KamOptions they stand for, and how they are stored with the
// run so that a reload shows them again and Refresh selects the same key accounts.
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

/** The stored choices, or null for a run stored without them (before they were kept, or no KAM run). */
export function storedKamOf(run: StoredRun | null): StoredKamOptions | null {
  const k = run?.kam as Partial<StoredKamOptions> | undefined;
  if (!k || typeof k !== "object") return null;
  return {
    includeB: k.includeB === true,
    extraKeys: cleanKeys(k.extraKeys),
    roadmapCreated: k.roadmapCreated === true,
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
  };
}

/** What the KAM action runs with: the roadmap only when asked for and not created before. */
export function kamOptionsOf(kam: PaneKam): KamOptions {
  return {
    includeB: kam.includeB,
    extraKeys: [...kam.extraKeys],
    roadmap: kam.roadmap && !kam.roadmapDone,
  };
}

/**
 * What Refresh runs the KAM sheets with: the stored choices; for a run stored before they were
 * kept, the pane's current ones (as before). A refresh never creates the roadmap.
 */
export function refreshKamOptions(run: StoredRun, current: PaneKam): KamOptions {
  const k = storedKamOf(run) ?? current;
  return { includeB: k.includeB, extraKeys: [...k.extraKeys], roadmap: false };
}

/** The choices to store after a KAM run with `options` (the roadmap stays created once it was). */
export function storedKamAfter(previous: StoredRun | null, options: KamOptions): StoredKamOptions {
  return {
    includeB: options.includeB,
    extraKeys: cleanKeys(options.extraKeys),
    roadmapCreated: options.roadmap || (storedKamOf(previous)?.roadmapCreated ?? false),
  };
}
