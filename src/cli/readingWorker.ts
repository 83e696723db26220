// A helper thread of the CSV reader: takes its share of one reading task, then ends.
import { parentPort } from "node:worker_threads";
import { readShare, type ReadingTask } from "./readingTask";

parentPort?.once("message", (task: ReadingTask) => {
  readShare(task);
  parentPort?.close();
});
