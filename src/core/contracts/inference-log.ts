import * as z from "zod";

/**
 * The inference log (mlgate/inference-log@1): one JSON object per scored row, one line each, in
 * size-rotated files `inference-<start time>-<seq>.jsonl` under the log directory. The row's feature
 * values sit at the top level under their own column names, so the existing JSON Lines reader, the
 * profiler and drift-check read a log file as data; mlgate's own fields are prefixed `_mlgate_` and
 * never collide with a feature name the bundle accepts.
 */
export const INFERENCE_LOG_SCHEMA = "mlgate/inference-log@1";

/** Field names the log adds beside the features. */
export const INFERENCE_LOG_FIELDS = {
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
  probabilities: "_mlgate_probabilities",
} as const;

export const inferenceLogMeta = z.object({
  _mlgate_schema: z.literal(INFERENCE_LOG_SCHEMA),
  /** ISO 8601 time the request was scored. */
  _mlgate_time: z.string(),
  _mlgate_request_id: z.string(),
  _mlgate_row: z.number().int().nonnegative().optional(),
  _mlgate_model: z.string(),
  _mlgate_version: z.string().optional(),
  _mlgate_digest: z.string(),
  _mlgate_prediction: z.union([z.string(), z.number()]),
  _mlgate_probabilities: z.record(z.string(), z.number()).optional(),
});
export type InferenceLogMeta = z.infer<typeof inferenceLogMeta>;

/** File names the log writes; readers take every file of a directory that matches, in name order. */
export const INFERENCE_LOG_FILE = /^inference-\d{8}T\d{6}Z-\d{4}\.jsonl$/;
