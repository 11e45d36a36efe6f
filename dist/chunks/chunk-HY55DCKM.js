import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/inference-log.ts
init_esm_dirname();
var INFERENCE_LOG_SCHEMA = "mlgate/inference-log@1";
var INFERENCE_LOG_FIELDS = {
  schema: "_mlgate_schema",
  time: "_mlgate_time",
  requestId: "_mlgate_request_id",
  /** The row's index within its request (0 for a single-row request): with the request id, a row's key. */
  row: "_mlgate_row",
  model: "_mlgate_model",
  version: "_mlgate_version",
  digest: "_mlgate_digest",
  /** Predicted label (classification) or value (regression). */
  prediction: "_mlgate_prediction",
  /** Class probabilities by class label (classification only). */
  probabilities: "_mlgate_probabilities"
};
var inferenceLogMeta = object({
  _mlgate_schema: literal(INFERENCE_LOG_SCHEMA),
  /** ISO 8601 time the request was scored. */
  _mlgate_time: string(),
  _mlgate_request_id: string(),
  _mlgate_row: number().int().nonnegative().optional(),
  _mlgate_model: string(),
  _mlgate_version: string().optional(),
  _mlgate_digest: string(),
  _mlgate_prediction: union([string(), number()]),
  _mlgate_probabilities: record(string(), number()).optional()
});
var INFERENCE_LOG_FILE = /^inference-\d{8}T\d{6}Z-\d{4}\.jsonl$/;

export {
  INFERENCE_LOG_SCHEMA,
  INFERENCE_LOG_FIELDS,
  INFERENCE_LOG_FILE
};
