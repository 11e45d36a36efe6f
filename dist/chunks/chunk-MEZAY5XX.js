import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  SCAN_WORKER_LIMITS,
  bundledWorker,
  detectFormat,
  threadBudget,
  withWorkersCompilingInline
} from "./chunk-SNNBJZIZ.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/prestart.ts
init_esm_dirname();
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 128 << 20;
var PIPE_MIN_BYTES = 64 << 20;
function scanThreads(dataBytes, asked) {
  if (asked !== void 0) return asked;
  if (dataBytes >= PARALLEL_MIN_BYTES) return threadBudget();
  return dataBytes >= PIPE_MIN_BYTES ? Math.min(2, threadBudget()) : 1;
}
var AWAITING_JOB = "awaiting job";
var prestarted = [];
function prestartPipe(path, url = bundledWorker("scan-pipe")) {
  if (!url) return false;
  try {
    if (detectFormat(path) !== "csv") return false;
    const info = statSync(path);
    if (!info.isFile() || scanThreads(info.size) !== 2) return false;
  } catch {
    return false;
  }
  return prestartWorker(url) !== void 0;
}
function prestartWorker(url) {
  let started;
  void withWorkersCompilingInline(
    () => new Promise((booted) => {
      let worker;
      try {
        worker = new Worker(url, { workerData: AWAITING_JOB, resourceLimits: SCAN_WORKER_LIMITS });
      } catch {
        booted();
        return;
      }
      const entry = { url: url.href, worker, alive: true };
      const dead = () => {
        entry.alive = false;
        booted();
      };
      worker.once("online", booted);
      worker.once("error", dead);
      worker.once("exit", dead);
      worker.unref();
      prestarted.push(entry);
      started = worker;
    })
  );
  return started;
}
function takePrestarted(url, workerData, transferList) {
  prestarted = prestarted.filter((p) => p.alive);
  const k = prestarted.findIndex((p) => p.url === url.href);
  if (k < 0) return void 0;
  const { worker } = prestarted.splice(k, 1)[0];
  worker.removeAllListeners();
  worker.ref();
  const message = { job: workerData };
  worker.postMessage(message, transferList);
  return worker;
}

export {
  scanThreads,
  prestartPipe,
  takePrestarted
};
