// One Excel.run per action, with its round trips counted for ActionReport.syncs.

/** A request context whose sync() calls are counted. */
export class Batch {
  syncs = 0;
  constructor(readonly context: Excel.RequestContext) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }
}

/** Runs `action` in one Excel.run and hands it a counting batch. */
export function runBatch<T>(action: (batch: Batch) => Promise<T>): Promise<T> {
  return Excel.run((context) => action(new Batch(context)));
}

/**
 * Queues the work of chunk i, then syncs once: the accepted pattern for data too large for one
 * request (one round trip per chunk, never per row or cell). `queue` may return a function that
 * runs after the sync to read what the chunk loaded.
 */
export async function syncChunk(batch: Batch, queue: () => (() => void) | void): Promise<void> {
  const after = queue();
  await batch.sync();
  if (after) after();
}
