// Runs the core's `analyze` off the UI thread (webpack entry "analysis.worker").
import { analyze, type AnalysisResult } from "../../core/analyze";
import { isAnalysisError } from "../../core/errors";
import type { ProgressPhase, CellValue } from "../../core/types";
import { toAnalysisOptions } from "../logic/source";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let current = -1;
let grid: CellValue[][] = [];

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "begin") {
    current = msg.id;
    grid = [];
    return;
  }
  if (msg.id !== current) return;
  if (msg.type === "rows") {
    for (const row of msg.rows) grid.push(row);
    return;
  }
  try {
    const id = msg.id;
    // The core reports a bounded number of steps (every 65,536 rows while reading).
    const onProgress = (step: ProgressPhase, done: number, total: number) =>
      scope.postMessage({ type: "progress", id, step, done, total });
    const result = plainLists(analyze(grid, { ...toAnalysisOptions(msg.request), onProgress }));
    scope.postMessage({ type: "result", id: msg.id, result }, buffersOf(result));
  } catch (err) {
    const analysis = isAnalysisError(err);
    const message = err instanceof Error ? err.message : String(err);
    scope.postMessage({
      type: "error",
      id: msg.id,
      analysis,
      error: analysis ? { code: err.code, params: err.params, message } : { code: "", message },
    });
  } finally {
    grid = [];
  }
};

/**
 * The customers' keys and names as plain arrays: the core makes keys only when read and reads
 * names through to its key table (see lazyStrings), and a message cannot carry an array that
 * makes its elements. The pane reads them all.
 */
function plainLists(result: AnalysisResult): AnalysisResult {
  const keys = [...result.table.keyList];
  result.table.keyList = keys;
  result.customers.keys = keys;
  const names = [...result.table.keyNames];
  result.table.keyNames = names;
  result.customers.names = names;
  return result;
}

/** The typed arrays' buffers move to the pane instead of being copied (megabytes on 1M rows). */
function buffersOf(result: AnalysisResult): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView | null | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  const { table, customers, ranking } = result;
  [table.rows, table.values, table.margins].forEach(add);
  [customers.revenue, customers.margin, customers.rowCounts, customers.rowCustomer].forEach(add);
  [
    ranking.customer,
    ranking.value,
    ranking.share,
    ranking.cumulativeShare,
    ranking.classes,
  ].forEach(add);
  return Array.from(buffers);
}
