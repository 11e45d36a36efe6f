/**
 * Worker entry of a piped CSV scan (built as dist/scan-pipe.js; see pipeCsv in pass.ts): one of its
 * two ends, tokenising the file's segments or profiling and checking their chunks, as its job's
 * `role` says. The job is its workerData, or, for a worker started ahead (see prestartPipe), the
 * first message it gets. Errors are posted to the thread that started it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { postableError } from "../threads.js";
import { type PipeData, profileFrom, tokenizeInto } from "./pass.js";
import { AWAITING_JOB, type JobMessage } from "./prestart.js";

const report = parentPort!;
const data: PipeData =
  workerData === AWAITING_JOB
    ? await new Promise((resolve) => report.once("message", (m: JobMessage) => resolve(m.job as PipeData)))
    : workerData;
if (data.role === "profile") profileFrom(data, data.port, report);
else {
  try {
    await tokenizeInto(data, data.port, report);
  } catch (e) {
    report.postMessage({ error: postableError(e) });
  }
}
