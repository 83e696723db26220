// Where the output goes: stdout or the --out file, chunk by chunk, so that half a million CSV
// lines never sit in memory as one string.
import { closeSync, openSync, writeSync } from "node:fs";
import { ByteWriter } from "./byteWriter";
import { CliError } from "./errors";

export interface Sink {
  writer: ByteWriter;
  /** Writes what is buffered; the sink is done. */
  close(): void;
}

/** `write` gets copies: the writer reuses its buffer, and a pipe may still be sending. */
export function streamSink(write: (bytes: Uint8Array) => void): Sink {
  const writer = new ByteWriter((bytes) => write(Uint8Array.prototype.slice.call(bytes)));
  return { writer, close: () => writer.drain() };
}

export function fileSink(file: string): Sink {
  const failed = (e: unknown) =>
    new CliError("CLI_WRITE_FAILED", { file, detail: (e as Error).message });
  let fd: number;
  try {
    fd = openSync(file, "w");
  } catch (e) {
    throw failed(e);
  }
  const writer = new ByteWriter((bytes) => {
    try {
      writeSync(fd, bytes);
    } catch (e) {
      throw failed(e);
    }
  });
  return {
    writer,
    close() {
      writer.drain();
      closeSync(fd);
    },
  };
}
