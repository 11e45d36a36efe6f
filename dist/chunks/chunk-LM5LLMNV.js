import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  record,
  strictObject,
  string
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/train.ts
init_esm_dirname();
var TRAIN_SCHEMA = "mlgate/train@1";
var epochRecordSchema = strictObject({
  epoch: number().int().positive(),
  loss: number(),
  val_loss: number().optional(),
  metric: number()
});
var trainReportSchema = strictObject({
  schema: literal(TRAIN_SCHEMA),
  model: string(),
  task: _enum(["classification", "regression"]),
  /** `builtin` (tfjs trainer) or `command` (bring your own framework). */
  mode: _enum(["builtin", "command"]),
  framework: _enum(["tfjs", "onnx"]),
  backend: string(),
  device: string(),
  samples_per_second: number().nonnegative().optional(),
  seed: number().int(),
  /** Name of the per-epoch metric: validation accuracy, or validation RMSE in label units. */
  metric: _enum(["accuracy", "rmse"]).optional(),
  epochs: array(epochRecordSchema),
  best_epoch: number().int().nonnegative().optional(),
  stopped_early: boolean().optional(),
  train_rows: number().int().nonnegative(),
  validation_rows: number().int().nonnegative().optional(),
  test_rows: number().int().nonnegative().optional(),
  duration_seconds: number().nonnegative(),
  metrics: record(string(), number()),
  /** Bundle directory relative to train.json. */
  model_dir: string()
});

export {
  TRAIN_SCHEMA,
  trainReportSchema
};
