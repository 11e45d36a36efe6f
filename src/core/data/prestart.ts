/**
 * How many threads scan a file, and a piped scan's worker started before the command needs it.
 * This module is small on purpose: the CLI loads it before the rest of its code, so that the
 * worker boots (a Node environment and its bundle, about 40 ms) while the CLI loads.
 */
import { statSync } from "node:fs";
import { type TransferListItem, Worker } from "node:worker_threads";
import { bundledWorker, SCAN_WORKER_LIMITS, threadBudget, withWorkersCompilingInline } from "../threads.js";
import { detectFormat } from "./format.js";

/** Files from this size are scanned by segments on every core (see scanThreads). */
export const PARALLEL_MIN_BYTES = 128 << 20;
/** Files from this size are scanned on two threads at least, piped (see scanThreads, pipeCsv). */
export const PIPE_MIN_BYTES = 64 << 20;

/**
 * Threads to scan `dataBytes` of CSV data with: those asked for, else every core for a file of
 * PARALLEL_MIN_BYTES or more, two (if there are) from PIPE_MIN_BYTES, else one. Two threads scan
 * piped (pipeCsv), more by segments (scanCsv). A worker costs its start and its own warm-up of the
 * compiled code (a few hundred ms of CPU), which a small file does not repay: on 2 vCPUs the pipe
 * was 10% slower than one thread at 30 MB and 10% faster at 76 MB; spreading segments over two
 * threads only broke even at 150 MB.
 */
export function scanThreads(dataBytes: number, asked?: number): number {
  if (asked !== undefined) return asked;
  if (dataBytes >= PARALLEL_MIN_BYTES) return threadBudget();
  return dataBytes >= PIPE_MIN_BYTES ? Math.min(2, threadBudget()) : 1;
}

/** The workerData of a worker started ahead of its job, which then comes as its first message. */
export const AWAITING_JOB = "awaiting job";

/** The first message to a worker started ahead: the workerData it would have been started with. */
export interface JobMessage {
  job: unknown;
}

interface Prestarted {
  url: string;
  worker: Worker;
  alive: boolean;
}

let prestarted: Prestarted[] = [];

/**
 * Starts the tokenising worker of a piped scan if `path` looks like a CSV file that will be scanned
 * on two threads (see scanThreads), and says whether it did; the next piped scan takes it
 * (takePrestarted) instead of starting its own, and starts only the profiling one. The tokeniser
 * then boots while the CLI loads, and has filled the pipe's ring by the time the profiler has
 * booted: the scan starts reading 35 ms sooner. Starting both ahead gained nothing on two cores,
 * where three threads booting at once slowed the CLI's own loading as much. A guess, never an
 * error: a file that turns out otherwise (missing, another format in mlgate.yml) leaves the worker
 * unused, and it does not keep the process alive.
 */
export function prestartPipe(path: string, url: URL | undefined = bundledWorker("scan-pipe")): boolean {
  if (!url) return false;
  try {
    if (detectFormat(path) !== "csv") return false;
    const info = statSync(path);
    if (!info.isFile() || scanThreads(info.size) !== 2) return false;
  } catch {
    return false;
  }
  return prestartWorker(url) !== undefined;
}

/**
 * Starts a worker from `url` that waits for its job (its entry must take AWAITING_JOB as the cue
 * to wait for a JobMessage), for takePrestarted to hand out; undefined if it cannot start. It is
 * started as pipeCsv starts its own, and compiles alike (see withWorkersCompilingInline), which
 * V8 settles as the worker boots.
 */
export function prestartWorker(url: URL): Worker | undefined {
  let started: Worker | undefined;
  void withWorkersCompilingInline(
    () =>
      new Promise<void>((booted) => {
        let worker: Worker;
        try {
          worker = new Worker(url, { workerData: AWAITING_JOB, resourceLimits: SCAN_WORKER_LIMITS });
        } catch {
          booted();
          return;
        }
        const entry: Prestarted = { url: url.href, worker, alive: true };
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
      }),
  );
  return started;
}

/** Workers started ahead, still alive and not taken yet. */
export function prestartedWaiting(): number {
  return prestarted.filter((p) => p.alive).length;
}

/**
 * A worker started ahead from `url` and still alive, now given its job (`workerData`, with the
 * ports in `transferList`); undefined when there is none. It keeps the process alive again, and
 * its listeners are the taker's to add.
 */
export function takePrestarted(
  url: URL,
  workerData: unknown,
  transferList?: readonly TransferListItem[],
): Worker | undefined {
  // Those that died waiting are dropped on the way.
  prestarted = prestarted.filter((p) => p.alive);
  const k = prestarted.findIndex((p) => p.url === url.href);
  if (k < 0) return undefined;
  const { worker } = prestarted.splice(k, 1)[0]!;
  worker.removeAllListeners();
  worker.ref();
  const message: JobMessage = { job: workerData };
  worker.postMessage(message, transferList);
  return worker;
}
