/**
 * Worker entry (built as dist/drift-read-worker.js): reads one side of a drift comparison from its
 * data files and sorts its numeric columns, so that drift-check reads and sorts the reference on
 * this thread while the main thread reads the current data. Posts the `ValuesResult` with the
 * numeric values sorted (`sorted: true`) and their buffers transferred, not copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readColumnValues } from "../core/data/values.js";
import { sortFloat64 } from "../core/stats/sort.js";
import type { OffThreadRead } from "./drift-read.js";

const job = workerData as OffThreadRead;
const result = await readColumnValues(job.paths, {
  ...(job.read ? { read: job.read } : {}),
  exclude: (name) => name.startsWith(job.excludePrefix),
  also: job.also,
  ...(job.since ? { since: job.since } : {}),
  ...(job.maxRows !== undefined ? { maxRows: job.maxRows } : {}),
});
const transfer: ArrayBuffer[] = [];
for (const c of result.columns) {
  c.values = sortFloat64(c.values);
  c.sorted = true;
  transfer.push(c.values.buffer as ArrayBuffer);
}
parentPort!.postMessage(result, transfer);
