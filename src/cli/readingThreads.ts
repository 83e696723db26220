// Helper threads for reading a large CSV. They are started as soon as a file looks large, so that
// they are up by the time its lines are found (a thread takes ~30-50 ms to start).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from "node:worker_threads";
import {
  waitForShareBuffers,
  waitForSums,
  type GroupedSums,
  type ReadingTask,
} from "./readingTask";
import type { ShareTextBuffers } from "./shareTexts";

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
  /** Where helpers given a task hand over what they made (see claimSums). */
  private readonly ports: MessagePort[] = [];

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
      // seen in the task's flags, and the main thread then does the work on its own.
      worker.unref();
      worker.on("error", () => undefined);
      workers.push(worker);
    }
    return new ReadingThreads(workers);
  }

  /** Hands the task to every helper; each takes what the others have not claimed. */
  share(task: ReadingTask): void {
    for (const worker of this.workers) {
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      this.ports.push(port1);
      worker.postMessage({ task, port: port2 }, [port2]);
    }
    this.workers.length = 0;
  }

  /**
   * The sums a helper claimed, once it has handed them over; null if it failed or took too long
   * (then the main thread makes them itself).
   */
  sums(task: ReadingTask): GroupedSums | null {
    if (!waitForSums(task.control)) return null;
    // The helper posts before it signals: the message is already in its port.
    for (const port of this.ports) {
      const received = receiveMessageOnPort(port);
      if (received) {
        this.summer = port;
        return received.message as GroupedSums;
      }
    }
    return null;
  }

  /** The port of the helper that handed over the sums. */
  private summer: MessagePort | null = null;

  /**
   * The buffers for the shares' texts from the helper that summed (a JSON output's task), once
   * it has handed them over; null if it failed. Closes the ports.
   */
  shareTextBuffers(task: ReadingTask): ShareTextBuffers | null {
    const port = this.summer;
    const received =
      port && waitForShareBuffers(task.control) ? receiveMessageOnPort(port) : undefined;
    this.close();
    return received ? (received.message as ShareTextBuffers) : null;
  }

  /** Ends helpers that were never given a task, and closes the ports of those that were. */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.length = 0;
    for (const port of this.ports) port.close();
    this.ports.length = 0;
  }
}
