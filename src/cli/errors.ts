import type { Message } from "../core/types";
import type { CliCode } from "./messages";

/** A problem with the data or the files: exit code 1, in words from the CLI catalogue. */
export class CliError extends Error implements Message {
  constructor(
    readonly code: CliCode,
    readonly params: Record<string, string | number> = {}
  ) {
    super(code);
    this.name = "CliError";
  }
}

/** Wrong usage: exit code 2, followed by the usage line. */
export class UsageError extends Error implements Message {
  constructor(
    readonly code: CliCode,
    readonly params: Record<string, string | number> = {}
  ) {
    super(code);
    this.name = "UsageError";
  }
}
