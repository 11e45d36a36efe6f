/**
 * Worker entry of a large file's scan (built as dist/scan-host.js; see scanFile): runs the scan on
 * this thread, with the scan workers it starts, and posts its progress, then what it found or the
 * error, to the thread that asked for it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Progress } from "../ports.js";
import { postableError } from "../threads.js";
import { scanPass } from "./pass.js";
import { RowIndex } from "./rows.js";
import type { HostMessage, HostRequest } from "./scan.js";

const request = workerData as HostRequest;
const port = parentPort!;
const send = (m: HostMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

const progress: Progress = {
  start(label, total) {
    send({ progress: "start", label, total });
    return {
      update: (done, note) => send({ progress: "update", done, note }),
      done: (note) => send({ progress: "done", note }),
    };
  },
};

try {
  const { workerUrl, pipeUrl, ...options } = request.options;
  const pass = await scanPass(request.path, {
    ...options,
    workerUrl: workerUrl === undefined ? undefined : new URL(workerUrl),
    pipeUrl: typeof pipeUrl === "string" ? new URL(pipeUrl) : pipeUrl,
    leakageIndex: request.leakageIndex && RowIndex.revive(request.leakageIndex),
    progress,
  });
  send({ pass }, pass.rowIndex.transferables());
} catch (e) {
  send({ error: postableError(e) });
}
