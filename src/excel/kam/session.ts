// One Excel.run for a KAM action, its round trips counted for ActionReport.syncs.

export interface Session {
  context: Excel.RequestContext;
  syncs: number;
  sync(): Promise<void>;
}

export function runSession<T>(action: (s: Session) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => {
    const session: Session = {
      context,
      syncs: 0,
      async sync() {
        session.syncs++;
        await context.sync();
      },
    };
    return action(session);
  });
}

/**
 * Runs queued work in payload-sized steps, one sync each: data too large for one request is the
 * only reason to sync more than once while writing. Never one sync per row or cell.
 */
export async function syncInSteps(
  session: Session,
  steps: readonly (() => void)[],
  onStep?: (done: number) => void
): Promise<void> {
  let done = 0;
  for (const queue of steps) {
    queue();
    await session.sync();
    onStep?.(++done);
  }
}
