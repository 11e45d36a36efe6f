import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MlgateError
} from "./chunk-A4QG2QOJ.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/threads.ts
init_esm_dirname();
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
function threadBudget(env = process.env) {
  const raw = env.MLGATE_THREADS;
  if (raw === void 0 || raw.trim() === "") return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new MlgateError(`MLGATE_THREADS must be a whole number \u2265 1, got '${raw}'`, {
      hint: "unset it to use every core, or set it to 1 to stay on one thread"
    });
  }
  return n;
}
function bundledWorker(name) {
  for (const relative of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}

export {
  threadBudget,
  bundledWorker
};
