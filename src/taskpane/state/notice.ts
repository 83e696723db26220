// What the pane shows as a message: a core/Excel-layer message or one of the pane's own strings.
import { PANE_CATALOGUE } from "../i18n/catalogue";
import type { Message } from "../../core/types";
import type { Selected } from "../../excel/types";
import type { StringKey } from "../i18n/strings";
import type { Params } from "../i18n/text";

/** A text to show: a core/Excel-layer message or one of the pane's own strings. */
export type Notice =
  { kind: "core"; message: Message } | { kind: "ui"; key: StringKey; params?: Params };

export interface Busy {
  label: Notice;
  /** 0..1, or undefined while the length is unknown. */
  value?: number;
}

/** An error as a notice: AnalysisError and Excel-layer codes have texts; others say what failed. */
export function noticeOf(err: unknown): Notice {
  const e = err as { code?: unknown; params?: unknown; message?: unknown };
  if (e && typeof e.code === "string" && PANE_CATALOGUE.texts(e.code)) {
    return { kind: "core", message: { code: e.code, params: e.params as Message["params"] } };
  }
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return { kind: "ui", key: "errorUnexpected", params: { message } };
}

/** Progress callbacks fire per chunk; the pane repaints at most every 100 ms. */
export function throttled(
  set: (b: Busy) => void,
  label: (done: number, total: number) => Notice
): (done: number, total: number) => void {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    set({ label: label(done, total), value: total > 0 ? done / total : undefined });
  };
}

/** What "Select these rows" did: all `total` rows, the first block only, or the first blocks. */
export function selectedNotice(selected: Selected, total: number): Notice {
  if (selected.limited === "oneBlock")
    return {
      kind: "ui",
      key: "selectedRowsFirstBlock",
      params: { count: selected.rows, total, address: selected.address },
    };
  if (selected.rows < total)
    return {
      kind: "ui",
      key: "selectedRowsFirstBlocks",
      params: { count: selected.rows, total, blocks: selected.selectedAreas },
    };
  return { kind: "ui", key: "selectedRows", params: { count: selected.rows } };
}
