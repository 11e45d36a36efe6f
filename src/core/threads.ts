import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { type ErrorLocation, isMlgateError, MlgateError } from "./errors.js";

/**
 * Threads a command may use for parallel work (data scans, the paired bootstrap): the cores this
 * process may run on, or MLGATE_THREADS when set (1 keeps everything on one thread, for a shared
 * runner or to compare). An unusable value is an error rather than a silent default.
 */
export function threadBudget(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MLGATE_THREADS;
  if (raw === undefined || raw.trim() === "") return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new MlgateError(`MLGATE_THREADS must be a whole number ≥ 1, got '${raw}'`, {
      hint: "unset it to use every core, or set it to 1 to stay on one thread",
    });
  }
  return n;
}

/**
 * A worker entry of the bundle, dist/<name>.js, found from this module, which the build puts in
 * dist/ or dist/chunks/. Run from source there is none, and parallel work stays on this thread.
 */
export function bundledWorker(name: string): URL | undefined {
  for (const relative of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * `fresh`, a new instance of a class, given the fields of `posted`, the structured clone of an
 * instance that another thread posted (a clone keeps data, not classes). Setting the clone's
 * prototype instead would give every posted object a hidden class of its own, and code that meets
 * them (merging, the row checks) would be deoptimised over and over; an instance made by its
 * constructor shares the hidden class of the ones made here. Arrays are copied too: V8 gives a
 * clone's arrays the elements kind of arrays that may have holes, unlike the packed arrays made
 * here, and code indexing both kinds (a sketch's levels and sizes) was deoptimised for them.
 */
export function adopt<T extends object>(fresh: T, posted: object): T {
  const fields = fresh as Record<string, unknown>;
  for (const [key, value] of Object.entries(posted)) {
    fields[key] = Array.isArray(value) ? value.map((x: unknown) => x) : value;
  }
  return fresh;
}

/**
 * Heap limits of the worker threads that scan data. V8 grows a heap's young generation (up to
 * 16 MiB semi-spaces) once enough objects have survived its scavenges since it last grew, which a
 * long scan reaches sooner or later, so peak memory would creep up with the row count. Capped at
 * 2 MiB semi-spaces, a parallel scan's peak memory is the same at 1M rows and at 5M, for the same
 * speed (measured: bench/results/data.md). The main thread's heap cannot be capped from within the
 * process, which is why parallel scans run in a worker (see scanFile).
 */
export const SCAN_WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

/** How many withWorkersCompilingInline calls are under way: the flags are set by the first and restored by the last. */
let compilingInline = 0;

/**
 * Runs `start` (which starts worker threads) with V8 compiling the workers' optimised code on their
 * own threads instead of on background threads, and allocating their functions' type feedback at
 * the first call instead of the eighth, and returns what it returns; the defaults come back once
 * every such `start` has settled. When worker threads keep every core busy, background
 * compilation competes with them, and each thread runs slow code longer before its optimised code
 * arrives: on two cores, a two-thread scan of 1M rows took 1.66 s against 1.73 s (medians of 8,
 * user CPU 2.62 against 2.80 s; Node 24: 1.50 against 1.56 s). Early feedback gets the scan's hot
 * loops optimised sooner: as a flag of the whole process, 0.99 against 1.02 s on Node 24 (medians
 * of 12); set here, 1.25 against 1.30 s on Node 20, and within the noise on Node 24. A short
 * command does better without it, which is why it is not set for the whole process. V8 reads the first setting
 * when an isolate starts, so this thread's isolate keeps its own; a flag given on the command line
 * or in NODE_OPTIONS is left alone.
 */
export async function withWorkersCompilingInline<T>(start: () => Promise<T>): Promise<T> {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some(
    (a) => a.includes("concurrent-recompilation") || a.includes("lazy-feedback-allocation"),
  );
  if (given) return start();
  if (compilingInline++ === 0) {
    setFlagsFromString("--no-concurrent-recompilation");
    setFlagsFromString("--no-lazy-feedback-allocation");
  }
  try {
    return await start();
  } finally {
    if (--compilingInline === 0) {
      setFlagsFromString("--concurrent-recompilation");
      setFlagsFromString("--lazy-feedback-allocation");
    }
  }
}

/** An error as a worker thread posts it: what the thread that started the work needs to throw it again. */
export interface PostedError {
  name: string;
  message: string;
  stack?: string;
  location?: ErrorLocation;
  hint?: string;
  exitCode?: number;
}

export function postableError(e: unknown): PostedError {
  if (isMlgateError(e)) {
    return { name: e.name, message: e.message, location: e.location, hint: e.hint, exitCode: e.exitCode };
  }
  const error = e instanceof Error ? e : new Error(String(e));
  return { name: error.name, message: error.message, stack: error.stack };
}

/** The error a worker posted, to throw on this thread: a MlgateError stays one (message, location, hint). */
export function revivedError(posted: PostedError): Error {
  if (posted.name === "MlgateError") {
    return new MlgateError(posted.message, {
      location: posted.location,
      hint: posted.hint,
      exitCode: posted.exitCode,
    });
  }
  const error = new Error(posted.message);
  error.name = posted.name;
  if (posted.stack !== undefined) error.stack = posted.stack;
  return error;
}
