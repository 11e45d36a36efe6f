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
import {
  findRowStart,
  RowBatch,
  type ScanWorkerData,
  type SegmentDone,
  type SegmentJob,
  SegmentScan,
  scanSegment,
  segmentSeed,
} from "./segment.js";

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
  let done: SegmentDone;
  const transfer: ArrayBuffer[] = [];
  try {
    const start = job.exactStart ? job.start : await findRowStart(fh, job.start);
    const scan = new SegmentScan(data.shape, segmentSeed(job.index), data.expectedRows);
    const rows = new RowBatch();
    await reader.seek(start, job.end, 1, 0);
    if (start < job.end) await scanSegment(reader, scan, rows);
    const end = start < job.end ? reader.bytesConsumed : start;
    done = { index: job.index, start, end, lines: reader.lineNumber - 1, scan, rows };
    transfer.push(...rows.transferables());
  } catch (e) {
    done = { index: job.index, error: (e as Error).message };
  }
  port.postMessage(done, transfer);
});
