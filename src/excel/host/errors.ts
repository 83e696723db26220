import type { Message } from "../../core/types";

/**
 * A failure of the Excel layer the user must act on (source gone, Excel too old). Like the core's
 * AnalysisError it is a Message: the task pane translates `code` with `params`.
 */
export class ExcelLayerError extends Error implements Message {
  readonly params: Record<string, string | number>;

  constructor(
    readonly code: string,
    params: Record<string, string | number> = {}
  ) {
    super(code);
    this.name = "ExcelLayerError";
    this.params = params;
  }
}
