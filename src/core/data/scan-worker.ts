/**
 * Worker entry of the parallel CSV scan (built as dist/scan-worker.js): opens its own handle on the
 * file and scans the segments it is sent, one at a time, posting each one's statistics, evidence
 * and row hashes back. Errors are posted as such: the merging thread scans that segment again
 * itself, with the file's true line numbers, and reports the error from there.
 */
import { open } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { NullTokens } from "./cells.js";
import { CsvReader } from "./csv.js";
import { type ScanWorkerData, type SegmentJob, scanJob } from "./segment.js";

const data = workerData as ScanWorkerData;
const port = parentPort!;
const fh = await open(data.file, "r");
const reader = new CsvReader(fh, data.file, {
  delimiter: data.delimiter,
  nulls: new NullTokens(data.nullValues),
  keepText: false,
  reuseChunks: true,
});
reader.header = data.shape.columns;

port.on("message", async (job: SegmentJob | "close") => {
  if (job === "close") {
    await fh.close();
    port.close();
    return;
  }
  const done = await scanJob(reader, fh, data, job);
  port.postMessage(done, "rows" in done ? done.rows.transferables() : []);
});
