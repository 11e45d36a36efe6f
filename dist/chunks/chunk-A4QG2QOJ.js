import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/errors.ts
init_esm_dirname();
var MlgateError = class extends Error {
  location;
  hint;
  exitCode;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "MlgateError";
    this.location = opts.location ?? {};
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? 2;
  }
  /** `file:line:col: message` followed by the hint, the way compilers print it. */
  format() {
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
