// Helper threads for reading a large CSV. They are started as soon as a file looks large, so that
// they are up by the time its lines are found (a thread takes ~30-50 ms to start).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ReadingTask } from "./readingTask";

/** At most this many threads read: beyond it, the main thread's own work dominates. */
const MAX_THREADS = 4;

/**
 * Threads to read with, the main thread included: KAM_THREADS if set (1 reads on the main thread
 * alone, as before threads), else one per processor core, at most MAX_THREADS.
 */
export function readingThreadCount(env: NodeJS.ProcessEnv = process.env): number {
  const chosen = Number(env.KAM_THREADS);
  if (Number.isInteger(chosen) && chosen >= 1) return Math.min(chosen, 64);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

export class ReadingThreads {
  private constructor(private readonly workers: Worker[]) {}

  /**
   * `count` helper threads, or none where the compiled helper is missing (the TypeScript sources
   * under test): the main thread then does all of the work by itself.
   */
  static start(count: number): ReadingThreads {
    const script = join(__dirname, "readingWorker.js");
    if (count < 1 || !existsSync(script)) return new ReadingThreads([]);
    const workers: Worker[] = [];
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script);
      // A helper must never keep the command from ending, nor end it by failing: its failure is
      // seen in the task's flags, and the main thread then reads on its own.
      worker.unref();
      worker.on("error", () => undefined);
      workers.push(worker);
    }
    return new ReadingThreads(workers);
  }

  /** Hands the task to every helper; each takes what the others have not claimed. */
  share(task: ReadingTask): void {
    for (const worker of this.workers) worker.postMessage(task);
    this.workers.length = 0;
  }

  /** Ends helpers that were never given a task. */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.length = 0;
  }
}
