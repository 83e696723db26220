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

/** The code of an Office.js error (RichApi.Error), e.g. "InvalidSelection"; undefined otherwise. */
export function officeErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
