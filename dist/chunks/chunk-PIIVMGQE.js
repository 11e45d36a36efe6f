import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SGGMRL24.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/train.ts
init_esm_dirname();
var TRAIN_SCHEMA = "mlgate/train@1";
var epochRecordSchema = external_exports.strictObject({
  epoch: external_exports.number().int().positive(),
  loss: external_exports.number(),
  val_loss: external_exports.number().optional(),
  metric: external_exports.number()
});
var trainReportSchema = external_exports.strictObject({
  schema: external_exports.literal(TRAIN_SCHEMA),
  model: external_exports.string(),
  task: external_exports.enum(["classification", "regression"]),
  /** `builtin` (tfjs trainer) or `command` (bring your own framework). */
  mode: external_exports.enum(["builtin", "command"]),
  framework: external_exports.enum(["tfjs", "onnx"]),
  backend: external_exports.string(),
  device: external_exports.string(),
  samples_per_second: external_exports.number().nonnegative().optional(),
  seed: external_exports.number().int(),
  /** Name of the per-epoch metric: validation accuracy, or validation RMSE in label units. */
  metric: external_exports.enum(["accuracy", "rmse"]).optional(),
  epochs: external_exports.array(epochRecordSchema),
  best_epoch: external_exports.number().int().nonnegative().optional(),
  stopped_early: external_exports.boolean().optional(),
  train_rows: external_exports.number().int().nonnegative(),
  validation_rows: external_exports.number().int().nonnegative().optional(),
  test_rows: external_exports.number().int().nonnegative().optional(),
  duration_seconds: external_exports.number().nonnegative(),
  metrics: external_exports.record(external_exports.string(), external_exports.number()),
  /** Bundle directory relative to train.json. */
  model_dir: external_exports.string()
});

export {
  TRAIN_SCHEMA,
  trainReportSchema
};
