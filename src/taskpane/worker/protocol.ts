// Messages between the task pane and the analysis worker. The grid travels in slices so that
// copying a million rows never blocks the pane for long; the result comes back in one message.
import type { AnalysisResult } from "../../core/analyze";
import type { ProgressPhase, CellValue, Message } from "../../core/types";
import type { AnalysisRequest } from "../logic/source";

export type ToWorker =
  | { type: "begin"; id: number; rows: number }
  | { type: "rows"; id: number; rows: CellValue[][] }
  | { type: "run"; id: number; request: AnalysisRequest };

export type FromWorker =
  | { type: "progress"; id: number; step: ProgressPhase; done: number; total: number }
  | { type: "result"; id: number; result: AnalysisResult }
  /** `error.code` is an AnalysisError code when `analysis` is true, else a plain message. */
  | { type: "error"; id: number; analysis: boolean; error: Message & { message: string } };
