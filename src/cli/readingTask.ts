// One large CSV's plain rows read by several threads at once: first each thread parses chunks of
// lines it claims, then each groups the rows of a key-hash partition it claims, then the first
// to claim them sums the customers (claimSums). The main thread claims work like any other, so
// the result never depends on whether, or when, a helper thread comes up: a thread that starts
// late finds nothing left and returns.
import { customerSums, type CustomerSums } from "../core/aggregate";
import { groupPartition } from "./keyGroups";
import { LineCells } from "./lineCells";
import { parsePlainRow, type PlainColumns, type PlainRowArrays } from "./plainRows";

/** Everything a thread needs, in memory all threads share (postMessage passes it as it is). */
export interface ReadingTask {
  bytes: Uint8Array;
  lineStart: Int32Array;
  delimiter: number;
  width: number;
  firstDataRow: number;
  /** Data rows: row i is line firstDataRow + i. */
  n: number;
  columns: PlainColumns;
  commaDecimal: boolean;
  chunks: number;
  parts: number;
  rows: PlainRowArrays;
  /** Per row: the first row with the same key (see groupPartition). */
  firstRow: Int32Array;
  /** Counters and flags, at the indices below. */
  control: Int32Array;
  /** The output is JSON: the helper that sums then helps make the shares' texts (see ShareTexts). */
  shareTexts: boolean;
}

const NEXT_CHUNK = 0;
const CHUNKS_DONE = 1;
const NEXT_PART = 2;
const PARTS_DONE = 3;
/** Set when a line needs its cells: the main thread then reads the file on its own. */
const NOT_PLAIN = 4;
/** Set when a thread failed; the main thread then reads the file on its own. */
const FAILED = 5;
/** Claims of the customers' sums (see claimSums), and whether the claimer has handed them over. */
const SUMS_CLAIMS = 6;
const SUMS_DONE = 7;
/** Whether the helper that summed has handed over buffers for the shares' texts (see ShareTexts). */
const SHARE_BUFFERS_DONE = 8;
export const CONTROL_SIZE = 9;

/** How long a thread waits for another before it gives up (a helper that died mid-chunk). */
const PATIENCE_MS = 60_000;

export type ReadingOutcome = "read" | "notPlain" | "failed";

/**
 * This thread's share of the task; on the main thread it returns when all of it is done, with
 * "notPlain" if some line needs its cells and "failed" if a thread failed or stopped answering.
 */
export function readShare(task: ReadingTask): ReadingOutcome {
  const { control, n, chunks, parts } = task;
  try {
    const line = new LineCells(task.bytes, task.lineStart, task.delimiter, task.width);
    for (let k = Atomics.add(control, NEXT_CHUNK, 1); k < chunks;) {
      if (Atomics.load(control, NOT_PLAIN) === 0 && !parseChunk(task, line, k))
        Atomics.store(control, NOT_PLAIN, 1);
      signal(control, CHUNKS_DONE);
      k = Atomics.add(control, NEXT_CHUNK, 1);
    }
    if (!waitFor(control, CHUNKS_DONE, chunks)) return "failed";
    if (Atomics.load(control, NOT_PLAIN) !== 0) return "notPlain";
    for (let p = Atomics.add(control, NEXT_PART, 1); p < parts;) {
      groupPartition(task.bytes, task.rows, n, p, parts, task.firstRow);
      signal(control, PARTS_DONE);
      p = Atomics.add(control, NEXT_PART, 1);
    }
    return waitFor(control, PARTS_DONE, parts) ? "read" : "failed";
  } catch (e) {
    markFailed(control);
    throw e;
  }
}

/** Each row's customer, numbered in order of first row, and the customers' sums. */
export interface GroupedSums {
  customerOf: Int32Array;
  count: number;
  sums: CustomerSums;
}

/**
 * After readShare: the customers' sums if this thread is the first to claim them, else null. A
 * helper thread claims them as soon as the rows are grouped, while the main thread makes the
 * customers' names; the main thread claims them after that, and finds them claimed or does them.
 */
export function claimSums(task: ReadingTask): GroupedSums | null {
  return Atomics.add(task.control, SUMS_CLAIMS, 1) === 0 ? groupedSums(task) : null;
}

/** The customers' sums, made by this thread whoever claimed them. */
export function groupedSums(task: ReadingTask): GroupedSums {
  const { firstRow, n, rows } = task;
  const customerOf = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const first = firstRow[i];
    customerOf[i] = first === i ? count++ : customerOf[first];
  }
  const sums = customerSums(rows.values, rows.margins, customerOf, count, true);
  return { customerOf, count, sums };
}

/** A helper has handed its sums over (see waitForSums). */
export function sumsHandedOver(control: Int32Array): void {
  signal(control, SUMS_DONE);
}

/** The helper that summed has handed over buffers for the shares' texts. */
export function shareBuffersHandedOver(control: Int32Array): void {
  signal(control, SHARE_BUFFERS_DONE);
}

/** Waits for those buffers; false if the helper failed or took too long. */
export function waitForShareBuffers(control: Int32Array): boolean {
  return waitFor(control, SHARE_BUFFERS_DONE, 1);
}

/** A helper failed: the others stop waiting for it. */
export function markFailed(control: Int32Array): void {
  Atomics.store(control, FAILED, 1);
  for (const i of [CHUNKS_DONE, PARTS_DONE, SUMS_DONE, SHARE_BUFFERS_DONE])
    Atomics.notify(control, i);
}

/** Waits for a helper that claimed the sums to hand them over; false if it failed or took too long. */
export function waitForSums(control: Int32Array): boolean {
  return waitFor(control, SUMS_DONE, 1);
}

function parseChunk(task: ReadingTask, line: LineCells, k: number): boolean {
  const { n, chunks, firstDataRow, columns, commaDecimal, rows } = task;
  const to = Math.floor(((k + 1) * n) / chunks);
  for (let i = Math.floor((k * n) / chunks); i < to; i++)
    if (!parsePlainRow(line, firstDataRow + i, columns, commaDecimal, rows, i, true)) return false;
  return true;
}

function signal(control: Int32Array, index: number): void {
  Atomics.add(control, index, 1);
  Atomics.notify(control, index);
}

/** Waits until counter `index` reaches `target`; false if a thread failed or took too long. */
function waitFor(control: Int32Array, index: number, target: number): boolean {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    if (Atomics.load(control, FAILED) !== 0) return false;
    const done = Atomics.load(control, index);
    if (done >= target) return true;
    const left = deadline - Date.now();
    if (left <= 0) {
      Atomics.store(control, FAILED, 1);
      return false;
    }
    Atomics.wait(control, index, done, Math.min(left, 1000));
  }
}
