import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/errors.ts
init_esm_dirname();
var MlgateError = class _MlgateError extends Error {
  location;
  hint;
  exitCode;
  /** Set when several problems were found together (see `MlgateError.all`): each one, in order. */
  problems;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "MlgateError";
    this.location = opts.location ?? {};
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? 2;
    this.problems = opts.problems;
  }
  /**
   * Every problem of one input (a config file) as one error, so the user fixes them in one round
   * rather than one per run: the single problem itself, or an error that lists them all.
   */
  static all(problems, file) {
    if (problems.length === 1) return problems[0];
    return new _MlgateError(`${problems.length} problems`, {
      location: file === void 0 ? {} : { file },
      hint: problems[0]?.hint,
      exitCode: problems[0]?.exitCode,
      problems
    });
  }
  /** `file:line:col: message` followed by the hint, the way compilers print it. */
  format() {
    if (this.problems && this.problems.length > 1) {
      const head = this.location.file ? `${this.location.file}: ${this.message}:` : `${this.message}:`;
      return [head, ...this.problems.map((p) => p.format())].join("\n");
    }
    const { file, line, column, key } = this.location;
    let where = "";
    if (file) where = file + (line ? `:${line}` + (column ? `:${column}` : "") : "") + ": ";
    const keyPart = key && !this.message.includes(key) ? ` (at ${key})` : "";
    return `${where}${this.message}${keyPart}` + (this.hint ? `
  hint: ${this.hint}` : "");
  }
};
function isMlgateError(e) {
  return e instanceof MlgateError || typeof e === "object" && e !== null && e.name === "MlgateError";
}

export {
  MlgateError,
  isMlgateError
};
