import * as z from "zod";

/**
 * `train.json` (`"schema": "mlgate/train@1"`): what one training run did — per-epoch learning
 * curves for the PR comment, the backend and its measured speed, and the final metrics.
 */
export const TRAIN_SCHEMA = "mlgate/train@1";

export const epochRecordSchema = z.strictObject({
  epoch: z.number().int().positive(),
  loss: z.number(),
  val_loss: z.number().optional(),
  metric: z.number(),
});

export const trainReportSchema = z.strictObject({
  schema: z.literal(TRAIN_SCHEMA),
  model: z.string(),
  task: z.enum(["classification", "regression"]),
  /** `builtin` (tfjs trainer) or `command` (bring your own framework). */
  mode: z.enum(["builtin", "command"]),
  framework: z.enum(["tfjs", "onnx"]),
  backend: z.string(),
  device: z.string(),
  samples_per_second: z.number().nonnegative().optional(),
  seed: z.number().int(),
  /** Name of the per-epoch metric: validation accuracy, or validation RMSE in label units. */
  metric: z.enum(["accuracy", "rmse"]).optional(),
  epochs: z.array(epochRecordSchema),
  best_epoch: z.number().int().nonnegative().optional(),
  stopped_early: z.boolean().optional(),
  train_rows: z.number().int().nonnegative(),
  validation_rows: z.number().int().nonnegative().optional(),
  test_rows: z.number().int().nonnegative().optional(),
  duration_seconds: z.number().nonnegative(),
  metrics: z.record(z.string(), z.number()),
  /** Bundle directory relative to train.json. */
  model_dir: z.string(),
});
export type TrainReport = z.infer<typeof trainReportSchema>;
