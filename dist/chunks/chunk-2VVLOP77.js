import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  string
} from "./chunk-FHBWZ2UA.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/contracts/evaluation.ts
init_esm_dirname();
var verdict = _enum(["pass", "fail", "inconclusive"]);
var metricValues = record(string(), number());
var interval = object({ low: number(), high: number() });
var modelSide = object({
  /** Model name, registry version or file the predictions came from. */
  source: string(),
  predictions: string().optional().describe("Path of the predictions file written for this side."),
  digest: string().regex(/^sha256:[0-9a-f]{64}$/).optional().describe(
    "Content digest of the model bundle scored (absent for a predictions file); register checks it against the bundle it registers."
  ),
  version: string().optional().describe("The registry version this side is (e.g. 1.2.0), when it was pulled from the registry."),
  alias: string().optional().describe("The registry alias it was chosen through (e.g. champion), when it was."),
  metrics: metricValues,
  /** Confidence interval of each metric on its own (bootstrap). */
  intervals: record(string(), interval).optional(),
  confusion: object({ labels: array(string()), matrix: array(array(number().int().nonnegative())) }).optional().describe("matrix[true][predicted], rows and columns in `labels` order."),
  per_class: record(
    string(),
    object({ precision: number(), recall: number(), f1: number(), support: number() })
  ).optional()
});
var comparison = object({
  metric: string(),
  direction: _enum(["higher", "lower"]),
  candidate: number(),
  baseline: number().optional(),
  /** candidate − baseline. */
  diff: number().optional(),
  ci_low: number().optional(),
  ci_high: number().optional(),
  /** Paired test p-value (McNemar, DeLong or bootstrap), Holm-adjusted across gated metrics. */
  p_value: number().optional(),
  p_value_raw: number().optional(),
  test: _enum(["mcnemar", "mcnemar-exact", "delong", "bootstrap", "none"]).optional(),
  /** Gate rule verdict for this metric; absent when the metric is reported but not gated. */
  verdict: verdict.optional(),
  /** Human reasons, e.g. "accuracy 0.91 < min 0.95". */
  reasons: array(string()).default([])
});
var slice = object({
  column: string(),
  value: string(),
  rows: number().int(),
  candidate: metricValues,
  baseline: metricValues.optional()
});
var evaluationSchema = object({
  schema: literal("mlgate/evaluation@1"),
  model: string(),
  task: _enum(["classification", "regression"]),
  created_at: string(),
  /** Rows scored: the test rows with a true label. */
  rows: number().int().nonnegative(),
  unlabelled_rows: number().int().nonnegative().optional().describe("Test rows left out because they have no true label (absent when none)."),
  labels: array(string()).optional().describe(
    "Classification: the one label set both models, every bootstrap resample and every slice are scored over (both models' classes and the test labels); macro averages count each label, as 0 where it has no rows or predictions."
  ),
  labels_absent_from_test: array(string()).optional().describe(
    "Labels in `labels` that no test row has: classes a model knows or predicts but the test set lacks."
  ),
  /** True when there is no baseline: absolute thresholds only. */
  first_model: boolean(),
  first_model_reason: string().optional().describe(
    "Why there is no baseline, when a registry was asked for one (e.g. no champion in the registry yet)."
  ),
  candidate: modelSide,
  baseline: modelSide.optional(),
  comparisons: array(comparison),
  slices: array(slice).default([]),
  bootstrap: object({ resamples: number().int(), level: number(), seed: number().int() }),
  verdict,
  /** Whether the verdict blocks the merge (fail, or inconclusive with `inconclusive: block`). */
  blocking: boolean(),
  /** One line saying why, naming the blocking rule(s). */
  summary: string()
});

export {
  comparison,
  evaluationSchema
};
