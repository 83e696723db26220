// The pane's one state object and what every slice hook shares: the latest state for callbacks,
// a patch function, the operation counter (Stop or a newer operation makes older results stale)
// and the busy indicator.
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import type { Busy } from "./notice";
import { INITIAL_STATE, type PaneState } from "./paneState";

export type Patch = (p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => void;

export interface PaneStore {
  state: PaneState;
  /** The state as of the last render, for callbacks that run later. */
  latest: MutableRefObject<PaneState>;
  patch: Patch;
  /** Id of the current long operation; bump it to start one, compare to see if still current. */
  op: MutableRefObject<number>;
  setBusy(busy: Busy | null): void;
}

export function usePaneStore(): PaneStore {
  const [state, setState] = useState<PaneState>(INITIAL_STATE);
  const latest = useRef(state);
  latest.current = state;
  const patch = useCallback<Patch>((p) => {
    setState((s) => ({ ...s, ...(typeof p === "function" ? p(s) : p) }));
  }, []);
  const op = useRef(0);
  const setBusy = useCallback((busy: Busy | null) => patch({ busy }), [patch]);
  return { state, latest, patch, op, setBusy };
}
