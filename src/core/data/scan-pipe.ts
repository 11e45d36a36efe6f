/**
 * Worker entry of a piped CSV scan (built as dist/scan-pipe.js; see pipeCsv in pass.ts): one of its
 * two ends, tokenising the file's segments or profiling and checking their chunks, as workerData's
 * `role` says. Errors are posted to the thread that started it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { postableError } from "../threads.js";
import { type PipeData, profileFrom, tokenizeInto } from "./pass.js";

const data = workerData as PipeData;
const report = parentPort!;
if (data.role === "profile") profileFrom(data, data.port, report);
else {
  try {
    await tokenizeInto(data, data.port, report);
  } catch (e) {
    report.postMessage({ error: postableError(e) });
  }
}
