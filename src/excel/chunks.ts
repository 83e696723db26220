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
