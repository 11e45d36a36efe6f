import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SGGMRL24.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/evaluation.ts
init_esm_dirname();
var verdict = external_exports.enum(["pass", "fail", "inconclusive"]);
var metricValues = external_exports.record(external_exports.string(), external_exports.number());
var interval = external_exports.object({ low: external_exports.number(), high: external_exports.number() });
var modelSide = external_exports.object({
  /** Model name, registry version or file the predictions came from. */
  source: external_exports.string(),
  predictions: external_exports.string().optional().describe("Path of the predictions file written for this side."),
  metrics: metricValues,
  /** Confidence interval of each metric on its own (bootstrap). */
  intervals: external_exports.record(external_exports.string(), interval).optional(),
  confusion: external_exports.object({ labels: external_exports.array(external_exports.string()), matrix: external_exports.array(external_exports.array(external_exports.number().int().nonnegative())) }).optional().describe("matrix[true][predicted], rows and columns in `labels` order."),
  per_class: external_exports.record(
    external_exports.string(),
    external_exports.object({ precision: external_exports.number(), recall: external_exports.number(), f1: external_exports.number(), support: external_exports.number() })
  ).optional()
});
var comparison = external_exports.object({
  metric: external_exports.string(),
  direction: external_exports.enum(["higher", "lower"]),
  candidate: external_exports.number(),
  baseline: external_exports.number().optional(),
  /** candidate − baseline. */
  diff: external_exports.number().optional(),
  ci_low: external_exports.number().optional(),
  ci_high: external_exports.number().optional(),
  /** Paired test p-value (McNemar, DeLong or bootstrap), Holm-adjusted across gated metrics. */
  p_value: external_exports.number().optional(),
  p_value_raw: external_exports.number().optional(),
  test: external_exports.enum(["mcnemar", "mcnemar-exact", "delong", "bootstrap", "none"]).optional(),
  /** Gate rule verdict for this metric; absent when the metric is reported but not gated. */
  verdict: verdict.optional(),
  /** Human reasons, e.g. "accuracy 0.91 < min 0.95". */
  reasons: external_exports.array(external_exports.string()).default([])
});
var slice = external_exports.object({
  column: external_exports.string(),
  value: external_exports.string(),
  rows: external_exports.number().int(),
  candidate: metricValues,
  baseline: metricValues.optional()
});
var evaluationSchema = external_exports.object({
  schema: external_exports.literal("mlgate/evaluation@1"),
  model: external_exports.string(),
  task: external_exports.enum(["classification", "regression"]),
  created_at: external_exports.string(),
  rows: external_exports.number().int().nonnegative(),
  /** True when there is no baseline: absolute thresholds only. */
  first_model: external_exports.boolean(),
  candidate: modelSide,
  baseline: modelSide.optional(),
  comparisons: external_exports.array(comparison),
  slices: external_exports.array(slice).default([]),
  bootstrap: external_exports.object({ resamples: external_exports.number().int(), level: external_exports.number(), seed: external_exports.number().int() }),
  verdict,
  /** Whether the verdict blocks the merge (fail, or inconclusive with `inconclusive: block`). */
  blocking: external_exports.boolean(),
  /** One line saying why, naming the blocking rule(s). */
  summary: external_exports.string()
});

export {
  evaluationSchema
};
