// Runs analyses in a Web Worker; a newer run or `cancel()` ends the older one.
import type { AnalysisResult } from "../../core/analyze";
import { AnalysisError, type AnalysisErrorCode } from "../../core/errors";
import type { ProgressPhase, Grid } from "../../core/types";
import { toAnalysisOptions, type AnalysisRequest } from "../logic/source";
import type { FromWorker, ToWorker } from "./protocol";

export type AnalysisPhase = "sending" | "analyzing";
/** `step` tells where the core is while analyzing (read, aggregate, rank, classify). */
export type AnalysisProgress = (
  phase: AnalysisPhase,
  done: number,
  total: number,
  step?: ProgressPhase
) => void;

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

export interface AnalysisRunner {
  run(grid: Grid, request: AnalysisRequest, onProgress?: AnalysisProgress): Promise<AnalysisResult>;
  cancel(): void;
}

/** Rows per message: small enough that one copy takes a few milliseconds. */
const SLICE_ROWS = 20000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `workerUrl` is the worker bundle next to the page; without Worker support the pane runs it inline. */
export function createAnalysisRunner(workerUrl: string): AnalysisRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; reject: (e: unknown) => void } | null = null;

  const stop = () => {
    if (pending) pending.reject(new Cancelled());
    pending = null;
    // Terminating is the only way to stop a synchronous analysis; the next run starts a new one.
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === "undefined") return null;
    try {
      worker = new Worker(workerUrl);
    } catch {
      return null;
    }
    return worker;
  };

  async function run(
    grid: Grid,
    request: AnalysisRequest,
    onProgress?: AnalysisProgress
  ): Promise<AnalysisResult> {
    if (pending) stop();
    const id = nextId++;
    const w = ensureWorker();
    if (!w) {
      pending = { id, reject: () => undefined };
      try {
        return await runInline(grid, request, onProgress, () => pending?.id !== id);
      } finally {
        if (pending?.id === id) pending = null;
      }
    }
    return new Promise<AnalysisResult>((resolve, reject) => {
      pending = { id, reject };
      w.onmessage = (e: MessageEvent<FromWorker>) => {
        const msg = e.data;
        if (msg.id !== id || pending?.id !== id) return;
        if (msg.type === "progress") {
          onProgress?.("analyzing", msg.done, msg.total, msg.step);
          return;
        }
        pending = null;
        if (msg.type === "result") resolve(msg.result);
        else if (msg.analysis)
          reject(new AnalysisError(msg.error.code as AnalysisErrorCode, msg.error.params));
        else reject(new Error(msg.error.message));
      };
      w.onerror = (e) => {
        if (pending?.id !== id) return;
        pending = null;
        e.preventDefault();
        worker?.terminate();
        worker = null;
        reject(new Error(e.message || "worker failed"));
      };
      void send(w, id, grid, request, onProgress);
    });
  }

  async function send(
    w: Worker,
    id: number,
    grid: Grid,
    request: AnalysisRequest,
    onProgress?: AnalysisProgress
  ) {
    const post = (m: ToWorker) => w.postMessage(m);
    post({ type: "begin", id, rows: grid.length });
    for (let start = 0; start < grid.length; start += SLICE_ROWS) {
      if (pending?.id !== id) return;
      post({ type: "rows", id, rows: grid.slice(start, start + SLICE_ROWS) as never });
      onProgress?.("sending", Math.min(grid.length, start + SLICE_ROWS), grid.length);
      // Let the pane paint and handle input between slices.
      if (grid.length > SLICE_ROWS) await pause();
    }
    if (pending?.id !== id) return;
    onProgress?.("analyzing", 0, grid.length);
    post({ type: "run", id, request });
  }

  return { run, cancel: stop };
}

/** Without Worker (old hosts): the same analysis on this thread, after the progress bar painted. */
async function runInline(
  grid: Grid,
  request: AnalysisRequest,
  onProgress: AnalysisProgress | undefined,
  superseded: () => boolean
): Promise<AnalysisResult> {
  onProgress?.("analyzing", 0, grid.length);
  const { analyze } = await import(/* webpackChunkName: "analysis-inline" */ "../../core/analyze");
  await pause();
  if (superseded()) throw new Cancelled();
  const progress = (step: ProgressPhase, done: number, total: number) =>
    onProgress?.("analyzing", done, total, step);
  return analyze(grid, { ...toAnalysisOptions(request), onProgress: progress });
}
