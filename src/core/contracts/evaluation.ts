import * as z from "zod";

/** `evaluation.json` (mlgate/evaluation@1): written by evaluate-vs-baseline, read by the PR comment and register. */

export const verdict = z.enum(["pass", "fail", "inconclusive"]);
export type Verdict = z.infer<typeof verdict>;

/** Metric values by name: accuracy, balanced_accuracy, precision_macro, recall_macro, f1_macro, f1_weighted,
 * roc_auc, log_loss, brier, mae, rmse, r2, mape, median_ae (and per-class extras). */
export const metricValues = z.record(z.string(), z.number());

export const interval = z.object({ low: z.number(), high: z.number() });

export const modelSide = z.object({
  /** Model name, registry version or file the predictions came from. */
  source: z.string(),
  predictions: z.string().optional().describe("Path of the predictions file written for this side."),
  digest: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional()
    .describe(
      "Content digest of the model bundle scored (absent for a predictions file); register checks it against the bundle it registers.",
    ),
  version: z
    .string()
    .optional()
    .describe("The registry version this side is (e.g. 1.2.0), when it was pulled from the registry."),
  alias: z
    .string()
    .optional()
    .describe("The registry alias it was chosen through (e.g. champion), when it was."),
  metrics: metricValues,
  /** Confidence interval of each metric on its own (bootstrap). */
  intervals: z.record(z.string(), interval).optional(),
  confusion: z
    .object({ labels: z.array(z.string()), matrix: z.array(z.array(z.number().int().nonnegative())) })
    .optional()
    .describe("matrix[true][predicted], rows and columns in `labels` order."),
  per_class: z
    .record(
      z.string(),
      z.object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() }),
    )
    .optional(),
});
export type ModelSide = z.infer<typeof modelSide>;

export const comparison = z.object({
  metric: z.string(),
  direction: z.enum(["higher", "lower"]),
  candidate: z.number(),
  baseline: z.number().optional(),
  /** candidate − baseline. */
  diff: z.number().optional(),
  ci_low: z.number().optional(),
  ci_high: z.number().optional(),
  /** Paired test p-value (McNemar, DeLong or bootstrap), Holm-adjusted across gated metrics. */
  p_value: z.number().optional(),
  p_value_raw: z.number().optional(),
  test: z.enum(["mcnemar", "mcnemar-exact", "delong", "bootstrap", "none"]).optional(),
  /** Gate rule verdict for this metric; absent when the metric is reported but not gated. */
  verdict: verdict.optional(),
  /** Human reasons, e.g. "accuracy 0.91 < min 0.95". */
  reasons: z.array(z.string()).default([]),
});
export type Comparison = z.infer<typeof comparison>;

export const slice = z.object({
  column: z.string(),
  value: z.string(),
  rows: z.number().int(),
  candidate: metricValues,
  baseline: metricValues.optional(),
});
export type SliceResult = z.infer<typeof slice>;

export const evaluationSchema = z.object({
  schema: z.literal("mlgate/evaluation@1"),
  model: z.string(),
  task: z.enum(["classification", "regression"]),
  created_at: z.string(),
  /** Rows scored: the test rows with a true label. */
  rows: z.number().int().nonnegative(),
  unlabelled_rows: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("Test rows left out because they have no true label (absent when none)."),
  labels: z
    .array(z.string())
    .optional()
    .describe(
      "Classification: the one label set both models, every bootstrap resample and every slice are scored over " +
        "(both models' classes and the test labels); macro averages count each label, as 0 where it has no rows or predictions.",
    ),
  labels_absent_from_test: z
    .array(z.string())
    .optional()
    .describe(
      "Labels in `labels` that no test row has: classes a model knows or predicts but the test set lacks.",
    ),
  /** True when there is no baseline: absolute thresholds only. */
  first_model: z.boolean(),
  first_model_reason: z
    .string()
    .optional()
    .describe(
      "Why there is no baseline, when a registry was asked for one (e.g. no champion in the registry yet).",
    ),
  candidate: modelSide,
  baseline: modelSide.optional(),
  comparisons: z.array(comparison),
  slices: z.array(slice).default([]),
  bootstrap: z.object({ resamples: z.number().int(), level: z.number(), seed: z.number().int() }),
  verdict,
  /** Whether the verdict blocks the merge (fail, or inconclusive with `inconclusive: block`). */
  blocking: z.boolean(),
  /** One line saying why, naming the blocking rule(s). */
  summary: z.string(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;
