// A helper thread of the CSV reader: takes its share of one reading task and, if it is the first
// to claim them, the customers' sums, which it hands over on its port; for a JSON output it then
// helps make the shares' texts (see ShareTexts); then it ends.
import { parentPort, type MessagePort } from "node:worker_threads";
import {
  claimSums,
  markFailed,
  readShare,
  shareBuffersHandedOver,
  sumsHandedOver,
  type GroupedSums,
  type ReadingTask,
} from "./readingTask";
import { makeTextsFromBack, shareTextBuffers } from "./shareTexts";

parentPort?.once("message", ({ task, port }: { task: ReadingTask; port: MessagePort }) => {
  try {
    if (readShare(task) !== "read") return;
    const grouped = claimSums(task);
    if (!grouped) return;
    // Moved, not copied: the arrays are the main thread's from now on.
    port.postMessage(grouped, buffersOf(grouped));
    sumsHandedOver(task.control);
    if (!task.shareTexts) return;
    const buffers = shareTextBuffers(grouped.count);
    port.postMessage(buffers);
    shareBuffersHandedOver(task.control);
    makeTextsFromBack(buffers);
  } catch {
    markFailed(task.control);
  } finally {
    port.close();
    parentPort?.close();
  }
});

function buffersOf({ customerOf, sums }: GroupedSums): ArrayBuffer[] {
  const { revenue, margin, rowCounts, presorted } = sums;
  const arrays = [customerOf, revenue, margin, rowCounts, presorted?.order, presorted?.values];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}
