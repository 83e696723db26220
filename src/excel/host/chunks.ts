/**
 * Excel on the web refuses requests and responses above 5 MB. We stay well below with a budget
 * per batch and split large ranges into row blocks that fit it.
 */
export const PAYLOAD_BUDGET_BYTES = 2 * 1024 * 1024;

/** A generous estimate of one cell's share of a request: JSON text plus separators. */
export const BYTES_PER_CELL_ESTIMATE = 24;

export interface RowChunk {
  /** 0-based offset of the first row within the range. */
  start: number;
  count: number;
}

/** Row blocks of a rowCount × columnCount range, each within the payload budget. */
export function rowChunks(
  rowCount: number,
  columnCount: number,
  bytesPerCell = BYTES_PER_CELL_ESTIMATE,
  budget = PAYLOAD_BUDGET_BYTES
): RowChunk[] {
  const perRow = Math.max(1, columnCount) * bytesPerCell;
  const rowsPerChunk = Math.max(1, Math.floor(budget / perRow));
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rowCount; start += rowsPerChunk) {
    chunks.push({ start, count: Math.min(rowsPerChunk, rowCount - start) });
  }
  return chunks;
}

/** UTF-8 bytes of a cell in a JSON request or response, with its separator. */
export function cellBytes(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length + 1 : 5;
  if (typeof value === "string") {
    let n = 3; // quotes and separator
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      // Non-ASCII takes up to 3 bytes in UTF-8; escaped quotes and backslashes take 2.
      n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 6 : 1) : 3;
    }
    return n;
  }
  return 8;
}

/**
 * Splits `count` rows into consecutive chunks whose measured size stays within `budget`
 * (a single larger row still gets a chunk of its own). For writes, where every cell is known.
 */
export function chunksBySize(
  count: number,
  rowBytes: (row: number) => number,
  budget = PAYLOAD_BUDGET_BYTES
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < count; r++) {
    const b = rowBytes(r);
    if (r > start && bytes + b > budget) {
      chunks.push({ start, count: r - start });
      start = r;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) chunks.push({ start, count: count - start });
  return chunks;
}

/** Even a column of blanks costs a few bytes per cell ("" and a comma). */
const MIN_BYTES_PER_CELL = 4;

/** First read chunk: small enough that even cells ten times the estimate stay far below 5 MB. */
export const FIRST_READ_BUDGET_BYTES = PAYLOAD_BUDGET_BYTES / 4;

/**
 * Plans read chunks while reading: the first chunk uses a cautious budget, later ones size
 * themselves on the bytes per cell seen so far (long customer names make rows larger).
 */
export class ReadChunker {
  private done = 0;
  private observedCells = 0;
  private observedBytes = 0;

  constructor(
    readonly rowCount: number,
    readonly columnCount: number
  ) {}

  next(): RowChunk | null {
    if (this.done >= this.rowCount) return null;
    const remaining = this.rowCount - this.done;
    const seen = this.observedCells > 0 ? this.observedBytes / this.observedCells : 0;
    // A quarter above what was seen (row brackets, longer cells further down).
    const perCell =
      seen > 0 ? Math.max(MIN_BYTES_PER_CELL, Math.ceil(seen * 1.25)) : BYTES_PER_CELL_ESTIMATE;
    const budget = this.observedCells > 0 ? PAYLOAD_BUDGET_BYTES : FIRST_READ_BUDGET_BYTES;
    const [first] = rowChunks(remaining, this.columnCount, perCell, budget);
    const chunk = { start: this.done, count: first.count };
    this.done += first.count;
    return chunk;
  }

  /** Records what a chunk's values really weighed. */
  observe(values: readonly (readonly unknown[])[]): void {
    for (const row of values) {
      for (const v of row) this.observedBytes += cellBytes(v);
      this.observedCells += row.length;
    }
  }
}
