import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  number,
  strictObject,
  string
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/config/sections/serve.ts
init_esm_dirname();
var serveSection = strictObject({
  inference_log: string().min(1).optional().describe(
    "Directory for the inference log (JSON Lines, one scored row a line), relative to mlgate.yml. Unset: no log (unless --inference-log)."
  ),
  sample_rate: number().min(0).max(1).default(1).describe("Share of the scored rows written to the inference log (each row drawn independently)."),
  rotate_bytes: number().int().min(1024).default(64 * 1024 * 1024).describe("An inference log file is closed and a new one started once it reaches this size."),
  max_body_bytes: number().int().positive().default(32 * 1024 * 1024).describe("Largest request body accepted; a longer one gets 413."),
  max_rows: number().int().positive().default(1e5).describe("Most rows one request may score; more gets 413.")
}).describe("serve: the model server (Open Inference Protocol v2 and KServe V1 REST).");

export {
  serveSection
};
