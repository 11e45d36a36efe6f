import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { ReadOptions } from "../core/data/table.js";
import { readColumnValues, type ValuesResult } from "../core/data/values.js";
import { bundledWorker } from "../core/threads.js";

/** What the read worker needs (plain data: the column filter travels as a name prefix). */
export interface OffThreadRead {
  paths: string[];
  read?: ReadOptions;
  excludePrefix: string;
  also: string[];
  since?: { column: string; atLeast: number };
  maxRows?: number;
}

/** Below this many bytes of data a worker costs more than the overlap saves. */
const OFF_THREAD_MIN_BYTES = 16 << 20;

/**
 * `readColumnValues` on a worker thread (numeric values sorted there), so that the caller can read
 * the other side meanwhile; on this thread when the files are small, when running from source (no
 * bundled worker), or when the worker fails (the read here then reports the error as usual).
 */
export async function readValuesOffThread(job: OffThreadRead): Promise<ValuesResult> {
  const url = bundledWorker("drift-read-worker");
  let bytes = 0;
  for (const p of job.paths)
    bytes += await stat(p).then(
      (s) => s.size,
      () => 0,
    );
  if (!url || bytes < OFF_THREAD_MIN_BYTES) return readValues(job);
  const posted = await new Promise<ValuesResult | undefined>((resolve) => {
    const worker = new Worker(url, { workerData: job });
    worker.once("message", (m: ValuesResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return posted ?? readValues(job);
}

/** The read itself, on whichever thread calls it (the worker's, or this one). */
export function readValues(job: OffThreadRead): Promise<ValuesResult> {
  return readColumnValues(job.paths, {
    ...(job.read ? { read: job.read } : {}),
    exclude: (name) => name.startsWith(job.excludePrefix),
    also: job.also,
    ...(job.since ? { since: job.since } : {}),
    ...(job.maxRows !== undefined ? { maxRows: job.maxRows } : {}),
  });
}
