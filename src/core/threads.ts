import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { MlgateError } from "./errors.js";

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
 * constructor shares the hidden class of the ones made here.
 */
export function adopt<T extends object>(fresh: T, posted: object): T {
  return Object.assign(fresh, posted);
}
