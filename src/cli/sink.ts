// Where the output goes: stdout or --out, written in chunks of about a megabyte so that half a
// million CSV lines never sit in memory as one string.
import { closeSync, openSync, writeSync } from "node:fs";
import { CliError } from "./errors";

export interface Sink {
  write(text: string): void;
  /** Writes what is buffered; the sink is done. */
  close(): void;
}

const CHUNK = 1 << 20;

function buffered(flush: (text: string) => void): Sink {
  let parts: string[] = [];
  let size = 0;
  const drain = () => {
    if (parts.length > 0) flush(parts.join(""));
    parts = [];
    size = 0;
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) drain();
    },
    close: drain,
  };
}

export function streamSink(write: (text: string) => void): Sink {
  return buffered(write);
}

export function fileSink(file: string): Sink {
  let fd: number;
  const failed = (e: unknown) =>
    new CliError("CLI_WRITE_FAILED", { file, detail: (e as Error).message });
  try {
    fd = openSync(file, "w");
  } catch (e) {
    throw failed(e);
  }
  const sink = buffered((text) => {
    try {
      writeSync(fd, text);
    } catch (e) {
      throw failed(e);
    }
  });
  return {
    write: sink.write,
    close() {
      sink.close();
      closeSync(fd);
    },
  };
}
