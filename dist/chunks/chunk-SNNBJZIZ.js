import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/threads.ts
init_esm_dirname();
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
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
function adopt(fresh, posted) {
  const fields = fresh;
  for (const [key, value] of Object.entries(posted)) {
    fields[key] = Array.isArray(value) ? value.map((x) => x) : value;
  }
  return fresh;
}
var SCAN_WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };
var compilingInline = 0;
async function withWorkersCompilingInline(start) {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some(
    (a) => a.includes("concurrent-recompilation") || a.includes("lazy-feedback-allocation")
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
function revivedError(posted) {
  if (posted.name === "MlgateError") {
    return new MlgateError(posted.message, {
      location: posted.location,
      hint: posted.hint,
      exitCode: posted.exitCode
    });
  }
  const error = new Error(posted.message);
  error.name = posted.name;
  if (posted.stack !== void 0) error.stack = posted.stack;
  return error;
}

// src/core/data/format.ts
init_esm_dirname();
import { extname } from "node:path";
function detectFormat(path, format = "auto") {
  if (format && format !== "auto") return format;
  const ext = extname(path).toLowerCase();
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt" || ext === "") return "csv";
  throw new MlgateError(`cannot tell the format of '${path}' from its extension '${ext}'`, {
    location: { file: path },
    hint: "use a .csv, .tsv, .jsonl or .parquet file, or set `data.format` in mlgate.yml"
  });
}

export {
  threadBudget,
  bundledWorker,
  adopt,
  SCAN_WORKER_LIMITS,
  withWorkersCompilingInline,
  revivedError,
  detectFormat
};
