// One Excel.run per action (class columns, analysis sheet, KAM sheets ...), with its round trips
// counted for ActionReport.syncs.

/** A request context whose sync() calls are counted. */
export class Batch {
  syncs = 0;
  constructor(readonly requestContext: Excel.RequestContext) {}

  get workbook(): Excel.Workbook {
    return this.requestContext.workbook;
  }

  async sync(): Promise<void> {
    this.syncs++;
    await this.requestContext.sync();
  }
}

/**
 * Runs `action` in one Excel.run and hands it a counting batch. Callers name it `context` so
 * that the office-addins lint rules see every `context.sync()` between a load and its read.
 * Loops over chunks call a helper that queues chunk i and syncs once (never a sync per row).
 */
export function runBatch<T>(action: (context: Batch) => Promise<T>): Promise<T> {
  return Excel.run((requestContext) => action(new Batch(requestContext)));
}

/** Queues one step and sends it: the one round trip of that step. */
async function syncStep(context: Batch, queue: () => void): Promise<void> {
  queue();
  await context.sync();
}

/**
 * Runs queued work in payload-sized steps, one sync each: data too large for one request is the
 * only reason to sync more than once while writing. Never one sync per row or cell.
 */
export async function syncInSteps(
  context: Batch,
  steps: readonly (() => void)[],
  onStep?: (done: number) => void
): Promise<void> {
  let done = 0;
  for (const queue of steps) {
    await syncStep(context, queue);
    onStep?.(++done);
  }
}

/**
 * Before a batch of large writes: Excel does not recalculate the user's formulas until the next
 * sync (ExcelApi 1.6, below the manifest's 1.8), instead of once per written range.
 */
export function queueSuspendCalculation(context: Batch): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
}
