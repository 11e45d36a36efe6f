/**
 * Worker entry (built as dist/drift-read-worker.js): reads one side of a drift comparison from its
 * data files and sorts its numeric columns, so that the two sides are read and sorted at once on
 * two threads. Posts the `ValuesResult` with the numeric values sorted (`sorted: true`) and their
 * buffers transferred, not copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { sortFloat64 } from "../core/stats/sort.js";
import { type OffThreadRead, readValues } from "./drift-read.js";

const result = await readValues(workerData as OffThreadRead);
const transfer: ArrayBuffer[] = [];
for (const c of result.columns) {
  c.values = sortFloat64(c.values);
  c.sorted = true;
  transfer.push(c.values.buffer as ArrayBuffer);
}
parentPort!.postMessage(result, transfer);
